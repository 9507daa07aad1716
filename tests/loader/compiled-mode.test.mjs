// Compiled-binary mode of the native loader (backend-node/src/compiled-mode.ts) on a fake machine:
// detection, the per-user cache folder, extraction of the embedded addon into the versioned cache
// folder and its reuse, the candidate order, and every failure recorded while loading goes on.
// The real executables (Bun --compile, Node SEA) are built and run by tests/packaging/single-file.test.mjs.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { detectCompiledMode, loadNativeAddon, parseManifest, userCacheDir } from "../../backend-node/dist/index.js";
import { candidatePaths } from "../../backend-node/dist/loader.js";
import { addonModule, EXEC_DIR, fakeHost, LOCAL_DIR } from "./fake-host.mjs";

const MODERN = "spicecraft.linux-x64-modern.node";
const BASELINE = "spicecraft.linux-x64-baseline.node";
const PLAIN = "spicecraft.linux-x64.node";
const BUN_URL = "file:///$bunfs/root/app";
const USER_DIR = "/home/user/.cache/spicecraft";
const CACHE_DIR = `${USER_DIR}/0.1.0`;

const bytesOf = (text) => new TextEncoder().encode(text);
const entry = (file, bytes) => ({ file, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });

/** A compiled executable's embedded files: the manifest and the addon variants. */
function embedded({ target = "linux-x64-gnu", version = "0.1.0", addons = { [MODERN]: "modern addon", [BASELINE]: "baseline addon" }, tamper } = {}) {
  const assets = {};
  const entries = [];
  for (const [file, text] of Object.entries(addons)) {
    assets[file] = bytesOf(text);
    entries.push(entry(file, assets[file]));
  }
  if (tamper) tamper(assets);
  assets["spicecraft.manifest"] = bytesOf(JSON.stringify({ format: 1, version, target, addons: entries, kernels: [] }));
  return assets;
}

describe("detection", () => {
  const host = (env = {}, moduleUrl = "file:///app/dist/addon.js", isSea = false) => ({ env, moduleUrl, isSea });
  test("Bun's $bunfs (POSIX) and ~BUN (Windows) URLs, node:sea, and SPICECRAFT_COMPILED", () => {
    assert.equal(detectCompiledMode(host()), undefined);
    assert.equal(detectCompiledMode(host({}, BUN_URL)), "bun");
    assert.equal(detectCompiledMode(host({}, "file:///B:/~BUN/root/app.exe")), "bun");
    assert.equal(detectCompiledMode(host({}, undefined, true)), "sea");
    assert.equal(detectCompiledMode(host({ SPICECRAFT_COMPILED: "1" })), "env");
    assert.equal(detectCompiledMode(host({ SPICECRAFT_COMPILED: "0" }, BUN_URL, true)), undefined, "0 turns detection off");
  });

  test("the per-user folder: XDG_CACHE_HOME when absolute, ~/.cache, %LOCALAPPDATA% on Windows", () => {
    const h = (platform, env) => ({ platform, env, homeDir: platform === "win32" ? "C:\\Users\\u" : "/home/u" });
    assert.equal(userCacheDir(h("linux", {})), "/home/u/.cache/spicecraft");
    assert.equal(userCacheDir(h("linux", { XDG_CACHE_HOME: "/var/cache/u" })), "/var/cache/u/spicecraft");
    assert.equal(userCacheDir(h("linux", { XDG_CACHE_HOME: "relative/dir" })), "/home/u/.cache/spicecraft");
    assert.equal(userCacheDir(h("darwin", {})), "/home/u/.cache/spicecraft");
    assert.match(userCacheDir(h("win32", { LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" })), /AppData.Local.spicecraft$/);
  });

  test("a manifest naming a path instead of a file, or malformed, is refused", () => {
    const good = { format: 1, version: "0.1.0", target: "linux-x64-gnu", addons: [entry(MODERN, bytesOf("x"))], kernels: [] };
    assert.equal(typeof parseManifest(JSON.stringify(good)), "object");
    assert.match(parseManifest(JSON.stringify({ ...good, addons: [{ ...good.addons[0], file: "../../.bashrc" }] })), /malformed file list/);
    assert.match(parseManifest(JSON.stringify({ ...good, format: 2 })), /not a format-1 manifest/);
    assert.match(parseManifest("{"), /not JSON/);
  });
});

describe("extraction", () => {
  test("the first start extracts the preferred variant into the versioned cache folder; the second reuses it", () => {
    const { host, log } = fakeHost({ moduleUrl: BUN_URL, assets: embedded() });
    const first = loadNativeAddon(host);
    assert.equal(first.path, `${CACHE_DIR}/${MODERN}`);
    assert.deepEqual(first.compiled, { runtime: "bun", cacheDir: CACHE_DIR, manifest: first.compiled.manifest, extraction: "extracted" });
    assert.deepEqual(log.writes, [`${CACHE_DIR}/${MODERN}`], "only the variant needed is written");
    const second = loadNativeAddon(host);
    assert.equal(second.path, `${CACHE_DIR}/${MODERN}`);
    assert.equal(second.compiled.extraction, "reused");
    assert.equal(log.writes.length, 1, "nothing written on the second start");
  });

  test("a cached file with other contents (truncated, another build) is replaced", () => {
    const { host, log } = fakeHost({ isSea: true, assets: embedded(), bytes: { [`${CACHE_DIR}/${MODERN}`]: bytesOf("modern add") } });
    const result = loadNativeAddon(host);
    assert.equal(result.compiled.runtime, "sea");
    assert.equal(result.compiled.extraction, "extracted");
    assert.deepEqual(log.writes, [`${CACHE_DIR}/${MODERN}`]);
  });

  test("on a CPU without AVX2 only the baseline variant is extracted", () => {
    const { host, log } = fakeHost({ moduleUrl: BUN_URL, assets: embedded(), cpuinfo: "flags\t: sse sse2\n" });
    assert.equal(loadNativeAddon(host).path, `${CACHE_DIR}/${BASELINE}`);
    assert.deepEqual(log.writes, [`${CACHE_DIR}/${BASELINE}`]);
  });

  test("a corrupt embedded modern file is recorded; the baseline one is extracted and loads", () => {
    const assets = embedded({ tamper: (a) => (a[MODERN] = bytesOf("modern addoN")) });
    const { host } = fakeHost({ moduleUrl: BUN_URL, assets });
    const result = loadNativeAddon(host);
    assert.equal(result.path, `${CACHE_DIR}/${BASELINE}`);
    assert.deepEqual(result.attempts[0], {
      path: `${CACHE_DIR}/${MODERN}`,
      error: `extraction failed: the embedded ${MODERN} does not match its manifest (size or SHA-256): the executable is corrupt`,
    });
  });

  test("an unwritable cache folder is recorded and loading goes on to the executable's folder", () => {
    const { host } = fakeHost({ moduleUrl: BUN_URL, assets: embedded(), unwritable: [USER_DIR], files: { [`${EXEC_DIR}/${BASELINE}`]: addonModule() } });
    const result = loadNativeAddon(host);
    assert.equal(result.path, `${EXEC_DIR}/${BASELINE}`);
    assert.match(result.attempts[0].error, /^extraction failed: EACCES: permission denied/);
    assert.equal(result.compiled.extraction, undefined, "the loaded file was not extracted");
  });

  test("a manifest for another platform or release is recorded and not extracted; a cached file still loads", () => {
    for (const options of [{ target: "linux-arm64-gnu" }, { version: "0.0.9" }]) {
      const { host, log } = fakeHost({ moduleUrl: BUN_URL, assets: embedded(options), files: {} });
      assert.throws(() => loadNativeAddon(host), (error) => {
        assert.match(error.attempts[0].error, /^the embedded addon is for linux-(arm64|x64)-gnu 0\.(0\.9|1\.0), this is linux-x64-gnu 0\.1\.0$/);
        assert.equal(error.attempts[0].path, "embedded spicecraft.manifest");
        return true;
      });
      assert.deepEqual(log.writes, []);
    }
    const { host } = fakeHost({ moduleUrl: BUN_URL, assets: {}, files: { [`${USER_DIR}/${BASELINE}`]: addonModule() } });
    const result = loadNativeAddon(host);
    assert.equal(result.path, `${USER_DIR}/${BASELINE}`, "the per-user folder is searched");
    assert.deepEqual(result.attempts[0], { path: "embedded spicecraft.manifest", error: "no embedded spicecraft.manifest" });
  });
});

test("compiled-mode candidate order: override, versioned cache, per-user folder, native/, the executable's folder", () => {
  const { host } = fakeHost({ env: { SPICECRAFT_NATIVE_PATH: "/custom/my.node" } });
  const folders = { cacheDir: CACHE_DIR, userDir: USER_DIR };
  const list = candidatePaths(host, "baseline", undefined, folders).map((c) => `${c.origin} ${c.path}`);
  assert.deepEqual(list, [
    "override /custom/my.node",
    ...[BASELINE, PLAIN].map((f) => `cache ${CACHE_DIR}/${f}`),
    ...[BASELINE, PLAIN].map((f) => `user ${USER_DIR}/${f}`),
    ...[BASELINE, PLAIN].map((f) => `local ${LOCAL_DIR}/${f}`),
    ...[BASELINE, PLAIN].map((f) => `exec ${EXEC_DIR}/${f}`),
  ]);
});
