#!/usr/bin/env bash
# Text-stage throughput against `wc -w` on the same file, in the same run.
# Generates a corpus of about SIZE_MB (default 200) by repeating the bundled
# example articles, then times wc -w (best of 3, C and UTF-8 locales) and
# readout's normalize + tokenize + split (best of 3, one core).
#   bench/run_text_bench.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-200}
scripts/install-deps.sh
scripts/build.sh release >/dev/null

corpus=build/bench-corpus-${size_mb}mb.txt
if [ ! -s "$corpus" ]; then
  python3 - "$corpus" "$size_mb" <<'PY'
import json, pathlib, sys
out, size = pathlib.Path(sys.argv[1]), int(sys.argv[2]) << 20
arts = pathlib.Path("examples/corpus/articles")
texts = [p.read_text("utf-8") for p in sorted(arts.glob("*.txt"))]
for p in sorted(arts.glob("*.jsonl")):
    texts += [json.loads(l)["text"] for l in p.read_text("utf-8").splitlines() if l.strip()]
one = "\n\n".join(texts) + "\n\n"
with out.open("w", encoding="utf-8") as f:
    written = 0
    while written < size:
        f.write(one); written += len(one.encode("utf-8"))
PY
fi
bytes=$(stat -c %s "$corpus")
echo "corpus: $corpus ($((bytes / 1000000)) MB)"

best_of_3() {  # the best wall time, in seconds, of three runs of "$@"
  python3 - "$@" <<'PY'
import subprocess, sys, time
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
    best = min(best, time.perf_counter() - t0)
print(f"{best:.6f}")
PY
}

wc_c=$(best_of_3 env LC_ALL=C wc -w "$corpus")
wc_u=$(best_of_3 env LC_ALL=C.UTF-8 wc -w "$corpus")
readout_s=$(taskset -c 0 build/bench/text_throughput "$corpus" 3 | tee /dev/stderr | sed -n 's/^seconds=//p')

python3 - "$bytes" "$wc_c" "$wc_u" "$readout_s" <<'PY'
import sys
b, wc_c, wc_u, r = int(sys.argv[1]), *map(float, sys.argv[2:])
mb = b / 1e6
print(f"wc -w (LC_ALL=C)       {wc_c:.3f} s  {mb / wc_c:8.1f} MB/s")
print(f"wc -w (LC_ALL=C.UTF-8) {wc_u:.3f} s  {mb / wc_u:8.1f} MB/s")
print(f"readout text stage     {r:.3f} s  {mb / r:8.1f} MB/s  (normalize + tokenize + sentences, one core)")
print(f"ratio readout / wc -w: {r / wc_c:.2f}x the time of wc -w in the C locale, {r / wc_u:.2f}x in C.UTF-8 (target: within 3x)")
PY
