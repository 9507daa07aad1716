// Issue 19 item 4: the @spicecraft/native-linux-arm64-gnu manifest and how the repository lists it.
// It cannot be an npm workspace like the x64 package: npm links workspaces unconditionally and
// refuses a workspace whose cpu does not fit the machine (EBADPLATFORM on every x64 `npm install`;
// npm/cli#6138). So it is only an optional dependency of the facade and of backend-node, which npm
// skips where it does not fit; `npm ci` still needs it in package-lock.json, as the optional,
// platform-restricted, unresolved entry below (npm keeps it as is; x64 installs skip it by its cpu).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { root } from "./emulator.mjs";

const readJson = (path) => JSON.parse(readFileSync(`${root}${path}`, "utf8"));
const NAME = "@spicecraft/native-linux-arm64-gnu";

test("the arm64 platform package has the release version and is an optional dependency, not a workspace", () => {
  const facade = readJson("package.json");
  const manifest = readJson("packages/native-linux-arm64-gnu/package.json");
  assert.equal(manifest.name, NAME);
  assert.equal(manifest.version, facade.version);
  assert.deepEqual(manifest.files, ["spicecraft.linux-arm64.node"]);
  assert.ok(!facade.workspaces.includes("packages/native-linux-arm64-gnu"), "a workspace would break npm install on x64");
  assert.equal(facade.optionalDependencies[NAME], facade.version);
  assert.equal(readJson("backend-node/package.json").optionalDependencies[NAME], facade.version);
});

test("package-lock.json holds the arm64 package as an optional entry restricted like its manifest", () => {
  const lock = readJson("package-lock.json");
  const manifest = readJson("packages/native-linux-arm64-gnu/package.json");
  const entry = lock.packages[`node_modules/${NAME}`];
  assert.ok(entry, "npm ci would refuse the lock file (missing optional dependency)");
  assert.equal(entry.version, manifest.version);
  assert.equal(entry.optional, true);
  for (const field of ["os", "cpu", "libc"]) assert.deepEqual(entry[field], manifest[field], field);
  assert.equal(lock.packages[""].optionalDependencies[NAME], manifest.version);
  assert.equal(lock.packages["backend-node"].optionalDependencies[NAME], manifest.version);
});
