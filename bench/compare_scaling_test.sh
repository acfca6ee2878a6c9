#!/usr/bin/env bash
# ctest compare_scaling_N: `readout compare` on N rewrites of one wire report
# and N unrelated local reports (bench/gen_wire_rewrites.py) must finish
# within the test's TIMEOUT, put at least 90% of the rewrites in one story,
# and find the main statement (the lede quotation, kept by every rewrite in
# one form or another) in at least 90% of that story's documents.
#   bench/compare_scaling_test.sh READOUT_BINARY N
set -euo pipefail
readout=$1
n=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_wire_rewrites.py" "$n" --background "$n" > "$work/reports.jsonl"
start=$(date +%s.%N)
"$readout" compare "$work/reports.jsonl" -o "$work/report.json"
end=$(date +%s.%N)
python3 - "$work/report.json" "$n" "$start" "$end" <<'EOF'
import json, sys
report, n, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
stories = json.load(open(report))["stories"]
big = max(stories, key=lambda s: len(s["members"]))
size = len(big["members"])
main = max((len(set(a["docs"])) for a in big["comparison"]["aligned"]), default=0)
print(f"{n} rewrites + {n} others: {end - start:.2f} s; biggest story {size} documents, "
      f"main statement in {main} of them")
ok = True
if size < 0.9 * n:
    print(f"FAIL: the rewrites' story holds {size} of {n}")
    ok = False
if main < 0.9 * size:
    print(f"FAIL: the main statement is grouped in {main} of {size} documents")
    ok = False
sys.exit(0 if ok else 1)
EOF
