// Planes, ellipses, the ellipsoid primitives and the vector and matrix utilities (issue 13,
// h13-vectors) on both backends:
//  - CSPICE's answers from geometry2.json for surfpt, surfnm, edlimb, npedln, nplnpt, inrypl and
//    el2cgv (the file's other calls belong to other parts of the issue, so only these cases run);
//  - CSPICE itself (tspice) on random inputs for every call tspice exposes (vadd vsub vscl vminus
//    vdot vcrss vnorm vhat mxv mtxv mxm rotate rotmat axisar nvc2pl pl2nvc), bit for bit;
//  - properties for the calls neither covers (round trips, points on their planes and surfaces);
//  - node and wasm agreeing bit for bit.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden, firstDifference } from "../golden/golden.mjs";
import { cspiceOracle } from "./cspice-oracle.mjs";
import { fixturesDir, kernelsDir } from "./fixtures.mjs";

const geometry2 = join(fixturesDir, "golden", "geometry2.json");
const VECTOR_CALLS = new Set(["surfpt", "surfnm", "edlimb", "npedln", "nplnpt", "inrypl", "el2cgv"]);
const ours = (c) => VECTOR_CALLS.has(c.call);
// surfpt 27, npedln 26, inrypl 15, edlimb 14, nplnpt 13, surfnm 13, el2cgv 12.
const CASES = 120;
// The cases need no kernel; one is loaded so that both staging modes are exercised.
const KERNELS = ["lsk/naif0012.tls"];

/** The distance in units in the last place between two doubles (0 when bit-identical). */
function ulps(x, y) {
  if (Object.is(x, y)) return 0;
  const b = new BigInt64Array(new Float64Array([x, y]).buffer);
  const key = (v) => (v < 0n ? -(v & 0x7fffffffffffffffn) : v);
  const d = key(b[0]) - key(b[1]);
  return Number(d < 0n ? -d : d);
}

/** A deterministic stream of doubles in [-scale, scale) (mulberry32). */
function randoms(seed) {
  let a = seed >>> 0;
  return (scale = 1) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return (2 * u - 1) * scale;
  };
}

const oracle = cspiceOracle();

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  describe(`planes, ellipses, vectors: ${backend}`, () => {
    for (const mode of ["bytes", "path"]) {
      test(`CSPICE's surfpt, surfnm, edlimb, npedln, nplnpt, inrypl, el2cgv answers (geometry2.json, kernels as ${mode})`, async () => {
        const r = await runGolden(makeBackend, geometry2, { kernelsDir, mode, only: ours, kernels: KERNELS });
        assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
        assert.equal(r.passed, CASES);
      });
    }

    test("bit for bit with CSPICE (tspice) on random inputs: the vector, matrix and plane calls it exposes", async () => {
      const spice = await makeBackend();
      try {
        const rnd = randoms(13);
        const v = (s = 10) => [rnd(s), rnd(s), rnd(s)];
        const m = () => Array.from({ length: 9 }, () => rnd(2));
        let trigCompared = 0;
        let trigIdentical = 0;
        for (let i = 0; i < 200; i++) {
          const a = v(), b = v(), s = rnd(5), mm = m(), m2 = m(), angle = rnd(7), axis = 1 + (i % 3);
          const same = (what, got, want) => assert.deepEqual(Array.from(got), Array.from(want), `${what} #${i}`);
          same("vadd", spice.vadd(a, b), oracle.vadd(a, b));
          same("vsub", spice.vsub(a, b), oracle.vsub(a, b));
          same("vscl", spice.vscl(s, a), oracle.vscl(s, a));
          same("vminus", spice.vminus(a), oracle.vminus(a));
          assert.equal(spice.vdot(a, b), oracle.vdot(a, b));
          same("vcrss", spice.vcrss(a, b), oracle.vcrss(a, b));
          assert.equal(spice.vnorm(a), oracle.vnorm(a));
          same("vhat", spice.vhat(a), oracle.vhat(a));
          same("mxv", spice.mxv(mm, a), oracle.mxv(mm, a));
          same("mtxv", spice.mtxv(mm, a), oracle.mtxv(mm, a));
          same("mxm", spice.mxm(mm, m2), oracle.mxm(mm, m2));
          // rotate, rotmat and axisar take sin and cos: spicecraft's own (<= 0.5001 ulp, the same on
          // both backends) and the C library's inside tspice round the odd case differently by one
          // ulp, which the sums of rotmat and axisar carry into a few ulps of their O(1) elements;
          // so these are compared within 1e-15 and the bit-identical ones counted.
          const trig = (what, got, want) => {
            got = Array.from(got), want = Array.from(want);
            const worst = Math.max(...got.map((x, k) => ulps(x, want[k])));
            assert.ok(got.every((x, k) => Math.abs(x - want[k]) <= 1e-15), `${what} #${i}: ${got} vs ${want}`);
            trigCompared++;
            if (worst === 0) trigIdentical++;
          };
          trig("rotate", spice.rotate(angle, axis), oracle.rotate(angle, axis));
          trig("rotmat", spice.rotmat(mm, angle, axis), oracle.rotmat(mm, angle, axis));
          trig("axisar", spice.axisar(a, angle), oracle.axisar(a, angle));
          const plane = spice.nvc2pl(a, s);
          same("nvc2pl", [...plane.normal, plane.constant], oracle.nvc2pl(a, s));
          const nc = spice.pl2nvc(plane);
          const want = oracle.pl2nvc([...plane.normal, plane.constant]);
          same("pl2nvc", [...nc.normal, nc.konst], [...want.normal, want.konst]);
        }
        // Exact zeros and signed zeros as CSPICE gives them.
        assert.deepEqual(spice.vminus([0, 1, -2]), oracle.vminus([0, 1, -2]));
        assert.deepEqual(spice.nvc2pl([0, 0, -2], -4), { normal: [-0, -0, 1], constant: 2 });
        assert.deepEqual(spice.vhat([0, 0, 0]), [0, 0, 0]);
        for (const axis of [-4, -1, 0, 4, 5]) {
          assert.deepEqual(spice.rotate(0.5, axis), Array.from(oracle.rotate(0.5, axis)), `rotate axis ${axis}`);
        }
        // Most trigonometric answers are bit-identical too (measured: see the message).
        assert.ok(trigIdentical >= 0.9 * trigCompared, `${trigIdentical} of ${trigCompared} bit-identical`);
      } finally {
        spice.dispose();
      }
    });

    test("planes: the three forms round-trip; inrypl, nplnpt, vprj-like identities", async () => {
      const spice = await makeBackend();
      try {
        const rnd = randoms(7);
        const v = (s = 10) => [rnd(s), rnd(s), rnd(s)];
        const close = (x, y, tol, what) => assert.ok(Math.abs(x - y) <= tol, `${what}: ${x} vs ${y}`);
        for (let i = 0; i < 100; i++) {
          const n = v(), p = v(), s1 = v(), s2 = v();
          const plane = spice.nvp2pl(n, p);
          assert.ok(plane.constant >= 0);
          close(spice.vnorm(plane.normal), 1, 1e-15, "unit normal");
          close(spice.vdot(p, plane.normal), plane.constant, 1e-13, "point on plane");
          const np = spice.pl2nvp(plane);
          close(spice.vdot(np.point, np.normal), plane.constant, 1e-13, "pl2nvp point on plane");
          const psv = spice.pl2psv(plane);
          close(spice.vdot(psv.span1, plane.normal), 0, 1e-15, "span1 in plane");
          close(spice.vdot(psv.span2, plane.normal), 0, 1e-15, "span2 in plane");
          const back = spice.psv2pl(psv.point, psv.span1, psv.span2);
          for (let k = 0; k < 3; k++) close(back.normal[k], plane.normal[k], 1e-14, "psv2pl normal");
          close(back.constant, plane.constant, 1e-13, "psv2pl constant");
          const pl2 = spice.psv2pl(p, s1, s2);
          close(spice.vdot(spice.vadd(p, spice.vlcom(0.7, s1, -1.3, s2)), pl2.normal), pl2.constant, 1e-12, "psv2pl spans");
          // A ray from off the plane towards it meets it on the plane and on the ray.
          const vertex = spice.vadd(np.point, spice.vscl(3, plane.normal));
          const dir = spice.vsub(spice.vadd(np.point, spice.vscl(2, psv.span1)), vertex);
          const x = spice.inrypl(vertex, dir, plane);
          assert.equal(x.nxpts, 1);
          close(spice.vdot(x.xpt, plane.normal), plane.constant, 1e-12, "inrypl on plane");
          close(spice.vsep(spice.vsub(x.xpt, vertex), dir), 0, 1e-7, "inrypl on ray");
          assert.equal(spice.inrypl(vertex, spice.vminus(dir), plane).nxpts, 0);
          // nplnpt: the offset to the point is orthogonal to the line.
          const near = spice.nplnpt(p, n, s1);
          close(spice.vdot(spice.vsub(s1, near.pnear), n), 0, 1e-12, "nplnpt orthogonal");
          close(near.dist, spice.vdist(near.pnear, s1), 0, "nplnpt dist");
        }
        assert.throws(() => spice.nvp2pl([0, 0, 0], [1, 2, 3]), { short: "SPICE(ZEROVECTOR)" });
        assert.throws(() => spice.psv2pl([1, 2, 3], [1, 1, 1], [2, 2, 2]), { short: "SPICE(DEGENERATECASE)" });
        assert.throws(() => spice.inrypl([1e308, 0, 0], [1, 0, 0], { normal: [0, 0, 1], constant: 1 }), { short: "SPICE(VECTORTOOBIG)" });
        assert.throws(() => spice.nvc2pl([1, 2], 3), RangeError);
        assert.throws(() => spice.pl2nvc({ normal: [0, 0, 1] }), TypeError);
      } finally {
        spice.dispose();
      }
    });

    test("ellipses and the ellipsoid: semi-axes, intersections, limbs and near points on their surfaces", async () => {
      const spice = await makeBackend();
      try {
        const rnd = randoms(21);
        const v = (s = 10) => [rnd(s), rnd(s), rnd(s)];
        const close = (x, y, tol, what) => assert.ok(Math.abs(x - y) <= tol, `${what}: ${x} vs ${y}`);
        const at = (e, t) => spice.vlcom3(1, e.center, Math.cos(t), e.semiMajor, Math.sin(t), e.semiMinor);
        const level = (x, a, b, c) => (x[0] / a) ** 2 + (x[1] / b) ** 2 + (x[2] / c) ** 2;
        for (let i = 0; i < 60; i++) {
          const c0 = v(), g1 = v(), g2 = v();
          const e = spice.cgv2el(c0, g1, g2);
          close(spice.vdot(e.semiMajor, e.semiMinor), 0, 1e-12, "orthogonal semi-axes");
          assert.ok(spice.vnorm(e.semiMajor) >= spice.vnorm(e.semiMinor));
          close(spice.vdot(e.semiMajor, e.semiMajor) + spice.vdot(e.semiMinor, e.semiMinor), spice.vdot(g1, g1) + spice.vdot(g2, g2), 1e-11, "sum of squares");
          assert.deepEqual(spice.saelgv(g1, g2), { smajor: e.semiMajor, sminor: e.semiMinor });
          assert.deepEqual(spice.el2cgv(e), { center: e.center, smajor: e.semiMajor, sminor: e.semiMinor });
          // A plane through the center cuts the ellipse twice, on the plane.
          const plane = spice.nvp2pl(v(), e.center);
          const x = spice.inelpl(e, plane);
          assert.equal(x.nxpts, 2);
          close(spice.vdot(x.xpt1, plane.normal), plane.constant, 1e-11, "inelpl xpt1");
          close(spice.vdot(x.xpt2, plane.normal), plane.constant, 1e-11, "inelpl xpt2");
          // The projection onto the plane lies in it; the nearest point is no farther than any other.
          const pj = spice.pjelpl(e, plane);
          close(spice.vdot(pj.center, plane.normal), plane.constant, 1e-11, "pjelpl center");
          close(spice.vdot(pj.semiMajor, plane.normal), 0, 1e-11, "pjelpl semi-major");
          const p = v(20);
          const near = spice.npelpt(p, e);
          for (let t = 0; t < 6.3; t += 0.5) assert.ok(near.dist <= spice.vdist(at(e, t), p) + 1e-12, "npelpt nearest");
          // Ellipsoid: a plane cut, a limb, an intercept, a nearest point to a line.
          const a = 1 + Math.abs(rnd(3)), b = 1 + Math.abs(rnd(3)), c = 1 + Math.abs(rnd(3));
          const cut = spice.inedpl(a, b, c, spice.nvc2pl(v(), rnd(1)));
          assert.equal(cut.found, true);
          for (const t of [0.2, 2.9, 4.4]) close(level(at(cut.ellipse, t), a, b, c), 1, 1e-13, "inedpl on ellipsoid");
          const view = spice.vscl(20, spice.vhat(v()));
          const limb = spice.edlimb(a, b, c, view);
          for (const t of [0.2, 2.9, 4.4]) {
            const q = at(limb, t);
            close(level(q, a, b, c), 1, 1e-12, "limb on ellipsoid");
            close(spice.vdot(spice.surfnm(a, b, c, q), spice.vhat(spice.vsub(q, view))), 0, 1e-12, "limb tangent");
          }
          const hit = spice.surfpt(view, spice.vminus(view), a, b, c);
          assert.equal(hit.found, true);
          close(level(hit.point, a, b, c), 1, 1e-14, "surfpt on ellipsoid");
          const line = spice.npedln(a, b, c, view, spice.vcrss(view, v()));
          close(level(line.pnear, a, b, c), 1, 1e-12, "npedln on ellipsoid");
        }
        assert.deepEqual(spice.surfpt([5, 0, 0], [1, 0, 0], 1, 1, 1), { found: false });
        assert.deepEqual(spice.inedpl(1, 1, 1, { normal: [0, 0, 1], constant: 2 }), { found: false });
        assert.throws(() => spice.inelpl({ center: [0, 0, 0], semiMajor: [1, 0, 0], semiMinor: [1, 1, 0] }, { normal: [0, 0, 1], constant: 0 }), { short: "SPICE(INVALIDELLIPSE)" });
        assert.throws(() => spice.npelpt([1, 2, 3], { center: [0, 0, 0], semiMajor: [1, 0, 0], semiMinor: [0, 0, 0] }), { short: "SPICE(DEGENERATECASE)" });
        assert.throws(() => spice.inedpl(0, 1, 1, { normal: [0, 0, 1], constant: 0 }), { short: "SPICE(DEGENERATECASE)" });
      } finally {
        spice.dispose();
      }
    });

    test("vector and matrix utilities without tspice: vsep, vproj, vperp, vrotv, mxmt, mtxm, xpose, raxisa, m2eul, eul2m, vdist, vlcom", async () => {
      const spice = await makeBackend();
      try {
        const rnd = randoms(5);
        const v = (s = 10) => [rnd(s), rnd(s), rnd(s)];
        const close = (x, y, tol, what) => assert.ok(Math.abs(x - y) <= tol, `${what}: ${x} vs ${y}`);
        for (let i = 0; i < 100; i++) {
          const a = v(), b = v(), angle = rnd(3);
          close(spice.vsep(a, b), Math.acos(spice.vdot(a, b) / spice.vnorm(a) / spice.vnorm(b)), 1e-7, "vsep");
          const p = spice.vproj(a, b), q = spice.vperp(a, b);
          const sum = spice.vadd(p, q);
          for (let k = 0; k < 3; k++) close(sum[k], a[k], 1e-13, "vproj + vperp");
          close(spice.vdot(q, b), 0, 1e-12, "vperp orthogonal");
          const r = spice.axisar(b, angle);
          const rv = spice.vrotv(a, b, angle);
          const mv = spice.mxv(r, a);
          for (let k = 0; k < 3; k++) close(rv[k], mv[k], 1e-13, "vrotv = axisar * v");
          const ra = spice.raxisa(r);
          close(Math.abs(ra.angle), Math.abs(angle), 1e-12, "raxisa angle");
          const m2 = spice.eul2m(rnd(3), rnd(1.5), rnd(3), 3, 1, 3);
          // The same products in the same order: exactly equal.
          assert.deepEqual(spice.mxmt(r, m2), spice.mxm(r, spice.xpose(m2)));
          assert.deepEqual(spice.mtxm(r, m2), spice.mxm(spice.xpose(r), m2));
          const e = spice.m2eul(m2, 3, 1, 3);
          const back = spice.eul2m(e.angle3, e.angle2, e.angle1, 3, 1, 3);
          for (let k = 0; k < 9; k++) close(back[k], m2[k], 1e-12, "m2eul/eul2m");
          close(spice.vdist(a, b), spice.vnorm(spice.vsub(a, b)), 0, "vdist");
          const l3 = spice.vlcom3(1.5, a, -2, b, 0.25, a);
          for (let k = 0; k < 3; k++) assert.equal(l3[k], 1.5 * a[k] + -2 * b[k] + 0.25 * a[k]);
        }
        assert.equal(spice.vsep([1, 0, 0], [0, 0, 0]), 0);
        assert.equal(spice.vsep([1, 0, 0], [0, 1, 0]), Math.PI / 2);
        assert.deepEqual(spice.vperp([1, 2, 3], [0, 0, 0]), [0, 0, 0]); // vperp_c, not VPERP's a
        assert.deepEqual(spice.raxisa([1, 0, 0, 0, 1, 0, 0, 0, 1]), { axis: [0, 0, 1], angle: 0 });
        assert.throws(() => spice.raxisa([2, 0, 0, 0, 1, 0, 0, 0, 1]), { short: "SPICE(NOTAROTATION)" });
        assert.throws(() => spice.m2eul([1, 0, 0, 0, 1, 0, 0, 0, 1], 3, 3, 1), { short: "SPICE(BADAXISNUMBERS)" });
        assert.throws(() => spice.m2eul([2, 0, 0, 0, 1, 0, 0, 0, 1], 3, 1, 3), { short: "SPICE(NOTAROTATION)" });
        assert.throws(() => spice.eul2m(0, 0, 0, 4, 1, 3), { short: "SPICE(BADAXISNUMBERS)" });
        assert.throws(() => spice.mxm([1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]), RangeError);
        assert.throws(() => spice.vadd([1, 2, NaN], [1, 2, 3]), RangeError);
      } finally {
        spice.dispose();
      }
    });
  });
}

test("node and wasm agree bit for bit on the golden cases", async () => {
  const dumps = [];
  for (const backend of ["node", "wasm"]) {
    const r = await runGolden(() => createBackend({ backend }), geometry2, { kernelsDir, only: ours, kernels: KERNELS });
    dumps.push(r.dump);
  }
  assert.equal(firstDifference(dumps[0], dumps[1]), null);
});

test("node and wasm agree bit for bit on every call, random inputs", async () => {
  const answers = [];
  for (const backend of ["node", "wasm"]) {
    const spice = await createBackend({ backend });
    try {
      const rnd = randoms(99);
      const v = (s = 10) => [rnd(s), rnd(s), rnd(s)];
      const out = [];
      for (let i = 0; i < 50; i++) {
        const a = v(), b = v(), c = v(), s = rnd(4), t = rnd(7), m = Array.from({ length: 9 }, () => rnd(2));
        const ax = [1 + Math.abs(rnd(3)), 1 + Math.abs(rnd(3)), 1 + Math.abs(rnd(3))];
        const plane = spice.nvc2pl(a, s);
        const ellipse = spice.cgv2el(a, b, c);
        const view = spice.vscl(8 + Math.abs(rnd(10)), spice.vhat(v()));
        const rot = spice.axisar(b, t);
        out.push(
          plane, spice.pl2nvc(plane), spice.nvp2pl(a, b), spice.pl2nvp(plane), spice.psv2pl(a, b, c), spice.pl2psv(plane),
          spice.inrypl(b, c, plane), spice.nplnpt(a, b, c), ellipse, spice.el2cgv(ellipse), spice.saelgv(b, c),
          spice.pjelpl(ellipse, plane), spice.inedpl(...ax, spice.nvc2pl(a, Math.abs(rnd(1)))),
          spice.inelpl(ellipse, spice.nvp2pl(b, ellipse.center)), spice.npelpt(c, ellipse),
          spice.surfpt(view, spice.vminus(view), ...ax), spice.surfnm(...ax, a), spice.edlimb(...ax, view),
          spice.npedln(...ax, view, b), spice.vadd(a, b), spice.vsub(a, b), spice.vscl(s, a), spice.vminus(a),
          spice.vdot(a, b), spice.vcrss(a, b), spice.vnorm(a), spice.vhat(a), spice.vsep(a, b), spice.vproj(a, b),
          spice.vperp(a, b), spice.vrotv(a, b, t), spice.mxv(m, a), spice.mtxv(m, a), spice.mxm(m, rot),
          spice.mxmt(m, rot), spice.mtxm(m, rot), spice.xpose(m), spice.rotate(t, 1 + (i % 3)),
          spice.rotmat(m, t, 1 + (i % 3)), rot, spice.raxisa(rot), spice.m2eul(rot, 3, 1, 3), spice.m2eul(rot, 1, 2, 3),
          spice.eul2m(t, s, -t, 3, 2, 1), spice.vdist(a, b), spice.vlcom(s, a, t, b), spice.vlcom3(s, a, t, b, 0.5, c),
        );
      }
      answers.push(out);
    } finally {
      spice.dispose();
    }
  }
  assert.equal(firstDifference(answers[0], answers[1]), null);
});
