#!/usr/bin/env node
// Throughput of pxform (single calls vs one batch) into body-fixed frames, and spkezr in IAU_EARTH,
// on both backends. Run: node bench/frames.mjs [--n 20000]. Prints calls per second; not a test.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createBackend } from "../dist/index.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "20000" } } });
const n = Number(values.n);
const kernels = new URL("../tests/fixtures/kernels/", import.meta.url);
const load = (s, rel) => s.furnsh({ path: rel, bytes: readFileSync(new URL(rel, kernels)) });
const START = 478_569_667.1853986;
const ets = Float64Array.from({ length: n }, (_, i) => START - 86_400 + (i * 172_800) / n);

function rate(label, calls, fn) {
  fn(); // warm up
  const t0 = process.hrtime.bigint();
  fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(48)} ${(calls / seconds).toFixed(0).padStart(10)} calls/s`);
}

for (const backend of ["node", "wasm"]) {
  const s = await createBackend({ backend });
  for (const k of ["lsk/naif0012.tls", "pck/pck00010.tpc", "pck/moon_pa_de421_1900-2050.bpc", "fk/moon_080317.tf",
    "spk/de430-2015-03-02.bsp"]) load(s, k);
  for (const frame of ["IAU_EARTH", "MOON_ME"]) {
    rate(`${backend}: pxform J2000 -> ${frame} (single)`, n, () => {
      for (const et of ets) s.pxform("J2000", frame, et);
    });
    rate(`${backend}: pxform J2000 -> ${frame} (batch)`, n, () => s.pxformBatch("J2000", frame, ets));
  }
  rate(`${backend}: sxform J2000 -> IAU_EARTH (single)`, n, () => {
    for (const et of ets) s.sxform("J2000", "IAU_EARTH", et);
  });
  rate(`${backend}: spkezr MOON/EARTH IAU_EARTH LT+S (single)`, n, () => {
    for (const et of ets) s.spkezr("MOON", et, "IAU_EARTH", "LT+S", "EARTH");
  });
  s.dispose();
}
