#!/usr/bin/env bash
# The main job itself, given a built readout: `readout compare` on the
# example corpus, which groups the articles into stories and shows how their
# sources differ, as OUTDIR/report.html (one self-contained page),
# OUTDIR/report.md and OUTDIR/report.json; along the way the sentences
# (OUTDIR/sentences.jsonl), CAMEO events (OUTDIR/events.jsonl) and
# quotations (OUTDIR/quotes.jsonl), with readout's own dictionaries.
# scripts/demo.sh calls
# it after building; ctest calls it too (test `demo`), so the README's main
# command cannot rot unnoticed.
#   scripts/run-demo.sh READOUT_BINARY OUTDIR
set -euo pipefail
cd "$(dirname "$0")/.."
readout=${1:?usage: scripts/run-demo.sh READOUT_BINARY OUTDIR}
outdir=${2:?usage: scripts/run-demo.sh READOUT_BINARY OUTDIR}
mkdir -p "$outdir"
"$readout" sentences examples/corpus/articles --meta examples/corpus/meta.jsonl \
  -o "$outdir/sentences.jsonl" --stats
docs=$(grep -o '"doc":"[^"]*"' "$outdir/sentences.jsonl" | sort -u | wc -l)
echo "wrote $outdir/sentences.jsonl: $(wc -l < "$outdir/sentences.jsonl") sentences from $docs documents"
[ "$docs" -eq 4 ] || { echo "run-demo: expected the 4 example articles, got $docs" >&2; exit 1; }

# Events and quotations with readout's own dictionaries (data/).
"$readout" code examples/corpus/articles --meta examples/corpus/meta.jsonl -o "$outdir/events.jsonl"
events=$(wc -l < "$outdir/events.jsonl")
echo "wrote $outdir/events.jsonl: $events events"
[ "$events" -gt 0 ] || { echo "run-demo: no events coded from the example corpus" >&2; exit 1; }
# Never the outlet as an actor (the outlets are in the sidecar).
if grep -q '"text":"\(The \)\?\(Farrowgate Wire\|Tollmere Ledger\|Vellmoor Daily\)"' "$outdir/events.jsonl"; then
  echo "run-demo: an outlet was coded as an actor" >&2; exit 1
fi
"$readout" quotes examples/corpus/articles --meta examples/corpus/meta.jsonl -o "$outdir/quotes.jsonl"
echo "wrote $outdir/quotes.jsonl: $(wc -l < "$outdir/quotes.jsonl") quotations"

# The stories and how their sources differ: the report in three formats.
for format in json markdown html; do
  ext=$format
  [ "$format" = markdown ] && ext=md
  "$readout" compare examples/corpus/articles --meta examples/corpus/meta.jsonl --format "$format" \
    -o "$outdir/report.$ext"
done
stories=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["stories"]))' "$outdir/report.json")
echo "wrote $outdir/report.html, report.md, report.json: $stories stories"
[ "$stories" -ge 2 ] || { echo "run-demo: expected the summit and the steel stories, got $stories" >&2; exit 1; }
