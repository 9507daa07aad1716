// GF (issue 14, h14-gf) on both backends: the geometry finder's golden cases (gf.json: gfsep and
// gfdist with every relation, several confinement windows and CSPICE's errors), kernels as bytes
// and as host paths; gfstol changes answers; node and wasm agree bit for bit (cross-backend.test.mjs).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const GF_CASES = 191;
// gf2.json (gfposc, gfsntc, gfsubc, gfoclt, gfrr, gfilum, gfpa) passes in full and is in
// requiredGolden (tests/contract/backends.test.mjs runs it on both backends, kernels as bytes and
// as paths).

async function withKernels(backend, names, body) {
  const spice = await createBackend({ backend });
  try {
    for (const k of names) spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
    return await body(spice);
  } finally {
    spice.dispose?.();
  }
}

const PLANETS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"];

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  describe(`GF: ${backend}`, () => {
    for (const mode of ["bytes", "path"]) {
      test(`gf.json in full (kernels as ${mode})`, async () => {
        const r = await runGolden(makeBackend, goldenFile("gf"), { kernelsDir, mode });
        assert.deepEqual(r.failures, [], `${r.failures.length} of ${r.passed + r.failures.length} cases failed`);
        assert.equal(r.passed, GF_CASES);
      });
    }

    test("gfstol changes the convergence tolerance per backend, and refuses a non-positive one", async () => {
      await withKernels(backend, PLANETS, (spice) => {
        // The DE430 excerpt's week holds one maximum of the Moon's distance (near 478.8e6 s).
        const cnfine = [[478400000, 478900000]];
        const fine = spice.gfdist("MOON", "NONE", "EARTH", "LOCMAX", 0, 0, 3600, 100, cnfine);
        spice.gfstol(100);
        const coarse = spice.gfdist("MOON", "NONE", "EARTH", "LOCMAX", 0, 0, 3600, 100, cnfine);
        assert.equal(fine.count, 1);
        assert.equal(coarse.count, 1);
        assert.notEqual(fine.interval(0)[0], coarse.interval(0)[0]);
        assert.ok(Math.abs(fine.interval(0)[0] - coarse.interval(0)[0]) <= 100);
        assert.throws(() => spice.gfstol(0), (e) => e.short === "SPICE(INVALIDTOLERANCE)");
      });
    });

    test("the distance at the ends of a '<' window equals the reference value, and is below it inside", async () => {
      await withKernels(backend, PLANETS, (spice) => {
        const [et0, et1] = [478400000, 478900000];
        const got = spice.gfdist("MOON", "LT", "EARTH", "<", 404000, 0, 3600, 100, [[et0, et1]]);
        assert.equal(got.count, 1);
        const [start, stop] = got.interval(0);
        assert.equal(start, et0);
        const dist = (et) => Math.hypot(...spice.spkpos("MOON", et, "J2000", "LT", "EARTH").pos);
        // The distance grows at ~0.03 km/s: 1e-6 s of convergence is well under 1e-3 km.
        assert.ok(Math.abs(dist(stop) - 404000) < 1e-3);
        assert.ok(dist((start + stop) / 2) < 404000);
        assert.ok(dist(stop + 3600) > 404000);
      });
    });
  });
}

// ---- Issue 14, GF longitude searches, gfsubc/gfsntc and field-of-view searches (h14-gfmore) ----
// gfposc on LONGITUDE and RIGHT ASCENSION (CSPICE's ZZGFLONG), gfsubc on LONGITUDE, gftfov and
// gfrfov: no golden cases exist for these, so each window is checked against the quantity computed
// independently (reclat/recpgr of spkpos or subpnt, fovtrg, fovray) at its ends and inside, and
// node and wasm must return the same windows bit for bit. tspice (CSPICE N0067) exposes only gfsep
// and gfdist among the searches, so it cannot serve as an oracle here.
// The FOV searches use the synthetic camera of tests/fixtures/kernels/ik-synthetic/spicecraft_cam.ti
// (instruments -990101 circle, -990102 rectangle, -990103 ellipse, -990104 polygon, in the frame
// SPICECRAFT_CAM, fixed relative to J2000 and pointing at the synthetic asteroid APOPHIS seen from
// the Earth 3 h before its closest approach) with the synthetic APOPHIS SPK, FK and PCK.

const MOON_WEEK = [478400000, 478800000]; // the Moon's J2000 longitude runs from 1.79 to 2.76 rad
const FOV_KERNELS = [...PLANETS, "synthetic/apophis_synthetic.tf", "synthetic/apophis_synthetic.tpc",
  "synthetic/apophis_synthetic.bsp", "ik-synthetic/spicecraft_cam.ti"];
const FOV_WINDOW = [[478540000, 478600000]];
const CAM_INSTRUMENTS = ["-990101", "-990102", "-990103", "-990104"];

/** The [start, stop] pairs of a SpiceWindow. */
function intervals(w) {
  const out = [];
  for (let i = 0; i < w.count; i++) out.push(w.interval(i));
  return out;
}

/** Every search of this block, on one backend: name -> SpiceWindow. */
function moreSearches(spice) {
  const cn = [MOON_WEEK];
  const out = {
    lonEq: spice.gfposc("MOON", "J2000", "NONE", "EARTH", "LATITUDINAL", "LONGITUDE", "=", 2.0, 0, 3600, 100, cn),
    lonLt: spice.gfposc("MOON", "J2000", "LT+S", "EARTH", "LATITUDINAL", "LONGITUDE", "<", 2.5, 0, 3600, 100, cn),
    raGt: spice.gfposc("MOON", "J2000", "NONE", "EARTH", "RA/DEC", "RIGHT ASCENSION", ">", 2.2, 0, 3600, 100, cn),
    pgrLt: spice.gfposc("MOON", "IAU_EARTH", "NONE", "EARTH", "PLANETOGRAPHIC", "LONGITUDE", "<", 2.0, 0, 3600, 100,
      cn),
    lonMax: spice.gfposc("MOON", "J2000", "NONE", "EARTH", "LATITUDINAL", "LONGITUDE", "ABSMAX", 0, 0.2, 3600, 100, cn),
    subLon: spice.gfsubc("EARTH", "IAU_EARTH", "Near point: ellipsoid", "LT+S", "MOON", "LATITUDINAL", "LONGITUDE",
      ">", 1.0, 0, 3600, 100, cn),
    ray: spice.gfrfov("-990101", boresightInEarthFrame(spice), "IAU_EARTH", "NONE", "EARTH", 300, FOV_WINDOW),
  };
  for (const inst of CAM_INSTRUMENTS) {
    out[`point ${inst}`] = spice.gftfov(inst, "APOPHIS", "POINT", " ", "NONE", "EARTH", 300, FOV_WINDOW);
    out[`ellipsoid ${inst}`] = spice.gftfov(inst, "APOPHIS", "ELLIPSOID", "APOPHIS_FIXED", "LT+S", "EARTH", 300,
      FOV_WINDOW);
  }
  return out;
}

const FOV_T0 = 478557782.27801186; // an epoch with APOPHIS in the FOVs (fov-rays.json)

/** The camera's boresight at FOV_T0, as a direction fixed in IAU_EARTH: it sweeps across the FOV. */
function boresightInEarthFrame(spice) {
  const m = spice.pxform("SPICECRAFT_CAM", "IAU_EARTH", FOV_T0); // row-major
  return [m[2], m[5], m[8]];
}

/**
 * Checks a boolean search's window against the condition itself: true inside every interval (at
 * its middle and just within its ends), false in every gap and just outside each end that is not
 * an end of the confinement window. `margin` (s) is a few convergence tolerances.
 */
function checkBooleanWindow(w, holds, [lo, hi], margin = 5e-6) {
  const iv = intervals(w);
  assert.ok(iv.length > 0);
  for (const [a, b] of iv) {
    assert.equal(holds((a + b) / 2), true, `inside [${a}, ${b}]`);
    assert.equal(holds(a + margin), true, `just after ${a}`);
    assert.equal(holds(b - margin), true, `just before ${b}`);
    if (a > lo) assert.equal(holds(a - margin), false, `just before ${a}`);
    if (b < hi) assert.equal(holds(b + margin), false, `just after ${b}`);
  }
  for (let i = 1; i < iv.length; i++) assert.equal(holds((iv[i - 1][1] + iv[i][0]) / 2), false, "in a gap");
}

for (const backend of ["node", "wasm"]) {
  describe(`GF longitude, sub-observer and FOV searches: ${backend}`, () => {
    test("longitude and right ascension: ends on the reference value, the relation inside", async () => {
      await withKernels(backend, FOV_KERNELS, (spice) => {
        const s = moreSearches(spice);
        const lon = (et, corr = "NONE") => spice.reclat(spice.spkpos("MOON", et, "J2000", corr, "EARTH").pos).lon;
        const ra = (et) => spice.recrad(spice.spkpos("MOON", et, "J2000", "NONE", "EARTH").pos).ra;
        // The Moon's longitude changes by ~2.7e-6 rad/s: 1e-6 s of convergence is < 1e-11 rad.
        const [eq] = intervals(s.lonEq);
        assert.equal(s.lonEq.count, 1);
        assert.equal(eq[0], eq[1]);
        assert.ok(Math.abs(lon(eq[0]) - 2.0) < 1e-10);
        for (const [w, value, ref, below] of [[s.lonLt, (et) => lon(et, "LT+S"), 2.5, true], [s.raGt, ra, 2.2, false]]) {
          const iv = intervals(w);
          assert.equal(iv.length, 1);
          const [a, b] = iv[0];
          const inner = below ? b : a; // the end inside the confinement window
          assert.equal(below ? a : b, below ? MOON_WEEK[0] : MOON_WEEK[1]);
          assert.ok(Math.abs(value(inner) - ref) < 1e-10, `${value(inner)} vs ${ref}`);
          assert.equal(value((a + b) / 2) < ref, below);
          assert.equal(value(inner + (below ? 3600 : -3600)) < ref, !below);
        }
        // Within 0.2 rad of the maximum (reached at the window's end).
        const [[m0, m1]] = intervals(s.lonMax);
        assert.equal(m1, MOON_WEEK[1]);
        assert.ok(Math.abs(lon(m0) - (lon(MOON_WEEK[1]) - 0.2)) < 1e-10);
      });
    });

    test("planetographic longitude and a sub-observer point's longitude: ends on the value or the cut", async () => {
      await withKernels(backend, FOV_KERNELS, (spice) => {
        const s = moreSearches(spice);
        const [re, , rp] = spice.bodvrd("EARTH", "RADII", 3);
        const pgr = (et) => spice.recpgr("EARTH", spice.spkpos("MOON", et, "IAU_EARTH", "NONE", "EARTH").pos, re,
          (re - rp) / re).lon;
        const sub = (et) => spice.reclat(spice.subpnt("Near point: ellipsoid", "EARTH", et, "IAU_EARTH", "LT+S",
          "MOON").spoint).lon;
        for (const [w, value, ref, wrap] of [[s.pgrLt, pgr, 2.0, 2 * Math.PI], [s.subLon, sub, 1.0, 2 * Math.PI]]) {
          const iv = intervals(w);
          assert.ok(iv.length >= 4, "the Earth turns under the Moon once a day");
          for (const [a, b] of iv) {
            for (const t of [a, b]) {
              if (t === MOON_WEEK[0] || t === MOON_WEEK[1]) continue;
              const v = value(t);
              // Each end is on the reference value or on the branch cut (pi, or 0 for [0, 2 pi)).
              const offRef = Math.abs(v - ref);
              const offCut = Math.min(Math.abs(Math.abs(v) - Math.PI), Math.abs(v), Math.abs(v - wrap));
              assert.ok(Math.min(offRef, offCut) < 1e-8, `${v} at ${t}`);
            }
            const mid = value((a + b) / 2);
            assert.ok(w === s.pgrLt ? mid < ref : mid > ref);
          }
        }
      });
    });

    test("gftfov: inside each interval the target is in the FOV, just outside it is not", async () => {
      await withKernels(backend, FOV_KERNELS, (spice) => {
        const s = moreSearches(spice);
        const [lo, hi] = FOV_WINDOW[0];
        for (const inst of CAM_INSTRUMENTS) {
          checkBooleanWindow(s[`point ${inst}`],
            (et) => spice.fovtrg(inst, "APOPHIS", "POINT", " ", "NONE", "EARTH", et), [lo, hi]);
          checkBooleanWindow(s[`ellipsoid ${inst}`],
            (et) => spice.fovtrg(inst, "APOPHIS", "ELLIPSOID", "APOPHIS_FIXED", "LT+S", "EARTH", et), [lo, hi]);
        }
        // The Moon is never in this camera's view here.
        assert.equal(spice.gftfov("-990101", "MOON", "ELLIPSOID", "IAU_MOON", "LT+S", "EARTH", 300, FOV_WINDOW).count, 0);
      });
    });

    test("gfrfov: a ray fixed to the Earth sweeps through the FOV once", async () => {
      await withKernels(backend, FOV_KERNELS, (spice) => {
        const s = moreSearches(spice);
        const ray = boresightInEarthFrame(spice);
        assert.equal(s.ray.count, 1);
        const [[a, b]] = intervals(s.ray);
        assert.ok(a < FOV_T0 && FOV_T0 < b);
        checkBooleanWindow(s.ray, (et) => spice.fovray("-990101", ray, "IAU_EARTH", "NONE", "EARTH", et),
          FOV_WINDOW[0]);
      });
    });

    test("gftfov and gfrfov refuse what CSPICE refuses, in its order", async () => {
      await withKernels(backend, FOV_KERNELS, (spice) => {
        const code = (f) => {
          try {
            f();
          } catch (e) {
            return e.short;
          }
          return "(no error)";
        };
        const t = (...a) => () => spice.gftfov(...a);
        assert.equal(code(t("", "APOPHIS", "POINT", " ", "NONE", "EARTH", 300, FOV_WINDOW)), "SPICE(EMPTYSTRING)");
        assert.equal(code(t("-990101", "APOPHIS", "RAY", " ", "NONE", "EARTH", 0, FOV_WINDOW)), "SPICE(INVALIDOPTION)");
        assert.equal(code(t("-990101", "APOPHIS", "POINT", " ", "NONE", "EARTH", 0, FOV_WINDOW)), "SPICE(INVALIDSTEP)");
        assert.equal(code(t("-990101", "APOPHIS", "POINT", " ", "NONE", "NOBODY", 300, FOV_WINDOW)),
          "SPICE(IDCODENOTFOUND)");
        assert.equal(code(t("-990101", "APOPHIS", "BOX", " ", "NONE", "EARTH", 300, FOV_WINDOW)), "SPICE(INVALIDSHAPE)");
        assert.equal(code(t("-990101", "APOPHIS", "ELLIPSOID", "IAU_MOON", "NONE", "EARTH", 300, FOV_WINDOW)),
          "SPICE(INVALIDFRAME)");
        assert.equal(code(t("NO_SUCH_CAMERA", "APOPHIS", "POINT", " ", "NONE", "EARTH", 300, FOV_WINDOW)),
          "SPICE(IDCODENOTFOUND)");
        const r = (...a) => () => spice.gfrfov(...a);
        assert.equal(code(r("-990101", [0, 0, 0], "J2000", "NONE", "EARTH", 300, FOV_WINDOW)), "SPICE(ZEROVECTOR)");
        assert.equal(code(r("-990101", [0, 0, 1], "J2000", "LT", "EARTH", 300, FOV_WINDOW)), "SPICE(INVALIDOPTION)");
        assert.equal(code(r("-990101", [0, 0, 1], "", "NONE", "EARTH", 300, FOV_WINDOW)), "SPICE(EMPTYSTRING)");
      });
    });
  });
}

test("node and wasm return the same longitude, sub-observer and FOV windows bit for bit", async () => {
  const [n, w] = await Promise.all(["node", "wasm"].map((backend) => withKernels(backend, FOV_KERNELS, moreSearches)));
  for (const name of Object.keys(n)) {
    const a = n[name].toFloat64Array?.() ?? Float64Array.from(intervals(n[name]).flat());
    const b = w[name].toFloat64Array?.() ?? Float64Array.from(intervals(w[name]).flat());
    assert.equal(a.length, b.length, name);
    a.forEach((x, i) => assert.ok(Object.is(x, b[i]), `${name}[${i}]: ${x} vs ${b[i]}`));
  }
});

// The async forms of gfsubc, gfsntc, gftfov and gfrfov give the synchronous windows bit for bit,
// with progress from 0 to 1 that never decreases, and stop on an AbortSignal.
for (const backend of ["node", "wasm"]) {
  test(`gfsubc, gfsntc, gftfov and gfrfov async forms (${backend})`, async () => {
    const golden = JSON.parse(readFileSync(goldenFile("gf2"), "utf8"));
    await withKernels(backend, [...new Set([...golden.kernels, ...FOV_KERNELS])], async (spice) => {
      const calls = [
        ...golden.cases.filter((c) => c.call === "gfsubc" || c.call === "gfsntc").map((c) => [c.call, c.args]),
        ["gftfov", ["-990104", "APOPHIS", "ELLIPSOID", "APOPHIS_FIXED", "LT+S", "EARTH", 300, FOV_WINDOW]],
        ["gfrfov", ["-990101", boresightInEarthFrame(spice), "IAU_EARTH", "NONE", "EARTH", 300, FOV_WINDOW]],
      ];
      for (const [call, args] of calls) {
        let sync;
        try {
          sync = { window: Array.from(spice[call](...args).endpoints) };
        } catch (e) {
          sync = { short: e.short };
        }
        const fractions = [];
        let got;
        try {
          got = { window: Array.from((await spice[`${call}Async`](...args, { onProgress: (f) => fractions.push(f) })).endpoints) };
        } catch (e) {
          got = { short: e.short };
        }
        assert.deepEqual(got, sync, `${call} ${JSON.stringify(args).slice(0, 80)}`);
        for (let i = 1; i < fractions.length; i++) assert.ok(fractions[i] >= fractions[i - 1]);
        assert.ok(fractions.every((f) => f >= 0 && f <= 1));
        if (sync.window) assert.equal(fractions.at(-1), 1);
      }
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(spice.gftfovAsync("-990101", "APOPHIS", "POINT", " ", "NONE", "EARTH", 300, FOV_WINDOW,
        { signal: ac.signal }), (e) => e.short === "SPICE(CANCELLED)");
      assert.equal(spice.gftfov("-990101", "APOPHIS", "POINT", " ", "NONE", "EARTH", 300, FOV_WINDOW).count, 1);
    });
  });
}
