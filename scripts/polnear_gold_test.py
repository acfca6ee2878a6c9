#!/usr/bin/env python3
"""Tests of polnear_gold.py on a made-up corpus in PolNeAR's layout (own
words, brat standoff): code-point offsets, split contents, a span whose text
runs over a line break, attribution types, the test split refused, and a
malformed span line named by file:line."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "polnear_gold.py")

TEXT = ("Ferry line reopens.\n\n"
        "Ren\u00e9 Caron said the ferry will run again in June. "
        "\u201cWe are ready,\u201d the captain said, \u201cand so is the crew.\u201d\n")


def span(text, words, start=0):
    i = text.index(words, start)
    return i, i + len(words)


def write_corpus(root, split, ann):
    os.makedirs(os.path.join(root, split, "text"))
    os.makedirs(os.path.join(root, split, "attributions"))
    with open(os.path.join(root, "metadata.tsv"), "w", encoding="utf-8") as f:
        f.write("compartment\tfilename\tpublisher\tpublication_date\ttitle\n")
        f.write(f"{split}\tdoc-one\tcourier\t2016-05-01\tFerry line reopens\n")
    with open(os.path.join(root, split, "text", "doc-one.txt"), "w", encoding="utf-8") as f:
        f.write(TEXT)
    with open(os.path.join(root, split, "attributions", "doc-one_ab12.ann"), "w", encoding="utf-8") as f:
        f.write(ann)


def run(root, split):
    return subprocess.run([sys.executable, SCRIPT, root, split], capture_output=True, text=True)


def main():
    s1 = span(TEXT, "Ren\u00e9 Caron")
    c1 = span(TEXT, "said")
    t1 = span(TEXT, "the ferry will run again in June")
    q1 = span(TEXT, "\u201cWe are ready,\u201d")
    s2 = span(TEXT, "the captain")
    c2 = span(TEXT, "said", s2[1])
    q2 = span(TEXT, "\u201cand so is the crew.\u201d")
    ann = (f"T1\tSource {s1[0]} {s1[1]}\tRen\u00e9 Caron\n"
           f"T2\tCue {c1[0]} {c1[1]}\tsaid\n"
           f"T3\tContent {t1[0]} {t1[1]}\tthe ferry will run again in June\n"
           f"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
           f"T4\tSource {s2[0]} {s2[1]}\tthe captain\n"
           f"T5\tCue {c2[0]} {c2[1]}\tsaid\n"
           f"T6\tContent {q1[0]} {q1[1]};{q2[0]} {q2[1]}\t\u201cWe are ready,\u201d\n"
           f"and so on\n"  # a span text's own line break: a continuation line
           f"E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n")
    failures = 0

    def check(cond, what):
        nonlocal failures
        if not cond:
            failures += 1
            print("FAIL:", what)

    with tempfile.TemporaryDirectory() as root:
        write_corpus(root, "dev", ann)
        r = run(root, "dev")
        check(r.returncode == 0, f"dev converts: {r.stderr}")
        doc = json.loads(r.stdout.splitlines()[0])
        check(doc["id"] == "doc-one" and doc["outlet"] == "courier", "id and outlet from metadata")
        check(doc["text"] == TEXT, "text kept exactly")
        a, b = doc["gold"]["attributions"]
        check(a["content"] == list(t1) and a["source"] == list(s1) and a["cue"] == list(c1),
              "code-point offsets")
        check(a["type"] == "indirect", "indirect type")
        check(b["content"] == [q1[0], q2[1]] and b["content_parts"] == [list(q1), list(q2)],
              "a split content: its extent and its parts")
        check(b["type"] == "direct", f"quoted pieces around a cue are direct: {b['type']}")
        r = run(root, "test")
        check(r.returncode != 0 and "test" in r.stderr, "the test split is refused")

    with tempfile.TemporaryDirectory() as root:
        write_corpus(root, "train", "T1\tContent 12\tbroken\n")
        r = run(root, "train")
        check(r.returncode != 0 and "doc-one_ab12.ann:1" in r.stderr, f"bad line named: {r.stderr}")

    if failures:
        sys.exit(1)
    print("polnear_gold: all checks passed")


if __name__ == "__main__":
    main()
