// Where the tests find their data: tests/fixtures (kernels and golden files copied into the repo).
import { fileURLToPath } from "node:url";
import { readdirSync } from "node:fs";
import { join } from "node:path";

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const kernelsDir = join(fixturesDir, "kernels");
export const goldenDir = join(fixturesDir, "golden");

/** Golden files by name, e.g. goldenFile("pool") -> .../golden/pool.json */
export const goldenFile = (name) => join(goldenDir, `${name}.json`);

/** Every golden file in the repository. */
export const allGoldenFiles = () =>
  readdirSync(goldenDir).filter((f) => f.endsWith(".json")).sort().map((f) => join(goldenDir, f));

/** The golden files that the implemented calls must pass in full, per issue. */
export const requiredGolden = ["pool", "kernels", "ids", "time", "spk-planets", "spk-big-endian", "spk-jupiter", "spk-merged",
  "frames", "spk-type1", "spk-type5", "spk-type8", "spk-type9", "spk-type12", "spk-type13", "spk-type21", "cli", "astro",
  "tle",
  "fov-getfov",
  "ck-written",
  "ck"]; // CK reading (issue 12)

// Issue 12, spacecraft clocks (sclk): sclk.json passes in full on both backends.
requiredGolden.push("sclk");

// Dynamic frames (issue 12, FK class 5): both golden files pass in full on node and wasm (and
// ck.json's MRO cases go through MRO_MME_OF_DATE, an EULER dynamic frame).
requiredGolden.push("dynframes-heliospheric", "dynframes-rssd");

/**
 * Runs `body(spice, cases)` with a fresh backend of that kind that has golden file `name`'s kernels
 * loaded as bytes (its cases are the second argument), and always disposes it.
 */
export async function withGoldenKernels(backend, name, body) {
  const { createBackend } = await import("../../dist/index.js");
  const { loadKernels, readGolden } = await import("../golden/golden.mjs");
  const golden = readGolden(goldenFile(name));
  const spice = await createBackend({ backend });
  try {
    loadKernels(spice, golden, kernelsDir, "bytes");
    return await body(spice, golden.cases);
  } finally {
    spice.dispose();
  }
}

/** Runs `body` with a fresh backend of that kind (`"node"` or `"wasm"`) and always disposes it. */
export async function withBackend(backend, body) {
  const { createBackend } = await import("../../dist/index.js");
  const spice = await createBackend({ backend });
  try {
    return await body(spice);
  } finally {
    spice.dispose?.();
  }
}

// Issue 13, coordinates (h13-coords): coords.json and coords2.json (coordinate systems and their
// Jacobians) and surface-names.json (srfs2c/srfscc/srfc2s/srfcss) pass in full on node and wasm,
// kernels as bytes and as paths, bit-identical between the backends.
requiredGolden.push("coords", "coords2", "surface-names");
// Issue 13, surface geometry (h13-surface): geometry.json (subpnt, subslr, sincpt, ilumin, illumf,
// occult on the ellipsoid) and fov-rays.json (fovray, fovtrg) pass in full on node and wasm.
requiredGolden.push("geometry", "fov-rays");
// Issue 13, DSK (h13-dsk): dsk.json passes in full on node and wasm, kernels as bytes and as host
// paths (tests/contract/dsk.test.mjs also runs geometry2.json's DSK cases).
requiredGolden.push("dsk");
// Issue 13, DSK shapes in the surface calls: dsk-geometry.json (subpnt, subslr, sincpt, ilumin,
// illumf, occult with DSK and ellipsoid methods on the Apophis model) passes in full on node and wasm.
requiredGolden.push("dsk-geometry");
// Issue 13, limbpt/termpt with DSK shapes (ZZTANGNT, core/surface/tangent_rays): geometry2.json
// (limbpt, termpt, phaseq, et2lst, lspcn, tangpt, trgsep, planes and ellipses, the DSK calls)
// passes in full on node and wasm.
requiredGolden.push("geometry2");
// Issue 14, GF (h14-gf): gf.json (gfsep and gfdist with every relation, several confinement
// windows, CSPICE's errors) passes in full on node and wasm; gf2.json's implemented calls run in
// tests/contract/gf.test.mjs.
requiredGolden.push("gf");
// Issue 14, GF coordinate searches (h14-gfmore): gf2.json (gfposc with longitude and right
// ascension, gfsubc, gfsntc, gfoclt, gfrr, gfilum, gfpa) passes in full on node and wasm.
requiredGolden.push("gf2");
// Issue 18 (h18-pool): pool-extras.json (watchers, kxtrct, kplfrm, spkpds/spkuds, tparse, tpictr,
// timdef, the error subsystem) passes in full on node and wasm.
requiredGolden.push("pool-extras");

// Issue 18: lowlevel.json (DAF/DAS/DLA access, eknseg) and ek.json (the EK query language, ekfind and
// the fetches) pass in full on node and wasm.
requiredGolden.push("lowlevel", "ek");
