#!/usr/bin/env node
// Writes tests/fixtures/kernels/synthetic/year-2015.bsp: a one-year SPK for GF tests and the GF
// benchmark (issue 14), since the repository's planetary SPK excerpts cover about a week. It is laid
// out like a JPL DE file (type 2 Chebyshev records: the Sun at the solar-system barycenter, Earth
// about the Sun in 16-day records of degree 13, the Moon about Earth in 4-day records of degree 12)
// and fitted to Keplerian orbits of the real bodies' sizes, so searches over it do a DE file's work.
// Written with spicecraft's own spkw02 (byte-identical to CSPICE's: tests/writers), deterministic.
// Run: node scripts/make-year-spk.mjs (after the build); the file is committed.
import { writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { createBackend } from "../dist/index.js";
import { chebyshev } from "./chebyshev-fit.mjs";

const DAY = 86_400;
const out = new URL("../tests/fixtures/kernels/synthetic/year-2015.bsp", import.meta.url);
const lsk = new URL("../tests/fixtures/kernels/lsk/naif0012.tls", import.meta.url);


function segment(spice, handle, body, center, first, last, intlen, deg, position, segid) {
  const records = Math.ceil((last - first) / intlen);
  const cdata = [];
  for (let r = 0; r < records; r++) cdata.push(...chebyshev(position, first + (r + 0.5) * intlen, intlen / 2, deg));
  spice.spkw02(handle, body, center, "J2000", first, first + records * intlen, segid, intlen, deg, Float64Array.from(cdata), first);
}

const spice = await createBackend({ backend: "wasm" });
spice.furnsh({ path: "/kernels/lsk/naif0012.tls", bytes: readFileSync(lsk) });
const first = spice.str2et("2014-12-30T00:00:00");
const last = spice.str2et("2016-01-03T00:00:00");
const rpd = Math.PI / 180;
// conics elements: [rp, ecc, inc, lnode, argp, m0, t0, mu] (km, radians, TDB seconds, km^3/s^2).
const earth = [147_098_074, 0.0167, 23.44 * rpd, 0, 102.9 * rpd, 357.5 * rpd, first, 1.32712440018e11];
const moon = [363_300, 0.0549, 28.6 * rpd, 125.0 * rpd, 318.1 * rpd, 135.3 * rpd, first, 403_503.2];
const file = { kind: "virtual-output", path: "year-2015.bsp" };
const h = spice.spkopn(file, "spicecraft one-year GF test ephemeris", 0);
segment(spice, h, 10, 0, first, last, 32 * DAY, 2, () => [0, 0, 0], "SUN AT SSB");
segment(spice, h, 399, 10, first, last, 16 * DAY, 13, (t) => spice.conics(earth, t).slice(0, 3), "EARTH ABOUT SUN");
segment(spice, h, 301, 399, first, last, 4 * DAY, 12, (t) => spice.conics(moon, t).slice(0, 3), "MOON ABOUT EARTH");
spice.spkcls(h);
writeFileSync(out, spice.readVirtualOutput(file));
spice.dispose();
console.log(`wrote ${out.pathname}`);
