#!/usr/bin/env bash
# Cross-compiles the linux-arm64 (aarch64, glibc) Node addon with Debian's g++-aarch64-linux-gnu:
# core, shim and the addon only (no unit tests, no libspicecraft.so, no x64 variants: one build).
#   output: build/arm64/native/spicecraft.linux-arm64.node
# It stays out of backend-node/native/, which holds only addons this machine can load (tests require
# every file there); scripts/pack.sh takes it from build/arm64/native/ for
# packages/native-linux-arm64-gnu. Incremental (Ninja): configure once, then rebuild what changed.
# Numerics flags (-ffp-contract=off: no fmadd) come from the top-level CMakeLists.txt as on x64;
# tests/arm64/ checks the binary has no fused multiply-add and that it computes bit-identically.
# Usage: bash scripts/build-arm64.sh    (needs g++-aarch64-linux-gnu; scripts/setup.sh installs it)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v aarch64-linux-gnu-g++ >/dev/null || {
  echo "build-arm64.sh: aarch64-linux-gnu-g++ is missing: apt-get install g++-aarch64-linux-gnu" >&2; exit 1; }

build=build/arm64
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    --toolchain "$(pwd)/cmake/toolchains/aarch64-linux-gnu.cmake" \
    -DSC_UNIT_TESTS=OFF -DSC_NATIVE_OUTPUT_DIR="$(pwd)/$build/native" >/dev/null
fi
# Only the addon target (and what it links): the default target would add libspicecraft.so.
cmake --build "$build" --target spicecraft_node
