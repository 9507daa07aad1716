// DSK (issue 13, h13-dsk) on both backends: dsk.json in full and geometry2.json's DSK cases (the
// other calls of geometry2.json belong to other parts of the issue, so only these run), kernels
// as bytes and as host paths; kinfo/kdata/ktotal report a DSK, unload and kclear free it; node and
// wasm agree bit for bit.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// The geometry2.json calls this part owns, and how many cases each file must pass.
export const DSK_GEOMETRY2_CALLS = new Set(["dskn02", "dskp02", "dskv02", "dskz02", "latsrf", "dskxv", "dskxsi"]);
// dskn02 13, dskp02 5, dskv02 4, dskz02 1, latsrf 10, dskxv 9, dskxsi 14.
const GEOMETRY2_CASES = 56;
const APOPHIS = "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds";

const dskBytes = () => readFileSync(join(kernelsDir, APOPHIS));

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  describe(`DSK: ${backend}`, () => {
    for (const mode of ["bytes", "path"]) {
      test(`dsk.json in full (kernels as ${mode})`, async () => {
        const r = await runGolden(makeBackend, goldenFile("dsk"), { kernelsDir, mode });
        assert.deepEqual(r.failures, [], `${r.failures.length} of ${r.passed + r.failures.length} cases failed`);
        assert.equal(r.passed, 11);
      });
      test(`geometry2.json's DSK cases (kernels as ${mode})`, async () => {
        const r = await runGolden(makeBackend, goldenFile("geometry2"), {
          kernelsDir, mode, only: (c) => DSK_GEOMETRY2_CALLS.has(c.call),
        });
        assert.deepEqual(r.failures, [], `${r.failures.length} cases failed`);
        assert.equal(r.passed, GEOMETRY2_CASES);
      });
    }

    test("kinfo, kdata and ktotal report a DSK; unload and kclear free it", async () => {
      const spice = await makeBackend();
      try {
        const path = "/kernels/" + APOPHIS;
        spice.furnsh({ path, bytes: dskBytes() });
        assert.equal(spice.ktotal("DSK"), 1);
        assert.equal(spice.ktotal("SPK PCK"), 0);
        const k = spice.kdata(0, "DSK");
        assert.equal(k.found, true);
        assert.equal(k.file, path);
        assert.equal(k.filtyp, "DSK");
        assert.ok(k.handle > 0);
        const info = spice.kinfo(path);
        assert.equal(info.found, true);
        assert.equal(info.filtyp, "DSK");
        assert.deepEqual(spice.dskobj(path), [2099942]);
        spice.unload(path);
        assert.equal(spice.ktotal("ALL"), 0);
        assert.equal(spice.kinfo(path).found, false);
        spice.furnsh({ path, bytes: dskBytes() });
        spice.kclear();
        assert.equal(spice.ktotal("DSK"), 0);
      } finally {
        spice.dispose();
      }
    });

    test("dskd02 and dski02 agree with dskb02, dskv02 and dskp02; errors in CSPICE's order", async () => {
      const spice = await makeBackend();
      try {
        const path = "/kernels/" + APOPHIS;
        spice.furnsh({ path, bytes: dskBytes() });
        const b = spice.dskb02(path, 0);
        assert.deepEqual(spice.dski02(path, 0, 4, 1, 3), b.vgrext);
        assert.deepEqual(spice.dskd02(path, 0, 17, 1, 3), b.voxori);
        assert.deepEqual(spice.dskd02(path, 0, 19, 4, 3), spice.dskv02(path, 0, 2, 1)[0]);
        assert.deepEqual(spice.dski02(path, 0, 9, 7, 3), spice.dskp02(path, 0, 3, 1)[0]);
        const code = (f) => { try { f(); return "(ok)"; } catch (e) { return e.short ?? String(e); } };
        assert.equal(code(() => spice.dski02(path, 0, 9, 1, 0)), "SPICE(VALUEOUTOFRANGE)");
        assert.equal(code(() => spice.dski02(path, 0, 99, 1, 1)), "SPICE(NOTSUPPORTED)");
        assert.equal(code(() => spice.dskd02(path, 0, 16, 7, 1)), "SPICE(INDEXOUTOFRANGE)");
        assert.equal(code(() => spice.dskgd(path, 1)), "SPICE(INDEXOUTOFRANGE)");
      } finally {
        spice.dispose();
      }
    });
  });
}

/** Loads geometry2.json's kernels (the Apophis DSK, its synthetic frame, ephemeris and radii). */
function loadGeometry2(spice) {
  const { kernels } = JSON.parse(readFileSync(goldenFile("geometry2"), "utf8"));
  for (const k of kernels) spice.furnsh({ path: "/kernels/" + k, bytes: readFileSync(join(kernelsDir, k)) });
}

for (const backend of ["node", "wasm"]) {
  test(`srfnrm, dskgtl and dskstl (${backend})`, async () => {
    const spice = await createBackend({ backend });
    try {
      loadGeometry2(spice);
      const path = "/kernels/" + APOPHIS;
      const et = 478738020.2097818;
      // The DSK normal at an intercept is the normal of the plate hit (dskn02 of dskxsi's plate).
      const vertex = [-0.751042376685774, 0.05670336902573733, -0.5441336455306223];
      for (const dir of [[0.7231557946617247, 0.03245185616153618, 0.4980975942119029],
        [0.9633159247424917, -0.20360405582275848, 0.741446211318579]]) {
        const r = spice.dskxsi(false, "APOPHIS", [], et, "APOPHIS_FIXED", vertex, dir);
        assert.equal(r.found, true);
        const [n] = spice.srfnrm("DSK/UNPRIORITIZED", "APOPHIS", et, "APOPHIS_FIXED", [r.xpt]);
        const p = spice.dskn02(path, 0, r.ic[0]);
        assert.ok(Math.hypot(n[0] - p[0], n[1] - p[1], n[2] - p[2]) < 1e-12);
      }
      // On the ellipsoid: the gradient of the level surface, normalised.
      const radii = spice.bodvrd("APOPHIS", "RADII", 3);
      const [pt] = spice.latsrf("ELLIPSOID", "APOPHIS", et, "APOPHIS_FIXED", [[0.3, 0.2]]);
      const [n] = spice.srfnrm("ELLIPSOID", "APOPHIS", et, "APOPHIS_FIXED", [pt]);
      const g = pt.map((x, i) => x / (radii[i] * radii[i]));
      const gn = Math.hypot(...g);
      for (let i = 0; i < 3; i++) assert.ok(Math.abs(n[i] - g[i] / gn) < 1e-14);
      const code = (f) => { try { f(); return "(ok)"; } catch (e) { return e.short ?? String(e); } };
      assert.equal(code(() => spice.srfnrm("ELLIPSOID", "APOPHIS", et, "APOPHIS_FIXED", [[1, 0, 0]])), "SPICE(POINTNOTONSURFACE)");
      assert.equal(code(() => spice.srfnrm("DSK/UNPRIORITIZED", "APOPHIS", et, "APOPHIS_FIXED", [[1, 0, 0]])), "SPICE(POINTNOTINSEGMENT)");
      // DSKTOL's parameters: defaults, a change seen by this backend only, the fixed ones.
      assert.deepEqual([1, 2, 3, 4, 5, 6].map((k) => spice.dskgtl(k)), [1e-10, 1e-8, 1e-10, 1e-7, 1e-12, 1e-12]);
      spice.dskstl(1, 1e-9);
      assert.equal(spice.dskgtl(1), 1e-9);
      assert.equal(code(() => spice.dskstl(5, 1)), "SPICE(IMMUTABLEVALUE)");
      assert.equal(code(() => spice.dskstl(7, 1)), "SPICE(INDEXOUTOFRANGE)");
      assert.equal(code(() => spice.dskgtl(0)), "SPICE(INDEXOUTOFRANGE)");
      const other = await createBackend({ backend });
      try {
        assert.equal(other.dskgtl(1), 1e-10);
      } finally {
        other.dispose();
      }
    } finally {
      spice.dispose();
    }
  });
}

test("node and wasm give bit-identical DSK answers", async () => {
  const answers = [];
  for (const backend of ["node", "wasm"]) {
    const spice = await createBackend({ backend });
    try {
      const path = "/kernels/" + APOPHIS;
      spice.furnsh({ path, bytes: dskBytes() });
      loadGeometry2(spice);
      const vtx = [];
      const dir = [];
      for (let i = 0; i < 500; i++) {
        const lon = i * 0.0731;
        const lat = ((i % 41) - 20) * 0.075;
        const u = [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
        vtx.push(u.map((x) => 3 * x + 0.01 * (i % 7)));
        dir.push(u.map((x) => -x));
      }
      const rays = spice.dskxv(false, "APOPHIS", [], 478738020.2, "APOPHIS_FIXED", vtx, dir);
      const pts = rays.xptarr.filter((p) => p !== null);
      answers.push(JSON.stringify([spice.dskgd(path, 0), spice.dskb02(path, 0), spice.dskn02(path, 0, 77),
        spice.dskv02(path, 0, 1, 2000), spice.dskp02(path, 0, 1, 3996), rays,
        spice.srfnrm("DSK/UNPRIORITIZED", "APOPHIS", 478738020.2, "APOPHIS_FIXED", pts.slice(0, 100)),
        spice.latsrf("DSK/UNPRIORITIZED", "APOPHIS", 478738020.2, "APOPHIS_FIXED", [[0.1, 0.2], [2, -1], [-3, 1.5]])]));
    } finally {
      spice.dispose();
    }
  }
  assert.equal(answers[0], answers[1]);
});
