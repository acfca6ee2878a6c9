#!/usr/bin/env bash
# readout compare on one big story, on one core. For each N (default 200 400
# 800 1600 3200 10000), bench/gen_wire_rewrites.py writes N rewrites of one
# wire report (truncated, reordered, quotes cut or paraphrased, paragraphs of
# their own) and N short unrelated local reports (without them the story
# clusterer, which weighs words by their rarity in the run, sees no two
# copies alike). Then build/src/cli/readout compare runs under
# /usr/bin/time -v, and the table gives per N: documents read, wall seconds,
# milliseconds per document, peak resident memory, the biggest story's size,
# and in how many of its documents its biggest statement group was found
# (the check that the work was done). Finally build/bench/compare_scaling
# splits the largest run by stage (read, analyse, cluster, compare, report)
# with the comparison's counts and every cap that bit.
#   bench/run_compare_bench.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(200 400 800 1600 3200 10000); fi
for n in "${sizes[@]}"; do
  case "$n" in '' | *[!0-9]* | 0) echo "usage: bench/run_compare_bench.sh [N...]" >&2; exit 2 ;; esac
done
scripts/build.sh release >/dev/null

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%8s %8s %9s %9s %9s %9s %14s\n' rewrites docs wall_s ms/doc rss_MB story main_statement
for n in "${sizes[@]}"; do
  python3 bench/gen_wire_rewrites.py "$n" --background "$n" > "$work/reports.jsonl"
  /usr/bin/time -v "${pin[@]}" build/src/cli/readout compare "$work/reports.jsonl" -o "$work/report.json" \
    2> "$work/time.txt"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
  read -r story main < <(python3 - "$work/report.json" <<'EOF'
import json, sys
stories = json.load(open(sys.argv[1]))["stories"]
big = max(stories, key=lambda s: len(s["members"]))
main = max((len(set(a["docs"])) for a in big["comparison"]["aligned"]), default=0)
print(len(big["members"]), main)
EOF
)
  docs=$((2 * n))
  printf '%8d %8d %9.2f %9.3f %9d %9d %14d\n' "$n" "$docs" "$wall" \
    "$(awk -v w="$wall" -v d="$docs" 'BEGIN {print 1000 * w / d}')" "$rss" "$story" "$main"
done

echo
echo "compare_scaling on the largest run (${sizes[-1]} rewrites), stage by stage:"
"${pin[@]}" build/bench/compare_scaling "$work/reports.jsonl"
