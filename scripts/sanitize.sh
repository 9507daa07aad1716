#!/usr/bin/env bash
# The sanitizer job: scripts/asan-build.sh builds the core, the shim, the baseline Node addon, the C++
# unit tests and the fuzz targets with clang, AddressSanitizer + UndefinedBehaviorSanitizer (halt on
# the first report), in its own folder (SC_ASAN_BUILD_DIR, default build/asan). Then:
#   1. the C++ unit tests (ctest) under ASan+UBSan, leaks included;
#   2. golden files through the sanitized Node addon (tests/golden/run.mjs --backend node, kernels as
#      bytes): node runs with the ASan runtime preloaded and leak checks off (Node itself is not
#      built with ASan), SPICECRAFT_NATIVE_PATH points the loader at the sanitized addon, and the
#      loader's SPICECRAFT_DEBUG output must show that this addon is the one that loaded.
# Usage: bash scripts/sanitize.sh [--build-only] [GOLDEN_FILE.json...]
#   --build-only    install clang if missing, configure and build; run nothing
#   GOLDEN files    default: every file of tests/fixtures/golden that is in requiredGolden
# Needs the TypeScript build (dist/) for step 2: scripts/setup.sh (or `npx tsc -b`) first.
set -uo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n==> %s\n' "$*"; }
build_only=0
if [ "${1:-}" = "--build-only" ]; then build_only=1; shift; fi
build=${SC_ASAN_BUILD_DIR:-build/asan}

bash scripts/asan-build.sh || exit 1
[ "$build_only" -eq 0 ] || exit 0

# A sanitizer report ends the process with a failure at once.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

say "C++ unit tests under ASan+UBSan (ctest)"
ctest --test-dir "$build" --output-on-failure
cpp=$?

addon=$(ls "$build"/native/spicecraft.*.node 2>/dev/null | head -n1)
golden=("$@")
if [ ${#golden[@]} -eq 0 ]; then
  mapfile -t golden < <(node --input-type=module -e '
    import { requiredGolden } from "./tests/contract/fixtures.mjs";
    for (const f of requiredGolden) console.log(`tests/fixtures/golden/${f}.json`);')
fi
say "Golden files through the sanitized Node addon ($addon): ${#golden[@]} files"
js=1
if [ -z "$addon" ]; then
  echo "sanitize.sh: no addon in $build/native" >&2
else
  log=$build/golden-asan.log
  LD_PRELOAD=$(clang -print-file-name=libclang_rt.asan-x86_64.so) ASAN_OPTIONS=halt_on_error=1:detect_leaks=0 \
  SPICECRAFT_NATIVE_PATH="$(pwd)/$addon" SPICECRAFT_DEBUG=1 \
    node tests/golden/run.mjs --backend node --kernels tests/fixtures/kernels "${golden[@]}" 2>"$log"
  js=$?
  if ! grep -qF "$(pwd)/$addon: loaded" "$log"; then
    echo "sanitize.sh: the golden run did not load the sanitized addon $addon:" >&2
    js=1
  fi
  [ "$js" -eq 0 ] || grep -v '^\[spicecraft\]' "$log" | tail -n 40 >&2
fi

[ "$cpp" -eq 0 ] || echo "sanitize.sh: C++ unit tests failed under the sanitizers (ctest exit $cpp)"
[ "$js" -eq 0 ] || echo "sanitize.sh: golden files failed through the sanitized addon"
[ "$cpp" -eq 0 ] && [ "$js" -eq 0 ]
