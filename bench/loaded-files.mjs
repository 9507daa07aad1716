#!/usr/bin/env node
// The cost of spkezr against the number of loaded files: MOON/EARTH with only the planetary SPK,
// then with --files small unrelated SPKs loaded after it (each a copy of one 9-state type 8 segment
// for body -7000, so every search must look past them), for spicecraft on both backends and for
// CSPICE N0067 (tspice's node addon) in the same run. Also times the loading itself.
// Run: node bench/loaded-files.mjs [--files 4000] [--n 20000]. Prints microseconds; not a test.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { spiceClients } from "@rybosome/tspice";
import { createBackend } from "../dist/index.js";

const { values } = parseArgs({ options: { files: { type: "string", default: "4000" }, n: { type: "string", default: "20000" } } });
const files = Number(values.files);
const n = Number(values.n);
const kernels = new URL("../tests/fixtures/kernels/", import.meta.url);
const bytesOf = (rel) => readFileSync(new URL(rel, kernels));
const START = 478_569_667.1853986;
const ets = Float64Array.from({ length: n }, (_, i) => START - 86_400 + (i * 172_800) / n);

// One small SPK, written by spicecraft (9 states of a made-up body on a straight line).
const writer = await createBackend({ backend: "node" });
const out = { kind: "virtual-output", path: "bench/small.bsp" };
const h = writer.spkopn(out, "small", 0);
const states = [];
for (let i = 0; i < 9; i++) states.push(7e5 + i * 10, 0, 0, 10 / 3600, 0, 0);
writer.spkw08(h, -7000, 399, "J2000", START - 86_400, START + 86_400 * 7, "SMALL", 3, states, START - 86_400, 86_400);
writer.spkcls(h);
const small = writer.readVirtualOutput(out);
writer.dispose();

function perCall(fn) {
  fn(); // warm up
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3 / n);
  }
  return best;
}

function measure(label, furnsh, spkezr) {
  furnsh("/kernels/naif0012.tls", bytesOf("lsk/naif0012.tls"));
  furnsh("/kernels/de430.bsp", bytesOf("spk/de430-2015-03-02.bsp"));
  const call = () => {
    for (const et of ets) spkezr(et);
  };
  const before = perCall(call);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < files; i++) furnsh(`/kernels/small/${i}.bsp`, small);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const after = perCall(call);
  console.log(
    `${label.padEnd(30)} spkezr MOON/EARTH NONE: ${before.toFixed(2).padStart(7)} us with 2 files, ` +
      `${after.toFixed(2).padStart(7)} us with ${files} more (${(after / before).toFixed(2)}x); loading them: ${loadMs.toFixed(0)} ms`,
  );
}

for (const backend of ["node", "wasm"]) {
  const s = await createBackend({ backend });
  measure(`spicecraft ${backend}`, (path, bytes) => s.furnsh({ path, bytes }), (et) => s.spkezr("MOON", et, "J2000", "NONE", "EARTH"));
  s.dispose();
}
const { spice, dispose } = await spiceClients.toSync({ backend: "node" });
try {
  const raw = spice.raw;
  measure("CSPICE (tspice node)", (path, bytes) => raw.furnsh({ path, bytes }), (et) => raw.spkezr("MOON", et, "J2000", "NONE", "EARTH"));
} catch (e) {
  console.log(`CSPICE oracle: ${e.message}`);
} finally {
  await dispose();
}
