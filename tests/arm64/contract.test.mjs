// Issue 19 item 4: part of the contract suite on the arm64 Node under qemu-aarch64, its "node"
// backend being the cross-compiled linux-arm64 addon (SPICECRAFT_NATIVE_PATH) and its "wasm" backend
// the WASM module on arm64 V8. The files run in one emulated process (tests/arm64/in-one-process.mjs:
// `node --test` would start each in a child from the arm64 executable, which the kernel cannot run).
// Chosen: the files that neither start process.execPath themselves (coordinates' docs example, GF
// console reporter, corrupt-kernels' sweep) nor take minutes under emulation (huge-batches,
// surface-geometry, gf, concurrency, gf-async, backends: the golden files already run in
// golden.test.mjs). About 1.5 min emulated; the whole suite would take over 20 min.
import assert from "node:assert/strict";
import { test } from "node:test";
import { root, runArm64Node, unavailable } from "./emulator.mjs";

export const emulatedContractFiles = [
  "time-calls", "windows", "elements", "observers", "frame-rates", "instruments", "string-marshalling", "tle",
  "non-finite-states", "non-finite-orientation", "pool-derived-values", "sclk", "ck", "dsk", "surface-names",
  "planes-ellipses", "dynamic-frames",
].map((name) => `tests/contract/${name}.test.mjs`);

test("part of the contract suite passes on the arm64 Node under qemu-aarch64 (arm64 addon and WASM)", { skip: unavailable(), timeout: 20 * 60_000 }, async (t) => {
  // Without NODE_TEST_CONTEXT (set by `node --test` for its children): the emulated process reports
  // in TAP on its stdout rather than in the runner's internal protocol.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const r = await runArm64Node(["--test-reporter=tap", "tests/arm64/in-one-process.mjs", ...emulatedContractFiles], { cwd: root, env });
  const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, "m").exec(r.stdout)?.[1]);
  t.diagnostic(`${emulatedContractFiles.length} contract files, ${count("pass")} tests, under emulation in ${r.seconds.toFixed(1)} s`);
  const failures = r.stdout.split("\n").filter((l) => /^\s*not ok /.test(l));
  assert.deepEqual(failures, [], `${r.stdout.slice(-6000)}\n${r.stderr.slice(-2000)}`);
  assert.equal(r.code, 0, r.stderr.slice(-4000));
  assert.ok(count("pass") > 100, "the files ran");
  assert.equal(count("fail"), 0);
});
