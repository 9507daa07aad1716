// Conic elements and two-body motion on both backends: CSPICE's answers (astro.json, also run as a
// required golden file by backends.test.mjs), oscltx's 20 numbers, the batch forms against the
// single calls, eqncpv against SPK type 17 (a segment written with spkw17, read back with spkgeo)
// and against the Keplerian motion its elements describe, the fixed-size argument checks, and the
// two backends agreeing bit for bit.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { goldenFile } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const GM_EARTH = 398600.4355070226; // BODY399_GM of gm_de440.tpc
const golden = JSON.parse(readFileSync(goldenFile("astro"), "utf8"));

// An orbit in classical elements and the same orbit as SPK type 17's equinoctial elements (no
// precession: the rates of the periapsis and node are 0, the mean longitude's is the mean motion).
const A = 12000, ECC = 0.15, INC = 0.4, NODE = 0.8, ARGP = 2.1, M0 = 1.2, EPOCH = 4.8e8;
const N = Math.sqrt(GM_EARTH / (A * A * A));
const EQEL = [A, ECC * Math.sin(ARGP + NODE), ECC * Math.cos(ARGP + NODE), M0 + ARGP + NODE,
  Math.tan(INC / 2) * Math.sin(NODE), Math.tan(INC / 2) * Math.cos(NODE), 0, N, 0];
const ELTS = [A * (1 - ECC), ECC, INC, NODE, ARGP, M0, EPOCH, GM_EARTH];
// The pole of the equinoctial elements' equator: right ascension -90 deg, declination 90 deg is the
// frame's own z axis (x and y axes unchanged).
const RAPOL = -Math.PI / 2, DECPOL = Math.PI / 2;

function assertClose(got, want, rel, label) {
  assert.equal(got.length, want.length, label);
  const scale = Math.max(...want.map(Math.abs));
  for (let i = 0; i < want.length; i++) {
    assert.ok(Math.abs(got[i] - want[i]) <= rel * scale, `${label}[${i}]: ${got[i]} vs ${want[i]}`);
  }
}

const sameBits = (a, b) => a.length === b.length && [...a].every((x, i) => Object.is(x, b[i]));

for (const backend of ["node", "wasm"]) {
  describe(`conic elements and two-body motion: ${backend}`, () => {
    test("oscltx returns CSPICE's 20 numbers: oscelt's 8, nu, a, tau, then 9 reserved zeros", async () => {
      const spice = await createBackend({ backend });
      try {
        const c = golden.cases.find((x) => x.call === "oscltx" && x.expect);
        const x = spice.oscltx(...c.args);
        assert.equal(x.length, 20);
        assert.deepEqual(x.slice(11), new Array(9).fill(0));
        assert.deepEqual(x.slice(0, 8), spice.oscelt(...c.args));
        // The golden file records the first 11.
        assertClose(x.slice(0, 11), c.expect, 1e-12, c.id);
        // a = rp / (1 - e) and tau = 2 pi sqrt(a^3 / mu) for this ellipse.
        assert.ok(Math.abs(x[9] - x[0] / (1 - x[1])) <= 1e-9 * x[9]);
        assert.ok(Math.abs(x[10] - 2 * Math.PI * Math.sqrt(x[9] ** 3 / x[7])) <= 1e-9 * x[10]);
      } finally {
        spice.dispose();
      }
    });

    test("state and element arguments: number[] or Float64Array of exactly their size", async () => {
      const spice = await createBackend({ backend });
      try {
        const state = [7000, 0, 0, 0, 7.546053230540193, 0];
        assert.deepEqual(spice.oscelt(Float64Array.from(state), 0, GM_EARTH), spice.oscelt(state, 0, GM_EARTH));
        assert.throws(() => spice.oscelt(state.slice(0, 5), 0, GM_EARTH), (e) => e instanceof RangeError && /state must hold 6/.test(e.message));
        assert.throws(() => spice.oscelt([...state, 1], 0, GM_EARTH), RangeError);
        assert.throws(() => spice.conics(ELTS.slice(0, 7), 0), (e) => e instanceof RangeError && /elts must hold 8/.test(e.message));
        assert.throws(() => spice.prop2b(GM_EARTH, "state", 10), TypeError);
        assert.throws(() => spice.prop2b(GM_EARTH, [7000, 0, 0, 0, NaN, 0], 10), RangeError);
        assert.throws(() => spice.eqncpv(0, 0, EQEL.slice(0, 8), RAPOL, DECPOL), (e) => e instanceof RangeError && /eqel must hold 9/.test(e.message));
        assert.throws(() => spice.conicsBatch(ELTS, [1, 2]), TypeError); // epochs are a Float64Array
      } finally {
        spice.dispose();
      }
    });

    test("conicsBatch, prop2bBatch and eqncpvBatch are bit-identical to the single calls", async () => {
      const spice = await createBackend({ backend });
      try {
        const ets = Float64Array.from({ length: 50 }, (_, i) => EPOCH - 86400 + i * 3637.25);
        const dts = Float64Array.from(ets, (et) => et - EPOCH);
        const pv = spice.conics(ELTS, EPOCH);
        const batches = {
          conics: [spice.conicsBatch(ELTS, ets), (i) => spice.conics(ELTS, ets[i])],
          prop2b: [spice.prop2bBatch(GM_EARTH, pv, dts), (i) => spice.prop2b(GM_EARTH, pv, dts[i])],
          eqncpv: [spice.eqncpvBatch(ets, EPOCH, EQEL, RAPOL, DECPOL), (i) => spice.eqncpv(ets[i], EPOCH, EQEL, RAPOL, DECPOL)],
        };
        for (const [name, [batch, single]] of Object.entries(batches)) {
          assert.ok(batch instanceof Float64Array, name);
          assert.equal(batch.length, 6 * ets.length, name);
          for (let i = 0; i < ets.length; i++) assert.ok(sameBits(batch.subarray(6 * i, 6 * i + 6), single(i)), `${name}[${i}]`);
        }
        // A failing epoch fails the whole batch with the single call's short code.
        assert.throws(() => spice.conicsBatch([0, 0.5, 0, 0, 0, 0, 0, GM_EARTH], ets), (e) => e.short === "SPICE(BADPERIAPSEVALUE)");
      } finally {
        spice.dispose();
      }
    });

    test("eqncpv is SPK type 17's evaluation: a segment written with spkw17 reads back with the same bits", async () => {
      const spice = await createBackend({ backend });
      try {
        const out = { kind: "virtual-output", path: "/kernels/out/eqncpv.bsp" };
        const h = spice.spkopn(out, "eqncpv test", 0);
        const rapol = 0.3, decpol = 1.1; // a tilted equator: the rotation to the output frame is used too
        spice.spkw17(h, -1717, 399, "J2000", EPOCH - 86400, EPOCH + 86400, "EQNCPV", EPOCH, EQEL, rapol, decpol);
        spice.spkcls(h);
        spice.furnsh(out.path);
        for (let k = -10; k <= 10; k++) {
          const et = EPOCH + k * 8639.25;
          const fromSpk = spice.spkgeo(-1717, et, "J2000", 399).state;
          assert.ok(sameBits(spice.eqncpv(et, EPOCH, EQEL, rapol, decpol), fromSpk), `et ${et}`);
        }
        assert.throws(() => spice.eqncpv(EPOCH, EPOCH, [0, ...EQEL.slice(1)], rapol, decpol), (e) => e.short === "SPICE(BADSEMIAXIS)");
        assert.throws(() => spice.eqncpv(EPOCH, EPOCH, [A, 0.7, 0.7, ...EQEL.slice(3)], rapol, decpol), (e) => e.short === "SPICE(ECCOUTOFRANGE)");
      } finally {
        spice.dispose();
      }
    });

    test("eqncpv without precession is the Keplerian orbit of its elements (conics and prop2b agree)", async () => {
      const spice = await createBackend({ backend });
      try {
        const start = spice.eqncpv(EPOCH, EPOCH, EQEL, RAPOL, DECPOL);
        assertClose(start, spice.conics(ELTS, EPOCH), 1e-12, "at the epoch");
        // The elements at the epoch come back from oscelt.
        const elts = spice.oscelt(start, EPOCH, GM_EARTH);
        assertClose(elts.slice(0, 6), ELTS.slice(0, 6), 1e-11, "oscelt");
        const period = 2 * Math.PI / N;
        for (const dt of [-period / 3, 600, period / 2, 3.7 * period]) {
          const state = spice.eqncpv(EPOCH + dt, EPOCH, EQEL, RAPOL, DECPOL);
          assertClose(state, spice.conics(ELTS, EPOCH + dt), 1e-10, `conics dt ${dt}`);
          assertClose(state, spice.prop2b(GM_EARTH, start, dt), 1e-10, `prop2b dt ${dt}`);
        }
        // Precession: with the periapsis and the node turning at one rate w about the pole, the
        // orbit is the fixed one (its mean anomaly advancing at N - w) turned by w dt about the
        // pole, and the velocity gains w z x r.
        const w = 1e-6;
        const turning = [...EQEL.slice(0, 6), w, N, w];
        const fixed = [...EQEL.slice(0, 6), 0, N - w, 0];
        for (const dt of [0, 5000, 40000, -70000]) {
          const got = spice.eqncpv(EPOCH + dt, EPOCH, turning, RAPOL, DECPOL);
          const s0 = spice.eqncpv(EPOCH + dt, EPOCH, fixed, RAPOL, DECPOL);
          const c = Math.cos(w * dt), s = Math.sin(w * dt);
          const turn = (x, y, z) => [c * x - s * y, s * x + c * y, z];
          const pos = turn(s0[0], s0[1], s0[2]);
          const vel = turn(s0[3], s0[4], s0[5]).map((v, i) => v + [-w * pos[1], w * pos[0], 0][i]);
          assertClose(got.slice(0, 3), pos, 1e-12, `precessing position dt ${dt}`);
          assertClose(got.slice(3), vel, 1e-12, `precessing velocity dt ${dt}`);
        }
      } finally {
        spice.dispose();
      }
    });
  });
}

test("the two backends give the same bits for every astro.json case and the batch forms", async () => {
  const [node, wasm] = [await createBackend({ backend: "node" }), await createBackend({ backend: "wasm" })];
  try {
    const outcome = (spice, call, args) => {
      try {
        return spice[call](...args);
      } catch (e) {
        return e.short;
      }
    };
    for (const c of golden.cases) {
      const a = outcome(node, c.call, c.args);
      const b = outcome(wasm, c.call, c.args);
      assert.ok(typeof a === "string" ? a === b : sameBits(a, b), c.id);
    }
    const ets = Float64Array.from({ length: 200 }, (_, i) => EPOCH + (i - 100) * 977.7);
    assert.ok(sameBits(node.conicsBatch(ELTS, ets), wasm.conicsBatch(ELTS, ets)));
    assert.ok(sameBits(node.eqncpvBatch(ets, EPOCH, EQEL, 0.3, 1.1), wasm.eqncpvBatch(ets, EPOCH, EQEL, 0.3, 1.1)));
  } finally {
    node.dispose();
    wasm.dispose();
  }
});
