// Windows and cells (issue 14) on both backends. CSPICE itself (tspice, N0067) is the oracle where
// it exposes the routine: wninsd, wncard, wnfetd, wnvald and the cells (newWindow ... cellGetc),
// results and errors. For the rest of the algebra (tspice has no wnunid ... wnreld) the answers are
// checked against what the windows mean, independently of the core's algorithms: membership of the
// points between endpoints, results rebuilt through CSPICE's wninsd, and the documented formulas.
// Random windows live on a coarse grid, so touching intervals, shared endpoints and single points
// are common. Node and WASM must agree bit for bit.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SpiceError, SpiceWindow } from "@spicecraft/contract";
import { createBackend } from "../../dist/index.js";
import { cspiceOracle } from "./cspice-oracle.mjs";

const cspice = cspiceOracle();

/** A small deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random [left, right] pairs on a grid of halves: singletons, touching and overlapping pairs. */
function randomPairs(next, count) {
  const pairs = [];
  for (let i = 0; i < count; i++) {
    const a = Math.floor(next() * 60) / 2;
    const len = next() < 0.25 ? 0 : Math.floor(next() * 8) / 2;
    pairs.push([a, a + len]);
  }
  return pairs;
}

/** CSPICE's window from pairs: each inserted with its wninsd into a window of ample room. */
function oracleWindow(pairs) {
  const w = cspice.newWindow(Math.max(1, pairs.length + 4));
  try {
    for (const [a, b] of pairs) cspice.wninsd(a, b, w);
    return readOracle(w);
  } finally {
    cspice.freeWindow(w);
  }
}

function readOracle(w) {
  const out = [];
  const n = cspice.wncard(w);
  for (let i = 0; i < n; i++) out.push([...cspice.wnfetd(w, i)]);
  return out;
}

const shortOf = (f) => {
  try {
    f();
    return "no error";
  } catch (e) {
    const m = /SPICE\([A-Z0-9_]+\)/.exec(e instanceof SpiceError ? e.short : String(e?.message));
    return m ? m[0] : `non-SPICE error: ${e?.message}`;
  }
};

/**
 * The short code and CSPICE's long message of a failure, ours (SpiceError.long) or tspice's
 * (spiceLong). valid_c's SPICE(INSUFFLEN) has a blank message in CSPICE; ours explains it.
 */
const errorOf = (f) => {
  try {
    f();
    return "no error";
  } catch (e) {
    const short = e instanceof SpiceError ? e.short : e?.spiceShort;
    if (short === undefined) return `non-SPICE error: ${e?.message}`;
    return short === "SPICE(INSUFFLEN)" ? short : `${short} ${e instanceof SpiceError ? e.long : e.spiceLong}`;
  }
};

/**
 * tspice's short code, where tspice's own JS checks come before CSPICE's (negative sizes and
 * indices): then the code CSPICE's C routine signals for the same value (scard_c, ssize_c, wnfetd_c).
 */
const cspiceShort = (f, cspiceCode) => shortOf(f).replace(/^non-SPICE error: .*must be >= 0.*$/, cspiceCode);

/** Points that probe membership: every endpoint and the midpoints between consecutive ones. */
function probes(...windows) {
  const ends = [...new Set(windows.flatMap((w) => w.flat()))].sort((x, y) => x - y);
  const pts = [ends[0] - 1, ends[ends.length - 1] + 1];
  for (let i = 0; i < ends.length; i++) {
    pts.push(ends[i]);
    if (i + 1 < ends.length) pts.push((ends[i] + ends[i + 1]) / 2);
  }
  return { ends: new Set(ends), pts: ends.length === 0 ? [0] : pts };
}
const inWin = (w, p) => w.some(([a, b]) => p >= a && p <= b);

// JS references from the routines' documented meaning (windows.req and each WN* header).
function refExpand(w, left, right) {
  const moved = w.map(([a, b]) => [a - left, b + right]).filter(([a, b]) => a <= b);
  return oracleWindow(moved);  // overlapping or touching intervals merge, as WNINSD merges them
}
function refFilter(w, small) {
  return w.filter(([a, b]) => b - a > small);
}
function refFill(w, small) {
  const out = [];
  for (const [a, b] of w) {
    const last = out[out.length - 1];
    if (last && last[1] + small >= a) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}
function refSummary(w) {
  if (w.length === 0) return { meas: 0, avg: 0, stddev: 0, shortest: -1, longest: -1 };
  let sum = 0, sumsqr = 0, shortest = 0, longest = 0;
  let mshort = w[0][1] - w[0][0], mlong = mshort;
  w.forEach(([a, b], i) => {
    const m = b - a;
    sum += m;
    sumsqr += m * m;
    if (m < mshort) [shortest, mshort] = [2 * i, m];
    if (m > mlong) [longest, mlong] = [2 * i, m];
  });
  const avg = (sum * 2) / (2 * w.length);
  return { meas: sum, avg, stddev: Math.sqrt((sumsqr * 2) / (2 * w.length) - avg * avg), shortest, longest };
}
const refIncluded = (w, a, b) => w.some(([l, r]) => a >= l && b <= r);
function refRelation(a, op, b) {
  const equal = JSON.stringify(a) === JSON.stringify(b);
  const aInB = a.every(([l, r]) => refIncluded(b, l, r));
  const bInA = b.every(([l, r]) => refIncluded(a, l, r));
  return { "=": equal, "<>": !equal, "<=": aInB, "<": aInB && !equal, ">=": bInA, ">": bInA && !equal }[op];
}

const backends = {};
const results = { node: [], wasm: [] };

for (const kind of ["node", "wasm"]) {
  describe(`windows and cells: ${kind}`, () => {
    let spice;
    const keep = (label, value) => results[kind].push([label, value]);
    test("start", async () => {
      spice = backends[kind] = await createBackend({ backend: kind });
    });

    test("SpiceWindow: pairs, Float64Array, iteration, JSON, checks", () => {
      const w = SpiceWindow.from([[0, 10], [10, 12], [20, 20]]);
      assert.equal(w.count, 3);
      assert.deepEqual(w.interval(2), [20, 20]);
      assert.deepEqual([...w], [[0, 10], [10, 12], [20, 20]]);
      assert.deepEqual(JSON.parse(JSON.stringify(w)), [[0, 10], [10, 12], [20, 20]]);
      assert.deepEqual([...SpiceWindow.from(new Float64Array([1, 2, 5, 7])).endpoints], [1, 2, 5, 7]);
      assert.equal(SpiceWindow.from(w), w);
      assert.throws(() => SpiceWindow.from([[2, 1]]), RangeError);
      assert.throws(() => SpiceWindow.from([[0, 5], [4, 6]]), RangeError);
      assert.throws(() => SpiceWindow.from([[0, Number.NaN]]), RangeError);
      assert.throws(() => SpiceWindow.from(new Float64Array(3)), TypeError);
      assert.throws(() => SpiceWindow.from([[1, 2, 3]]), TypeError);
      assert.throws(() => spice.wnunid([[1, 0]], []), RangeError);
      assert.equal(SpiceWindow.empty().count, 0);
    });

    test("wninsd, wncard, wnfetd and wnvald agree with CSPICE on random windows", () => {
      const next = rng(14);
      for (let round = 0; round < 200; round++) {
        const pairs = randomPairs(next, Math.floor(next() * 10));
        // wninsd one pair at a time, from the empty window.
        let w = SpiceWindow.empty();
        for (const [a, b] of pairs) w = spice.wninsd(a, b, w);
        const want = oracleWindow(pairs);
        assert.deepEqual(w.toPairs(), want, `wninsd of ${JSON.stringify(pairs)}`);
        assert.equal(spice.wncard(w), want.length);
        for (let i = 0; i < want.length; i++) assert.deepEqual([...spice.wnfetd(w, i)], want[i]);
        // wnvald of the unsorted pairs: by WNVALD's definition, the pairs inserted in order.
        const got = spice.wnvald(pairs);
        assert.deepEqual(got.toPairs(), want, `wnvald of ${JSON.stringify(pairs)}`);
        keep(`wninsd ${round}`, [...w.endpoints]);
      }
    });

    test("wnunid, wnintd, wndifd and wncomd: membership of every probe point", () => {
      const next = rng(41);
      for (let round = 0; round < 300; round++) {
        const a = oracleWindow(randomPairs(next, Math.floor(next() * 7)));
        const b = oracleWindow(randomPairs(next, Math.floor(next() * 7)));
        const union = spice.wnunid(a, b).toPairs();
        assert.deepEqual(union, oracleWindow([...a, ...b]), "union: CSPICE's wninsd of both windows' intervals");
        const inter = spice.wnintd(a, b).toPairs();
        const pieces = [];
        for (const [l1, r1] of a) for (const [l2, r2] of b) if (Math.max(l1, l2) <= Math.min(r1, r2)) pieces.push([Math.max(l1, l2), Math.min(r1, r2)]);
        assert.deepEqual(inter, oracleWindow(pieces), "intersection: every pair's overlap");
        const diff = spice.wndifd(a, b).toPairs();
        const { pts, ends } = probes(a, b);
        for (const p of pts) {
          // Away from b's endpoints, a point is in a - b exactly when it is in a and not in b.
          if (!ends.has(p)) assert.equal(inWin(diff, p), inWin(a, p) && !inWin(b, p), `difference at ${p}`);
        }
        assert.ok(spice.wnreld(diff, "<=", a), "a - b lies in a");
        const left = Math.floor(next() * 40) - 5;
        const right = left + Math.floor(next() * 30);
        const comp = spice.wncomd(left, right, a).toPairs();
        for (const p of pts.filter((x) => x > left && x < right && !ends.has(x))) {
          assert.equal(inWin(comp, p), !inWin(a, p), `complement of ${JSON.stringify(a)} in [${left}, ${right}] at ${p}`);
        }
        keep(`algebra ${round}`, [union, inter, diff, comp].map((x) => x.flat()));
      }
    });

    test("wnexpd, wncond, wnfltd, wnfild, wnsumd, wnelmd, wnincd, wnreld against their definitions", () => {
      const next = rng(7);
      for (let round = 0; round < 300; round++) {
        const w = oracleWindow(randomPairs(next, Math.floor(next() * 8)));
        const left = Math.floor(next() * 9) / 2 - 2; // negative, zero and positive amounts
        const right = Math.floor(next() * 9) / 2 - 2;
        assert.deepEqual(spice.wnexpd(left, right, w).toPairs(), refExpand(w, left, right), `wnexpd ${left} ${right} ${JSON.stringify(w)}`);
        assert.deepEqual(spice.wncond(left, right, w).toPairs(), refExpand(w, -left, -right), "wncond");
        const small = Math.floor(next() * 12) / 2 - 1; // includes filters larger than every gap
        assert.deepEqual(spice.wnfltd(small, w).toPairs(), refFilter(w, small), `wnfltd ${small}`);
        assert.deepEqual(spice.wnfild(small, w).toPairs(), refFill(w, small), `wnfild ${small}`);
        const sum = spice.wnsumd(w);
        const ref = refSummary(w);
        for (const k of ["meas", "avg", "shortest", "longest"]) assert.equal(sum[k], ref[k], `wnsumd.${k}`);
        assert.ok(Object.is(sum.stddev, ref.stddev), `wnsumd.stddev ${sum.stddev} ${ref.stddev}`);
        const { pts } = probes(w);
        for (const p of pts) assert.equal(spice.wnelmd(p, w), inWin(w, p));
        for (let k = 0; k < 5; k++) {
          const a = pts[Math.floor(next() * pts.length)];
          const b = a + Math.floor(next() * 6) / 2;
          assert.equal(spice.wnincd(a, b, w), refIncluded(w, a, b), `wnincd [${a}, ${b}]`);
        }
        const other = next() < 0.3 ? w : spice.wnfltd(Math.floor(next() * 4), w).toPairs();
        for (const op of ["=", "<>", "<=", "<", ">=", ">"]) {
          assert.equal(spice.wnreld(other, op, w), refRelation(other, op, w), `wnreld ${op}`);
          assert.equal(spice.wnreld(w, op, other), refRelation(w, op, other), `wnreld ${op} swapped`);
        }
        keep(`edits ${round}`, [spice.wnexpd(left, right, w), spice.wnfild(small, w)].map((x) => [...x.endpoints]).concat([sum.stddev]));
      }
    });

    test("value-form errors: CSPICE's codes", () => {
      assert.equal(shortOf(() => spice.wninsd(2, 1, [])), "SPICE(BADENDPOINTS)");
      assert.equal(shortOf(() => spice.wncomd(2, 1, [])), "SPICE(BADENDPOINTS)");
      assert.equal(shortOf(() => spice.wnfetd([[1, 2]], 1)), "SPICE(NOINTERVAL)");
      assert.equal(shortOf(() => spice.wnfetd([[1, 2]], -1)), "SPICE(NOINTERVAL)");
      assert.equal(shortOf(() => spice.wnvald([1, 2, 3])), "SPICE(UNMATCHENDPTS)");
      assert.equal(shortOf(() => spice.wnvald([[1, 2], [4, 3]])), "SPICE(BADENDPOINTS)");
      assert.equal(shortOf(() => spice.wnreld([], "", [])), "SPICE(EMPTYSTRING)");
      assert.equal(shortOf(() => spice.wnreld([], "==", [])), "SPICE(INVALIDOPERATION)");
      assert.equal(spice.wnreld([[1, 2]], "<=   ", [[0, 3]]), true); // trailing blanks, as in Fortran
      // CSPICE's quirk: [left, right] inside a gap gives [left, start of the next interval].
      assert.deepEqual(spice.wncomd(4, 5, [[1, 3], [7, 11]]).toPairs(), [[4, 7]]);
      assert.deepEqual(spice.wnsumd([]), { meas: 0, avg: 0, stddev: 0, shortest: -1, longest: -1 });
    });

    test("handles: windows against CSPICE's (capacity, WINDOWEXCESS, wnvald in place, odd cardinality)", () => {
      const next = rng(3);
      for (let round = 0; round < 60; round++) {
        const cap = 1 + Math.floor(next() * 4);
        const ours = spice.newWindow(cap);
        const theirs = cspice.newWindow(cap);
        for (const [a, b] of randomPairs(next, 8)) {
          const [l, r] = next() < 0.1 ? [b + 1, a] : [a, b];
          assert.equal(errorOf(() => spice.wninsd(l, r, ours)), errorOf(() => cspice.wninsd(l, r, theirs)), `wninsd [${l}, ${r}]`);
          assert.equal(spice.wncard(ours), cspice.wncard(theirs));
          assert.equal(spice.card(ours), cspice.card(theirs));
          assert.equal(spice.size(ours), cspice.size(theirs));
        }
        assert.deepEqual(spice.windowOf(ours).toPairs(), readOracle(theirs));
        for (const n of [-1, 0, cap - 1, cap]) {
          assert.equal(shortOf(() => spice.wnfetd(ours, n)), cspiceShort(() => cspice.wnfetd(theirs, n), "SPICE(NOINTERVAL)"));
        }
        // An odd cardinality (scard) is no window for wncard.
        if (spice.card(ours) > 0) {
          const odd = spice.card(ours) - 1;
          spice.scard(odd, ours);
          cspice.scard(odd, theirs);
          assert.equal(errorOf(() => spice.wncard(ours)), errorOf(() => cspice.wncard(theirs)));
        }
        // wnvald in place over the values the cell holds (stale values past the cardinality included).
        for (const [size, n] of [[2 * cap, spice.size(ours)], [2 * cap, 3], [2, 4], [2 * cap + 2, 2]]) {
          assert.equal(errorOf(() => spice.wnvald(size, n, ours)), errorOf(() => cspice.wnvald(size, n, theirs)), `wnvald ${size} ${n}`);
          assert.equal(spice.card(ours), cspice.card(theirs));
          assert.equal(spice.size(ours), cspice.size(theirs));
          if (spice.card(ours) % 2 === 0) assert.deepEqual(spice.windowOf(ours).toPairs(), readOracle(theirs));
        }
        spice.freeWindow(ours);
        cspice.freeWindow(theirs);
      }
    });

    test("handles: cells against CSPICE's (sets, SETEXCESS, scard, ssize, valid, cellGet*)", () => {
      const next = rng(5);
      for (let round = 0; round < 40; round++) {
        const size = Math.floor(next() * 6);
        const cells = [
          ["d", spice.newDoubleCell(size), cspice.newDoubleCell(size), () => Math.floor(next() * 10) / 2],
          ["i", spice.newIntCell(size), cspice.newIntCell(size), () => Math.floor(next() * 10) - 3],
          ["c", spice.newCharCell(size, 5 + 3 * (round % 2)), cspice.newCharCell(size, 5 + 3 * (round % 2)), () => ["b", "a", "ab", "hello", "hell", " x", "abcd", "zz  ", "abcdefgh", "abcdefgX"][Math.floor(next() * 10)]],
        ];
        for (const [t, ours, theirs, item] of cells) {
          const insert = { d: "insrtd", i: "insrti", c: "insrtc" }[t];
          const get = { d: "cellGetd", i: "cellGeti", c: "cellGetc" }[t];
          for (let k = 0; k < 8; k++) {
            const x = item();
            assert.equal(errorOf(() => spice[insert](x, ours)), errorOf(() => cspice[insert](x, theirs)), `${insert} ${x}`);
            assert.equal(spice.card(ours), cspice.card(theirs));
          }
          const read = (b, h) => Array.from({ length: b.card(h) }, (_, i) => b[get](h, i));
          assert.deepEqual(read(spice, ours), read(cspice, theirs), `${t} cell values`);
          for (const c of [-1, 0, size, size + 1]) {
            assert.equal(shortOf(() => spice.scard(c, ours)), cspiceShort(() => cspice.scard(c, theirs), "SPICE(INVALIDCARDINALITY)"), `scard ${c}`);
          }
          assert.deepEqual(read(spice, ours), read(cspice, theirs), `${t} cell values after scard`);
          assert.equal(errorOf(() => spice.valid(size, size + 1, ours)), errorOf(() => cspice.valid(size, size + 1, theirs)), "valid n > size");
          spice.scard(Math.min(size, spice.card(ours)), ours);
          assert.equal(errorOf(() => spice.valid(size, size, ours)), errorOf(() => cspice.valid(size, size, theirs)), "valid");
          assert.deepEqual(read(spice, ours), read(cspice, theirs), `${t} cell values after valid`);
          assert.equal(shortOf(() => spice.ssize(-1, ours)), cspiceShort(() => cspice.ssize(-1, theirs), "SPICE(INVALIDSIZE)"), "ssize -1");
          spice.ssize(size + 1, ours);
          cspice.ssize(size + 1, theirs);
          assert.equal(spice.size(ours), cspice.size(theirs));
          assert.equal(spice.card(ours), cspice.card(theirs));
          spice.freeCell(ours);
          cspice.freeCell(theirs);
        }
      }
    });

    test("handles: misuse is a SpiceError", () => {
      const w = spice.newWindow(2);
      const c = spice.newIntCell(2);
      assert.equal(shortOf(() => spice.insrti(1, w)), "SPICE(TYPEMISMATCH)");
      assert.equal(shortOf(() => spice.wninsd(0, 1, c)), "SPICE(TYPEMISMATCH)");
      assert.equal(shortOf(() => spice.cellGeti(c, 0)), "SPICE(INDEXOUTOFRANGE)");
      assert.equal(shortOf(() => spice.newWindow(-1)), "SPICE(INVALIDSIZE)");
      assert.equal(shortOf(() => spice.newCharCell(2, 0)), "SPICE(INVALIDSIZE)");
      spice.freeWindow(w);
      spice.freeCell(c);
      assert.throws(() => spice.wncard(w), (e) => e instanceof SpiceError && e.short === "SPICE(NOSUCHHANDLE)" && e.operation === "wncard");
      assert.throws(() => spice.freeCell(c), (e) => e instanceof SpiceError && e.short === "SPICE(NOSUCHHANDLE)");
      assert.throws(() => spice.card(12345), (e) => e instanceof SpiceError && e.short === "SPICE(NOSUCHHANDLE)");
    });

    test("dispose", () => {
      const w = spice.newWindow(1);
      spice.dispose();
      assert.throws(() => spice.wncard(w));
    });
  });
}

describe("windows: node and wasm bit-identical", () => {
  test("every kept result", () => {
    assert.equal(results.node.length, results.wasm.length);
    assert.ok(results.node.length > 500);
    // Numbers as their shortest round-trip text (one text per double), -0 apart from 0.
    const bits = (v) => JSON.stringify(v, (_, x) => (typeof x === "number" ? (Object.is(x, -0) ? "-0" : String(x)) : x));
    for (let i = 0; i < results.node.length; i++) assert.equal(bits(results.node[i]), bits(results.wasm[i]), results.node[i][0]);
  });
});
