#!/usr/bin/env python3
"""One wire story rewritten by N outlets, as JSONL for `readout compare`.

The wire is tests/compare_corpus/articles/meridian-wire-2026-04-14.txt (an
invented summit report). Each outlet, drawn with a fixed seed:
  - keeps the lede and a run of the wire's paragraphs, stopping early (a
    truncated rewrite) or not, and sometimes swaps two body paragraphs;
  - renders some quotations its own way: cut to a phrase, turned into
    indirect speech, or given a different speaker wording;
  - adds one to three paragraphs of its own (local angle, background,
    reaction), built from its own name, city and figures, so that each
    outlet carries claims nobody else does;
  - publishes on the day of the summit or one of the two days after.
With --background B, B short local reports of unrelated invented events
follow (a council vote, a road closure, a harvest): the story clusterer
weighs words by how rare they are in the run, and in a run made of one
story only every word is common, so no two reports look alike.
Usage: gen_wire_rewrites.py N [--background B] [--seed S] > reports.jsonl
"""
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
WIRE = os.path.join(HERE, "..", "tests", "compare_corpus", "articles", "meridian-wire-2026-04-14.txt")

# Alternative renderings of some wire paragraphs (index -> variants).
VARIANTS = {
    1: ['Tavares said the two countries would "negotiate climate finance with one voice" from now on.',
        'The Brazilian president said that Brazil and Indonesia, home to the largest rainforests on Earth, '
        'would from now on negotiate climate finance with one voice.',
        '"From today we will negotiate climate finance with one voice," said Lucia Tavares, the Brazilian president.'],
    2: ['"We will double our trade within five years, and biofuels and fertilizers will lead the way," '
        'the Indonesian president said.',
        'Hartawan said that trade between the two countries would double within five years.'],
    4: ['"Every hectare we lose will be visible to both governments," Brazil\'s foreign minister told reporters.',
        'Foreign Minister Renato Falcao said that every hectare lost would be visible to both governments '
        'within weeks, once the space agencies begin exchanging monthly satellite images.'],
    5: ['Indonesia\'s environment minister complained that the money rich countries had promised for '
        'tropical forests had not arrived.'],
}

TITLES = ["Brazil and Indonesia agree to bargain together on climate finance",
          "Brazil, Indonesia pledge to double trade and pool climate bargaining",
          "Rainforest nations Brazil and Indonesia to speak with one voice on climate money",
          "Indonesian president in Brasilia: trade pledge and forest data deal"]
SYLLABLES = ["ka", "ro", "mi", "ta", "ve", "lo", "su", "nar", "bel", "dor", "fen", "gal", "hal", "ist",
             "jor", "kel", "lun", "mor", "nes", "ost", "pra", "quin", "ras", "sel", "tor", "ulm", "var", "wen"]
TOPICS = ["port expansion", "soybean exports", "palm oil prices", "shipping insurance", "coffee futures",
          "fertilizer imports", "river dredging", "biodiesel blending", "cattle tracing", "rail freight"]
ROLES = ["an economist", "a trade lawyer", "a shipping broker", "a former diplomat", "a forestry researcher",
         "a commodities trader", "a union leader", "a regional governor"]


def word(rng, parts=2):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def own_paragraphs(rng, outlet, city):
    """Paragraphs only this outlet carries."""
    person = f"{word(rng).capitalize()} {word(rng, 3).capitalize()}"
    topic = rng.choice(TOPICS)
    figure = rng.randint(12, 980)
    year = rng.choice([2019, 2020, 2021, 2022, 2023])
    out = [
        f"In {city}, where {outlet} is published, {topic} have been the main worry since {year}, and "
        f"local firms said they would watch the talks closely.",
        f'"We have waited {figure} days for a clear answer on {topic}," said {person}, {rng.choice(ROLES)} '
        f"based in {city}.",
        f"{outlet} reported last month that {figure} local companies depend on trade with Asia, "
        f"most of them in {topic}.",
    ]
    rng.shuffle(out)
    return out[: rng.randint(1, 3)]


def report(rng, i, wire):
    outlet = f"The {word(rng).capitalize()} {rng.choice(['Herald', 'Post', 'Courier', 'Ledger', 'Times', 'Review', 'Daily'])}"
    city = word(rng, 3).capitalize()
    paragraphs = [wire[0]]
    body = list(range(1, len(wire)))
    if rng.random() < 0.3 and len(body) > 4:
        a, b = rng.sample(range(1, len(body) - 1), 2)
        body[a], body[b] = body[b], body[a]
    keep = len(body) if rng.random() < 0.4 else rng.randint(3, len(body))
    for p in body[:keep]:
        if p in VARIANTS and rng.random() < 0.5:
            paragraphs.append(rng.choice(VARIANTS[p]))
        else:
            paragraphs.append(wire[p])
    for extra in own_paragraphs(rng, outlet, city):
        paragraphs.insert(rng.randint(2, len(paragraphs)), extra)
    day = rng.choice([14, 14, 15, 15, 16])
    return {
        "id": f"rewrite-{i:05d}",
        "outlet": outlet,
        "published": f"2026-04-{day}",
        "url": f"https://{outlet.lower().replace(' ', '-')[4:]}.test/2026/04/{day}/brazil-indonesia-{i}",
        "language": "en",
        "title": rng.choice(TITLES),
        "text": "\n\n".join(paragraphs),
    }


EVENTS = [("council", "approved a new budget for", "after a debate that lasted"),
          ("mayor", "closed the main road to", "for repairs expected to take"),
          ("farmers", "began harvesting", "earlier than usual, after"),
          ("police", "arrested a man near", "following a chase of"),
          ("school board", "voted to rename", "by a margin of"),
          ("hospital", "opened a new wing in", "at a cost of")]


def background(rng, i):
    """A short report of an unrelated local event in an invented town."""
    town, who, person = word(rng, 3).capitalize(), rng.choice(EVENTS), word(rng).capitalize()
    place, n = word(rng, 2).capitalize(), rng.randint(2, 90)
    subject, verb, detail = who
    text = (f"{town} {subject} {verb} {place} on {rng.choice(['Monday', 'Tuesday', 'Wednesday'])}, "
            f"{detail} {n} hours. \n\n\"This was overdue,\" said {person} {word(rng, 3).capitalize()}, "
            f"a resident of {town}. \n\nThe {subject} will meet again next month.")
    return {"id": f"local-{i:05d}", "outlet": f"{town} Gazette", "published": "2026-04-1" + str(rng.randint(0, 9)),
            "language": "en", "title": f"{town} {subject} {verb} {place}", "text": text}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--background", type=int, default=0)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    with open(WIRE, encoding="utf-8") as f:
        wire = [line.strip() for line in f if line.strip()]
    rng = random.Random(args.seed)
    for i in range(args.n):
        print(json.dumps(report(rng, i, wire), ensure_ascii=False))
    for i in range(args.background):
        print(json.dumps(background(rng, i), ensure_ascii=False))


if __name__ == "__main__":
    main()
