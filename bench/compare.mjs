#!/usr/bin/env node
// spicecraft against CSPICE N0067 (tspice: its node addon and its WASM build) in one run on the
// same machine: the seven single calls of the performance issue and the batch forms per epoch,
// with ratios (CSPICE time / spicecraft time, so > 1 means spicecraft is faster).
// Run: node bench/compare.mjs [--n 20000]. Prints a table; not a test (no assertions).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { spiceClients } from "@rybosome/tspice";
import { createBackend } from "../dist/index.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "20000" } } });
const n = Number(values.n);
const kernelsDir = new URL("../tests/fixtures/kernels/", import.meta.url);
const KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"];
const START = 478_569_667.1853986;
const ets = Float64Array.from({ length: n }, (_, i) => START - 86_400 + (i * 172_800) / n);

// The calls, as (api) => (et) => void, the same arguments for both libraries.
const CALLS = [
  ["spkezr MOON/EARTH NONE", (s) => (et) => s.spkezr("MOON", et, "J2000", "NONE", "EARTH")],
  ["spkezr MARS BC/EARTH LT+S", (s) => (et) => s.spkezr("MARS BARYCENTER", et, "J2000", "LT+S", "EARTH")],
  ["spkezr MOON/EARTH CN+S", (s) => (et) => s.spkezr("MOON", et, "J2000", "CN+S", "EARTH")],
  ["spkpos SUN/EARTH LT (ECLIPJ2000)", (s) => (et) => s.spkpos("SUN", et, "ECLIPJ2000", "LT", "EARTH")],
  ["pxform J2000->IAU_EARTH", (s) => (et) => s.pxform("J2000", "IAU_EARTH", et)],
  ["str2et ISO", (s) => () => s.str2et("2015-03-02T12:00:00.123")],
  ["et2utc ISOC 3", (s) => (et) => s.et2utc(et, "ISOC", 3)],
];
// Not among the seven, measured as the reference of the LT+S batch.
const EXTRA = [["spkezr MOON/EARTH LT+S", (s) => (et) => s.spkezr("MOON", et, "J2000", "LT+S", "EARTH")]];
const BATCHES = [
  ["spkezrBatch MOON/EARTH NONE", "spkezr MOON/EARTH NONE", (s) => s.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH")],
  ["spkezrBatch MOON/EARTH LT+S", "spkezr MOON/EARTH LT+S", (s) => s.spkezrBatch("MOON", ets, "J2000", "LT+S", "EARTH")],
  ["pxformBatch J2000->IAU_EARTH", "pxform J2000->IAU_EARTH", (s) => s.pxformBatch("J2000", "IAU_EARTH", ets)],
];

// Microseconds per call (best of three passes over the epochs).
function micros(fn, perCall = true) {
  const pass = perCall
    ? () => {
        for (const et of ets) fn(et);
      }
    : fn;
  pass();
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = process.hrtime.bigint();
    pass();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3 / n);
  }
  return best;
}

const results = {}; // results[library][call] = us
async function runSpicecraft(backend) {
  const s = await createBackend({ backend });
  for (const k of KERNELS) s.furnsh({ path: "/kernels/" + k, bytes: readFileSync(new URL(k, kernelsDir)) });
  const r = (results[`spicecraft ${backend}`] = {});
  for (const [name, make] of [...CALLS, ...EXTRA]) r[name] = micros(make(s));
  for (const [name, , run] of BATCHES) r[name] = micros(() => run(s), false);
  s.dispose();
}
async function runCspice(backend) {
  const { spice, dispose } = await spiceClients.toSync({ backend });
  try {
    const raw = spice.raw;
    for (const k of KERNELS) raw.furnsh({ path: "/kernels/" + k, bytes: readFileSync(new URL(k, kernelsDir)) });
    const r = (results[`CSPICE ${backend}`] = {});
    for (const [name, make] of [...CALLS, ...EXTRA]) r[name] = micros(make(raw));
  } finally {
    await dispose();
  }
}

await runCspice("node");
await runCspice("wasm");
await runSpicecraft("node");
await runSpicecraft("wasm");

const fmt = (x) => x.toFixed(2).padStart(8);
console.log(`${"call".padEnd(34)} ${"CSPICE node".padStart(12)} ${"CSPICE wasm".padStart(12)} ${"sc node".padStart(9)} ${"ratio".padStart(7)} ${"sc wasm".padStart(9)} ${"ratio".padStart(7)}   (us per call)`);
const logs = { node: [], wasm: [] };
for (const [name] of CALLS) {
  const cn = results["CSPICE node"][name];
  const cw = results["CSPICE wasm"][name];
  const sn = results["spicecraft node"][name];
  const sw = results["spicecraft wasm"][name];
  logs.node.push(Math.log(cn / sn));
  logs.wasm.push(Math.log(cw / sw));
  console.log(`${name.padEnd(34)} ${fmt(cn).padStart(12)} ${fmt(cw).padStart(12)} ${fmt(sn)} ${(cn / sn).toFixed(2).padStart(6)}x ${fmt(sw)} ${(cw / sw).toFixed(2).padStart(6)}x`);
}
for (const b of ["node", "wasm"]) {
  const g = Math.exp(logs[b].reduce((a, x) => a + x, 0) / logs[b].length);
  const min = Math.exp(Math.min(...logs[b]));
  console.log(`single calls, ${b}: geometric-mean speed-up ${g.toFixed(2)}x (lowest ${min.toFixed(2)}x)`);
}
console.log("\nbatches, per epoch, against CSPICE's single call:");
for (const [name, single] of BATCHES) {
  const sn = results["spicecraft node"][name];
  const sw = results["spicecraft wasm"][name];
  const cn = results["CSPICE node"][single];
  const cw = results["CSPICE wasm"][single];
  console.log(`${name.padEnd(34)} node ${fmt(sn)} us (${(cn / sn).toFixed(1)}x)   wasm ${fmt(sw)} us (${(cw / sw).toFixed(1)}x)`);
}
