// Issue 4's bit-identity sweep: 10,000 pxform calls over 1900-2050 into the body-fixed frames whose
// matrices depend most on the transcendental functions (IAU_EARTH, IAU_MARS and IAU_JUPITER from a
// text PCK with nutation/precession terms, MOON_PA from the binary PCK, MOON_ME through the FK's TK
// offset). Node and wasm must give the same 9 doubles for every call; Object.is fails on one ulp.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";

const KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "pck/moon_pa_de421_1900-2050.bpc", "fk/moon_080317.tf"];
const FRAMES = ["IAU_EARTH", "IAU_MARS", "IAU_JUPITER", "MOON_PA", "MOON_ME"];
const CALLS = 10_000;

async function loaded(kind) {
  const spice = await createBackend({ backend: kind });
  for (const k of KERNELS) spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
  return spice;
}

/** Epochs spread over 1900-2050 (inside the binary PCK's coverage), with an irrational-ish step so
 *  the sweep does not sit on whole days where rounding is kinder. */
function epochs(spice) {
  const t0 = spice.str2et("1900 JAN 02 00:00:00 TDB");
  const t1 = spice.str2et("2049 DEC 30 00:00:00 TDB");
  const n = CALLS / FRAMES.length;
  return Float64Array.from({ length: n }, (_, i) => t0 + ((t1 - t0) * (i + Math.SQRT1_2 / 2)) / n);
}

/** The first element that differs in bits, or null. */
function firstBitDifference(a, b) {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return { i, a: a[i], b: b[i] };
  return null;
}

/** Every matrix is a rotation: orthonormal rows, determinant +1 (so the sweep compares real values). */
function assertRotation(m, what) {
  for (let r = 0; r < 3; r++) {
    const n = m[3 * r] ** 2 + m[3 * r + 1] ** 2 + m[3 * r + 2] ** 2;
    assert.ok(Math.abs(n - 1) < 1e-14, `${what}: row ${r} has norm^2 ${n}`);
  }
  const det =
    m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
  assert.ok(Math.abs(det - 1) < 1e-14, `${what}: determinant ${det}`);
}

test("10,000 pxform calls over 1900-2050 give bit-identical matrices on node and wasm", async () => {
  const [n, w] = await Promise.all([loaded("node"), loaded("wasm")]);
  const ets = epochs(n);
  assert.deepEqual(epochs(w), ets);
  let calls = 0;
  for (const frame of FRAMES) {
    const fromNode = new Float64Array(9 * ets.length);
    const fromWasm = new Float64Array(9 * ets.length);
    ets.forEach((et, i) => {
      fromNode.set(n.pxform("J2000", frame, et).flat(), 9 * i);
      fromWasm.set(w.pxform("J2000", frame, et).flat(), 9 * i);
      calls++;
    });
    for (let i = 0; i < ets.length; i += 97) assertRotation(fromNode.subarray(9 * i, 9 * i + 9), `${frame} #${i}`);
    const d = firstBitDifference(fromNode, fromWasm);
    assert.equal(d, null, d && `${frame} at epoch ${ets[Math.floor(d.i / 9)]}: node ${d.a} vs wasm ${d.b}`);
    // The batch call is the same computation: it must match the single calls bit for bit too.
    assert.equal(firstBitDifference(n.pxformBatch("J2000", frame, ets), fromNode), null, `${frame} node batch`);
    assert.equal(firstBitDifference(w.pxformBatch("J2000", frame, ets), fromWasm), null, `${frame} wasm batch`);
  }
  assert.equal(calls, CALLS);
});

test("the sweep's comparison catches a one-ulp difference", () => {
  const a = Float64Array.of(0.1, -0.7, 1);
  const b = Float64Array.from(a);
  const bits = new BigInt64Array(b.buffer);
  bits[1] += 1n; // the next double away from zero
  assert.notEqual(a[1], b[1]);
  assert.deepEqual(firstBitDifference(a, b), { i: 1, a: a[1], b: b[1] });
  assert.equal(firstBitDifference(a, Float64Array.from(a)), null);
});
