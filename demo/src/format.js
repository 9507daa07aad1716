// How the demo shows its numbers (the test formats the Node backend's values with the same functions
// and compares the text).

/** Heliocentric distance in AU, 6 decimals: "1.016223". */
export const formatAu = (au) => au.toFixed(6);

/** An angle in degrees, `digits` decimals: "123.45". */
export const formatDeg = (deg, digits = 2) => deg.toFixed(digits);

/** Illuminated fraction as a percentage, 2 decimals: "87.31 %". */
export const formatFraction = (f) => `${(f * 100).toFixed(2)} %`;

/** East longitude in degrees, 3 decimals with E/W: "12.345° E". */
export const formatLon = (deg) => `${Math.abs(deg).toFixed(3)}° ${deg < 0 ? "W" : "E"}`;

/** Latitude in degrees, 3 decimals with N/S: "23.437° N". */
export const formatLat = (deg) => `${Math.abs(deg).toFixed(3)}° ${deg < 0 ? "S" : "N"}`;

/**
 * The text of every number the page shows, by element id (the page puts each in `#<id>`; the
 * full-precision value is in the element's `data-value`).
 * @param {Awaited<ReturnType<typeof import("./compute.js").snapshot>>} s a snapshot
 * @returns {Record<string, { text: string, value: string }>}
 */
export function shownValues(s) {
  const shown = {
    utc: { text: s.utc, value: String(s.et) },
    "moon-phase": { text: `${formatDeg(s.moon.phaseDeg)}°`, value: String(s.moon.phase) },
    "moon-fraction": { text: formatFraction(s.moon.fraction), value: String(s.moon.fraction) },
    "subsolar-lon": { text: formatLon(s.subsolar.lonDeg), value: String(s.subsolar.lon) },
    "subsolar-lat": { text: formatLat(s.subsolar.latDeg), value: String(s.subsolar.lat) },
  };
  for (const p of s.planets) shown[`dist-${p.name.toLowerCase()}`] = { text: `${formatAu(p.distanceAu)} AU`, value: String(p.distanceKm) };
  return shown;
}
