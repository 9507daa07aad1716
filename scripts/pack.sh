#!/usr/bin/env bash
# Packs the npm tarballs of a release into one folder (default build/packages):
#   spicecraft-<v>.tgz                      the facade (dist/, kernels/, the `spicecraft` bin)
#   spicecraft-{contract,staging,backend-node,backend-wasm}-<v>.tgz   its dependencies
#   spicecraft-native-<platform>-<v>.tgz    every platform package under packages/ whose addon files
#                                           are built (backend-node/native/); on linux-x64 both variants
# Install them together (`npm install --offline ./*.tgz` works: no registry needed). Builds nothing:
# run `bash scripts/setup.sh` first. Usage: bash scripts/pack.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-build/packages}
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/*.tgz

# What the tarballs must carry; a missing one means the build has not run.
for f in dist/index.js dist/cli.js dist/bundled-kernels-data.js contract/dist/index.js staging/dist/index.js backend-node/dist/index.js \
         backend-wasm/dist/index.js backend-wasm/wasm/spicecraft.mjs backend-wasm/wasm/spicecraft.wasm backend-wasm/wasm/spicecraft.wasm.mjs; do
  [ -f "$f" ] || { echo "pack.sh: $f is missing: run 'bash scripts/setup.sh' first" >&2; exit 1; }
done

npm_pack() { npm pack --loglevel=error --pack-destination "$out" "$@" >/dev/null; }

# The platform packages: package.json and README from packages/<dir>, the .node files (the package's
# "files") from backend-node/native, copied into a staging folder so no binary lands in the source tree.
packed=0
for dir in packages/native-*/; do
  mapfile -t files < <(node -p "require('./${dir}package.json').files.join('\n')")
  missing=()
  for f in "${files[@]}"; do [ -f "backend-node/native/$f" ] || missing+=("$f"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "pack.sh: skipping ${dir%/}: not built here (${missing[*]})" >&2
    continue
  fi
  stage=$(mktemp -d)
  cp "${dir}package.json" LICENSE "$stage/"
  [ -f "${dir}README.md" ] && cp "${dir}README.md" "$stage/"
  for f in "${files[@]}"; do cp "backend-node/native/$f" "$stage/"; done
  (cd "$stage" && npm_pack)
  rm -rf "$stage"
  packed=$((packed + 1))
done
[ "$packed" -gt 0 ] || { echo "pack.sh: no platform package has its addon files built" >&2; exit 1; }

# Every tarball carries the root LICENSE: copied into the workspace folders for the pack only.
# The facade's README on npm is the users' guide (docs/npm-readme.md), not this repository's README:
# swapped in for the pack only, and put back whatever happens.
workspaces=(contract staging backend-node backend-wasm)
saved_readme=$(mktemp)
cp README.md "$saved_readme"
trap 'for w in "${workspaces[@]}"; do rm -f "$root/$w/LICENSE"; done; cp "$saved_readme" "$root/README.md"; rm -f "$saved_readme"' EXIT
for w in "${workspaces[@]}"; do cp LICENSE "$w/LICENSE"; done
cp docs/npm-readme.md README.md
npm_pack -w contract -w staging -w backend-node -w backend-wasm --include-workspace-root
cd "$out" && ls -1 *.tgz | sed "s|^|$out/|"
