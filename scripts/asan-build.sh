#!/usr/bin/env bash
# The clang build shared by scripts/sanitize.sh and scripts/fuzz.sh: ASan + UBSan (every report
# halts), libFuzzer coverage instrumentation, -O1 with line tables, the baseline addon only, in its
# own folder (SC_ASAN_BUILD_DIR, default build/asan; the addon goes to <build>/native/, never over
# backend-node/native/). Installs clang, its sanitizer/libFuzzer runtimes and llvm-symbolizer when
# missing (as scripts/setup.sh installs its packages), configures once, then builds incrementally.
# Usage: bash scripts/asan-build.sh [NINJA_TARGET...]   (default: everything: core, shim, addon,
#        unit tests, fuzz targets; scripts/fuzz.sh asks for fuzz_targets only)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SC_ASAN_BUILD_DIR:-build/asan}

PACKAGES=(clang libclang-rt-dev llvm)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  printf '\n==> Installing Debian packages: %s\n' "${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

printf '\n==> Sanitizer build (clang %s: ASan+UBSan, libFuzzer instrumentation, -O1) in %s\n' "$(clang -dumpversion)" "$build"
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
    -DSC_SANITIZE=ON -DSC_FUZZ=ON -DSC_NATIVE_MODERN=OFF >/dev/null
fi
if [ $# -gt 0 ]; then
  cmake --build "$build" --target "$@"
else
  cmake --build "$build"
fi
