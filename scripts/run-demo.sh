#!/usr/bin/env bash
# The main job itself, given a built readout: the sentences of every example
# article, with offsets, into OUTDIR/sentences.jsonl. scripts/demo.sh calls
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
