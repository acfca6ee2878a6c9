#include "ingest/text_markup.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "ingest/strings.h"

namespace readout::ingest {
namespace {

// Elements that hold no prose: the tag and everything up to its closing tag
// are kept out of content.
constexpr std::array<std::string_view, 16> kExcludedElements{
    "audio", "canvas", "figure", "head",   "iframe", "image", "img",      "math",
    "noscript", "object", "picture", "script", "style", "svg", "template", "video"};

// Elements without a closing tag.
constexpr std::array<std::string_view, 13> kVoidElements{
    "area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr"};

// Other element names that are recognised as tags (and masked).
constexpr std::array<std::string_view, 78> kInlineElements{
    "a",       "abbr",     "address", "article", "aside",   "b",        "bdi",    "bdo",
    "big",     "blockquote", "body",  "br",      "button",  "caption",  "center", "cite",
    "code",    "col",      "colgroup", "dd",     "del",     "details",  "dfn",    "div",
    "dl",      "dt",       "em",      "embed",   "figcaption", "font",  "footer", "form",
    "h1",      "h2",       "h3",      "h4",      "h5",      "h6",       "header", "hr",
    "html",    "i",        "input",   "ins",     "kbd",     "label",    "li",     "link",
    "main",    "mark",     "meta",    "nav",     "ol",      "p",        "pre",    "q",
    "s",       "samp",     "section", "small",   "source",  "span",     "strike", "strong",
    "sub",     "summary",  "sup",     "table",   "tbody",   "td",       "tfoot",  "th",
    "thead",   "time",     "title",   "tr",      "u",       "ul"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

std::uint32_t U32(std::size_t n) { return static_cast<std::uint32_t>(n); }

class Scanner {
 public:
  explicit Scanner(std::string_view text) : t_(text) {}

  std::vector<MarkupRange> Run() {
    std::size_t i = 0;
    while (i < t_.size()) {
      const void* lt = std::memchr(t_.data() + i, '<', t_.size() - i);
      if (lt == nullptr) break;
      const std::size_t p = static_cast<std::size_t>(static_cast<const char*>(lt) - t_.data());
      i = Tag(p);
    }
    return std::move(out_);
  }

 private:
  // Handles a '<' at p; returns where scanning resumes.
  std::size_t Tag(std::size_t p) {
    const std::string_view rest = t_.substr(p);
    if (rest.substr(0, 4) == "<!--") return Comment(p);
    if (StartsWithNoCase(rest, "<http://") || StartsWithNoCase(rest, "<https://")) {
      const std::size_t gt = CloseAngle(p + 1);
      if (gt == std::string_view::npos) return p + 1;
      const std::string_view inside = t_.substr(p + 1, gt - p - 1);
      if (std::any_of(inside.begin(), inside.end(), IsAsciiSpace)) return p + 1;
      Add(p, gt + 1, false);
      return gt + 1;
    }
    std::size_t q = p + 1;
    const bool closing = q < t_.size() && t_[q] == '/';
    if (closing) ++q;
    // A name, possibly with a namespace prefix ("<x:image>", as some
    // exporters write): the local part decides what the element is.
    const std::size_t name_begin = q;
    if (q >= t_.size() || !IsAsciiAlpha(t_[q])) return p + 1;
    std::size_t local_begin = q;
    while (q < t_.size() && (IsAsciiAlpha(t_[q]) || IsAsciiDigit(t_[q]) || t_[q] == '-' ||
                             t_[q] == ':')) {
      if (t_[q] == ':') local_begin = q + 1;
      ++q;
    }
    if (q - name_begin > 40 || q >= t_.size()) return p + 1;
    const char after = t_[q];
    if (after != '>' && after != '/' && after != ' ' && after != '\t') return p + 1;
    const std::string local = LowerAscii(t_.substr(local_begin, q - local_begin));
    const bool excluded = In(kExcludedElements, local);
    if (!excluded && !In(kInlineElements, local)) return p + 1;
    const std::size_t gt = CloseAngle(q);
    if (gt == std::string_view::npos) return p + 1;
    const bool self_closing = t_[gt - 1] == '/';
    if (closing || !excluded) {
      // A stray closing tag of an excluded element is just a tag: masked.
      Add(p, gt + 1, false);
      return gt + 1;
    }
    if (self_closing || In(kVoidElements, local)) {
      Add(p, gt + 1, true);
      return gt + 1;
    }
    const std::size_t end = ClosingTagEnd(local, gt + 1);
    // Without a closing tag only the tag itself goes: swallowing the rest of
    // the file would lose the article to one unbalanced <script>.
    const std::size_t stop = end == std::string_view::npos ? gt + 1 : end;
    Add(p, stop, true);
    return stop;
  }

  std::size_t Comment(std::size_t p) {
    if (!comments_can_close_) return p + 1;
    const std::size_t end = t_.find("-->", p + 4);
    if (end == std::string_view::npos) {
      comments_can_close_ = false;  // no later comment can close either
      return p + 1;
    }
    Add(p, end + 3, true);
    return end + 3;
  }

  // The first '>' at or after q on the same line, or npos. Cached: every
  // position up to the answer has the same answer.
  std::size_t CloseAngle(std::size_t q) {
    if (!(q >= gt_from_ && q <= gt_at_)) {
      gt_from_ = q;
      std::size_t k = q;
      while (k < t_.size() && t_[k] != '>' && t_[k] != '\n') ++k;
      gt_at_ = k;
    }
    if (gt_at_ < t_.size() && t_[gt_at_] == '>') return gt_at_;
    return std::string_view::npos;
  }

  struct CloseCache {
    bool valid = false;
    std::size_t from = 0;
    std::size_t at = std::string_view::npos;  // where the closing tag starts (npos: none)
    std::size_t end = 0;                      // one past its '>'
  };

  // One past the '>' of the first closing tag with this local name (any
  // prefix) at or after `from`, or npos. Cached per element: a search from
  // any position between the last start and the tag it found (or anywhere
  // after a failed search) has the same answer.
  std::size_t ClosingTagEnd(std::string_view local, std::size_t from) {
    const auto index = static_cast<std::size_t>(
        std::find(kExcludedElements.begin(), kExcludedElements.end(), local) -
        kExcludedElements.begin());
    CloseCache& c = close_cache_[index];
    const bool hit = c.valid && from >= c.from && (c.at == std::string_view::npos || from <= c.at);
    if (!hit) c = FindClosingTag(local, from);
    return c.at == std::string_view::npos ? std::string_view::npos : c.end;
  }

  CloseCache FindClosingTag(std::string_view local, std::size_t from) const {
    for (std::size_t k = t_.find("</", from); k != std::string_view::npos;
         k = t_.find("</", k + 2)) {
      std::size_t n = k + 2;
      std::size_t local_begin = n;
      while (n < t_.size() && (IsAsciiAlpha(t_[n]) || IsAsciiDigit(t_[n]) || t_[n] == '-' ||
                               t_[n] == ':')) {
        if (t_[n] == ':') local_begin = n + 1;
        ++n;
      }
      if (!EqualsIgnoreCaseAscii(t_.substr(local_begin, n - local_begin), local)) continue;
      if (n < t_.size() && (t_[n] == '>' || IsAsciiSpace(t_[n]))) {
        const std::size_t gt = t_.find('>', n);
        if (gt == std::string_view::npos) break;
        return {true, from, k, gt + 1};
      }
    }
    return {true, from, std::string_view::npos, 0};
  }

  void Add(std::size_t begin, std::size_t end, bool excluded) {
    out_.push_back({Span{U32(begin), U32(end)}, excluded});
  }

  std::string_view t_;
  std::vector<MarkupRange> out_;
  bool comments_can_close_ = true;
  std::size_t gt_from_ = 1;  // empty cache: gt_from_ > gt_at_
  std::size_t gt_at_ = 0;
  std::array<CloseCache, kExcludedElements.size()> close_cache_{};
};

}  // namespace

std::vector<MarkupRange> ScanMarkup(std::string_view text) { return Scanner(text).Run(); }

}  // namespace readout::ingest
