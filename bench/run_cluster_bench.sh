#!/usr/bin/env bash
# Story clustering on one core: builds the release tree and runs
# build/bench/cluster_throughput over DOCS generated reports (default
# 100000: about 20,000 stories between 60 countries, reported by 1 to 10
# outlets each as wire copies or rewrites). Prints the generation time
# (excluded), the analysis time (text + coding + quotes + Summarize) and the
# clustering time with documents/s for each, peak and current resident
# memory before and after clustering, stories found against generated, and
# the clustering's pairwise precision, recall and F1 against the generator's
# truth with a breakdown of wrong merges and splits. One run: at 100,000
# documents the run is long enough to time.
#   bench/run_cluster_bench.sh [DOCS] [extra cluster_throughput flags...]
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-100000}
case "$docs" in
  '' | *[!0-9]* | 0) echo "usage: bench/run_cluster_bench.sh [DOCS] [flags...]" >&2; exit 2 ;;
esac
shift || true
scripts/install-deps.sh
scripts/build.sh release >/dev/null

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
"${pin[@]}" build/bench/cluster_throughput --docs "$docs" "$@"
