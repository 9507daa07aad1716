// Frame-rate utilities (xf2rav, rav2xf, xf2eul, eul2xf, invstm, rotvec, twovec) on both backends:
// CSPICE's answers from observers.json (its other calls belong to other work, so only these cases
// run), independent identities for rotvec (which has no golden cases), argument checks, and the
// two backends agreeing bit for bit.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { fixturesDir, kernelsDir } from "./fixtures.mjs";

const observers = join(fixturesDir, "golden", "observers.json");
const FRAME_RATE_CALLS = new Set(["twovec", "xf2rav", "rav2xf", "xf2eul", "eul2xf", "invstm"]);
const frameRateCases = (c) => FRAME_RATE_CALLS.has(c.call);
// twovec 15, xf2rav 16, rav2xf 16, xf2eul 18, eul2xf 26, invstm 16.
const CASES = 107;

/** rotate(angle, axis) * v as SPICELIB's ROTATE + MXV compute it, in plain JS (Math.sin/cos). */
function rotateThenMxv(v, angle, axis) {
  const s = Math.sin(angle);
  const c = Math.cos(angle);
  const i1 = ((((axis - 1) % 3) + 3) % 3); // ROTATE takes the axis mod 3: 1 = x, 2 = y, 0 or 3 = z
  const i2 = (i1 + 1) % 3;
  const i3 = (i1 + 2) % 3;
  const m = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  m[i1][i1] = 1;
  m[i2][i2] = c;
  m[i2][i3] = s;
  m[i3][i2] = -s;
  m[i3][i3] = c;
  return m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]);
}

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  describe(`frame-rate utilities: ${backend}`, () => {
    for (const mode of ["bytes", "path"]) {
      test(`CSPICE's twovec, xf2rav, rav2xf, xf2eul, eul2xf and invstm answers (observers.json, kernels as ${mode})`, async () => {
        const r = await runGolden(makeBackend, observers, { kernelsDir, mode, only: frameRateCases });
        assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
        assert.equal(r.passed, CASES);
      });
    }

    test("rotvec: quarter turns, identities with mxv(rotate), the axis taken mod 3", async () => {
      const spice = await makeBackend();
      try {
        // cos(pi/2) is the double nearest 6.12e-17 (CSPICE's ROTVEC does not special-case it).
        const c = 6.123233995736766e-17;
        assert.deepEqual(spice.rotvec([1, 0, 0], Math.PI / 2, 3), [c, -1, 0]);
        assert.deepEqual(spice.rotvec([0, 1, 0], Math.PI / 2, 1), [0, c, -1]);
        assert.deepEqual(spice.rotvec([0, 0, 1], Math.PI / 2, 2), [-1, 0, c]);
        assert.deepEqual(spice.rotvec([0, 1, 0], Math.PI / 2, 3), [1, c, 0]);
        assert.deepEqual(spice.rotvec([1, 2, 3], 0, 2), [1, 2, 3]); // no turn: exactly v
        assert.deepEqual(spice.rotvec([1, 2, 3], Math.PI, 3).map((x) => Math.round(x * 1e12) / 1e12), [-1, -2, 3]);
        const v = [0.3, -1.7, 2.25];
        for (const axis of [-4, -1, 0, 1, 2, 3, 4, 7]) {
          for (const angle of [0.1, -2.5, 1e-9, 3.0, 12.5]) {
            const got = spice.rotvec(v, angle, axis);
            const want = rotateThenMxv(v, angle, axis);
            got.forEach((x, i) => assert.ok(Math.abs(x - want[i]) <= 4e-16 * 3, `axis ${axis} angle ${angle}: ${got} vs ${want}`));
            assert.deepEqual(spice.rotvec(v, angle, axis), spice.rotvec(v, angle, ((axis % 3) + 3) % 3 || 3));
            // Rotating back undoes it (to round-off), and the length is kept.
            const back = spice.rotvec(got, -angle, axis);
            back.forEach((x, i) => assert.ok(Math.abs(x - v[i]) <= 1e-15));
            assert.ok(Math.abs(Math.hypot(...got) - Math.hypot(...v)) <= 1e-15);
          }
        }
        // rotvec agrees with the rows of the twovec/eul2xf matrices: R v for R = eul2xf's rotation block.
        const xf = spice.eul2xf([0.7, 0, 0, 0, 0, 0], 3, 1, 3); // [0.7]_3 [0]_1 [0]_3 = [0.7]_3
        const rv = spice.rotvec(v, 0.7, 3);
        for (let i = 0; i < 3; i++) {
          const row = xf.slice(6 * i, 6 * i + 3);
          assert.ok(Math.abs(row[0] * v[0] + row[1] * v[1] + row[2] * v[2] - rv[i]) <= 1e-15);
        }
      } finally {
        spice.dispose();
      }
    });

    test("xf2rav/rav2xf and xf2eul/eul2xf undo each other; invstm inverts", async () => {
      const spice = await makeBackend();
      try {
        const xf = spice.eul2xf([0.3, 0.8, -1.2, 1e-5, -2e-6, 3e-7], 3, 1, 3);
        const { rot, av } = spice.xf2rav(xf);
        const again = spice.rav2xf(rot, av);
        again.forEach((x, i) => assert.ok(Math.abs(x - xf[i]) <= 1e-20 + 1e-15 * Math.abs(xf[i])));
        const { eulang, unique } = spice.xf2eul(xf, 3, 1, 3);
        assert.equal(unique, true);
        [0.3, 0.8, -1.2, 1e-5, -2e-6, 3e-7].forEach((x, i) => assert.ok(Math.abs(eulang[i] - x) <= 1e-15));
        const inv = spice.invstm(xf);
        for (let i = 0; i < 6; i++) {
          for (let j = 0; j < 6; j++) {
            let s = 0;
            for (let k = 0; k < 6; k++) s += inv[6 * i + k] * xf[6 * k + j];
            assert.ok(Math.abs(s - (i === j ? 1 : 0)) <= 1e-15);
          }
        }
        assert.deepEqual(spice.invstm(inv), xf);
        assert.equal(spice.twovec(new Float64Array([1, 0, 0]), 1, [0, 1, 0], 2).length, 9);
      } finally {
        spice.dispose();
      }
    });

    test("argument mistakes are TypeError/RangeError; CSPICE's refusals are SpiceErrors", async () => {
      const spice = await makeBackend();
      try {
        assert.throws(() => spice.invstm(new Array(35).fill(0)), RangeError);
        assert.throws(() => spice.rotvec([1, 2], 0.1, 3), RangeError);
        assert.throws(() => spice.rotvec([1, 2, Number.NaN], 0.1, 3), RangeError);
        assert.throws(() => spice.rotvec("abc", 0.1, 3), TypeError);
        assert.throws(() => spice.rotvec([1, 2, 3], 0.1, 1.5), RangeError);
        assert.throws(() => spice.twovec([1, 0, 0], 1, [0, 1, 0], 1), (e) => e.short === "SPICE(UNDEFINEDFRAME)");
        assert.throws(() => spice.xf2eul(new Array(36).fill(0), 3, 1, 3), (e) => e.short === "SPICE(NOTAROTATION)");
        assert.throws(() => spice.eul2xf([0, 0, 0, 0, 0, 0], 0, 1, 2), (e) => e.short === "SPICE(BADAXISNUMBERS)");
      } finally {
        spice.dispose();
      }
    });
  });
}

test("node and wasm give the same bits for every frame-rate call", async () => {
  const node = await createBackend({ backend: "node" });
  const wasm = await createBackend({ backend: "wasm" });
  try {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 6 - 3;
    const same = (a, b, what) => {
      const fa = JSON.stringify(a, (k, v) => (Object.is(v, -0) ? "-0" : v));
      const fb = JSON.stringify(b, (k, v) => (Object.is(v, -0) ? "-0" : v));
      assert.equal(fa, fb, what);
    };
    for (let i = 0; i < 200; i++) {
      const ang = [rand(), rand(), rand(), rand() * 1e-4, rand() * 1e-4, rand() * 1e-4];
      const axes = [[3, 1, 3], [1, 2, 3], [2, 3, 1], [3, 2, 3]][i % 4];
      const xf = node.eul2xf(ang, ...axes);
      same(xf, wasm.eul2xf(ang, ...axes), "eul2xf");
      same(node.xf2eul(xf, ...axes), wasm.xf2eul(xf, ...axes), "xf2eul");
      same(node.xf2rav(xf), wasm.xf2rav(xf), "xf2rav");
      const { rot, av } = node.xf2rav(xf);
      same(node.rav2xf(rot, av), wasm.rav2xf(rot, av), "rav2xf");
      same(node.invstm(xf), wasm.invstm(xf), "invstm");
      const v = [rand(), rand(), rand()];
      same(node.rotvec(v, ang[0] * 10, (i % 5) - 1), wasm.rotvec(v, ang[0] * 10, (i % 5) - 1), "rotvec");
      same(node.twovec(v, 1 + (i % 3), ang.slice(0, 3), 1 + ((i + 1) % 3)), wasm.twovec(v, 1 + (i % 3), ang.slice(0, 3), 1 + ((i + 1) % 3)), "twovec");
    }
  } finally {
    node.dispose();
    wasm.dispose();
  }
});
