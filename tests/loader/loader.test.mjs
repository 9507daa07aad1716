// Unit tests of the native addon loader (backend-node/src/loader.ts) on a fake machine: every
// candidate source, the variant choice, sentinel and corrupt-file rejection, and the error texts.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  addonFileNames,
  candidatePaths,
  detectAvx2,
  loadNativeAddon,
  NativeLoadError,
  sentinelName,
} from "../../backend-node/dist/loader.js";
import { addonModule, CPUINFO_AVX2, CPUINFO_NO_AVX2, EXEC_DIR, fakeHost, LOCAL_DIR, PKG_DIR } from "./fake-host.mjs";

const PKG = "@spicecraft/native-linux-x64-gnu";
const MODERN = "spicecraft.linux-x64-modern.node";
const BASELINE = "spicecraft.linux-x64-baseline.node";
const PLAIN = "spicecraft.linux-x64.node";

function load(options) {
  const { host, log } = fakeHost(options);
  return { result: loadNativeAddon(host), log };
}

function failure(options) {
  const { host, log } = fakeHost(options);
  let error;
  try {
    loadNativeAddon(host);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof NativeLoadError, `expected a NativeLoadError, got ${error}`);
  return { error, log };
}

describe("candidate sources", () => {
  test("SPICECRAFT_NATIVE_PATH (a file) comes before the platform package", () => {
    const { result, log } = load({
      env: { SPICECRAFT_NATIVE_PATH: "/custom/my.node" },
      packages: { [PKG]: PKG_DIR },
      files: { "/custom/my.node": addonModule(), [`${PKG_DIR}/${MODERN}`]: addonModule() },
    });
    assert.equal(result.path, "/custom/my.node");
    assert.deepEqual(log.loads, ["/custom/my.node"]);
    assert.deepEqual(log.warnings, []);
  });

  test("SPICECRAFT_NATIVE_PATH (a folder) is searched for the variant file names", () => {
    const { result } = load({
      env: { SPICECRAFT_NATIVE_PATH: "/custom" },
      dirs: ["/custom"],
      files: { [`/custom/${BASELINE}`]: addonModule() },
    });
    assert.equal(result.path, `/custom/${BASELINE}`);
    assert.deepEqual(result.attempts, [{ path: `/custom/${MODERN}`, error: "not found" }, { path: `/custom/${BASELINE}` }]);
  });

  test("a SPICECRAFT_NATIVE_PATH that does not load is warned about when another file loads", () => {
    const { result, log } = load({
      env: { SPICECRAFT_NATIVE_PATH: "/custom/missing.node" },
      packages: { [PKG]: PKG_DIR },
      files: { [`${PKG_DIR}/${MODERN}`]: addonModule() },
    });
    assert.equal(result.path, `${PKG_DIR}/${MODERN}`);
    assert.equal(log.warnings.length, 1);
    assert.match(log.warnings[0], /^SPICECRAFT_NATIVE_PATH: \/custom\/missing\.node: not found; loaded .*modern\.node instead\.$/);
  });

  test("the platform package comes before the package-local native/ folder", () => {
    const { result, log } = load({
      packages: { [PKG]: PKG_DIR },
      files: { [`${PKG_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${MODERN}`]: addonModule() },
    });
    assert.equal(result.path, `${PKG_DIR}/${MODERN}`);
    assert.equal(result.variant, "modern");
    assert.deepEqual(log.loads, [`${PKG_DIR}/${MODERN}`]);
  });

  test("without the platform package, the package-local native/ folder is used", () => {
    const { result } = load({ files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule() } });
    assert.equal(result.path, `${LOCAL_DIR}/${MODERN}`);
    assert.deepEqual(result.attempts, [{ path: PKG, error: "package not installed" }, { path: `${LOCAL_DIR}/${MODERN}` }]);
  });

  test("the Node executable's folder is the last place searched", () => {
    const { result } = load({ files: { [`${EXEC_DIR}/${PLAIN}`]: addonModule() } });
    assert.equal(result.path, `${EXEC_DIR}/${PLAIN}`);
    assert.deepEqual(
      result.attempts.map((a) => a.path),
      [PKG, ...[MODERN, BASELINE, PLAIN].map((f) => `${LOCAL_DIR}/${f}`), ...[MODERN, BASELINE, PLAIN].map((f) => `${EXEC_DIR}/${f}`)],
    );
  });

  test("candidates are de-duplicated in order (override folder = native/, package dir given twice)", () => {
    const { host } = fakeHost({ env: { SPICECRAFT_NATIVE_PATH: `${LOCAL_DIR}/` }, dirs: [`${LOCAL_DIR}/`], packages: { [PKG]: LOCAL_DIR } });
    const paths = candidatePaths(host, "baseline", { platform: "linux", arch: "x64", libc: "glibc" }).map((c) => c.path);
    assert.deepEqual(paths, [`${LOCAL_DIR}/${BASELINE}`, `${LOCAL_DIR}/${PLAIN}`, `${EXEC_DIR}/${BASELINE}`, `${EXEC_DIR}/${PLAIN}`]);
    const origins = candidatePaths(host, "baseline", { platform: "linux", arch: "x64", libc: "glibc" }).map((c) => c.origin);
    assert.deepEqual(origins, ["override", "override", "exec", "exec"]);
  });
});

describe("x64 variant", () => {
  test("AVX2 present: modern first", () => {
    const { result } = load({ cpuinfo: CPUINFO_AVX2, files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.equal(result.variant, "modern");
    assert.equal(result.path, `${LOCAL_DIR}/${MODERN}`);
  });

  test("AVX2 absent: the modern file is never tried", () => {
    const { result, log } = load({ cpuinfo: CPUINFO_NO_AVX2, files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.equal(result.variant, "baseline");
    assert.equal(result.path, `${LOCAL_DIR}/${BASELINE}`);
    assert.ok(!result.attempts.some((a) => a.path.endsWith(MODERN)));
    assert.deepEqual(log.loads, [`${LOCAL_DIR}/${BASELINE}`]);
  });

  test("CPU unknown (no /proc/cpuinfo): baseline, the safe choice", () => {
    const { result } = load({ cpuinfo: null, files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.equal(result.variant, "baseline");
    assert.equal(result.path, `${LOCAL_DIR}/${BASELINE}`);
  });

  test("modern falls back to baseline, then to the unsuffixed name", () => {
    const both = load({ files: { [`${LOCAL_DIR}/${BASELINE}`]: addonModule(), [`${LOCAL_DIR}/${PLAIN}`]: addonModule() } });
    assert.equal(both.result.path, `${LOCAL_DIR}/${BASELINE}`);
    const plain = load({ files: { [`${LOCAL_DIR}/${PLAIN}`]: addonModule() } });
    assert.equal(plain.result.path, `${LOCAL_DIR}/${PLAIN}`);
    assert.equal(plain.result.variant, "modern");
  });

  test("SPICECRAFT_NATIVE_VARIANT=baseline wins over AVX2 detection", () => {
    const { result, log } = load({
      env: { SPICECRAFT_NATIVE_VARIANT: "baseline" },
      cpuinfo: CPUINFO_AVX2,
      files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${BASELINE}`]: addonModule() },
    });
    assert.equal(result.variant, "baseline");
    assert.equal(result.path, `${LOCAL_DIR}/${BASELINE}`);
    assert.deepEqual(log.reads, [], "no CPU detection when the variant is forced to baseline");
  });

  test("SPICECRAFT_NATIVE_VARIANT=modern is honoured when the CPU cannot be asked", () => {
    const { result } = load({ env: { SPICECRAFT_NATIVE_VARIANT: "modern" }, cpuinfo: null, files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.equal(result.path, `${LOCAL_DIR}/${MODERN}`);
  });

  test("SPICECRAFT_NATIVE_VARIANT=modern on a CPU without AVX2 warns and uses baseline (no SIGILL)", () => {
    const { result, log } = load({ env: { SPICECRAFT_NATIVE_VARIANT: "modern" }, cpuinfo: CPUINFO_NO_AVX2, files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.equal(result.path, `${LOCAL_DIR}/${BASELINE}`);
    assert.equal(log.warnings.length, 1);
    assert.match(log.warnings[0], /lacks AVX2/);
  });

  test("an invalid SPICECRAFT_NATIVE_VARIANT is ignored with a warning", () => {
    const { result, log } = load({ env: { SPICECRAFT_NATIVE_VARIANT: "avx512" }, cpuinfo: CPUINFO_NO_AVX2, files: { [`${LOCAL_DIR}/${MODERN}`]: addonModule(), [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.equal(result.variant, "baseline", "detection decides");
    assert.deepEqual(log.warnings, ['SPICECRAFT_NATIVE_VARIANT="avx512" is not "modern" or "baseline"; ignoring it.']);
  });

  test("AVX2 detection reads the flags line of /proc/cpuinfo, all x86-64-v3 features required", () => {
    const ask = (cpuinfo) => detectAvx2({ platform: "linux", readText: () => cpuinfo, sysctl: () => undefined });
    assert.equal(ask(CPUINFO_AVX2), true);
    assert.equal(ask(CPUINFO_NO_AVX2), false);
    assert.equal(ask(CPUINFO_AVX2.replace(" bmi2", "")), false, "AVX2 without BMI2 is not x86-64-v3");
    assert.equal(ask("processor : 0\n"), undefined);
    assert.equal(ask(undefined), undefined);
  });

  test("AVX2 detection on macOS asks sysctl", () => {
    const features = "FPU SSE SSE2 SSE3 SSSE3 FMA CX16 SSE4.1 SSE4.2 MOVBE POPCNT XSAVE OSXSAVE AVX1.0 F16C\nBMI1 AVX2 BMI2 ERMS\nSYSCALL XD EM64T LAHF LZCNT\n";
    const asked = [];
    const ask = (out) => detectAvx2({ platform: "darwin", readText: () => undefined, sysctl: (names) => (asked.push(names), out) });
    assert.equal(ask(features), true);
    assert.deepEqual(asked[0], ["machdep.cpu.features", "machdep.cpu.leaf7_features", "machdep.cpu.extfeatures"]);
    assert.equal(ask(features.replace("AVX2 ", "")), false);
    assert.equal(ask(undefined), undefined);
    const { result, log } = load({ platform: "darwin", libc: undefined, sysctl: features, files: { [`${LOCAL_DIR}/spicecraft.darwin-x64-modern.node`]: addonModule() } });
    assert.equal(result.path, `${LOCAL_DIR}/spicecraft.darwin-x64-modern.node`);
    assert.equal(log.reads.length, 0, "/proc/cpuinfo is not read on macOS");
  });

  test("other architectures have one unsuffixed file and no variant", () => {
    assert.deepEqual(addonFileNames("linux", "arm64", undefined), ["spicecraft.linux-arm64.node"]);
    const { result, log } = load({ arch: "arm64", env: { SPICECRAFT_NATIVE_VARIANT: "modern" }, files: { [`${LOCAL_DIR}/spicecraft.linux-arm64.node`]: addonModule() } });
    assert.equal(result.path, `${LOCAL_DIR}/spicecraft.linux-arm64.node`);
    assert.equal(result.variant, undefined);
    assert.deepEqual(log.reads, []);
    assert.deepEqual(result.attempts, [
      { path: "@spicecraft/native-linux-arm64-gnu", error: "package not installed" },
      { path: `${LOCAL_DIR}/spicecraft.linux-arm64.node` },
    ]);
  });

  // Issue 19 item 4: linux-arm64 (glibc) is a supported target with its own platform package.
  test("linux-arm64 loads its one file from @spicecraft/native-linux-arm64-gnu", () => {
    const arm64Pkg = "/app/node_modules/@spicecraft/native-linux-arm64-gnu";
    const { result, log } = load({
      arch: "arm64",
      packages: { "@spicecraft/native-linux-arm64-gnu": arm64Pkg },
      dirs: [arm64Pkg],
      files: { [`${arm64Pkg}/spicecraft.linux-arm64.node`]: addonModule() },
    });
    assert.equal(result.path, `${arm64Pkg}/spicecraft.linux-arm64.node`);
    assert.equal(result.variant, undefined);
    assert.deepEqual(log.reads, [], "no CPU probing on arm64");
  });
});

describe("rejected files", () => {
  test("a stale addon (another release's sentinel) is rejected and the next candidate loads", () => {
    const { result } = load({
      packages: { [PKG]: PKG_DIR },
      files: { [`${PKG_DIR}/${MODERN}`]: addonModule("0.0.9"), [`${LOCAL_DIR}/${MODERN}`]: addonModule("0.1.0") },
    });
    assert.equal(result.path, `${LOCAL_DIR}/${MODERN}`);
    assert.equal(
      result.attempts.find((a) => a.path === `${PKG_DIR}/${MODERN}`).error,
      "stale: does not export __spicecraftV0_1_0 (it is version 0.0.9, this package is 0.1.0)",
    );
  });

  test("a module without any sentinel or version is stale too", () => {
    const { error } = failure({ files: { [`${LOCAL_DIR}/${MODERN}`]: { hello: 1 } } });
    assert.match(error.message, /modern\.node: stale: does not export __spicecraftV0_1_0 \(it is an unknown version, this package is 0\.1\.0\)/);
  });

  test("a corrupt .node (require throws) is reported with its own error and skipped", () => {
    const { result } = load({
      files: {
        [`${LOCAL_DIR}/${MODERN}`]: new Error(`${LOCAL_DIR}/${MODERN}: invalid ELF header`),
        [`${LOCAL_DIR}/${BASELINE}`]: addonModule(),
      },
    });
    assert.equal(result.path, `${LOCAL_DIR}/${BASELINE}`);
    assert.equal(result.attempts.find((a) => a.path.endsWith(MODERN)).error, `${LOCAL_DIR}/${MODERN}: invalid ELF header`);
  });
});

describe("failures", () => {
  test("nothing loads: one error naming the target, every path with its own error, and the fix", () => {
    const { error } = failure({
      packages: { [PKG]: PKG_DIR },
      files: { [`${PKG_DIR}/${MODERN}`]: new Error("invalid ELF header"), [`${LOCAL_DIR}/${BASELINE}`]: addonModule("0.0.1") },
    });
    const lines = error.message.split("\n");
    assert.equal(lines[0], "Failed to load spicecraft native addon for linux-x64 (modern). Tried:");
    assert.deepEqual(lines.slice(1, -1), [
      `  ${PKG_DIR}/${MODERN}: invalid ELF header`,
      `  ${PKG_DIR}/${BASELINE}: not found`,
      `  ${PKG_DIR}/${PLAIN}: not found`,
      `  ${LOCAL_DIR}/${MODERN}: not found`,
      `  ${LOCAL_DIR}/${BASELINE}: stale: does not export __spicecraftV0_1_0 (it is version 0.0.1, this package is 0.1.0)`,
      `  ${LOCAL_DIR}/${PLAIN}: not found`,
      `  ${EXEC_DIR}/${MODERN}: not found`,
      `  ${EXEC_DIR}/${BASELINE}: not found`,
      `  ${EXEC_DIR}/${PLAIN}: not found`,
    ]);
    const fix = lines.at(-1);
    assert.match(fix, /^Fix: reinstall spicecraft .*@spicecraft\/native-linux-x64-gnu/);
    assert.match(fix, /bash scripts\/setup\.sh/);
    assert.ok(fix.endsWith('createBackend({ backend: "wasm" }).'), fix);
    assert.equal(error.attempts.length, 9);
  });

  test("missing everything, baseline machine: the header says (baseline) and the package is reported missing", () => {
    const { error } = failure({ cpuinfo: CPUINFO_NO_AVX2 });
    assert.ok(error.message.startsWith("Failed to load spicecraft native addon for linux-x64 (baseline). Tried:\n"));
    assert.match(error.message, /\n {2}@spicecraft\/native-linux-x64-gnu: package not installed\n/);
  });

  test("an unsupported platform gets its own message listing the supported ones", () => {
    const { error, log } = failure({ platform: "win32", arch: "ia32", libc: undefined });
    const lines = error.message.split("\n");
    assert.equal(
      lines[0],
      "spicecraft has no native addon package for win32-ia32 (supported platforms: linux-x64-gnu, linux-arm64-gnu), and no addon built from source was found. Tried:",
    );
    assert.deepEqual(lines.slice(1, -1), [`  ${LOCAL_DIR}/spicecraft.win32-ia32.node: not found`, `  ${EXEC_DIR}/spicecraft.win32-ia32.node: not found`]);
    assert.ok(lines.at(-1).startsWith("Fix: build the addon from source"));
    assert.ok(lines.at(-1).endsWith('createBackend({ backend: "wasm" }).'));
    assert.ok(!error.message.includes("@spicecraft/native-"), "no platform package is mentioned: none exists");
    assert.deepEqual(log.loads, []);
  });

  test("an unsupported platform still loads a source build from native/ (no package looked up)", () => {
    const resolved = [];
    const { host } = fakeHost({ platform: "darwin", arch: "arm64", libc: undefined, files: { [`${LOCAL_DIR}/spicecraft.darwin-arm64.node`]: addonModule() } });
    host.resolvePackage = (name) => (resolved.push(name), undefined);
    const result = loadNativeAddon(host);
    assert.equal(result.path, `${LOCAL_DIR}/spicecraft.darwin-arm64.node`);
    assert.deepEqual(resolved, []);
  });

  test("musl Linux is unsupported; SPICECRAFT_NATIVE_PATH is tried there first", () => {
    const { error } = failure({ libc: "musl", env: { SPICECRAFT_NATIVE_PATH: "/custom/my.node" } });
    assert.match(error.message, /^spicecraft has no native addon package for linux-x64-musl \(supported platforms: linux-x64-gnu, linux-arm64-gnu\)/);
    assert.match(error.message, / Tried:\n {2}\/custom\/my\.node: not found\n/);
    const { result } = load({ libc: "musl", env: { SPICECRAFT_NATIVE_PATH: "/custom/my.node" }, files: { "/custom/my.node": addonModule() } });
    assert.equal(result.path, "/custom/my.node");
  });
});

describe("diagnostics", () => {
  test("SPICECRAFT_DEBUG=1 prints the variant choice and each attempt", () => {
    const { log } = load({ env: { SPICECRAFT_DEBUG: "1" }, files: { [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.deepEqual(log.debug, [
      "[spicecraft] native addon: variant modern (AVX2 present)",
      "[spicecraft] native addon: @spicecraft/native-linux-x64-gnu: package not installed",
      `[spicecraft] native addon: ${LOCAL_DIR}/${MODERN}: not found`,
      `[spicecraft] native addon: ${LOCAL_DIR}/${BASELINE}: loaded`,
    ]);
  });

  test("without SPICECRAFT_DEBUG nothing is printed", () => {
    const { log } = load({ files: { [`${LOCAL_DIR}/${BASELINE}`]: addonModule() } });
    assert.deepEqual(log.debug, []);
  });

  test("the sentinel name follows the version, any separator becoming _", () => {
    assert.equal(sentinelName("0.1.0"), "__spicecraftV0_1_0");
    assert.equal(sentinelName("12.3.45-rc.1"), "__spicecraftV12_3_45_rc_1");
  });
});
