// Coordinate systems, their Jacobians and xfmsta (issue 13, coordinates) on both backends:
// CSPICE's answers from coords.json and coords2.json (every case of both files is this area's),
// and independent checks of xfmsta, which no golden file covers: its positions are the conversion
// calls' answers, its velocities the Jacobian calls' matrices times the velocity (the same
// operations, so bit for bit), finite differences of positions agree with its velocities, states
// round-trip between every pair of systems, and its errors come in CSPICE's order.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";

const GOLDEN = { coords: 338, coords2: 513 };
const SYSTEMS = ["RECTANGULAR", "CYLINDRICAL", "LATITUDINAL", "SPHERICAL", "GEODETIC", "PLANETOGRAPHIC"];
const STATE = [-1500.25, 2600.5, 1200.75, -1.5, 0.25, 2.125];

async function withPck(makeBackend, f) {
  const spice = await makeBackend();
  try {
    spice.furnsh(join(kernelsDir, "pck/pck00010.tpc"));
    await f(spice);
  } finally {
    spice.dispose();
  }
}

/** Row-major 3x3 times a 3-vector, in MXV's order of operations. */
function mxv(m, v) {
  return [0, 1, 2].map((i) => m[3 * i] * v[0] + m[3 * i + 1] * v[1] + m[3 * i + 2] * v[2]);
}

function spiceCode(f) {
  try {
    f();
  } catch (e) {
    return e.short ?? e.message;
  }
  return "no error";
}

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  describe(`coordinates: ${backend}`, () => {
    for (const [name, count] of Object.entries(GOLDEN)) {
      for (const mode of ["bytes", "path"]) {
        test(`CSPICE's answers (${name}.json, kernels as ${mode})`, async () => {
          const r = await runGolden(makeBackend, goldenFile(name), { kernelsDir, mode });
          assert.deepEqual(r.failures, []);
          assert.equal(r.passed, count);
        });
      }
    }

    test("xfmsta from rectangular: the conversion calls' positions and the Jacobians times the velocity", async () => {
      await withPck(makeBackend, (spice) => {
        const [re, , rp] = spice.bodvrd("MARS", "RADII", 3);
        const f = (re - rp) / re;
        const [x, y, z] = STATE;
        const v = STATE.slice(3);
        const expected = {
          CYLINDRICAL: [Object.values(spice.reccyl([x, y, z])), spice.dcyldr(x, y, z)],
          SPHERICAL: [Object.values(spice.recsph([x, y, z])), spice.dsphdr(x, y, z)],
          GEODETIC: [Object.values(spice.recgeo([x, y, z], re, f)), spice.dgeodr(x, y, z, re, f)],
          PLANETOGRAPHIC: [Object.values(spice.recpgr("MARS", [x, y, z], re, f)), spice.dpgrdr("MARS", x, y, z, re, f)],
        };
        for (const [sys, [pos, jacobi]] of Object.entries(expected)) {
          assert.deepEqual(Array.from(spice.xfmsta(STATE, "RECTANGULAR", sys, "MARS")), [...pos, ...mxv(jacobi, v)], sys);
        }
        // LATITUDINAL: XFMSTA calls SPICELIB's RECLAT, whose longitude is atan2 of the unscaled x and
        // y; reclat_c (the reclat call) takes it from the scaled ones. Same value within an ulp.
        const lat = spice.xfmsta(STATE, "RECTANGULAR", "LATITUDINAL", "MARS");
        const l = spice.reclat([x, y, z]);
        assert.deepEqual([lat[0], lat[2]], [l.radius, l.lat]);
        assert.ok(Math.abs(lat[1] - l.lon) <= 4.5e-16);
        assert.deepEqual(Array.from(lat.slice(3)), mxv(spice.dlatdr(x, y, z), v));
        // To rectangular: the "...rec" calls and the "drd..." Jacobians.
        const geo = [0.5, -0.25, 120.0, 1e-5, -2e-5, 0.5];
        const pos = spice.pgrrec("MARS", geo[0], geo[1], geo[2], re, f);
        const j = spice.drdpgr("MARS", geo[0], geo[1], geo[2], re, f);
        assert.deepEqual(Array.from(spice.xfmsta(geo, "PLANETOGRAPHIC", "RECTANGULAR", "MARS")), [...pos, ...mxv(j, geo.slice(3))]);
      });
    });

    test("xfmsta's velocities agree with finite differences of its positions", async () => {
      await withPck(makeBackend, (spice) => {
        const h = 1e-3;
        const at = (t) => STATE.slice(0, 3).map((p, i) => p + STATE[3 + i] * t);
        for (const sys of SYSTEMS.slice(1)) {
          const out = spice.xfmsta(STATE, "RECTANGULAR", sys, "EARTH");
          const plus = spice.xfmsta([...at(h), 0, 0, 0], "RECTANGULAR", sys, "EARTH");
          const minus = spice.xfmsta([...at(-h), 0, 0, 0], "RECTANGULAR", sys, "EARTH");
          for (let i = 0; i < 3; i++) {
            const numeric = (plus[i] - minus[i]) / (2 * h);
            assert.ok(Math.abs(numeric - out[3 + i]) <= 1e-8 * Math.max(1, Math.abs(out[3 + i])), `${sys} rate ${i}: ${numeric} vs ${out[3 + i]}`);
          }
        }
      });
    });

    test("xfmsta round-trips between every pair of systems (Earth, Mars west-positive, Saturn)", async () => {
      await withPck(makeBackend, (spice) => {
        for (const body of ["EARTH", "MARS", "SATURN"]) {
          for (const a of SYSTEMS) {
            const start = spice.xfmsta(STATE, "RECTANGULAR", a, body);
            for (const b of SYSTEMS) {
              const back = spice.xfmsta(spice.xfmsta(start, a, b, body), b, a, body);
              for (let i = 0; i < 6; i++) {
                assert.ok(Math.abs(back[i] - start[i]) <= 1e-9 * Math.max(1, Math.abs(start[i])), `${body} ${a}->${b}[${i}]`);
              }
            }
          }
        }
        assert.deepEqual(spice.xfmsta(STATE, " rectangular ", "planeto graphic", "MARS"), spice.xfmsta(STATE, "RECTANGULAR", "PLANETOGRAPHIC", "MARS"));
      });
    });

    test("xfmsta's errors and CSPICE's z-axis rule", async () => {
      await withPck(makeBackend, (spice) => {
        assert.equal(spiceCode(() => spice.xfmsta(STATE, "", "GEODETIC", "MARS")), "SPICE(EMPTYSTRING)");
        assert.equal(spiceCode(() => spice.xfmsta(STATE, "RECTANGULAR", "SPHERICAL", "")), "SPICE(EMPTYSTRING)");
        assert.equal(spiceCode(() => spice.xfmsta(STATE, "POLAR", "GEODETIC", "MARS")), "SPICE(COORDSYSNOTREC)");
        assert.equal(spiceCode(() => spice.xfmsta(STATE, "RECTANGULAR", "GEODETIC", "NOT A BODY")), "SPICE(IDCODENOTFOUND)");
        assert.equal(spiceCode(() => spice.xfmsta(STATE, "RECTANGULAR", "GEODETIC", "CASSINI")), "SPICE(KERNELVARNOTFOUND)");
        assert.equal(spiceCode(() => spice.xfmsta(STATE, "RECTANGULAR", "GEODETIC", "PHOBOS")), "SPICE(NOTSUPPORTED)");
        assert.equal(spiceCode(() => spice.xfmsta([0, 0, 1, 0.5, 0, 0], "RECTANGULAR", "LATITUDINAL", "MARS")), "SPICE(INVALIDSTATE)");
        assert.throws(() => spice.xfmsta([1, 2, 3], "RECTANGULAR", "SPHERICAL", "MARS"), RangeError);
        assert.deepEqual(Array.from(spice.xfmsta([0, 0, -10, 0, 0, 2], "RECTANGULAR", "SPHERICAL", "MARS")), [10, Math.PI, 0, 2, 0, 0]);
        assert.deepEqual(Array.from(spice.xfmsta([0, 0, -10, 0, 0, 2], "RECTANGULAR", "CYLINDRICAL", "MARS")), [0, 0, -10, 0, 0, 2]);
      });
    });

    test("planetographic longitude sense: BODY<id>_PGR_POSITIVE_LON overrides the prime-meridian rule", async () => {
      await withPck(makeBackend, (spice) => {
        const [re, , rp] = spice.bodvrd("MARS", "RADII", 3);
        const f = (re - rp) / re;
        const point = [0, -2620.678914818178, 2592.408908856967];
        assert.ok(Math.abs(spice.recpgr("MARS", point, re, f).lon - Math.PI / 2) < 1e-15); // west-positive
        spice.pcpool("BODY499_PGR_POSITIVE_LON", ["East"]);
        assert.ok(Math.abs(spice.recpgr("MARS", point, re, f).lon - 1.5 * Math.PI) < 1e-14);
        spice.pcpool("BODY499_PGR_POSITIVE_LON", ["UP"]);
        assert.equal(spiceCode(() => spice.recpgr("MARS", point, re, f)), "SPICE(INVALIDOPTION)");
      });
    });
  });
}

// docs/coordinates.md's example runs as printed (written next to package.json so `import
// "spicecraft"` resolves to this package, run from the repository root) and prints what the page
// says, on both backends.
test("docs/coordinates.md's example prints what the page shows, on node and wasm", async () => {
  const { execFile } = await import("node:child_process");
  const { mkdirSync, readFileSync, writeFileSync } = await import("node:fs");
  const { fileURLToPath } = await import("node:url");
  const { promisify } = await import("node:util");
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const page = readFileSync(`${root}docs/coordinates.md`, "utf8");
  const code = /```js\n([\s\S]*?)```/.exec(page)?.[1];
  const printed = /\nprints\n\n```\n([\s\S]*?)```/.exec(page)?.[1];
  assert.ok(code && printed, "the page has the example and its output");
  mkdirSync(`${root}build/tmp`, { recursive: true });
  for (const backend of ["node", "wasm"]) {
    const file = `${root}build/tmp/coordinates-doc-${backend}.mjs`;
    writeFileSync(file, code.replace('backend: "wasm"', `backend: "${backend}"`));
    const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: root });
    assert.equal(stdout, printed, backend);
  }
});
