#!/usr/bin/env bash
# The main job on the bundled example corpus: builds readout if needed and
# writes the sentences of every example article, with offsets, to
# out/sentences.jsonl (and a short summary to the terminal).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release >/dev/null
mkdir -p out
build/src/cli/readout sentences examples/corpus --meta examples/corpus/meta.jsonl -o out/sentences.jsonl --stats
echo "wrote out/sentences.jsonl: $(wc -l < out/sentences.jsonl) sentences from $(cut -d'"' -f4 out/sentences.jsonl | sort -u | wc -l) documents"
head -n 3 out/sentences.jsonl
