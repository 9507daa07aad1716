// What the demo computes, as pure functions of a backend: `spice` is a backend whose methods return
// values (createBackend, under Node in the test) or Promises of them (createWorkerBackend, on the
// page); `await` works on both, so the page and tests/demo/demo.test.mjs run the same code.
// Every SPICE number comes from a SPICE call; the JS arithmetic after it is only IEEE-exact
// (division, multiplication) or Math.cos for the illuminated fraction.

/** The inner planets shown, by SPICE name, with the colour each is drawn in. */
export const PLANETS = [
  { name: "MERCURY", label: "Mercury", color: "#b7a89a" },
  { name: "VENUS", label: "Venus", color: "#e8c77a" },
  { name: "EARTH", label: "Earth", color: "#5fa8ff" },
  { name: "MARS", label: "Mars", color: "#e0694a" },
];

/** The kernels the demo loads, relative to the page (demo/scripts/prepare-kernels.mjs puts them there). */
export const KERNELS = ["naif0012.tls", "pck00010.tpc", "year-2015.bsp", "demo-2015.bsp"];

/** The astronomical unit, km (IAU 2012 Resolution B2). */
export const AU_KM = 149_597_870.7;

/** The frame of the orbit panel: the ecliptic and equinox of J2000. */
export const ECLIPTIC = "ECLIPJ2000";

/** The slider: hours from 2015-01-01T00:00 UTC, 0 .. HOURS_2015 - 1. */
export const HOURS_2015 = 365 * 24;

/**
 * The UTC calendar time of a slider position (hours into 2015), as a string str2et reads. Plain
 * calendar arithmetic (Date.UTC counts no leap seconds, and neither does a UTC label); SPICE turns it
 * into ET, counting the leap second of 2015-06-30.
 * @param {number} hours whole hours from 2015-01-01T00:00:00 UTC
 * @returns {string} e.g. "2015-06-21T12:00:00"
 */
export function sliderUtc(hours) {
  return new Date(Date.UTC(2015, 0, 1) + hours * 3_600_000).toISOString().slice(0, 19);
}

/** The slider position (whole hours into 2015) of a UTC string "YYYY-MM-DDTHH..." (minutes dropped). */
export function sliderHours(utc) {
  const [date, time = "00"] = utc.split("T");
  const [y, m, d] = date.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d, Number(time.slice(0, 2))) - Date.UTC(2015, 0, 1)) / 3_600_000);
}

/**
 * Loads the demo's kernels into `spice`, in {@link KERNELS}' order (the last loaded wins where two
 * kernels cover the same body: demo-2015.bsp's Moon over year-2015.bsp's).
 * @param {object} spice a backend (sync or async methods)
 * @param {(name: string) => Promise<{ path: string, bytes: Uint8Array }>} read a kernel by file name, as
 *   furnsh takes it (the page: spicecraft's fetchKernel; the test: the file's bytes)
 */
export async function loadKernels(spice, read) {
  const kernels = await Promise.all(KERNELS.map(read));
  for (const kernel of kernels) await spice.furnsh(kernel);
}

/**
 * Everything the text panel shows at one instant.
 * @param {object} spice a backend with the demo's kernels loaded
 * @param {string} utc a UTC time string (see {@link sliderUtc})
 * @returns {Promise<{ utc: string, et: number, planets: { name: string, position: number[], distanceKm: number, distanceAu: number }[],
 *   moon: { phase: number, phaseDeg: number, fraction: number }, subsolar: { point: number[], lon: number, lat: number, lonDeg: number, latDeg: number } }>}
 *   positions in km (heliocentric, ECLIPJ2000, geometric); the Moon's phase angle (Sun-Moon-Earth,
 *   radians and degrees, LT+S) and illuminated fraction; the sub-solar point on Earth (km, IAU_EARTH)
 *   with its geodetic longitude and latitude (radians and degrees).
 */
export async function snapshot(spice, utc) {
  const et = await spice.str2et(utc);
  const [planets, moon, subsolar, shown] = await Promise.all([
    planetPositions(spice, et),
    moonPhase(spice, et),
    subsolarPoint(spice, et),
    spice.et2utc(et, "ISOC", 0),
  ]);
  return { utc: shown, et, planets, moon, subsolar };
}

/** The inner planets' heliocentric positions (km, ECLIPJ2000, no aberration correction) and distances (km, AU) at `et`. */
export async function planetPositions(spice, et) {
  return Promise.all(
    PLANETS.map(async ({ name }) => {
      const { pos } = await spice.spkpos(name, et, ECLIPTIC, "NONE", "SUN");
      const distanceKm = await spice.vnorm(pos);
      return { name, position: [...pos], distanceKm, distanceAu: distanceKm / AU_KM };
    }),
  );
}

/**
 * The Moon's phase angle (the angle Sun-Moon-Earth at the Moon, phaseq with LT+S) and its
 * illuminated fraction seen from Earth, (1 + cos(phase)) / 2.
 */
export async function moonPhase(spice, et) {
  const phase = await spice.phaseq(et, "MOON", "SUN", "EARTH", "LT+S");
  return { phase, phaseDeg: phase * (180 / Math.PI), fraction: (1 + Math.cos(phase)) / 2 };
}

/**
 * The sub-solar point on Earth: subslr's NEAR POINT/ELLIPSOID in IAU_EARTH, geometric (no aberration
 * correction: the Sun's direction from Earth at `et`), and its geodetic longitude and latitude
 * (recgeo on the pck00010 radii, the flattening f = (re - rp) / re).
 */
export async function subsolarPoint(spice, et) {
  const { spoint } = await spice.subslr("NEAR POINT/ELLIPSOID", "EARTH", et, "IAU_EARTH", "NONE", "SUN");
  const [re, , rp] = await spice.bodvrd("EARTH", "RADII", 3);
  const { lon, lat } = await spice.recgeo(spoint, re, (re - rp) / re);
  return { point: [...spoint], lon, lat, lonDeg: lon * (180 / Math.PI), latDeg: lat * (180 / Math.PI) };
}

/**
 * Each inner planet's path during 2015: heliocentric ECLIPJ2000 positions (km), one a day, in one
 * spkposBatch per planet.
 * @returns {Promise<{ name: string, positions: Float64Array }[]>} `positions[3*i .. 3*i+2]` is day i
 */
export async function orbitTracks(spice) {
  const start = await spice.str2et("2015-01-01T00:00:00");
  const ets = Float64Array.from({ length: 366 }, (_, i) => start + i * 86_400);
  return Promise.all(
    PLANETS.map(async ({ name }) => {
      const { positions } = await spice.spkposBatch(name, Float64Array.from(ets), ECLIPTIC, "NONE", "SUN");
      return { name, positions };
    }),
  );
}

/**
 * The Moon's phase over the calendar month holding `utc`, sampled every `stepHours` hours from the
 * month's first day at 00:00 UTC to the next month's.
 * @returns {Promise<{ month: string, start: number, end: number, samples: { et: number, phaseDeg: number, fraction: number }[] }>}
 *   `month` as "2015-06"; `start` and `end` are the month's bounds in ET
 */
export async function moonMonth(spice, utc, stepHours = 6) {
  const [y, m] = utc.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const next = new Date(Date.UTC(y, m, 1));
  const [start, end] = await Promise.all([first, next].map((d) => spice.str2et(d.toISOString().slice(0, 19))));
  const count = Math.round((next - first) / (stepHours * 3_600_000));
  const samples = await Promise.all(
    Array.from({ length: count + 1 }, async (_, i) => {
      const et = start + ((end - start) * i) / count;
      const { phaseDeg, fraction } = await moonPhase(spice, et);
      return { et, phaseDeg, fraction };
    }),
  );
  return { month: first.toISOString().slice(0, 7), start, end, samples };
}
