// Surface geometry on the target's reference ellipsoid (issue 13, h13-surface): CSPICE's answers
// for the calls this part owns, from geometry.json (subpnt, subslr, sincpt, ilumin, illumf,
// occult) and geometry2.json (phaseq, trgsep, lspcn, et2lst, ...), on both backends with the
// kernels loaded as bytes and as host paths. Shared files run only these calls' cases (`only`);
// every case they select must pass. Independent checks for what the golden files lack (illumg).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir, withBackend } from "./fixtures.mjs";

// The cases this file runs, per golden file: the surface calls (limbpt and termpt with DSK shapes
// included: CSPICE's ZZTANGNT tangent-ray search). These files also pass in full and are in
// requiredGolden.
const OWNED = {
  geometry: { calls: new Set(["subpnt", "subslr", "sincpt", "ilumin", "illumf", "occult"]), count: 394 },
  geometry2: {
    calls: new Set(["phaseq", "trgsep", "lspcn", "et2lst", "tangpt", "limbpt", "termpt"]),
    count: 198,
  },
  "fov-rays": { calls: new Set(["fovray", "fovtrg"]), count: 175 },
  "dsk-geometry": { calls: new Set(["subpnt", "subslr", "sincpt", "ilumin", "illumf", "occult"]), count: 410 },
};

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });
  describe(`surface geometry: ${backend}`, () => {
    for (const [file, { calls, count }] of Object.entries(OWNED)) {
      for (const mode of ["bytes", "path"]) {
        test(`${file}.json: ${[...calls].join(", ")} (kernels as ${mode})`, async () => {
          const only = (c) => calls.has(c.call);
          const r = await runGolden(makeBackend, goldenFile(file), { kernelsDir, mode, only });
          assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
          assert.equal(r.passed, count);
        });
      }
    }

    test("illumg with the Sun is ilumin; illumf's flags follow its angles", async () => {
      await withBackend(backend, async (spice) => {
        for (const k of ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"]) {
          spice.furnsh(`${kernelsDir}/${k}`);
        }
        const et = 478587546.9046265;
        const sub = spice.subpnt("NEAR POINT/ELLIPSOID", "MOON", et, "IAU_MOON", "LT+S", "EARTH");
        const a = spice.ilumin("ELLIPSOID", "MOON", et, "IAU_MOON", "LT+S", "EARTH", sub.spoint);
        const g = spice.illumg("ELLIPSOID", "MOON", "SUN", et, "IAU_MOON", "LT+S", "EARTH", sub.spoint);
        assert.deepEqual(g, a);
        const f = spice.illumf("ELLIPSOID", "MOON", "EARTH", et, "IAU_MOON", "CN", "SUN", sub.spoint);
        assert.equal(f.visibl, f.emissn <= Math.PI / 2);
        assert.equal(f.lit, f.incdnc <= Math.PI / 2);
        // The sub-observer point is seen straight down: emission angle about 0.
        assert.ok(a.emissn < 1e-5, `emission ${a.emissn}`);
      });
    });

    test("edterm (no golden cases): points on the ellipsoid where the Sun's limb grazes the horizon", async () => {
      await withBackend(backend, async (spice) => {
        for (const k of ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"]) {
          spice.furnsh(`${kernelsDir}/${k}`);
        }
        const et = 478587546.9046265;
        const [a, b, c] = spice.bodvrd("MOON", "RADII", 3);
        const sunRadius = Math.max(...spice.bodvrd("SUN", "RADII", 3));
        for (const [type, sign] of [["UMBRAL", 1], ["PENUMBRAL", -1]]) {
          const t = spice.edterm(type, "SUN", "MOON", et, "IAU_MOON", "LT+S", "EARTH", 8);
          assert.equal(t.trmpts.length, 8);
          const sun = spice.spkpos("SUN", t.trgepc, "IAU_MOON", "LT+S", "MOON").pos;
          for (const p of t.trmpts) {
            assert.ok(Math.abs((p[0] / a) ** 2 + (p[1] / b) ** 2 + (p[2] / c) ** 2 - 1) < 1e-12, "on the ellipsoid");
            // The incidence angle of the Sun's center, adjusted by its angular radius, is pi/2:
            // UMBRAL points see the Sun's far limb on the horizon, PENUMBRAL its near limb.
            const n = spice.surfnm(a, b, c, p);
            const toSun = [sun[0] - p[0], sun[1] - p[1], sun[2] - p[2]];
            const inc = spice.vsep(n, toSun);
            const angRadius = Math.asin(sunRadius / Math.hypot(...toSun));
            assert.ok(Math.abs(inc - sign * angRadius - Math.PI / 2) < 1e-6, `${type}: ${inc} ${angRadius}`);
          }
          assert.deepEqual(t.obspos, spice.spkpos("MOON", et, "IAU_MOON", "LT+S", "EARTH").pos.map((x) => -x));
        }
      });
    });

    test("method strings: keywords in any order, case and blanks ignored; bad strings refused", async () => {
      await withBackend(backend, async (spice) => {
        for (const k of ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"]) {
          spice.furnsh(`${kernelsDir}/${k}`);
        }
        const et = 478587546.9046265;
        const ref = spice.subpnt("NEAR POINT/ELLIPSOID", "MOON", et, "IAU_MOON", "NONE", "EARTH");
        for (const m of ["Ellipsoid/Near point", " nearpoint:ELLIPSOID ", "NADIR/ELLIPSOID", "ellipsoid / nadir"]) {
          assert.deepEqual(spice.subpnt(m, "MOON", et, "IAU_MOON", "NONE", "EARTH"), ref, m);
        }
        const code = (f) => {
          try {
            f();
          } catch (e) {
            return e.short;
          }
          return "no error";
        };
        const sub = (m) => () => spice.subpnt(m, "MOON", et, "IAU_MOON", "NONE", "EARTH");
        assert.equal(code(sub("ELLIPSOID")), "SPICE(INVALIDSUBTYPE)");
        assert.equal(code(sub("NADIR/ELLIPSOID/DSK")), "SPICE(BADMETHODSYNTAX)");
        assert.equal(code(sub("NADIR/ELLIPSOID/NADIR")), "SPICE(BADMETHODSYNTAX)");
        assert.equal(code(sub("NADIR/ELLIPSOID/")), "SPICE(BADMETHODSYNTAX)");
        assert.equal(code(sub("NADIR/DSK")), "SPICE(BADPRIORITYSPEC)");
        assert.equal(code(sub("NADIR/DSK/UNPRIORITIZED/SURFACES = \"A")), "SPICE(SYNTAXERROR)");
        assert.equal(code(sub("NADIR/DSK/UNPRIORITIZED/SURFACES = 1,")), "SPICE(BADMETHODSYNTAX)");
        const ilu = (m) => () => spice.ilumin(m, "MOON", et, "IAU_MOON", "NONE", "EARTH", ref.spoint);
        assert.equal(code(ilu("NADIR/ELLIPSOID")), "SPICE(INVALIDMETHOD)");
      });
    });
  });
}
