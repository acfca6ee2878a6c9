#!/usr/bin/env bash
# The main job on the bundled example corpus: installs what is missing,
# builds readout, groups the example articles into stories and writes how
# their sources differ to out/report.html (also report.md, report.json, and
# the sentences, events and quotations as JSONL; see scripts/run-demo.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release >/dev/null
scripts/run-demo.sh build/src/cli/readout out
head -n 40 out/report.md
