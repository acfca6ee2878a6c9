#!/usr/bin/env bash
# The main job on the bundled example corpus: installs what is missing,
# builds readout, and writes the sentences of every example article, with
# offsets, to out/sentences.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release >/dev/null
scripts/run-demo.sh build/src/cli/readout out
head -n 3 out/sentences.jsonl
