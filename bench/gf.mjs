#!/usr/bin/env node
// One-year GF searches at a 1-hour step (issue 14, item 4): spicecraft against CSPICE N0067
// (tspice: its node addon and its WASM build) in one run, with the windows compared.
//
// The repository's planetary SPK excerpts cover about a week, so the ephemeris here is written by
// this script: a one-year type 2 (Chebyshev) SPK in the layout of a JPL DE file (Moon about Earth
// in 4-day records of degree 12, Earth about the Sun in 16-day records of degree 13, the Sun at the
// solar-system barycenter), fitted to Keplerian orbits of the real bodies' sizes. Both libraries
// read the same bytes, so the searches do the same work as on a DE file: the same record lookups,
// Chebyshev evaluations, aberration corrections and root finding.
//
// Run: node bench/gf.mjs. Prints seconds per search and ratios (CSPICE time / spicecraft time, so
// > 1 means spicecraft is faster); not a test (no assertions).
import { readFileSync } from "node:fs";
import { spiceClients } from "@rybosome/tspice";
import { createBackend } from "../dist/index.js";

const kernelsDir = new URL("../tests/fixtures/kernels/", import.meta.url);
const TEXT_KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc"];
const DAY = 86_400;

// ---- The one-year SPK ----

// Chebyshev coefficients of degree `deg` for each of x, y, z of `position(t)` over [mid - half,
// mid + half]: interpolation at the Chebyshev nodes.
function chebyshev(position, mid, half, deg) {
  const n = deg + 1;
  const samples = Array.from({ length: n }, (_, j) => position(mid + half * Math.cos((Math.PI * (j + 0.5)) / n)));
  const out = [];
  for (let axis = 0; axis < 3; axis++) {
    for (let k = 0; k < n; k++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += samples[j][axis] * Math.cos((Math.PI * k * (j + 0.5)) / n);
      out.push(((k === 0 ? 1 : 2) / n) * sum);
    }
  }
  return out;
}

function typeTwoSegment(spice, handle, body, center, first, last, intlen, deg, position, segid) {
  const records = Math.ceil((last - first) / intlen);
  const cdata = [];
  for (let r = 0; r < records; r++) cdata.push(...chebyshev(position, first + (r + 0.5) * intlen, intlen / 2, deg));
  spice.spkw02(handle, body, center, "J2000", first, first + records * intlen, segid, intlen, deg, Float64Array.from(cdata), first);
}

async function writeYearSpk(first, last) {
  const spice = await createBackend({ backend: "wasm" });
  try {
    const rpd = Math.PI / 180;
    // conics elements: [rp, ecc, inc, lnode, argp, m0, t0, mu] (km, rad, s, km^3/s^2).
    const earth = [147_098_074, 0.0167, 23.44 * rpd, 0, 102.9 * rpd, 357.5 * rpd, first, 1.32712440018e11];
    const moon = [363_300, 0.0549, 28.6 * rpd, 125.0 * rpd, 318.1 * rpd, 135.3 * rpd, first, 403_503.2];
    const out = { kind: "virtual-output", path: "gf-year.bsp" };
    const h = spice.spkopn(out, "one-year GF benchmark ephemeris", 0);
    typeTwoSegment(spice, h, 10, 0, first, last, 32 * DAY, 2, () => [0, 0, 0], "SUN AT SSB");
    typeTwoSegment(spice, h, 399, 10, first, last, 16 * DAY, 13, (t) => spice.conics(earth, t).slice(0, 3), "EARTH ABOUT SUN");
    typeTwoSegment(spice, h, 301, 399, first, last, 4 * DAY, 12, (t) => spice.conics(moon, t).slice(0, 3), "MOON ABOUT EARTH");
    spice.spkcls(h);
    return spice.readVirtualOutput(out);
  } finally {
    spice.dispose();
  }
}

// ---- The searches ----

const SEARCHES = [
  ["gfsep MOON-SUN < 30 deg, LT+S", (s, cnfine) =>
    s.gfsep("MOON", "SPHERE", "NULL", "SUN", "SPHERE", "NULL", "LT+S", "EARTH", "<", (30 * Math.PI) / 180, 0, 3600, 1000, cnfine)],
  ["gfdist MOON > 400000 km, NONE", (s, cnfine) => s.gfdist("MOON", "NONE", "EARTH", ">", 400_000, 0, 3600, 1000, cnfine)],
  ["gfdist MOON LOCMIN, LT", (s, cnfine) => s.gfdist("MOON", "LT", "EARTH", "LOCMIN", 0, 0, 3600, 1000, cnfine)],
];

// Best of three runs after a warm-up, in seconds; and the window of the last run as [[a, b], ...].
function time(run) {
  let window = run();
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = process.hrtime.bigint();
    window = run();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
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
const spk = await writeYearSpk(first - 2 * DAY, last + 2 * DAY);
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
console.log(`one year (2015), 1-hour step; seconds per search (best of 3)`);
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
