#include "ingest/html_util.h"

#include "ingest/strings.h"

namespace readout::ingest::html {

void AppendCollapsed(std::string_view text, std::string& out, bool* space) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (IsAsciiSpace(c)) {
      *space = true;
      ++i;
    } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {  // U+00A0
      *space = true;
      i += 2;
    } else {
      if (*space && !out.empty()) out += ' ';
      *space = false;
      out += c;
      ++i;
    }
  }
}

std::string TextOf(const GumboNode* node) {
  std::string out;
  bool space = false;
  Walk(node, [&](const GumboNode* n) {
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA: AppendCollapsed(n->v.text.text, out, &space); return false;
      case GUMBO_NODE_WHITESPACE: space = true; return false;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboTag t = Tag(n);
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) return false;
        if (t == GUMBO_TAG_BR || t == GUMBO_TAG_P || t == GUMBO_TAG_DIV || t == GUMBO_TAG_LI) {
          space = true;
        }
        return true;
      }
      default: return false;
    }
  });
  return std::string(TrimAscii(out));
}

}  // namespace readout::ingest::html
