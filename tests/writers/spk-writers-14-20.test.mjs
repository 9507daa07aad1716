// SPK writers for types 14, 15, 17, 18, 19 and 20 on both backends: one file with a segment of each
// (and both subtypes of type 18), the bytes identical on node and wasm, the states read back by
// spicecraft, and the same file read by CSPICE (npm @rybosome/tspice, CSPICE N0067 compiled to WASM)
// with the same states: bit for bit where evaluation is arithmetic only (14, 18, 19, 20), and to
// rounding where CSPICE's libm enters (15 and 17 call sin/cos, whose last bits differ from ours).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SpiceError } from "@spicecraft/contract";
import { createBackend } from "../../dist/index.js";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const isSpiceError = (short) => (e) => e instanceof SpiceError && e.short === short;

// A circular orbit (inputs only: every backend is handed the same numbers).
const R = 7000;
const W = Math.sqrt(398600.4418 / R ** 3);
const orbit = (t) => {
  const [c, s] = [Math.cos(W * t), Math.sin(W * t)];
  return { pos: [R * c, R * s * 0.6, R * s * 0.8], vel: [-R * W * s, R * W * c * 0.6, R * W * c * 0.8],
    acc: [-R * W * W * c, -R * W * W * s * 0.6, -R * W * W * s * 0.8] };
};

const T0 = 1000;
const SEGMENTS = {
  14: { body: -14, first: T0, last: T0 + 4 * 3600 },
  15: { body: -15, first: -86400, last: 86400 },
  17: { body: -17, first: -86400, last: 86400 },
  180: { body: -180, first: T0, last: T0 + 19 * 300 },
  181: { body: -181, first: T0, last: T0 + 19 * 300 },
  19: { body: -19, first: T0, last: T0 + 2 * 3000 },
  20: { body: -20, first: 0, last: 3 * 86400 },
};
/** Exact evaluation (no transcendental functions in the reader) for these segments. */
const EXACT = new Set([14, 180, 181, 19, 20]);

function writeAll(spice, out) {
  const h = spice.spkopn(out, "types 14 to 20", 0);
  const seg = (k, id) => [h, SEGMENTS[k].body, 399, "J2000", SEGMENTS[k].first, SEGMENTS[k].last, id];

  // Type 14: four one-hour Chebyshev records of degree 3 with made-up but smooth coefficients.
  const records = [];
  const epochs14 = [];
  for (let i = 0; i < 4; i++) {
    epochs14.push(T0 + i * 3600);
    records.push(T0 + i * 3600 + 1800, 1800);
    for (let c = 0; c < 6; c++) records.push(1000 * (c + 1) + i, 50 - c, 3 + i * 0.25, -0.5 + c * 0.125);
  }
  spice.spkw14(...seg(14, "TYPE 14"), 3, records, epochs14);

  // Types 15 and 17: a precessing conic with J2, and equinoctial elements with rates.
  spice.spkw15(...seg(15, "TYPE 15"), 0, [0, 0.6, 0.8], [1, 0, 0], 7000 * (1 - 0.01), 0.1, 0, [0.05, 0.1, 1],
    398600.4418, 1.08263e-3, 6378.137);
  spice.spkw17(...seg(17, "TYPE 17"), 0, [7000, 0.01, 0.02, 0.3, 0.05, -0.03, 1e-7, W, -2e-7], 0.1, 1.2);

  // Type 18: 20 samples, subtype 0 (12-number Hermite packets) and subtype 1 (Lagrange states).
  const ts = Array.from({ length: 20 }, (_, i) => T0 + i * 300);
  const hermite = ts.flatMap((t) => { const o = orbit(t); return [...o.pos, ...o.vel, ...o.vel, ...o.acc]; });
  const lagrange = ts.flatMap((t) => { const o = orbit(t); return [...o.pos, ...o.vel]; });
  spice.spkw18(...seg(180, "TYPE 18 SUBTYPE 0"), 0, 7, hermite, ts);
  spice.spkw18(...seg(181, "TYPE 18 SUBTYPE 1"), 1, 7, lagrange, ts);

  // Type 19: two intervals, a Lagrange and a 6-number Hermite mini-segment.
  const [b0, b1, b2] = [T0, T0 + 3000, T0 + 6000];
  const t1 = Array.from({ length: 11 }, (_, i) => b0 + i * 300);
  const t2 = Array.from({ length: 11 }, (_, i) => b1 + i * 300);
  const states = (t) => t.flatMap((x) => { const o = orbit(x); return [...o.pos, ...o.vel]; });
  spice.spkw19(...seg(19, "TYPE 19"), [11, 11], [1, 2], [7, 3], [...states(t1), ...states(t2)], [...t1, ...t2],
    [b0, b1, b2], true);

  // Type 20: three one-day records of degree 4 (velocity coefficients then the midpoint position).
  const cdata = [];
  for (let i = 0; i < 3; i++) {
    for (let c = 0; c < 3; c++) cdata.push(1 + c + i * 0.1, 0.05 * (c - 1), 0.01, -0.002, 0.0005, 1e5 * (c + 1) + i * 1e4);
  }
  spice.spkw20(...seg(20, "TYPE 20"), 1, 4, cdata, 1, 1, 2451545.0, 0);
  spice.spkcls(h);
  return spice.readVirtualOutput(out);
}

/** Epochs inside segment k: the ends, and points between samples. */
function epochsOf(k) {
  const { first, last } = SEGMENTS[k];
  return [first, last, first + (last - first) * 0.3141, first + (last - first) * 0.5, first + (last - first) * 0.777];
}

const tspice = cspiceOracle();

const written = {};
for (const kind of ["node", "wasm"]) {
  describe(`SPK writers, types 14 to 20: ${kind}`, () => {
    let spice;
    before(async () => {
      spice = await createBackend({ backend: kind });
    });
    after(() => spice.dispose());

    test("a file with segments of types 14, 15, 17, 18 (both subtypes), 19 and 20 reads back", () => {
      const out = { kind: "virtual-output", path: `/kernels/types-14-20-${kind}.bsp` };
      written[kind] = writeAll(spice, out);
      spice.furnsh(out.path);
      const ids = spice.spkobj(out.path);
      assert.deepEqual(ids, Object.values(SEGMENTS).map((s) => s.body).sort((a, b) => a - b));
      for (const k of Object.keys(SEGMENTS)) {
        for (const et of epochsOf(k)) {
          const state = spice.spkgeo(SEGMENTS[k].body, et, "J2000", 399).state;
          assert.ok(state.every(Number.isFinite), `segment ${k} at ${et}`);
        }
      }
      // Types 18 and 19 reproduce their samples (to rounding: the interpolators round).
      for (const k of [180, 181, 19]) {
        const t = T0 + 1200;
        const got = spice.spkgeo(SEGMENTS[k].body, t, "J2000", 399).state;
        const want = orbit(t);
        [...want.pos, ...want.vel].forEach((v, i) => assert.ok(Math.abs(got[i] - v) <= 1e-9 * Math.max(1, Math.abs(v)), `${k}[${i}]`));
      }
    });

    test("CSPICE reads the file with the same states", () => {
      tspice.kclear();
      tspice.furnsh({ path: `sc-14-20-${kind}.bsp`, bytes: written[kind] });
      let exact = 0;
      for (const k of Object.keys(SEGMENTS)) {
        for (const et of epochsOf(k)) {
          const want = tspice.spkezr(String(SEGMENTS[k].body), et, "J2000", "NONE", "399").state;
          const got = spice.spkgeo(SEGMENTS[k].body, et, "J2000", 399).state;
          if (EXACT.has(Number(k))) {
            got.forEach((v, i) => assert.ok(Object.is(v, want[i]), `segment ${k} at ${et}, [${i}]: ${v} vs CSPICE ${want[i]}`));
            exact++;
          } else {
            got.forEach((v, i) => {
              const tol = 1e-12 * Math.max(1, Math.abs(want[i]));
              assert.ok(Math.abs(v - want[i]) <= tol, `segment ${k} at ${et}, [${i}]: ${v} vs CSPICE ${want[i]}`);
            });
          }
        }
      }
      assert.equal(exact, 25);
      tspice.kclear();
    });

    test("bad input gives CSPICE's codes or argument errors, and nothing is written", () => {
      const out = { kind: "virtual-output", path: `/kernels/bad-14-20-${kind}.bsp` };
      const h = spice.spkopn(out, "bad", 0);
      const seg = [h, -1, 399, "J2000", 0, 100, "BAD"];
      assert.throws(() => spice.spkw15(...seg, 0, [0, 0, 1], [1, 0, 0], -1, 0.1, 0, [0, 0, 1], 1, 0, 1), isSpiceError("SPICE(BADLATUSRECTUM)"));
      assert.throws(() => spice.spkw15(...seg, 0, [0, 0, 1], [1, 0], 7000, 0.1, 0, [0, 0, 1], 1, 0, 1), RangeError);
      assert.throws(() => spice.spkw17(...seg, 0, [-7000, 0, 0, 0, 0, 0, 0, 0, 0], 0, 0), isSpiceError("SPICE(BADSEMIAXIS)"));
      assert.throws(() => spice.spkw18(...seg, 5, 7, Array(12).fill(0), [0, 100]), isSpiceError("SPICE(INVALIDVALUE)"));
      assert.throws(() => spice.spkw18(...seg, 1, 7, Array(12).fill(0), [100, 0]), isSpiceError("SPICE(TIMESOUTOFORDER)"));
      assert.throws(() => spice.spkw18(...seg, 1, 7, Array(11).fill(0), [0, 100]), RangeError);
      assert.throws(() => spice.spkw19(...seg, [2], [1], [1], Array(12).fill(0), [0, 100], [100, 0], true), isSpiceError("SPICE(BOUNDSOUTOFORDER)"));
      assert.throws(() => spice.spkw19(...seg, [2], [1], [1], Array(12).fill(0), [0, 100], [0, 100], 1), TypeError);
      assert.throws(() => spice.spkw20(...seg, -1, 2, Array(12).fill(0), 1, 1, 2451545, 0), isSpiceError("SPICE(INTLENNOTPOS)"));
      assert.throws(() => spice.spkw14(...seg, 2, Array(19).fill(0), [0]), RangeError);
      assert.throws(() => spice.spkw14(...seg, -1, [0, 1], [0]), isSpiceError("SPICE(INVALIDARGUMENT)"));
      assert.throws(() => spice.spkw14(...seg, 0, Array(16).fill(1), [10, 5]), isSpiceError("SPICE(UNORDEREDREFS)"));
      assert.throws(() => spice.spkcls(h), isSpiceError("SPICE(NOSEGMENTSFOUND)"));
    });
  });
}

test("node and wasm write byte-identical type 14 to 20 files", () => {
  assert.ok(written.node?.length > 1024 && written.wasm?.length > 1024);
  assert.deepEqual(written.node, written.wasm);
});
