#!/usr/bin/env bash
# Builds readout and runs every test: the optimized build, then the same
# suites under AddressSanitizer and UndefinedBehaviorSanitizer, then every
# fuzz target for READOUT_FUZZ_SECONDS (10) from its seeds, under ASan and
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

# A short run of each target in CI (the long runs: scripts/fuzz.sh).
READOUT_FUZZ_SECONDS=${READOUT_FUZZ_SECONDS:-10} scripts/build.sh fuzz
(cd build-fuzz && ctest -L fuzz --output-on-failure -j "$(nproc)")
