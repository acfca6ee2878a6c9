#!/usr/bin/env bash
# Event coding throughput on one core: builds the release tree and runs
# build/bench/code_throughput over SENTENCES real news sentences (default
# 200000: PETRARCH2's GigaWord sample, the shared seed articles and the
# example corpus, repeated), best of 3 runs. Prints sentences/s for text
# analysis alone and for text analysis + coding, the number of events, and
# peak resident memory before and after the dictionaries load and at the end.
#   bench/run_code_bench.sh [SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/.."
sentences=${1:-200000}
case "$sentences" in
  '' | *[!0-9]* | 0) echo "usage: bench/run_code_bench.sh [SENTENCES]" >&2; exit 2 ;;
esac
scripts/install-deps.sh
scripts/build.sh release >/dev/null

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
"${pin[@]}" build/bench/code_throughput --sentences "$sentences" --runs 3
