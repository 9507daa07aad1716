#!/usr/bin/env bash
# Installs what spicecraft needs and builds it: Debian packages (only the missing ones), npm
# dependencies (npm ci, only when the lock file changed), the native build (core, shim, Node addon,
# unit tests), the WASM module and the TypeScript packages. Safe to run again: every step is
# skipped or incremental when its inputs have not changed.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n==> %s\n' "$*"; }

PACKAGES=(cmake ninja-build g++ emscripten libxsimd-dev doctest-dev chromium)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! command -v node >/dev/null || [ ! -f "$(dirname "$(dirname "$(command -v node)")")/include/node/node_api.h" ]; then
  missing+=(nodejs)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "Debian packages present: ${PACKAGES[*]}"
fi

# npm's own node_modules/.package-lock.json never equals package-lock.json (it leaves out the root
# entry), so the lock file's hash is stored after each successful npm ci and compared instead.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.spicecraft-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.spicecraft-lock-hash
else
  say "npm dependencies up to date"
fi

say "Native build (core, shim, Node addon, unit tests)"
[ -f build/native/build.ninja ] || cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native

say "WASM build (Emscripten $(NODE_PATH=/usr/share/nodejs emcc --version 2>/dev/null | head -n1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' || echo '?'))"
# emcc's JS optimizer needs Debian's acorn, which Node only finds through NODE_PATH.
export NODE_PATH=/usr/share/nodejs
[ -f build/wasm/build.ninja ] || emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm

say "TypeScript"
npx tsc -b
node scripts/embed-kernels.mjs

say "Ready: backend-node/native/$(ls backend-node/native) and backend-wasm/wasm/$(ls backend-wasm/wasm | tr '\n' ' ')"
