#!/usr/bin/env bash
# Installs what readout needs to build, test and benchmark on Debian 12.
# Idempotent: packages already present are left alone, and apt is not even
# consulted when nothing is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libsimdjson-dev libpugixml-dev libgumbo-dev libcld2-dev
  libcli11-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev
  python3
  clang-14 libclang-rt-14-dev  # libFuzzer targets (fuzz/, scripts/fuzz.sh)
  chromium fonts-dejavu-core fonts-wqy-microhei  # browser test of the HTML report (CJK text too)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
