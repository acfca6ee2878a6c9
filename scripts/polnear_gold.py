#!/usr/bin/env python3
"""PolNeAR attributions as gold for `readout eval quotes`.

Usage:
  scripts/polnear_gold.py PolNeAR/data train > /work/polnear/train.gold.jsonl
  scripts/polnear_gold.py PolNeAR/data dev   > /work/polnear/dev.gold.jsonl

Reads one split of a PolNeAR checkout (fetch github:networkdynamics/PolNeAR;
its data/<split>/text/*.txt and data/<split>/attributions/*.ann, brat
standoff) and writes one readout JSONL article per line:

  {"id", "outlet", "published", "title", "text",
   "gold": {"attributions": [{"content": [s, e], "content_parts": [[s, e], ...],
                              "source": [s, e] | null, "cue": [s, e] | null,
                              "type": "direct" | "mixed" | "indirect"}]},
   "source": {"repo", "path", "license"}}

Offsets are Unicode code points into "text", as brat gives them (readout's
evaluator turns them into its byte offsets). "content" is the extent of the
content; "content_parts" lists its pieces when the annotator split it (the
content around an inserted cue). "type": direct when the whole content is
inside quotation marks, mixed when part of it is, indirect otherwise.

The test split is refused: it is kept aside for independent measurement.
Articles annotated by several annotators keep one annotation, the first
annotator's file in sorted order, so each article counts once.
The output is for use outside the project: never commit it.
"""
import json
import os
import re
import sys

# A brat record line; a span's text may hold line breaks, whose
# continuation lines match nothing and are skipped.
RECORD = re.compile(r"^[TEARN#*]\d*\t")

QUOTE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'


def quote_type(content):
    """direct / mixed / indirect from the content's own quotation marks."""
    t = content.strip().strip('.,;:!?\u2014\u2013- ')
    doubled = t.replace("``", '"').replace("''", '"')
    marks = [i for i, c in enumerate(doubled) if c in QUOTE_MARKS]
    if not marks:
        return "indirect"
    if (len(marks) == 2 and marks[0] == 0 and marks[1] == len(doubled) - 1) or \
       (len(marks) == 1 and (marks[0] == 0 or marks[0] == len(doubled) - 1)):
        return "direct"
    # Several quoted pieces that together are the whole content (a
    # quotation continued across an inserted cue) are direct too.
    if marks[0] == 0 and marks[-1] == len(doubled) - 1:
        inside = False
        for i, c in enumerate(doubled):
            if c in QUOTE_MARKS:
                inside = not inside
            elif not inside and not c.isspace() and c not in ',.;:':
                return "mixed"
        return "direct"
    return "mixed"


def parse_ann(path):
    """The attributions of one brat file: dicts of role -> [(start, end)]."""
    spans = {}
    events = []
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not RECORD.match(line) or line.startswith("#"):
                continue
            fields = line.split("\t")
            if line.startswith("T"):
                if len(fields) < 2:
                    sys.exit(f"{path}:{line_no}: malformed span line")
                head = fields[1].split(" ", 1)
                if len(head) != 2:
                    sys.exit(f"{path}:{line_no}: malformed span line")
                parts = []
                try:
                    for piece in head[1].split(";"):
                        a, b = piece.split()
                        parts.append((int(a), int(b)))
                except ValueError:
                    sys.exit(f"{path}:{line_no}: malformed span offsets")
                spans[fields[0]] = (head[0], parts)
            elif line.startswith("E"):
                if len(fields) < 2:
                    sys.exit(f"{path}:{line_no}: malformed event line")
                roles = {}
                for arg in fields[1].split():
                    role, _, ref = arg.partition(":")
                    roles.setdefault(role, []).append(ref)
                events.append((line_no, roles))
    out = []
    for line_no, roles in events:
        def parts_of(*names):
            got = []
            for name in names:
                for ref in roles.get(name, []):
                    if ref not in spans:
                        sys.exit(f"{path}:{line_no}: unknown span {ref}")
                    got.extend(spans[ref][1])
            return sorted(got)
        content = parts_of("Content", "Content2")
        if not content:
            continue
        out.append({"content": content, "source": parts_of("Source"), "cue": parts_of("Cue")})
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, split = sys.argv[1], sys.argv[2]
    if split not in ("train", "dev"):
        sys.exit("polnear_gold: only the train and dev splits (test is kept aside)")
    meta = {}
    with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            meta[row["filename"]] = row
    text_dir = os.path.join(root, split, "text")
    ann_dir = os.path.join(root, split, "attributions")
    anns = sorted(os.listdir(ann_dir))
    for name in sorted(os.listdir(text_dir)):
        stem = name[:-4] if name.endswith(".txt") else name
        with open(os.path.join(text_dir, name), encoding="utf-8", newline="") as f:
            text = f.read()
        mine = [a for a in anns if a.startswith(stem + "_") and a.endswith(".ann")]
        if not mine:
            continue
        attributions = []
        for a in parse_ann(os.path.join(ann_dir, mine[0])):
            content = a["content"]
            record = {
                "content": [content[0][0], content[-1][1]],
                "source": [a["source"][0][0], a["source"][-1][1]] if a["source"] else None,
                "cue": [a["cue"][0][0], a["cue"][-1][1]] if a["cue"] else None,
                # The type from the pieces alone: a cue between them ("...,"
                # he said, "...") is not part of the content.
                "type": quote_type(" ".join(text[b:e] for b, e in content)),
            }
            if len(content) > 1:
                record["content_parts"] = [list(p) for p in content]
            attributions.append(record)
        row = meta.get(stem, {})
        doc = {
            "id": stem,
            "outlet": row.get("publisher", ""),
            "published": row.get("publication_date", ""),
            "title": row.get("title", ""),
            "text": text,
            "gold": {"attributions": attributions},
            "source": {"repo": "networkdynamics/PolNeAR", "path": f"data/{split}/text/{name}",
                       "license": "see the PolNeAR repository"},
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
