#!/usr/bin/env node
// Batch throughput on both backends (issue 16, item 5: batches run in chunks of 65,536 epochs with
// their outputs written into JS-side typed arrays; this measures that chunking costs nothing) and
// the WASM heap after the largest batch. Run: node bench/batches.mjs [--n 1000000]. Prints epochs
// per second (best of three); not a test.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createBackend } from "../dist/index.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "1000000" } } });
const n = Number(values.n);
const kernels = new URL("../tests/fixtures/kernels/", import.meta.url);
const load = (s, rel) => s.furnsh({ path: rel, bytes: readFileSync(new URL(rel, kernels)) });
const START = 478_569_667.1853986;
const ets = Float64Array.from({ length: n }, (_, i) => START - 86_400 + (i * 172_800) / n);
const dts = Float64Array.from({ length: n }, (_, i) => i * 60);

function rate(label, fn) {
  fn(); // warm up
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  console.log(`${label.padEnd(44)} ${(n / best / 1e6).toFixed(2).padStart(8)} M epochs/s`);
}

for (const backend of ["node", "wasm"]) {
  const s = await createBackend({ backend });
  for (const k of ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"]) load(s, k);
  rate(`${backend}: spkezrBatch MOON/EARTH NONE`, () => s.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH"));
  rate(`${backend}: spkezrBatch MOON/EARTH LT+S`, () => s.spkezrBatch("MOON", ets, "J2000", "LT+S", "EARTH"));
  rate(`${backend}: spkposBatch MARS/SUN NONE`, () => s.spkposBatch("MARS BARYCENTER", ets, "ECLIPJ2000", "NONE", "SUN"));
  rate(`${backend}: pxformBatch J2000 -> IAU_EARTH`, () => s.pxformBatch("J2000", "IAU_EARTH", ets));
  rate(`${backend}: prop2bBatch`, () => s.prop2bBatch(398600.4418, [7000, 0, 0, 0, 7.5, 1], dts));
  s.dispose?.();
}
