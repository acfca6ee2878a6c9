#!/usr/bin/env python3
"""Tests of conflibert_gold.py on a made-up split in ConfliBERT's layout (own
sentences): CRLF lines, code-point offsets past an accented letter, a
modifier-letter apostrophe the NER file writes as "'s", a reciprocal (R)
actor listed as source and target, an NER sentence cut down to its event
clause, a sentence the NER file lacks, the test split refused, and a
malformed line named by file:line."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "conflibert_gold.py")

S1 = "The Chilean navy seized a Peruvian trawler\u02bcs catch off Arica."
S2 = "Ministers from Malm\u00f6 met their Danish hosts on Friday."
S3 = "After weeks of talks in the capital, the port workers blocked the coastal highway near Valpara\u00edso."
S4 = "Nobody annotated the actors of this sentence at all."

NER = [
    [("The", "B-S"), ("Chilean", "I-S"), ("navy", "I-S"), ("seized", "O"), ("a", "B-T"), ("Peruvian", "I-T"),
     ("trawler", "I-T"), ("'s", "I-T"), ("catch", "O"), ("off", "O"), ("Arica", "O"), (".", "O")],
    [("Ministers", "B-R"), ("from", "I-R"), ("Malmo", "I-R"), ("met", "O"), ("their", "B-R"), ("Danish", "I-R"),
     ("hosts", "I-R"), ("on", "O"), ("Friday", "O"), (".", "O")],
    # Only the event clause of S3, as the NER file often has it.
    [("the", "B-S"), ("port", "I-S"), ("workers", "I-S"), ("blocked", "O"), ("the", "B-T"), ("coastal", "I-T"),
     ("highway", "I-T"), ("near", "O"), ("Valparaiso", "O"), (".", "O")],
]


def span(text, words):
    i = text.index(words)
    return [i, i + len(words)]


def write_split(root, split, class_lines=None):
    os.makedirs(os.path.join(root, "data", "cameo_class"))
    os.makedirs(os.path.join(root, "data", "cameo_ner"))
    rows = class_lines or [f"{S1}\t4", f"{S2}\t1", f"{S3}\t4", f"{S4}\t0"]
    with open(os.path.join(root, "data", "cameo_class", split + ".tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("".join(r + "\r\n" for r in rows))
    with open(os.path.join(root, "data", "cameo_ner", split + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join("\n".join(f"{t} {g}" for t, g in s) + "\n" for s in NER))


def run(root, split):
    return subprocess.run([sys.executable, SCRIPT, root, split], capture_output=True, text=True)


def main():
    failures = 0

    def check(cond, what):
        nonlocal failures
        if not cond:
            failures += 1
            print("FAIL:", what)

    with tempfile.TemporaryDirectory() as root:
        write_split(root, "train")
        r = run(root, "train")
        check(r.returncode == 0, f"train converts: {r.stderr}")
        docs = [json.loads(line) for line in r.stdout.splitlines()]
        check(len(docs) == 4, f"one document per sentence: {len(docs)}")
        a, b, c, d = docs
        check(a["text"] == S1 and a["id"] == "conflibert-train-0001", "text and id")
        check(a["gold"] == {"quad": 4, "source": [span(S1, "The Chilean navy")],
                            "target": [span(S1, "a Peruvian trawler\u02bcs")]},
              f"spans over a modifier-letter apostrophe: {a['gold']}")
        r_spans = [span(S2, "Ministers from Malm\u00f6"), span(S2, "their Danish hosts")]
        check(b["gold"] == {"quad": 1, "source": r_spans, "target": r_spans},
              f"reciprocal actors are source and target, accents folded: {b['gold']}")
        check(c["gold"] == {"quad": 4, "source": [span(S3, "the port workers")],
                            "target": [span(S3, "the coastal highway")]},
              f"a clause found inside its sentence: {c['gold']}")
        check(d["gold"] == {"quad": 0}, f"no NER sentence, no actor lists: {d['gold']}")
        check("4 sentences, 3 with actor spans" in r.stderr, f"counts on stderr: {r.stderr}")
        r = run(root, "test")
        check(r.returncode != 0 and "test" in r.stderr and not r.stdout, "the test split is refused")

    with tempfile.TemporaryDirectory() as root:
        write_split(root, "train", [f"{S1}\t4", "no label here"])
        r = run(root, "train")
        check(r.returncode == 1 and "train.tsv:2" in r.stderr, f"bad line named: {r.stderr}")

    if failures:
        sys.exit(1)
    print("conflibert_gold: all checks passed")


if __name__ == "__main__":
    main()
