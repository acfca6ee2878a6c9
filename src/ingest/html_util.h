// Small helpers over gumbo's C tree, shared by the HTML reader's parts.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace readout::ingest::html {

inline bool IsElement(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

inline GumboTag Tag(const GumboNode* n) {
  return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

inline const GumboVector& Children(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

inline const GumboNode* Child(const GumboVector& v, std::size_t i) {
  return static_cast<const GumboNode*>(v.data[i]);
}

// An attribute's value ("" when absent). Gumbo has decoded its entities.
inline std::string_view Attr(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

inline bool HasAttr(const GumboNode* n, const char* name) {
  return IsElement(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

// Visits the subtree under `root` (root included) in document order without
// recursion: enter(node) returns false to skip the node's children.
template <typename Enter>
void Walk(const GumboNode* root, Enter enter) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!enter(n)) continue;
    if (n->type != GUMBO_NODE_DOCUMENT && !IsElement(n)) continue;
    const GumboVector& kids = Children(n);
    for (std::size_t i = kids.length; i > 0; --i) stack.push_back(Child(kids, i - 1));
  }
}

// The text under `node`, whitespace collapsed, script and style skipped.
std::string TextOf(const GumboNode* node);

// Appends `text` to `out` with runs of whitespace (and no-break spaces)
// collapsed to one space; *space carries a pending space across calls.
void AppendCollapsed(std::string_view text, std::string& out, bool* space);

}  // namespace readout::ingest::html
