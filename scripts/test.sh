#!/usr/bin/env bash
# Builds readout and runs every test: the optimized build, then the same
# suites under AddressSanitizer and UndefinedBehaviorSanitizer, then every
# fuzz target for READOUT_FUZZ_SECONDS (20) from its seeds, under ASan and
# UBSan too (clang; the fuzz build holds the libraries and fuzz targets only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

scripts/build.sh release
(cd build && ctest --output-on-failure -j "$(nproc)")

scripts/build.sh asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$(nproc)")

if command -v clang++-14 > /dev/null; then
  scripts/build.sh fuzz
  (cd build-fuzz && ctest -L fuzz --output-on-failure -j "$(nproc)")
else
  echo "test.sh: clang++-14 not installed (clang-14 libclang-rt-14-dev): fuzz targets not run" >&2
fi
