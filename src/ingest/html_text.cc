#include "ingest/html_text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "ingest/html_util.h"
#include "ingest/strings.h"

namespace readout::ingest::html {
namespace {

// Elements that never hold article prose; dropped with their subtree.
bool IsDroppedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MAP: case GUMBO_TAG_MENU:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_MATH: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_NOFRAMES:
      return true;
    default: return false;
  }
}

// Elements that start and end a block of text. Unknown (custom) elements
// count as blocks: on news pages they are mostly containers.
bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_FIGURE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_BR:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default: return false;
  }
}

// Words in class or id values that mark page furniture.
constexpr std::array<std::string_view, 34> kFurnitureWords{
    "ad",        "ads",       "advert",     "advertisement", "banner",   "breadcrumb",
    "breadcrumbs", "comment", "comments",   "consent",       "cookie",   "cookies",
    "disqus",    "footer",    "gdpr",       "masthead",      "menu",     "modal",
    "nav",       "navbar",    "navigation", "newsletter",    "paywall",  "popup",
    "promo",     "related",   "share",      "sharing",       "sidebar",  "signup",
    "social",    "subscribe", "subscription", "toolbar"};

constexpr std::array<std::string_view, 10> kFurnitureRoles{
    "navigation", "banner", "contentinfo", "complementary", "menu",
    "menubar",    "search", "dialog",      "alertdialog",   "toolbar"};

// Does a class or id value contain a furniture word? Values are split into
// words at anything that is not a letter or digit ("share-bar" -> share, bar).
bool HasFurnitureWord(std::string_view value) {
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !IsAsciiAlpha(value[i]) && !IsAsciiDigit(value[i])) ++i;
    std::size_t j = i;
    while (j < value.size() && (IsAsciiAlpha(value[j]) || IsAsciiDigit(value[j]))) ++j;
    if (j > i) {
      const std::string word = LowerAscii(value.substr(i, j - i));
      if (std::find(kFurnitureWords.begin(), kFurnitureWords.end(), word) !=
          kFurnitureWords.end()) {
        return true;
      }
    }
    i = j;
  }
  return false;
}

bool IsHidden(const GumboNode* n) {
  if (HasAttr(n, "hidden") || EqualsIgnoreCaseAscii(TrimAscii(Attr(n, "aria-hidden")), "true")) return true;
  const std::string_view style = Attr(n, "style");
  if (style.empty()) return false;
  std::string s;
  for (const char c : style) {
    if (!IsAsciiSpace(c)) s += ToLowerAscii(c);
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

bool IsFurniture(const GumboNode* n) {
  const GumboTag t = Tag(n);
  // The containers that hold the article itself are never furniture, however
  // their classes read ("article has-share-bar").
  if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY ||
      t == GUMBO_TAG_HTML) {
    return false;
  }
  const std::string role = LowerAscii(TrimAscii(Attr(n, "role")));
  if (std::find(kFurnitureRoles.begin(), kFurnitureRoles.end(), role) != kFurnitureRoles.end()) {
    return true;
  }
  return HasFurnitureWord(Attr(n, "class")) || HasFurnitureWord(Attr(n, "id"));
}

class Extractor {
 public:
  explicit Extractor(bool furniture_by_class) : by_class_(furniture_by_class) {}

  std::vector<Block> Run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      std::size_t next;
    };
    std::vector<Frame> stack;
    if (Enter(root)) stack.push_back({root, 0});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = Children(f.node);
      if (f.next < kids.length) {
        const GumboNode* c = Child(kids, f.next++);
        if (Enter(c)) stack.push_back({c, 0});
        continue;
      }
      Exit(f.node);
      stack.pop_back();
    }
    Flush(false);
    return std::move(blocks_);
  }

 private:
  // Handles a node; true when its children are to be visited.
  bool Enter(const GumboNode* n) {
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        if (pre_ > 0) {
          if (space_ && !cur_.empty()) cur_ += ' ';
          space_ = false;
          cur_ += n->v.text.text;
        } else {
          AppendCollapsed(n->v.text.text, cur_, &space_);
        }
        return false;
      case GUMBO_NODE_WHITESPACE:
        if (pre_ > 0) {
          cur_ += n->v.text.text;
        } else {
          space_ = true;
        }
        return false;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: break;
      default: return n->type == GUMBO_NODE_DOCUMENT;
    }
    const GumboTag t = Tag(n);
    if (IsDroppedTag(t) || IsHidden(n) || (by_class_ && IsFurniture(n))) return false;
    if (IsBlockTag(t)) Flush(false);
    if (t == GUMBO_TAG_PRE) ++pre_;
    return true;
  }

  void Exit(const GumboNode* n) {
    if (!IsElement(n)) return;
    const GumboTag t = Tag(n);
    if (t == GUMBO_TAG_PRE) --pre_;
    if (IsBlockTag(t)) Flush(t == GUMBO_TAG_H1);
  }

  void Flush(bool heading) {
    const std::string_view text = TrimAscii(cur_);
    if (!text.empty()) blocks_.push_back({std::string(text), heading});
    cur_.clear();
    space_ = false;
  }

  bool by_class_;
  std::string cur_;
  bool space_ = false;
  int pre_ = 0;
  std::vector<Block> blocks_;
};

}  // namespace

const GumboNode* ChooseArticleRoot(const GumboNode* document) {
  // One post-order pass sums the text under every element; the <article>
  // and <main> with the most text are the candidates.
  struct Frame {
    const GumboNode* node;
    std::size_t next;
    std::size_t text;
  };
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::size_t article_text = 0, main_text = 0, body_text = 0;
  std::vector<Frame> stack{{document, 0, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = Children(f.node);
    if (f.next < kids.length) {
      const GumboNode* c = Child(kids, f.next++);
      if (c->type == GUMBO_NODE_TEXT) {
        f.text += std::strlen(c->v.text.text);
      } else if (IsElement(c) && !IsDroppedTag(Tag(c))) {
        stack.push_back({c, 0, 0});
      }
      continue;
    }
    const Frame done = f;
    stack.pop_back();
    const GumboTag t = done.node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : Tag(done.node);
    if (t == GUMBO_TAG_ARTICLE && done.text > article_text) {
      article = done.node;
      article_text = done.text;
    } else if (t == GUMBO_TAG_MAIN && done.text > main_text) {
      main = done.node;
      main_text = done.text;
    } else if (t == GUMBO_TAG_BODY && body == nullptr) {
      body = done.node;
      body_text = done.text;
    }
    if (!stack.empty()) stack.back().text += done.text;
  }
  // An <article> holding a fifth of the page's text or more is the article;
  // a smaller one is a teaser card, and the story is elsewhere.
  if (article != nullptr && article_text * 5 >= body_text) return article;
  if (main != nullptr && main_text * 5 >= body_text) return main;
  return body != nullptr ? body : document;
}

std::vector<Block> ExtractBlocks(const GumboNode* root, bool furniture_by_class) {
  return Extractor(furniture_by_class).Run(root);
}

}  // namespace readout::ingest::html
