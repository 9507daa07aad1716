#!/usr/bin/env bash
# Runs every test: set-up first (installs and builds what is missing), then the C++ unit tests
# (ctest / doctest), then the contract, golden, staging, CLI and Chromium tests on both backends (node --test).
# Both suites always run; the exit status is non-zero if either failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1

printf '\n==> C++ unit tests (ctest)\n'
ctest --test-dir build/native --output-on-failure
cpp=$?

printf '\n==> Contract, golden and CLI tests on node and wasm (node --test)\n'
node --test --test-reporter=spec tests/contract/*.test.mjs tests/staging/*.test.mjs tests/cli/*.test.mjs tests/browser/*.test.mjs
js=$?

[ "$cpp" -eq 0 ] || echo "C++ unit tests failed (ctest exit $cpp)"
[ "$js" -eq 0 ] && [ "$cpp" -eq 0 ]
