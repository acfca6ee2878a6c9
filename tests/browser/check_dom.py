#!/usr/bin/env python3
"""Checks the DOM of a comparison report as a browser rendered it.

usage: check_dom.py DOM_FILE [EXPECT_A EXPECT_B]...

DOM_FILE is what `chromium --dump-dom` printed. The page must
  - hold no <script> element and nothing that loads a resource (no src or
    srcset attribute, no <link>, <object>, <embed>, <iframe>, no url(...) or
    @import in its CSS);
  - hold at least one side-by-side pair: an element of class "pair" with a
    column of class "side-a" and a sibling column of class "side-b";
  - for each (EXPECT_A, EXPECT_B): one pair whose a-column has a highlighted
    element (class "diff-a") with the text EXPECT_A and whose b-column has
    one (class "diff-b") with the text EXPECT_B.
The classes are the contract written at the top of
src/output/compare_html.cc. Only the standard library is used.
"""
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = {k: (v or "") for k, v in attrs}
        self.parent = parent
        self.children = []  # Node or str

    def classes(self):
        return set(self.attrs.get("class", "").split())

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def text(self):
        parts = []
        for c in self.children:
            parts.append(c if isinstance(c, str) else c.text())
        return "".join(parts)


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, attrs, self.stack[-1]))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def norm(s):
    return " ".join(s.split())


def fail(msg):
    print("check_dom: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def main(argv):
    if len(argv) < 2 or len(argv) % 2 != 0:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8", errors="replace") as f:
        dom = f.read()
    if not dom.strip():
        fail("the browser dumped an empty DOM for the page")
    builder = TreeBuilder()
    builder.feed(dom)
    builder.close()
    nodes = list(builder.root.walk())

    scripts = [n for n in nodes if n.tag == "script"]
    if scripts:
        fail("the page has %d <script> element(s); report text must stay text" % len(scripts))
    loaders = [n for n in nodes
               if "src" in n.attrs or "srcset" in n.attrs
               or n.tag in ("link", "object", "embed", "iframe")]
    if loaders:
        fail("the page loads resources: " + ", ".join(
            "<%s %s>" % (n.tag, " ".join("%s=%r" % kv for kv in n.attrs.items())) for n in loaders[:5]))
    for style in (n for n in nodes if n.tag == "style"):
        css = style.text()
        if "url(" in css or "@import" in css:
            fail("the page's CSS refers to an external resource (url( or @import)")
    for n in nodes:
        if "url(" in n.attrs.get("style", ""):
            fail("a style attribute refers to a resource: <%s style=%r>" % (n.tag, n.attrs["style"]))

    pairs = []
    for n in nodes:
        if "pair" not in n.classes():
            continue
        sides_a = [m for m in n.walk() if "side-a" in m.classes()]
        sides_b = [m for m in n.walk() if "side-b" in m.classes()]
        if not sides_a or not sides_b:
            fail("a .pair without both a .side-a and a .side-b column")
        a, b = sides_a[0], sides_b[0]
        if a.parent is not b.parent:
            fail("a .pair whose .side-a and .side-b columns are not side by side (not siblings)")
        marks_a = [norm(m.text()) for m in a.walk() if "diff-a" in m.classes()]
        marks_b = [norm(m.text()) for m in b.walk() if "diff-b" in m.classes()]
        pairs.append((marks_a, marks_b))
    if not pairs:
        fail("no side-by-side pair (.pair) in the rendered page")

    expectations = list(zip(argv[2::2], argv[3::2]))
    for want_a, want_b in expectations:
        if not any(norm(want_a) in ma and norm(want_b) in mb for ma, mb in pairs):
            seen = "; ".join("a=%s b=%s" % (ma, mb) for ma, mb in pairs[:10])
            fail("no pair highlights %r in its a-column (.side-a .diff-a) and %r in its b-column "
                 "(.side-b .diff-b); highlighted pairs found: %s" % (want_a, want_b, seen or "none"))
    print("check_dom: ok: %d pair(s); found %s" % (
        len(pairs), ", ".join("%s/%s" % e for e in expectations) or "no expectations given"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
