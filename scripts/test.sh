#!/usr/bin/env bash
# Runs every test: set-up first (installs and builds what is missing), then the C++ unit tests
# (ctest / doctest), then the contract, golden, staging and CLI tests on both backends (node --test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

printf '\n==> C++ unit tests (ctest)\n'
ctest --test-dir build/native --output-on-failure

printf '\n==> Contract, golden and CLI tests on node and wasm (node --test)\n'
node --test --test-reporter=spec tests/contract/*.test.mjs tests/staging/*.test.mjs tests/cli/*.test.mjs
