// Two-line elements on both backends: getelm and evsgp4 against CSPICE's answers (tle.json, made
// by tests/golden/gen-tle-golden.mjs from CSPICE N0067's own routines), bit for bit where CSPICE's
// libm rounds as ours does; evsgp4 against the published SGP4 verification output
// (tests/fixtures/sgp4) where CSPICE's AFSPC mode and the verification's mode agree; evsgp4Batch;
// argument checks and CSPICE's refusals.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { fixturesDir, goldenFile, kernelsDir } from "./fixtures.mjs";

const golden = JSON.parse(readFileSync(goldenFile("tle"), "utf8"));
const lsk = join(kernelsDir, "lsk", "naif0012.tls");
const LUME1 = [
  "1 43908U 18111AJ  20146.60805006  .00000806  00000-0  34965-4 0  9999",
  "2 43908  97.2676  47.2136 0020001 220.6050 139.3698 15.24999521 78544",
];
const GEOPHYSICAL_KER = [1.082616e-3, -2.53881e-6, -1.65597e-6, 7.43669161e-2, 120, 78, 6378.135, 1];
const mu = 398600.8;
const er = 6378.135;
const WGS72 = [0.001082616, -0.00000253881, -0.00000165597, 60 / Math.sqrt((er * er * er) / mu), 120, 78, er, 1];

/** The verification sets (first 69 columns), their start/stop/step, and tcppver.out's rows. */
function verification() {
  const tle = readFileSync(join(fixturesDir, "sgp4", "SGP4-VER.TLE"), "utf8").split(/\r?\n/);
  const sets = [];
  for (let i = 0; i + 1 < tle.length; i++) {
    if (tle[i].startsWith("1 ")) sets.push({ lines: [tle[i].slice(0, 69), tle[i + 1].slice(0, 69)] });
  }
  const blocks = [];
  for (const l of readFileSync(join(fixturesDir, "sgp4", "tcppver.out"), "utf8").split(/\r?\n/)) {
    if (l.includes("xx")) blocks.push({ satellite: l.trim().split(/\s+/)[0], rows: [] });
    else if (l.trim()) blocks.at(-1).rows.push(l.trim().split(/\s+/).slice(0, 7).map(Number));
  }
  return sets.map((s, k) => ({ ...s, ...blocks[k] }));
}

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  describe(`two-line elements: ${backend}`, () => {
    for (const mode of ["bytes", "path"]) {
      test(`CSPICE's getelm and evsgp4 answers (tle.json, kernels as ${mode})`, async () => {
        const r = await runGolden(makeBackend, goldenFile("tle"), { kernelsDir, mode });
        assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
        assert.equal(r.passed, golden.cases.length);
      });
    }

    test("getelm is bit-identical to CSPICE; evsgp4 in all but glibc's misrounded cosines", async () => {
      const spice = await makeBackend();
      try {
        spice.furnsh(lsk);
        const differing = [];
        for (const c of golden.cases) {
          if (c.error) continue;
          const got = spice[c.call](...c.args);
          const [g, w] = c.call === "getelm" ? [[got.epoch, ...got.elems], [c.expect.epoch, ...c.expect.elems]] : [got, c.expect];
          if (g.some((x, i) => x !== w[i])) differing.push(c.id);
        }
        // These three differ from CSPICE in one component by one ulp: CSPICE's glibc cos/sin misround
        // arguments such as 1.127237236537292 (true cosine 0.4983 ulp from ours, 0.5017 from
        // glibc's); spicecraft's own trig (correctly rounded there) keeps node and WASM identical.
        assert.deepEqual(differing, ["evsgp4#9880@2760", "evsgp4#14128@120", "evsgp4#16925@600"]);
      } finally {
        spice.dispose();
      }
    });

    test("evsgp4 reproduces the published SGP4 verification output (near-Earth sets)", async () => {
      const spice = await makeBackend();
      try {
        spice.furnsh(lsk);
        let rows = 0;
        for (const set of verification()) {
          const { epoch, elems } = spice.getelm(1957, set.lines);
          // CSPICE's EVSGP4 runs the AFSPC mode; the verification ran the improved one. They differ
          // only for deep-space sets (periods of 225 minutes or more), and refuse two sub-orbital sets.
          if ((2 * Math.PI) / elems[8] >= 225 || set.satellite === "28872") continue;
          for (const [t, ...want] of set.rows) {
            const got = spice.evsgp4(epoch + t * 60, WGS72, elems);
            // 8 and 9 printed decimals; 2e-8 km allows for the rounding of epoch + 60 t to an ET.
            got.slice(0, 3).forEach((x, i) => assert.ok(Math.abs(x - want[i]) <= 2e-8, `${set.satellite} ${t}: ${got} vs ${want}`));
            got.slice(3).forEach((x, i) => assert.ok(Math.abs(x - want[3 + i]) <= 1e-9, `${set.satellite} ${t}: ${got} vs ${want}`));
            rows++;
          }
        }
        assert.equal(rows, 13 + 25 + 23 + 25 + 13 + 22 + 13 + 13);
      } finally {
        spice.dispose();
      }
    });

    test("NAIF's LUME-1 example; evsgp4Batch equals the single calls", async () => {
      const spice = await makeBackend();
      try {
        spice.furnsh(lsk);
        const { elems } = spice.getelm(1957, LUME1);
        const et = spice.str2et("2020-05-26 02:25:00");
        const state = spice.evsgp4(et, GEOPHYSICAL_KER, elems);
        // evsgp4_c's documented output (8 decimals).
        [-4644.60403398, -5038.95025539, -337.27141116, -0.45719025, 0.92884817, -7.55917355].forEach((x, i) =>
          assert.ok(Math.abs(state[i] - x) <= 5e-9, `${i}: ${state[i]}`),
        );
        const ets = Float64Array.from({ length: 50 }, (_, i) => et + 600 * i - 3600);
        const batch = spice.evsgp4Batch(ets, GEOPHYSICAL_KER, new Float64Array(elems));
        assert.equal(batch.length, 6 * 50);
        ets.forEach((t, i) => assert.deepEqual([...batch.subarray(6 * i, 6 * i + 6)], spice.evsgp4(t, GEOPHYSICAL_KER, elems)));
      } finally {
        spice.dispose();
      }
    });

    test("argument mistakes and CSPICE's refusals", async () => {
      const spice = await makeBackend();
      try {
        assert.throws(() => spice.getelm(1957, LUME1), (e) => e.short === "SPICE(NOLEAPSECONDS)");
        spice.furnsh(lsk);
        assert.throws(() => spice.getelm(1957, [LUME1[0]]), RangeError);
        assert.throws(() => spice.getelm(1957, [LUME1[0], 2]), TypeError);
        assert.throws(() => spice.getelm(1957.5, LUME1), RangeError);
        assert.throws(() => spice.getelm(1957, [LUME1[0], LUME1[1].replace("43908", "43909")]), (e) => e.short === "SPICE(BADTLE)");
        assert.throws(() => spice.getelm(1957, [`${LUME1[0]}  X`, LUME1[1]]), (e) => e.short === "SPICE(BADTLE)");
        assert.throws(() => spice.getelm(1957, [LUME1[0], LUME1[1].replace(" 47.2136", "360.0000")]), (e) => e.short === "SPICE(BADTLE)");
        const { elems } = spice.getelm(1957, LUME1);
        assert.throws(() => spice.evsgp4(0, GEOPHYSICAL_KER.slice(0, 7), elems), RangeError);
        assert.throws(() => spice.evsgp4(0, GEOPHYSICAL_KER, [...elems, 0]), RangeError);
        assert.throws(() => spice.evsgp4(Number.NaN, GEOPHYSICAL_KER, elems), RangeError);
        assert.throws(() => spice.evsgp4Batch([0], GEOPHYSICAL_KER, elems), TypeError);
        const sub = [...elems];
        sub[5] = 0.2; // perigee inside the Earth
        assert.throws(() => spice.evsgp4(elems[9], GEOPHYSICAL_KER, sub), (e) => e.short === "SPICE(SUBORBITAL)");
        assert.throws(
          () => spice.evsgp4Batch(new Float64Array([elems[9], elems[9] + 60]), GEOPHYSICAL_KER, sub),
          (e) => e.short === "SPICE(SUBORBITAL)" && /index 0/.test(e.long),
        );
      } finally {
        spice.dispose();
      }
    });
  });
}
