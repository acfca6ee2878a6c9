#!/usr/bin/env bash
# Configures and builds one flavour of readout.
#   scripts/build.sh release   -> build/        (optimized, tests and benchmarks)
#   scripts/build.sh asan      -> build-asan/   (AddressSanitizer + UBSan at -O1, tests only)
#   scripts/build.sh fuzz      -> build-fuzz/   (clang, libFuzzer + ASan + UBSan at -O1:
#                                                the libraries and fuzz/ targets only)
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-release}
jobs=$(nproc)
targets=()
case "$flavour" in
  release) dir=build; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo) ;;
  # Optimized (-O1, frame pointers kept, asserts on): a time-out under the
  # sanitizers then means a real problem, not -O0.
  asan)    dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g"
                                  -DREADOUT_SANITIZE=ON -DREADOUT_BUILD_BENCH=OFF) ;;
  fuzz)    dir=build-fuzz; flags=(-DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug
                                  "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" -DREADOUT_FUZZ=ON
                                  -DREADOUT_BUILD_TESTS=OFF -DREADOUT_BUILD_BENCH=OFF
                                  "-DREADOUT_FUZZ_SECONDS=${READOUT_FUZZ_SECONDS:-20}")
           targets=(--target fuzzers) ;;
  *) echo "usage: scripts/build.sh [release|asan|fuzz]" >&2; exit 2 ;;
esac
cmake -S . -B "$dir" -G Ninja "${flags[@]}" >/dev/null
cmake --build "$dir" -j "$jobs" ${targets[@]+"${targets[@]}"}
