// Issue 19 item 4: the linux-arm64 addon computes exactly what the x64 addon and the WASM module
// compute. Every required golden file runs through tests/golden/run.mjs three times at once: on the
// arm64 addon (cross-compiled, run by the official arm64 Node under qemu-aarch64), on this machine's
// x64 addon and on the WASM module; every case must pass under emulation and the three dumps must be
// bit-identical (numbers compared with Object.is on their IEEE-754 bit patterns). This is the proof
// that the core's numerics do not depend on the CPU (aarch64 has FMA in every core: -ffp-contract=off
// keeps GCC from fusing; artifact.test.mjs checks the binary).
import assert from "node:assert/strict";
import { test } from "node:test";
import { goldenFile, requiredGolden } from "../contract/fixtures.mjs";
import { firstDifference } from "../golden/golden.mjs";
import { goldenDump, unavailable } from "./emulator.mjs";

const skip = unavailable();

test("every required golden file passes on the arm64 addon under qemu-aarch64, bit-identical to x64 and wasm", { skip, timeout: 30 * 60_000 }, async (t) => {
  const files = requiredGolden.map(goldenFile);
  const [arm64, x64, wasm] = await Promise.all(["arm64", "node", "wasm"].map((engine) => goldenDump(engine, files)));
  t.diagnostic(`emulated golden run: ${requiredGolden.length} files in ${arm64.seconds.toFixed(1)} s (x64 addon ${x64.seconds.toFixed(1)} s, wasm ${wasm.seconds.toFixed(1)} s)`);
  for (const [engine, r] of [["arm64", arm64], ["x64", x64], ["wasm", wasm]]) {
    assert.equal(r.code, 0, `${engine} golden run failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
    assert.ok(r.dump, `${engine} wrote no dump`);
  }
  assert.match(arm64.stdout, / 0 failed\n$/);
  let cases = 0;
  for (const name of Object.keys(x64.dump)) {
    assert.ok(arm64.dump[name], `the arm64 run has no ${name}`);
    const ids = Object.keys(x64.dump[name]);
    assert.deepEqual(Object.keys(arm64.dump[name]), ids, `${name}: the arm64 run has other cases`);
    for (const id of ids) {
      for (const [other, dump] of [["x64", x64.dump], ["wasm", wasm.dump]]) {
        const d = firstDifference(arm64.dump[name][id], dump[name][id], `${name} ${id}`);
        assert.equal(d, null, `arm64 vs ${other}: ${d}`);
      }
      cases++;
    }
  }
  assert.equal(Object.keys(arm64.dump).length, requiredGolden.length);
  t.diagnostic(`${cases} cases bit-identical on arm64, x64 and wasm`);
});

test("every required golden file passes on the arm64 addon with kernels loaded as host paths", { skip, timeout: 30 * 60_000 }, async (t) => {
  const r = await goldenDump("arm64", requiredGolden.map(goldenFile), { load: "path" });
  t.diagnostic(`emulated golden run, kernels as paths: ${r.seconds.toFixed(1)} s`);
  assert.equal(r.code, 0, `${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  assert.match(r.stdout, / 0 failed\n$/);
  assert.equal(Object.keys(r.dump).length, requiredGolden.length);
});
