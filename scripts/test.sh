#!/usr/bin/env bash
# Runs every test: set-up first (installs and builds what is missing), then the C++ unit tests
# (ctest / doctest), then the contract, golden, staging, CLI and Chromium tests on both backends, the
# native loader and addon variants, a clean-directory install of the packed tarballs, and the core/
# include-layer check (node --test).
# Both suites always run; the exit status is non-zero if either failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1

printf '\n==> C++ unit tests (ctest)\n'
ctest --test-dir build/native --output-on-failure
cpp=$?

printf '\n==> Contract, golden, CLI, loader and packaging tests on node and wasm (node --test)\n'
node --test --test-reporter=spec tests/calls/*.test.mjs tests/layers/*.test.mjs tests/contract/*.test.mjs tests/staging/*.test.mjs tests/writers/*.test.mjs tests/inventory/*.test.mjs \
  tests/cli/*.test.mjs tests/browser/*.test.mjs tests/loader/*.test.mjs tests/packaging/*.test.mjs
js=$?

[ "$cpp" -eq 0 ] || echo "C++ unit tests failed (ctest exit $cpp)"
[ "$js" -eq 0 ] && [ "$cpp" -eq 0 ]
