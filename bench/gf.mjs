#!/usr/bin/env node
// One-year GF searches at a 1-hour step (issue 14, item 4): spicecraft against CSPICE N0067
// (tspice: its node addon and its WASM build) in one run, with the windows compared.
//
// The repository's planetary SPK excerpts cover about a week, so the ephemeris is
// tests/fixtures/kernels/synthetic/year-2015.bsp (scripts/make-year-spk.mjs): a one-year type 2
// (Chebyshev) SPK in the layout of a JPL DE file, fitted to Keplerian orbits of the real bodies'
// sizes. Both libraries read the same bytes, so the searches do the same work as on a DE file: the
// same record lookups, Chebyshev evaluations, aberration corrections and root finding.
//
// Run: node bench/gf.mjs. Prints seconds per search and ratios (CSPICE time / spicecraft time, so
// > 1 means spicecraft is faster); not a test (no assertions).
import { readFileSync } from "node:fs";
import { spiceClients } from "@rybosome/tspice";
import { createBackend } from "../dist/index.js";

const kernelsDir = new URL("../tests/fixtures/kernels/", import.meta.url);
const TEXT_KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc"];

// ---- The searches ----

const SEARCHES = [
  ["gfsep MOON-SUN < 30 deg, LT+S", (s, cnfine) =>
    s.gfsep("MOON", "SPHERE", "NULL", "SUN", "SPHERE", "NULL", "LT+S", "EARTH", "<", (30 * Math.PI) / 180, 0, 3600, 1000, cnfine)],
  ["gfdist MOON > 400000 km, NONE", (s, cnfine) => s.gfdist("MOON", "NONE", "EARTH", ">", 400_000, 0, 3600, 1000, cnfine)],
  ["gfdist MOON LOCMIN, LT", (s, cnfine) => s.gfdist("MOON", "LT", "EARTH", "LOCMIN", 0, 0, 3600, 1000, cnfine)],
];

// The best run after a warm-up, in seconds, over at least 5 runs and 1 s of runs (the shortest
// searches take milliseconds, so a few runs would measure the machine's noise); and the window of
// the last run as [[a, b], ...].
function time(run) {
  let window = run();
  let best = Infinity;
  let spent = 0;
  for (let k = 0; k < 5 || spent < 1; k++) {
    const t0 = process.hrtime.bigint();
    window = run();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    best = Math.min(best, seconds);
    spent += seconds;
  }
  return { seconds: best, window };
}

function load(api, spk) {
  for (const k of TEXT_KERNELS) api.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(new URL(k, kernelsDir)) });
  api.furnsh({ path: "/kernels/gf-year.bsp", bytes: spk });
}

// tspice windows are handles: [[a, b], ...] through its cell calls.
function cspiceSearch(raw, search, cnfine) {
  return () => {
    const cn = raw.newWindow(cnfine.length + 1);
    for (const [a, b] of cnfine) raw.wninsd(a, b, cn);
    const result = raw.newWindow(1000);
    const [name] = search;
    if (name.startsWith("gfsep")) {
      raw.gfsep("MOON", "SPHERE", "NULL", "SUN", "SPHERE", "NULL", "LT+S", "EARTH", "<", (30 * Math.PI) / 180, 0, 3600, 1000, cn, result);
    } else if (name.includes(">")) {
      raw.gfdist("MOON", "NONE", "EARTH", ">", 400_000, 0, 3600, 1000, cn, result);
    } else {
      raw.gfdist("MOON", "LT", "EARTH", "LOCMIN", 0, 0, 3600, 1000, cn, result);
    }
    const pairs = [];
    for (let i = 0; i < raw.wncard(result); i++) pairs.push(raw.wnfetd(result, i));
    raw.freeWindow(result);
    raw.freeWindow(cn);
    return pairs.map((p) => (Array.isArray(p) ? p : [p.left, p.right]));
  };
}

const probe = await createBackend({ backend: "wasm" });
for (const k of TEXT_KERNELS) probe.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(new URL(k, kernelsDir)) });
const first = probe.str2et("2015-01-01T00:00:00");
const last = probe.str2et("2016-01-01T00:00:00");
probe.dispose();
const spk = readFileSync(new URL("synthetic/year-2015.bsp", kernelsDir));
const cnfine = [[first, last]];

const results = {};
for (const backend of ["node", "wasm"]) {
  const { spice, dispose } = await spiceClients.toSync({ backend });
  try {
    load(spice.raw, spk);
    results[`CSPICE ${backend}`] = Object.fromEntries(SEARCHES.map((s) => [s[0], time(cspiceSearch(spice.raw, s, cnfine))]));
  } finally {
    await dispose();
  }
}
for (const backend of ["node", "wasm"]) {
  const s = await createBackend({ backend });
  load(s, spk);
  results[`spicecraft ${backend}`] = Object.fromEntries(SEARCHES.map(([name, run]) => [name, time(() => run(s, cnfine).toPairs())]));
  s.dispose();
}

// The largest difference between two windows' endpoints, or a note when the counts differ.
function difference(a, b) {
  if (a.length !== b.length) return `${a.length} vs ${b.length} intervals`;
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i][0] - b[i][0]), Math.abs(a[i][1] - b[i][1]));
  return `${a.length} intervals, max endpoint difference ${max.toExponential(1)} s`;
}

const fmt = (x) => x.toFixed(3).padStart(8);
console.log(`one year (2015), 1-hour step; seconds per search (best run)`);
console.log(`${"search".padEnd(32)} ${"CSPICE node".padStart(11)} ${"sc node".padStart(8)} ${"ratio".padStart(7)} ${"CSPICE wasm".padStart(11)} ${"sc wasm".padStart(8)} ${"ratio".padStart(7)}`);
for (const [name] of SEARCHES) {
  const cn = results["CSPICE node"][name];
  const cw = results["CSPICE wasm"][name];
  const sn = results["spicecraft node"][name];
  const sw = results["spicecraft wasm"][name];
  console.log(
    `${name.padEnd(32)} ${fmt(cn.seconds).padStart(11)} ${fmt(sn.seconds)} ${(cn.seconds / sn.seconds).toFixed(2).padStart(6)}x ` +
      `${fmt(cw.seconds).padStart(11)} ${fmt(sw.seconds)} ${(cw.seconds / sw.seconds).toFixed(2).padStart(6)}x`,
  );
  console.log(`${"".padEnd(32)} windows: node ${difference(sn.window, cn.window)}; wasm ${difference(sw.window, cw.window)}`);
}
