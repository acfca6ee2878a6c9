#!/usr/bin/env python3
"""ConfliBERT's CAMEO sentences as gold for `readout eval events`.

Usage:
  scripts/conflibert_gold.py ConfliBERT train > /work/conflibert/train.gold.jsonl

Reads one split of a ConfliBERT checkout (fetch github:eventdata/ConfliBERT):
data/cameo_class/<split>.tsv (a news sentence, a tab, its CAMEO quad class:
0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict) and data/cameo_ner/<split>.txt (the same sentences
tokenized, one "token TAG" per line, BIO tags S source, T target, R an actor
of a reciprocal event such as a meeting). Writes one readout JSONL document
per sentence:

  {"id", "text", "gold": {"quad": 0..4, "source": [[s, e], ...],
                          "target": [[s, e], ...]},
   "source": {"repo", "path", "license"}}

Offsets are Unicode code points into "text". An R span is either actor, so
it is listed under both "source" and "target". A sentence the NER file does
not hold gets no "source"/"target" (its actors are not scored). The NER
tokens are matched to the sentence by their letters and digits, without
accents, since the tokenizer rewrote apostrophes, quotes and some letters;
where the NER file holds only the sentence's event clause, that clause is
found inside the sentence.

Only the train split is accepted: the test split is kept aside for
independent measurement. The output is for use outside the project: never
commit it.
"""
import json
import os
import sys
import unicodedata

REPO = "eventdata/ConfliBERT"
LICENSE = "GPL-3.0"
# A clause shorter than this (in letters) could be found by chance inside
# an unrelated sentence.
MIN_CLAUSE_LETTERS = 40


def folded(c):
    """The letters and digits c stands for, lower-cased and without accents
    (the NER file writes "Erdogan" where the sentence has "Erdo\u011fan");
    "" for anything else. Modifier letters (the apostrophe U+02BC) count as
    punctuation: the tokenizer wrote them as ASCII apostrophes."""
    if not c.isalnum() or unicodedata.category(c) == "Lm":
        return ""
    return "".join(d for d in unicodedata.normalize("NFKD", c.lower()) if not unicodedata.combining(d))


def letters(s):
    """What survives tokenizing: the folded letters and digits of s."""
    return "".join(folded(c) for c in s)


def letter_index(text):
    """For each folded letter of text, in order, the code point it came from."""
    return [i for i, c in enumerate(text) for _ in folded(c)]


def read_class(path):
    """[(sentence, quad)] from a cameo_class TSV (CRLF or LF lines)."""
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, sep, label = line.rpartition("\t")
            if not sep or label.strip() not in ("0", "1", "2", "3", "4"):
                raise ValueError(f"{path}:{number}: expected 'sentence<TAB>0..4', got {line[:80]!r}")
            rows.append((text, int(label)))
    return rows


def read_ner(path):
    """[[(token, tag)]] from a cameo_ner file: sentences split by blank lines."""
    sentences, current = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                current = []
                continue
            token, sep, tag = line.rpartition(" ")
            if not sep or not (tag == "O" or tag[:2] in ("B-", "I-")):
                raise ValueError(f"{path}:{number}: expected 'token TAG', got {line[:80]!r}")
            current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def token_offsets(text, tokens, first_letter=0):
    """(start, end) in code points of each token, the tokens' letters read
    from the first_letter'th letter of text on; a token of punctuation only
    is given no width where the letters stand. None when they do not spell
    the text."""
    stream, where = letters(text), letter_index(text)
    at, spans = first_letter, []
    for token, _ in tokens:
        want = letters(token)
        if stream[at:at + len(want)] != want:
            return None
        if want:
            spans.append((where[at], where[at + len(want) - 1] + 1))
        else:
            spans.append((where[at] if at < len(where) else len(text),) * 2)
        at += len(want)
    return spans


def actor_spans(text, tokens, first_letter=0):
    """{"source": [...], "target": [...]} from the BIO tags, or None."""
    offsets = token_offsets(text, tokens, first_letter)
    if offsets is None:
        return None
    spans = {"S": [], "T": [], "R": []}
    open_role, begin, end = None, 0, 0
    for (token, tag), (s, e) in zip(tokens, offsets):
        role = tag[2:] if tag != "O" else None
        if open_role and (tag == "O" or tag.startswith("B-") or role != open_role):
            spans[open_role].append([begin, end])
            open_role = None
        if tag.startswith("B-") or (tag.startswith("I-") and open_role is None):
            open_role, begin = role, s
        if open_role:
            end = e
    if open_role:
        spans[open_role].append([begin, end])
    return {"source": spans["S"] + spans["R"], "target": spans["T"] + spans["R"]}


def convert(root, split):
    class_path = os.path.join(root, "data", "cameo_class", split + ".tsv")
    ner_path = os.path.join(root, "data", "cameo_ner", split + ".txt")
    ner = [(letters("".join(t for t, _ in tokens)), tokens) for tokens in read_ner(ner_path)]
    by_letters = {}
    for key, tokens in ner:
        by_letters.setdefault(key, tokens)
    out, unmatched = [], 0
    for n, (text, quad) in enumerate(read_class(class_path), 1):
        gold = {"quad": quad}
        key = letters(text)
        tokens, first = by_letters.get(key), 0
        if tokens is None:
            # The NER file often holds the sentence cut down to its event
            # clause; the longest such clause found inside it, if long
            # enough to be that sentence's.
            inside = [(len(k), k, t) for k, t in ner if len(k) >= MIN_CLAUSE_LETTERS and k in key]
            if inside:
                _, k, tokens = max(inside, key=lambda x: x[0])
                first = key.index(k)
        spans = actor_spans(text, tokens, first) if tokens else None
        if spans is None:
            unmatched += 1
        else:
            gold.update(spans)
        out.append({"id": f"conflibert-{split}-{n:04d}", "text": text, "gold": gold,
                    "source": {"repo": REPO, "path": f"data/cameo_class/{split}.tsv", "license": LICENSE}})
    return out, unmatched


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    root, split = argv[1], argv[2]
    if split != "train":
        print(f"conflibert_gold: only the train split is read; '{split}' is kept aside "
              "for independent measurement", file=sys.stderr)
        return 2
    try:
        docs, unmatched = convert(root, split)
    except (OSError, ValueError) as e:
        print(f"conflibert_gold: {e}", file=sys.stderr)
        return 1
    for d in docs:
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"conflibert_gold: {len(docs)} sentences, {len(docs) - unmatched} with actor spans",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
