#!/usr/bin/env bash
# End-to-end throughput of `readout code` (reading, language detection, text
# stage, tagging, parsing, coding, JSON writing) on SENTENCES real news
# sentences (default 200000: the sentences of ../shared/petrarch2/text/*.xml
# repeated) with PETRARCH2's Phoenix dictionaries. Prints sentences/s for
# records of one text (mostly one sentence) and of 100 texts, on 1 thread and on every
# core, each the best of 3 runs, with the peak resident memory.
#   bench/run_cli_bench.sh [SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/.."
sentences=${1:-200000}
case "$sentences" in
  '' | *[!0-9]* | 0) echo "usage: bench/run_cli_bench.sh [SENTENCES]" >&2; exit 2 ;;
esac
shared=../shared/petrarch2
if [ ! -d "$shared/text" ]; then echo "bench/run_cli_bench.sh: $shared is absent" >&2; exit 1; fi
scripts/install-deps.sh
scripts/build.sh release >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$shared/text" "$sentences" "$work" <<'PY'
import glob, html, json, re, sys
folder, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = []
for path in sorted(glob.glob(folder + "/*.xml")):
    for t in re.findall(r"<Text>(.*?)</Text>", open(path, encoding="utf-8").read(), re.S):
        t = " ".join(html.unescape(t).split())
        if t:
            texts.append(t)
with open(out + "/one.jsonl", "w") as f:
    for i in range(n):
        f.write(json.dumps({"id": "s%d" % i, "text": texts[i % len(texts)]}) + "\n")
with open(out + "/hundred.jsonl", "w") as f:
    for d in range(n // 100):
        body = "\n\n".join(texts[(d * 100 + k) % len(texts)] for k in range(100))
        f.write(json.dumps({"id": "d%d" % d, "text": body}) + "\n")
PY

cores=$(nproc)
run() {  # FILE THREADS -> sentences, best wall seconds, peak RSS (MiB)
  local best="" rss=0 count=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" build/src/cli/readout code "$1" --threads "$2" --stats \
      --dict-dir "$shared/dictionaries" -o "$work/out.jsonl" 2>"$work/err"
    count=$(sed -n 's/^readout: \([0-9]*\) sentences coded.*/\1/p' "$work/err")
    read -r secs kb < "$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    rss=$(( kb / 1024 > rss ? kb / 1024 : rss ))
  done
  echo "$count $best $rss"
}
printf '%-26s %8s %10s %10s %14s %9s\n' records threads sentences seconds sentences/s "peak MiB"
for kind in one hundred; do
  for threads in 1 "$cores"; do
    read -r count secs rss < <(run "$work/$kind.jsonl" "$threads")
    label=$([ "$kind" = one ] && echo "one text per record" || echo "100 texts per record")
    printf '%-26s %8s %10s %10s %14.0f %9s\n' "$label" "$threads" "$count" "$secs" \
      "$(awk "BEGIN{print $count / $secs}")" "$rss"
  done
done
