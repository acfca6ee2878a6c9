#!/usr/bin/env bash
# Renders a comparison report in a real browser (Debian's headless chromium)
# and checks what a reader gets: the DOM after parsing (check_dom.py: no
# scripts or external resources, side-by-side pairs, and for each
# EXPECT_A EXPECT_B a pair with EXPECT_A highlighted in its a-column and
# EXPECT_B in its b-column) and a screenshot that is a non-empty PNG.
#
# usage: check_html_report.sh HTML_FILE OUT_DIR [EXPECT_A EXPECT_B]...
# Writes OUT_DIR/report.dom.html, OUT_DIR/report.png and chromium's logs.
# Exit 0 when every check passes, 1 when one fails (chromium missing too:
# this test fails rather than skips), 2 on bad usage.
# CHROMIUM overrides the browser (default /usr/bin/chromium); extra flags
# may be given in READOUT_CHROMIUM_FLAGS. The machine may have no network:
# every fetch a browser makes by itself is switched off.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() { echo "check_html_report: FAIL: $*" >&2; exit 1; }

if [ $# -lt 2 ] || [ $(($# % 2)) -ne 0 ]; then
  echo "usage: $0 HTML_FILE OUT_DIR [EXPECT_A EXPECT_B]..." >&2
  exit 2
fi
html=$1
out=$2
shift 2

chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || fail "no browser at $chromium: install Debian's chromium (scripts/install-deps.sh)"
command -v python3 >/dev/null || fail "python3 is needed to check the DOM"
[ -s "$html" ] || fail "$html: no such file, or empty"
mkdir -p "$out"
rm -f "$out/report.dom.html" "$out/report.png"

url=$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$html")
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT

# Runs chromium on the page with a fresh profile; stdout to $1, stderr (its
# usual noise) to $2; the rest are flags.
run_chromium() {
  local stdout=$1 stderr=$2 profile
  shift 2
  profile=$(mktemp -d "$profiles/profile.XXXXXX")
  local flags=(--headless --disable-gpu --disable-quic --no-first-run --disable-background-networking
               --disable-component-update --disable-sync --disable-dev-shm-usage --hide-scrollbars
               --user-data-dir="$profile")
  if [ "$(id -u)" -eq 0 ]; then flags+=(--no-sandbox); fi
  # shellcheck disable=SC2206
  flags+=(${READOUT_CHROMIUM_FLAGS:-})
  local rc=0
  timeout --kill-after=5 60 "$chromium" "${flags[@]}" "$@" "$url" >"$stdout" 2>"$stderr" || rc=$?
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    tail -n 20 "$stderr" >&2 || true
    fail "chromium timed out after 60 s ($*)"
  fi
  if [ $rc -ne 0 ]; then
    tail -n 20 "$stderr" >&2 || true
    fail "chromium exited with status $rc ($*); its log: $stderr"
  fi
}

run_chromium "$out/report.dom.html" "$out/chromium-dom.log" --dump-dom
[ -s "$out/report.dom.html" ] || fail "chromium dumped no DOM for $url (log: $out/chromium-dom.log)"

run_chromium "$out/chromium-screenshot.out" "$out/chromium-screenshot.log" \
  --screenshot="$out/report.png" --window-size=1400,2000
[ -s "$out/report.png" ] || fail "no screenshot written to $out/report.png (log: $out/chromium-screenshot.log)"
python3 - "$out/report.png" <<'PY' || fail "$out/report.png is not a PNG image"
import struct, sys
data = open(sys.argv[1], "rb").read(24)
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(1)
w, h = struct.unpack(">II", data[16:24])
print("check_html_report: screenshot %s (%dx%d)" % (sys.argv[1], w, h))
PY

python3 "$here/check_dom.py" "$out/report.dom.html" "$@" || fail "the rendered DOM of $html fails the checks above"
echo "check_html_report: ok: $html"
