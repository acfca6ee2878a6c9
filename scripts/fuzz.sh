#!/usr/bin/env bash
# Builds (if needed) and runs readout's libFuzzer targets (fuzz/).
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]   one target
#   scripts/fuzz.sh all SECONDS [libFuzzer flags...]      each target in turn
#   scripts/fuzz.sh list                                  the target names
# Options before TARGET: --no-build (run what is built), --build-dir DIR
# (default build-fuzz, made by scripts/build.sh fuzz), --fresh (start from
# the seeds alone, in fuzz-corpus-fresh/: ctest uses it, so that a run takes
# SECONDS plus one pass over the seeds however long the kept corpus grew).
#
# Working folders, under the build dir: fuzz-seeds/TARGET (made afresh from
# examples/, data/ and ../shared/ on every run, big files cut into chunks),
# fuzz-corpus/TARGET (what libFuzzer adds; kept between runs),
# fuzz-artifacts/TARGET (crashing, leaking or slow inputs), fuzz-logs/.
# At the end each target prints its executions, corpus size and coverage.
# Exit status: non-zero when a target found a crash, a leak or UB.
# Run it niced on a shared machine: nice -n 10 scripts/fuzz.sh all 300
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared=$(cd "$root/.." && pwd)/shared

build=1
fresh=0
dir=build-fuzz
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --fresh) fresh=1; shift ;;
    --build-dir) dir=$2; shift 2 ;;
    *) break ;;
  esac
done

targets=(read_text read_html read_jsonl read_json read_xml read_tabari_text read_meta
         dict_verbs dict_actors dict_agents dict_discards dict_issues dict_nouns dict_config
         dict_tabari_project dict_tabari_options text analyse compare)

usage() { echo "usage: scripts/fuzz.sh [--no-build] [--fresh] [--build-dir DIR] TARGET|all|list SECONDS [flags...]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
if [[ $1 == list ]]; then printf '%s\n' "${targets[@]}"; exit 0; fi
[[ $# -ge 2 ]] || usage
target=$1 seconds=$2
shift 2
if [[ $target != all && ! " ${targets[*]} " =~ " $target " ]]; then
  echo "scripts/fuzz.sh: no target '$target' (scripts/fuzz.sh list)" >&2
  exit 2
fi
if [[ $build == 1 ]]; then scripts/build.sh fuzz; fi

# ---------------------------------------------------------------- seeds

# chunks FILE LINES MAX: FILE cut into pieces of LINES lines, at most MAX.
chunks() {
  [[ -f $1 ]] || return 0
  local prefix
  prefix="$seeds/$(basename "$1")."
  head -n $(($2 * $3)) "$1" | split -l "$2" -a 3 -d - "$prefix"
}
# files FILE...: copied whole (when present).
# (numbered: two meta.jsonl files are two seeds).
files() {
  local f n=0
  for f in "$@"; do n=$((n + 1)); [[ -f $f ]] && cp "$f" "$seeds/$n-$(basename "$f")"; done
  return 0
}
# record NAME TEXT: one seed written out.
record() { printf '%s' "$2" > "$seeds/$1"; }

articles=("$root"/examples/corpus/articles/*.txt "$shared"/corpus/seeds/*.txt)
dicts=$root/data/dictionaries
petr=$shared/petrarch2/dictionaries

make_seeds() {
  local t=$1
  case "$t" in
    read_text|text|analyse)
      files "${articles[@]}" "$root"/examples/corpus/articles/*.html
      record dateline.txt $'Talks resume\n\nGENEVA, Feb. 24 (Reuters) - "We will meet again," the minister said on Monday.\n' ;;
    read_html) files "$root"/examples/corpus/articles/*.html
      record ldjson.html '<html lang="en"><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2025-02-24"}</script></head><body><article><h1>H</h1><p>The minister <b>said</b> &ldquo;yes&rdquo;.</p></article></body></html>' ;;
    read_jsonl)
      files "$root"/examples/corpus/articles/*.jsonl "$root"/examples/corpus/meta.jsonl
      local f; for f in "$shared"/datasets/*.jsonl; do chunks "$f" 2 3; done
      record wp.jsonl '{"id":7,"date":"2025-02-24T10:00:00","link":"https://x.org/a","title":{"rendered":"T"},"content":{"rendered":"<p>He said &#8220;no&#8221;.</p>"}}'$'\n' ;;
    read_json)
      record one.json '{"id":"a1","url":"https://x.org/2025/02/24/a","outlet":"X","published":"2025-02-24","language":"en","title":"T","text":"The minister said on Monday that talks would resume."}'
      record wp.json '[{"id":7,"date":"2025-02-24T10:00:00","link":"https://x.org/a","title":{"rendered":"T"},"content":{"rendered":"<p>He said &#8220;no&#8221;.</p>"}},{"id":8,"title":{"rendered":"U"},"content":{"rendered":"Plain."}}]'
      record cut.json '[{"id":"a","text":"one"},{"id":"b","text":"tw' ;;
    read_xml)
      local f; for f in "$shared"/petrarch2/text/*.xml; do chunks "$f" 60 8; done
      record nul.xml $'<Sentences>\n<Sentence date="20150101" id="a-1" source="x" sentence="true">\n<Text>&#x0;Arnor said.</Text>\n</Sentence>\n</Sentences>\n' ;;
    read_tabari_text)
      record demo.txt $'950101  DEMO-01\nArnor is about to restore full diplomatic ties with Gondor almost\nfive years after crowds trashed its embassy.\n/* [Simple coding] { ARN / GON / 064 } */\n\n####\n20250224 DEMO-02\nGondor denounced Mordor. /* { OPTION: SET: TIME SHIFT = FALSE } */\n' ;;
    read_meta) files "$root"/examples/corpus/meta.jsonl "$shared"/corpus/seeds/meta.jsonl ;;
    dict_verbs) chunks "$dicts"/readout.verbs.txt 80 40; chunks "$petr"/CAMEO.2.0.txt 80 20
      chunks "$petr"/PETR.Validate.verbs.txt 100 14 ;;
    dict_actors) local f; for f in "$dicts"/*.actors.txt; do chunks "$f" 80 10; done
      chunks "$petr"/PETR.Validate.actors.txt 80 4; chunks "$petr"/Phoenix.International.actors.txt 80 5
      record tabari.actors $'<NOUN>\nTALKS\n</NOUN>\nARNOR [ARN]\n+ARNORIAN_\n\t[ARNGOV >950101]\nGONDOR_ [GON 900101-991231]\n' ;;
    dict_agents) chunks "$dicts"/readout.agents.txt 60 10; files "$petr"/PETR.Validate.agents.txt
      chunks "$petr"/Phoenix.agents.txt 80 5 ;;
    dict_discards) files "$dicts"/readout.discards.txt "$petr"/PETR.Validate.discards.txt
      chunks "$petr"/Phoenix.discards.txt 80 4 ;;
    dict_issues) chunks "$petr"/Phoenix.IssueCoding.txt 80 12 ;;
    dict_nouns) chunks "$dicts"/readout.nouns.txt 60 10 ;;
    dict_config) files "$dicts"/PETR_config.ini "$petr"/PETR_config.ini "$shared"/petrarch2/PETR_config.ini ;;
    dict_tabari_project)
      record wire.project $'Project for the Rivendell wire, 3019\n<actorsfile>\tMiddleEarth.actors\n<actorsfile> /abs/Elves.actors\n<verbsfile> \tWire.verbs\n<AgentsFile>  Wire.agents\n<optionsfile> Wire.options\n<textfile> \t\tWire.text\n<eventfile> \tWire.events\n<coder> ELR\n<session 1> <coder elr> <date Mon 18 Jun 3019> <records 6>\n' ;;
    dict_tabari_options)
      record wire.options $'// options\nSET: YYYY = TRUE\nCOMPLEX: VERBS[3] ACTORS[5] CONJ[2] ACTPRIOR\nDEFAULT: SOURCE = ARN\nSET: CODE BY CLAUSE = TRUE\nSET: MINIMUM WORDS = 4\nLABEL: x\n# comment\n~\nignored\n' ;;
    compare)
      local a b i=0
      for a in "${articles[@]}"; do
        for b in "${articles[@]}"; do
          [[ $a < $b ]] || continue
          i=$((i + 1))
          { cat "$a"; printf '\n=====\n'; cat "$b"; } > "$seeds/pair$i.txt"
        done
      done
      { local f; for f in "${articles[@]}"; do cat "$f"; printf '\n=====\n'; done; } > "$seeds/all.txt" ;;
  esac
}

token_dict() {
  case "$1" in
    read_html) echo fuzz/html.dict ;;
    read_jsonl|read_json|read_meta) echo fuzz/json.dict ;;
    read_xml) echo fuzz/xml.dict ;;
    read_text|read_tabari_text|text|analyse|compare) echo fuzz/text.dict ;;
    dict_config|dict_tabari_project|dict_tabari_options) echo fuzz/config.dict ;;
    dict_*) echo fuzz/dictionaries.dict ;;
  esac
}

# ------------------------------------------------------------------ run

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

summary=()
run_one() {
  local t=$1 bin=$dir/fuzz/fuzz_$1
  shift
  [[ -x $bin ]] || { echo "scripts/fuzz.sh: $bin not built (scripts/build.sh fuzz)" >&2; return 2; }
  seeds=$dir/fuzz-seeds/$t
  local corpus=$dir/fuzz-corpus/$t artifacts=$dir/fuzz-artifacts/$t log=$dir/fuzz-logs/$t.log
  if [[ $fresh == 1 ]]; then corpus=$dir/fuzz-corpus-fresh/$t; rm -rf "$corpus"; fi
  rm -rf "$seeds"
  mkdir -p "$seeds" "$corpus" "$artifacts" "$dir/fuzz-logs"
  make_seeds "$t"
  echo "== $t: ${seconds}s, $(find "$seeds" -type f | wc -l) seeds, $(find "$corpus" -type f | wc -l) in corpus"
  local rc=0
  "$bin" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -max_len=16384 \
         -dict="$(token_dict "$t")" -print_final_stats=1 -artifact_prefix="$artifacts/" \
         "$@" "$corpus" "$seeds" > "$log" 2>&1 || rc=$?
  local last execs files bytes
  last=$(grep -E '^#[0-9]+' "$log" | grep ' cov: ' | tail -n 1 || true)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(du -sk "$corpus" | cut -f1)
  local line
  line=$(printf '%-20s execs %-9s corpus %5s files %6s KiB  %s' "$t" "${execs:-?}" "$files" "$bytes" \
         "$(sed -E 's/^#[0-9]+ +[A-Z]+ +//; s/ (exec\/s|rss|L|MS):.*//' <<< "$last")")
  if [[ $rc != 0 ]]; then
    line+="  FAILED (exit $rc): see $log and $artifacts/"
    grep -E 'ERROR: |runtime error|SUMMARY|contract broken' "$log" | head -n 5 >&2 || true
  fi
  echo "$line"
  summary+=("$line")
  return "$rc"
}

status=0
if [[ $target == all ]]; then
  for t in "${targets[@]}"; do run_one "$t" "$@" || status=1; done
  echo
  echo "== summary"
  printf '%s\n' "${summary[@]}"
else
  run_one "$target" "$@" || status=$?
fi
exit "$status"
