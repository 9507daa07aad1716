#!/usr/bin/env node
// Puts the demo's kernels in demo/public/kernels/ (git-ignored; Vite serves and copies public/):
//   naif0012.tls, pck00010.tpc        copied from the bundled kernels (kernels/)
//   year-2015.bsp                      copied from tests/fixtures/kernels/synthetic/: the Sun at the
//                                      SSB, Earth about the Sun, the Moon about Earth, 2014-12-30 .. 2016-01-05
//   demo-2015.bsp                      written here: Mercury, Venus and Mars about the Sun, and the
//                                      Moon about Earth (loaded last, so its Moon is the one used)
// The repository's real planetary SPK excerpts cover about a week, and year-2015.bsp has no planets
// besides Earth, so the three other inner planets are written the way scripts/make-year-spk.mjs
// writes Earth: type 2 Chebyshev records in a JPL DE file's layout (Mercury 8-day records of degree
// 13, Venus 16-day of degree 13, Mars 32-day of degree 10), fitted to Keplerian orbits with the
// planets' J2000 mean elements (Standish, "Keplerian Elements for Approximate Positions of the Major
// Planets", JPL) in ECLIPJ2000, so the positions are close to (not exactly) the real ones.
// year-2015.bsp's Moon (made for GF tests) orbits 46 degrees from the ecliptic, so it is never
// full or new; the demo's Moon (4-day records of degree 12) has the Moon's mean elements of 2015-07-01
// (Meeus, "Astronomical Algorithms", ch. 47: mean longitude, anomaly and node) with i = 5.145 degrees
// to the ecliptic, and a GM chosen so its Kepler period is the sidereal month, so new and full Moons
// fall within about a day of the real ones (a fixed ellipse: no evection, no node regression).
// Deterministic; written with spicecraft's own spkw02. Run after the TypeScript build:
//   node demo/scripts/prepare-kernels.mjs
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createBackend } from "../../dist/index.js";
import { chebyshev } from "../../scripts/chebyshev-fit.mjs";

const root = new URL("../../", import.meta.url);
const out = new URL("demo/public/kernels/", root);
const DAY = 86_400;
const AU = 149_597_870.7; // km (IAU 2012)
const GM_SUN = 1.32712440041e11; // km^3/s^2 (DE440)
const rpd = Math.PI / 180;

/** The copied kernels: name in public/kernels -> path in the repository. */
export const copied = {
  "naif0012.tls": "kernels/naif0012.tls",
  "pck00010.tpc": "kernels/pck00010.tpc",
  "year-2015.bsp": "tests/fixtures/kernels/synthetic/year-2015.bsp",
};

// J2000 mean elements: a (AU), e, I, L (mean longitude), varpi (longitude of perihelion), Omega (deg).
const bodies = [
  { id: 199, name: "MERCURY", a: 0.38709927, e: 0.20563593, I: 7.00497902, L: 252.2503235, varpi: 77.45779628, Omega: 48.33076593, intlen: 8, deg: 13 },
  { id: 299, name: "VENUS", a: 0.72333566, e: 0.00677672, I: 3.39467605, L: 181.9790995, varpi: 131.60246718, Omega: 76.67984255, intlen: 16, deg: 13 },
  { id: 499, name: "MARS", a: 1.52371034, e: 0.0933941, I: 1.84969142, L: -4.55343205, varpi: -23.94362959, Omega: 49.55953891, intlen: 32, deg: 10 },
].map((p) => ({ ...p, center: 10, rp: p.a * AU * (1 - p.e), epoch: 0, gm: GM_SUN }));

/** The Moon about Earth: mean elements at 2015-07-01T00:00 TDB (T Julian centuries from J2000). */
function moonElements(epoch) {
  const T = epoch / (36_525 * DAY);
  const L = 218.3164477 + 481_267.88123421 * T; // mean longitude
  const M = 134.9633964 + 477_198.8675055 * T; // mean anomaly
  const Omega = 125.04452 - 1934.136261 * T; // ascending node
  const a = 384_400;
  const n = (481_267.88123421 * rpd) / (36_525 * DAY); // sidereal mean motion, rad/s
  return { id: 301, name: "MOON", center: 399, e: 0.0549, I: 5.145, L, varpi: L - M, Omega, rp: a * (1 - 0.0549), epoch, gm: a ** 3 * n ** 2, intlen: 4, deg: 12 };
}


/** Writes demo-2015.bsp and returns its bytes. */
export async function writeDemoSpk() {
  const spice = await createBackend();
  try {
    spice.furnsh(fileURLToPath(new URL(copied["naif0012.tls"], root)));
    const first = spice.str2et("2014-12-30T00:00:00");
    const last = spice.str2et("2016-01-05T00:00:00");
    const file = { kind: "virtual-output", path: "demo-2015.bsp" };
    const handle = spice.spkopn(file, "spicecraft demo: inner planets and Moon 2015", 0);
    for (const p of [...bodies, moonElements(spice.str2et("2015-07-01 00:00:00 TDB"))]) {
      // conics elements: [rp, ecc, inc, lnode, argp, m0, t0, mu].
      const elts = [p.rp, p.e, p.I * rpd, p.Omega * rpd, (p.varpi - p.Omega) * rpd, (p.L - p.varpi) * rpd, p.epoch, p.gm];
      const intlen = p.intlen * DAY;
      const records = Math.ceil((last - first) / intlen);
      const cdata = [];
      for (let r = 0; r < records; r++) {
        cdata.push(...chebyshev((t) => spice.conics(elts, t).slice(0, 3), first + (r + 0.5) * intlen, intlen / 2, p.deg));
      }
      spice.spkw02(handle, p.id, p.center, "ECLIPJ2000", first, first + records * intlen, `${p.name} (KEPLER, DEMO)`, intlen, p.deg, Float64Array.from(cdata), first);
    }
    spice.spkcls(handle);
    return spice.readVirtualOutput(file);
  } finally {
    spice.dispose();
  }
}

/** Fills `dir` (default demo/public/kernels/) with the demo's kernels. */
export async function prepareKernels(dir = fileURLToPath(out)) {
  mkdirSync(dir, { recursive: true });
  for (const [name, path] of Object.entries(copied)) copyFileSync(fileURLToPath(new URL(path, root)), `${dir}/${name}`);
  writeFileSync(`${dir}/demo-2015.bsp`, await writeDemoSpk());
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`demo kernels in ${await prepareKernels()}`);
}
