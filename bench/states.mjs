#!/usr/bin/env node
// Throughput of spkezr (single calls vs one batch) and str2et on both backends.
// Run: node bench/states.mjs [--n 20000]. Prints calls per second; not a test (no assertions).
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
  console.log(`${label.padEnd(44)} ${(calls / seconds).toFixed(0).padStart(10)} calls/s`);
}

for (const backend of ["node", "wasm"]) {
  const s = await createBackend({ backend });
  load(s, "lsk/naif0012.tls");
  load(s, "spk/de430-2015-03-02.bsp");
  rate(`${backend}: spkezr MOON/EARTH J2000 NONE (single)`, n, () => {
    for (const et of ets) s.spkezr("MOON", et, "J2000", "NONE", "EARTH");
  });
  rate(`${backend}: spkezr MOON/EARTH J2000 LT+S (single)`, n, () => {
    for (const et of ets) s.spkezr("MOON", et, "J2000", "LT+S", "EARTH");
  });
  rate(`${backend}: spkezrBatch MOON/EARTH J2000 LT+S`, n, () => s.spkezrBatch("MOON", ets, "J2000", "LT+S", "EARTH"));
  rate(`${backend}: str2et ISO`, n / 10, () => {
    for (let i = 0; i < n / 10; i++) s.str2et("2015-03-02T12:00:00.123");
  });
  s.dispose();
}
