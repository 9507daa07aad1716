// The loader on this machine's real files and dynamic linker: a corrupt .node fails with the
// linker's own error, a real addon from another release is refused by its sentinel, and the built
// addon carries this release's sentinel.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadAddonInfo, loadNativeAddon, NativeLoadError, nodeLoaderHost, sentinelName } from "../../backend-node/dist/index.js";

const { version } = nodeLoaderHost();
const quietHost = (env, extra = {}) => {
  const warnings = [];
  return { host: { ...nodeLoaderHost(env), warn: (w) => warnings.push(w), debug: () => {}, ...extra }, warnings };
};

test("the built addon exports this release's sentinel and its variant", () => {
  const info = loadAddonInfo();
  assert.equal(info.addon[sentinelName(version)], true);
  assert.equal(typeof info.addon.Context, "function");
  if (process.arch === "x64") assert.equal(info.addon.variant, info.path.match(/-(modern|baseline)\.node$/)?.[1]);
});

test("a corrupt .node is rejected with the dynamic linker's error, then the real addon loads", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-corrupt-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corrupt = join(dir, "spicecraft.node");
  writeFileSync(corrupt, "this is not a shared object\n".repeat(100));
  const { host, warnings } = quietHost({ SPICECRAFT_NATIVE_PATH: corrupt });
  const result = loadNativeAddon(host);
  assert.equal(result.attempts[0].path, corrupt);
  assert.match(result.attempts[0].error, /invalid ELF header|not a mach-o file|not a valid Win32 application/i);
  assert.notEqual(result.path, corrupt);
  assert.equal(result.addon[sentinelName(version)], true);
  assert.equal(warnings.length, 1);
  assert.ok(warnings[0].startsWith(`SPICECRAFT_NATIVE_PATH: ${corrupt}: `), warnings[0]);
});

test("a real addon of another release is refused as stale by its sentinel", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-stale-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, "old.node");
  copyFileSync(loadAddonInfo().path, copy);
  // This package pretends to be 9.9.9: every binary on disk is then from another release.
  const { host } = quietHost({ SPICECRAFT_NATIVE_PATH: copy }, { version: "9.9.9" });
  assert.throws(
    () => loadNativeAddon(host),
    (error) => {
      assert.ok(error instanceof NativeLoadError);
      assert.equal(error.attempts[0].path, copy);
      assert.equal(error.attempts[0].error, `stale: does not export __spicecraftV9_9_9 (it is version ${version}, this package is 9.9.9)`);
      assert.ok(error.attempts.some((a) => /stale/.test(a.error) && a.path !== copy), "the installed addon is refused too");
      return true;
    },
  );
});

test("a SPICECRAFT_NATIVE_PATH through a regular file (ENOTDIR) is 'not found', not an exception", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-notdir-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "file"), "");
  const through = join(dir, "file", "spicecraft.node");
  const { host, warnings } = quietHost({ SPICECRAFT_NATIVE_PATH: through });
  const result = loadNativeAddon(host);
  assert.deepEqual(result.attempts[0], { path: through, error: "not found" });
  assert.equal(result.addon[sentinelName(version)], true);
  assert.equal(warnings.length, 1);
});
