// CK writers on both backends (issue 12): every CK that CSPICE N0067 wrote for
// tests/fixtures/kernels/ck-written/ (ckw01_c, ckw02_c, ckw03_c, the Fortran CKW04B/A/E, ckw05_c in
// its four subtypes, the Fortran CKW06; see the kernels README) is written again from the inputs it was made from (read
// back out of its own segment) and must be byte-identical, file record included: the internal
// name is the same and DAFONW's file record holds no dates. Node and wasm write the same bytes,
// CSPICE (npm @rybosome/tspice) reads the files with the same attitude, and a file of every type
// with more than 100 records (where the directories matter and no CSPICE file exists) reads back in
// CSPICE with the attitude it was written with. Host paths, and misuse with CSPICE's codes.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SpiceError } from "@spicecraft/contract";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "../contract/fixtures.mjs";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const fixture = (relative) => new Uint8Array(readFileSync(join(kernelsDir, relative)));
const isSpiceError = (short) => (e) => e instanceof SpiceError && e.short === short;
const PACKET_SIZES = [8, 4, 14, 7];

/** The one segment of a little-endian CK: descriptor, identifier and words. */
function ckSegment(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const base = (view.getInt32(76, true) - 1) * 1024;
  assert.equal(view.getFloat64(base + 16, true), 1);
  const ic = [0, 1, 2, 3, 4, 5].map((k) => view.getInt32(base + 40 + 4 * k, true));
  const words = new Float64Array(ic[5] - ic[4] + 1);
  for (let w = 0; w < words.length; w++) words[w] = view.getFloat64((ic[4] - 1 + w) * 8, true);
  const name = new TextDecoder().decode(bytes.subarray(base + 1024, base + 1064)).trimEnd();
  return {
    begtim: view.getFloat64(base + 24, true), endtim: view.getFloat64(base + 32, true),
    inst: ic[0], ref: ic[1], type: ic[2], avflag: ic[3] === 1, name, words: Array.from(words),
  };
}

/** Records of `size` words, quaternion first: the quaternions and (size >= 7) angular velocities. */
function splitRecords(w, n, size) {
  const quats = [];
  const avvs = [];
  for (let i = 0; i < n; i++) {
    quats.push(...w.slice(i * size, i * size + 4));
    if (size >= 7) avvs.push(...w.slice(i * size + 4, i * size + 7));
  }
  return { quats, avvs };
}

/** The public call that rebuilds the segment `s`, as a function of (spice, handle). */
function rewriteCall(s) {
  const w = s.words;
  if (s.type === 1) {
    const n = w.at(-1);
    const size = s.avflag ? 7 : 4;
    const { quats, avvs } = splitRecords(w, n, size);
    const times = w.slice(n * size, n * size + n);
    return (spice, h) => spice.ckw01(h, s.begtim, s.endtim, s.inst, "J2000", s.avflag, s.name, times, quats, avvs);
  }
  if (s.type === 2) {
    let n = 1;
    while (10 * n + Math.floor((n - 1) / 100) < w.length) n++;
    const { quats, avvs } = splitRecords(w, n, 8);
    const rates = Array.from({ length: n }, (_, i) => w[8 * i + 7]);
    const start = w.slice(8 * n, 9 * n);
    const stop = w.slice(9 * n, 10 * n);
    return (spice, h) => spice.ckw02(h, s.begtim, s.endtim, s.inst, "J2000", s.name, start, stop, quats, avvs, rates);
  }
  if (s.type === 3) {
    const [nints, n] = w.slice(-2);
    const size = s.avflag ? 7 : 4;
    const { quats, avvs } = splitRecords(w, n, size);
    const times = w.slice(n * size, n * size + n);
    const at = n * size + n + Math.floor((n - 1) / 100);
    const starts = w.slice(at, at + nints);
    return (spice, h) => spice.ckw03(h, s.begtim, s.endtim, s.inst, "J2000", s.avflag, s.name, times, quats, avvs, starts);
  }
  if (s.type === 4) {
    // Generic segment packets: [start, size, MID, RADIUS, counts packed in base 128, coefficients].
    const npkt = w.at(-6);
    const pktsiz = [], pktdat = [], starts = [];
    for (let k = 0, at = 0; k < npkt; k++) {
      starts.push(w[at]);
      const size = w[at + 1];
      const packet = w.slice(at + 2, at + 2 + size);
      let code = packet[2];
      const counts = [];
      for (let c = 0; c < 7; c++) {
        counts.push(code % 128);
        code = Math.floor(code / 128);
      }
      pktdat.push(packet[0], packet[1], ...counts, ...packet.slice(3));
      pktsiz.push(size + 6);
      at += 2 + size;
    }
    return (spice, h, perCall = false) => {
      spice.ckw04b(h, s.begtim, s.inst, "J2000", s.avflag, s.name);
      if (perCall) {
        for (let k = 0, at = 0; k < npkt; at += pktsiz[k], k++) {
          spice.ckw04a(h, [pktsiz[k]], pktdat.slice(at, at + pktsiz[k]), [starts[k]]);
        }
      } else {
        spice.ckw04a(h, pktsiz, pktdat, starts);
      }
      spice.ckw04e(h, s.endtim);
    };
  }
  if (s.type === 5) {
    const [rate, subtype, window, nints, n] = w.slice(-5);
    const size = PACKET_SIZES[subtype];
    const degree = subtype % 2 === 0 ? 2 * window - 1 : window - 1;
    const packets = w.slice(0, n * size);
    const times = w.slice(n * size, n * size + n);
    const at = n * size + n + Math.floor((n - 1) / 100);
    const starts = w.slice(at, at + nints);
    return (spice, h) => spice.ckw05(h, subtype, degree, s.begtim, s.endtim, s.inst, "J2000", s.avflag, s.name, times,
      new Float64Array(packets), rate, starts);
  }
  assert.equal(s.type, 6);
  const nmini = w.at(-1);
  const sellst = w.at(-2) === 1;
  const pointersAt = w.length - 2 - (nmini + 1);
  const boundsAt = pointersAt - (nmini + 1 + Math.floor(nmini / 100));
  const ivlbds = w.slice(boundsAt, boundsAt + nmini + 1);
  const npkts = [], subtps = [], degres = [], rates = [], packets = [], times = [];
  for (let i = 0; i < nmini; i++) {
    const begin = w[pointersAt + i] - 1;
    const end = w[pointersAt + i + 1] - 1;
    const [rate, subtype, window, n] = w.slice(end - 4, end);
    const size = PACKET_SIZES[subtype];
    npkts.push(n);
    subtps.push(subtype);
    degres.push(subtype % 2 === 0 ? 2 * window - 1 : window - 1);
    rates.push(rate);
    packets.push(...w.slice(begin, begin + n * size));
    times.push(...w.slice(begin + n * size, begin + n * size + n));
  }
  return (spice, h) => spice.ckw06(h, s.inst, "J2000", s.avflag, s.begtim, s.endtim, s.name, npkts, subtps, degres,
    packets, rates, times, ivlbds, sellst);
}

const STEMS = ["type01", "type02", "type03", "type04", "type05-sub0", "type05-sub1", "type05-sub2", "type05-sub3", "type06"];
const theirs = Object.fromEntries(STEMS.map((stem) => [stem, fixture(`ck-written/spicecraft_${stem}.bc`)]));

// ---- A made-up attitude for files CSPICE has no copy of: a slow spin about a wandering axis.

const TICKS_PER_SECOND = 65536;
const RATE = 1 / TICKS_PER_SECOND;
const T0 = 7859867043686.197; // 2020-01-01T00:00 UTC on the TGO clock, as in the fixtures

/** SPICE quaternion (cos, sin * axis) at `seconds` after T0, and its angular velocity (rad/s). */
function attitude(seconds) {
  const angle = 0.8 + 0.002 * seconds;
  const axis = [Math.cos(1e-4 * seconds), Math.sin(1e-4 * seconds), 0.5];
  const norm = Math.hypot(...axis);
  const a = axis.map((v) => v / norm);
  const s = Math.sin(angle / 2);
  return { q: [Math.cos(angle / 2), s * a[0], s * a[1], s * a[2]], av: a.map((v) => 0.002 * v) };
}

/** CSPICE's Q2M for a unit quaternion, row-major. */
function q2m([q0, q1, q2, q3]) {
  return [
    1 - 2 * (q2 * q2 + q3 * q3), 2 * (q1 * q2 - q0 * q3), 2 * (q1 * q3 + q0 * q2),
    2 * (q1 * q2 + q0 * q3), 1 - 2 * (q1 * q1 + q3 * q3), 2 * (q2 * q3 - q0 * q1),
    2 * (q1 * q3 - q0 * q2), 2 * (q2 * q3 + q0 * q1), 1 - 2 * (q1 * q1 + q2 * q2),
  ];
}

const tick = (seconds) => T0 + seconds * TICKS_PER_SECOND;

/** Writes one segment of each type, each past 100 records (so every directory is written). */
function writeLargeFile(spice, out) {
  const samples = [];
  for (let k = 0; k < 250; k++) samples.push({ seconds: 10 * k, ...attitude(10 * k) });
  const times = samples.map((p) => tick(p.seconds));
  const quats = samples.flatMap((p) => p.q);
  const avvs = samples.flatMap((p) => p.av);
  const first = times[0];
  const last = times.at(-1);
  const h = spice.ckopn(out, "spicecraft large CK", 0);
  spice.ckw01(h, first, last, -9001, "J2000", true, "TYPE 1", times, quats, avvs);
  // Type 2: 249 intervals of 8 s, each starting at a sample.
  const stops = times.slice(0, -1).map((t) => t + 8 * TICKS_PER_SECOND);
  spice.ckw02(h, first, stops.at(-1), -9002, "J2000", "TYPE 2", times.slice(0, -1), stops, quats.slice(0, -4),
    avvs.slice(0, -3), new Array(249).fill(RATE));
  // Type 3: 125 two-sample intervals.
  const starts = times.filter((_, k) => k % 2 === 0);
  spice.ckw03(h, first, last, -9003, "J2000", false, "TYPE 3", times, quats, [], starts);
  // Type 4: 249 packets of degree 0 (constant attitude over each sample interval), more than 100
  // references, one ckw04a call for the first 120 and one for the rest.
  const pktsiz = [], pktdat = [];
  for (let k = 0; k < 249; k++) {
    pktsiz.push(16);
    pktdat.push((times[k] + times[k + 1]) / 2, (times[k + 1] - times[k]) / 2, 1, 1, 1, 1, 1, 1, 1, ...samples[k].q,
      ...samples[k].av);
  }
  spice.ckw04b(h, first, -9004, "J2000", true, "TYPE 4");
  spice.ckw04a(h, pktsiz.slice(0, 120), pktdat.slice(0, 120 * 16), times.slice(0, 120));
  spice.ckw04a(h, pktsiz.slice(120), pktdat.slice(120 * 16), times.slice(120, 249));
  spice.ckw04e(h, last);
  // Type 5, subtype 3 (Lagrange on quaternion + angular velocity, degree 1): 125 intervals.
  const packets = samples.flatMap((p) => [...p.q, ...p.av]);
  spice.ckw05(h, 3, 1, first, last, -9005, "J2000", true, "TYPE 5", times, packets, RATE, starts);
  // Type 6: three mini-segments, the middle one with 120 packets.
  const counts = [40, 120, 90];
  const bounds = [times[0], times[40], times[160], times[249]];
  const pads = [[0, 41], [39, 161], [159, 250]]; // each mini-segment's samples, one of padding inside
  const npkts = pads.map(([a, b]) => b - a);
  assert.deepEqual(npkts, [41, 122, 91]);
  assert.equal(counts.length, 3);
  spice.ckw06(h, -9006, "J2000", false, first, last, "TYPE 6", npkts, [1, 1, 1], [3, 3, 3],
    pads.flatMap(([a, b]) => quats.slice(4 * a, 4 * b)), [RATE, RATE, RATE],
    pads.flatMap(([a, b]) => times.slice(a, b)), bounds, true);
  spice.ckcls(h);
  return { bytes: spice.readVirtualOutput(out), samples, times };
}

const tspice = cspiceOracle();

const written = { node: {}, wasm: {} };
const large = {};

for (const kind of ["node", "wasm"]) {
  describe(`CK writers: ${kind}`, () => {
    let spice;
    before(async () => {
      spice = await createBackend({ backend: kind });
    });
    after(() => spice?.dispose?.());

    for (const stem of STEMS) {
      test(`${stem}: CSPICE's file is written again byte for byte`, () => {
        const s = ckSegment(theirs[stem]);
        const out = { kind: "virtual-output", path: `out/${stem}.bc` };
        const h = spice.ckopn(out, `SPICECRAFT ${stem}`, 0);
        rewriteCall(s)(spice, h);
        spice.ckcls(h);
        const ours = spice.readVirtualOutput(out);
        written[kind][stem] = ours;
        assert.deepEqual(ours, theirs[stem]);
        // The closed output loads under its id like any CK.
        spice.furnsh(`/kernels/out/${stem}.bc`);
        assert.equal(spice.kinfo(`/kernels/out/${stem}.bc`).filtyp, "CK");
        spice.unload(`/kernels/out/${stem}.bc`);
      });
    }

    test("type04: one packet per ckw04a call gives the same bytes as all at once", () => {
      const out = { kind: "virtual-output", path: "out/type04-per-call.bc" };
      const h = spice.ckopn(out, "SPICECRAFT type04", 0);
      rewriteCall(ckSegment(theirs.type04))(spice, h, true);
      spice.ckcls(h);
      assert.deepEqual(spice.readVirtualOutput(out), theirs.type04);
    });

    test("a file of every type past 100 records is written; CSPICE reads the attitude it was written with", () => {
      const out = { kind: "virtual-output", path: "out/large.bc" };
      const { bytes, samples, times } = writeLargeFile(spice, out);
      large[kind] = bytes;
      tspice.kclear();
      tspice.furnsh({ path: `large-${kind}.bc`, bytes });
      for (const inst of [-9001, -9002, -9003, -9004, -9005, -9006]) {
        for (let k = 0; k < samples.length; k++) {
          if ((inst === -9002 || inst === -9004) && k === samples.length - 1) continue; // they end with sample 248's interval
          const got = tspice.ckgp(inst, times[k], 0, "J2000");
          assert.ok(got.found, `${inst} at sample ${k}`);
          const want = q2m(samples[k].q);
          for (let e = 0; e < 9; e++) {
            assert.ok(Math.abs(got.cmat[e] - want[e]) < 1e-13, `${inst} at sample ${k}: ${got.cmat} vs ${want}`);
          }
          if (inst === -9001 || inst === -9004 || inst === -9005) {
            const av = tspice.ckgpav(inst, times[k], 0, "J2000").av;
            for (let e = 0; e < 3; e++) assert.ok(Math.abs(av[e] - samples[k].av[e]) < 1e-15, `${inst} av at ${k}`);
          }
        }
      }
      tspice.kclear();
    });

    test("misuse fails with CSPICE's codes, in CSPICE's order", () => {
      const out = { kind: "virtual-output", path: "out/bad.bc" };
      const h = spice.ckopn(out, "bad", 0);
      const q = [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0];
      const t = [100, 200, 300];
      const av = new Array(9).fill(0);
      const codes = [
        [() => spice.ckw01(h, 0, 300, -1, "J2000", true, "S", [], [], []), "SPICE(INVALIDNUMREC)"],
        [() => spice.ckw01(h, 150, 300, -1, "J2000", true, "S", t, q, av), "SPICE(INVALIDDESCRTIME)"],
        [() => spice.ckw01(h, 100, 300, -1, "NOT_A_FRAME", true, "S", t, q, av), "SPICE(INVALIDREFFRAME)"],
        [() => spice.ckw01(h, 100, 300, -1, "J2000", true, "X".repeat(41) + "\t", t, q, av), "SPICE(NONPRINTABLECHARS)"],
        [() => spice.ckw01(h, 100, 300, -1, "J2000", true, "X".repeat(41), t, q, av), "SPICE(SEGIDTOOLONG)"],
        [() => spice.ckw01(h, -200, 300, -1, "J2000", true, "S", [-100, 200, 300], q, av), "SPICE(INVALIDSCLKTIME)"],
        [() => spice.ckw01(h, 100, 300, -1, "J2000", true, "S", [100, 100, 300], q, av), "SPICE(TIMESOUTOFORDER)"],
        [() => spice.ckw01(h, 100, 300, -1, "J2000", true, "S", t, [...q.slice(0, 8), 0, 0, 0, 0], av), "SPICE(ZEROQUATERNION)"],
        [() => spice.ckw02(h, 100, 400, -1, "J2000", "S", t, [150, 200, 400], q, av, [1, 1, 1]), "SPICE(DEGENERATEINTERVAL)"],
        [() => spice.ckw02(h, 100, 400, -1, "J2000", "S", t, [250, 260, 400], q, av, [1, 1, 1]), "SPICE(BADSTOPTIME)"],
        [() => spice.ckw03(h, 100, 300, -1, "J2000", false, "S", t, q, [], []), "SPICE(INVALIDNUMINT)"],
        [() => spice.ckw03(h, 100, 300, -1, "J2000", false, "S", t, q, [], [200]), "SPICE(TIMESDONTMATCH)"],
        [() => spice.ckw03(h, 100, 300, -1, "J2000", false, "S", t, q, [], [100, 250]), "SPICE(INVALIDSTARTTIME)"],
        [() => spice.ckw05(h, 1, 1, 100, 300, -1, "J2000", false, "S", [], [], 1, [100]), "SPICE(TOOFEWPACKETS)"],
        [() => spice.ckw05(h, 1, 1, 100, 300, -1, "J2000", false, "S", t, q, 1, []), "SPICE(INVALIDNUMINTS)"],
        [() => spice.ckw05(h, 4, 1, 100, 300, -1, "J2000", false, "S", t, q, 1, [100]), "SPICE(NOTSUPPORTED)"],
        [() => spice.ckw05(h, 1, 2, 100, 300, -1, "J2000", false, "S", t, q, 1, [100]), "SPICE(INVALIDDEGREE)"],
        [() => spice.ckw05(h, 1, 25, 100, 300, -1, "J2000", false, "S", t, q, 1, [100]), "SPICE(INVALIDDEGREE)"],
        [() => spice.ckw05(h, 1, 1, 300, 100, -1, "J2000", false, "S", t, q, 1, [100]), "SPICE(BADDESCRTIMES)"],
        [() => spice.ckw05(h, 1, 1, 310, 400, -1, "J2000", false, "S", t, q, 1, [100]), "SPICE(EMPTYSEGMENT)"],
        [() => spice.ckw05(h, 1, 1, 120, 180, -1, "J2000", false, "S", t, q, 1, [100]), "SPICE(EMPTYSEGMENT)"],
        [() => spice.ckw05(h, 1, 1, 100, 300, -1, "J2000", false, "S", t, q, 0, [100]), "SPICE(INVALIDVALUE)"],
        [() => spice.ckw06(h, -1, "J2000", false, 300, 100, "S", [3], [1], [1], q, [1], t, [100, 300], false), "SPICE(BADDESCRTIMES)"],
        [() => spice.ckw06(h, -1, "J2000", false, 100, 300, "S", [], [], [], [], [], [], [], false), "SPICE(INVALIDCOUNT)"],
        [() => spice.ckw06(h, -1, "J2000", false, 100, 300, "S", [3], [1], [1], q, [1], t, [300, 100], false), "SPICE(BOUNDSOUTOFORDER)"],
        [() => spice.ckw06(h, -1, "J2000", false, 90, 300, "S", [3], [1], [1], q, [1], t, [100, 300], false), "SPICE(COVERAGEGAP)"],
        [() => spice.ckw06(h, -1, "J2000", false, 100, 300, "S", [1], [1], [1], q.slice(0, 4), [1], [100], [100, 300], false), "SPICE(TOOFEWPACKETS)"],
        [() => spice.ckw06(h, -1, "J2000", false, 100, 300, "S", [3], [7], [1], q, [1], t, [100, 300], false), "SPICE(INVALIDSUBTYPE)"],
        [() => spice.ckw06(h, -1, "J2000", false, 100, 300, "S", [3], [1], [2], q, [1], t, [100, 300], false), "SPICE(BADWINDOWSIZE)"],
        [() => spice.ckw06(h, -1, "J2000", false, 100, 300, "S", [3], [1], [1], q, [1], t, [50, 300], false), "SPICE(BOUNDSDISAGREE)"],
        [() => spice.ckw06(h, -1, "J2000", false, 100, 300, "S", [3], [0], [3],
          [1, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0], [1], t, [100, 300], false), "SPICE(BADQUATSIGN)"],
      ];
      // Type 4 over three calls.
      const p4 = [100, 50, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0];
      codes.push(
        [() => spice.ckw04a(h, [13], p4, [50]), "SPICE(CALLEDOUTOFORDER)"],
        [() => spice.ckw04e(h, 150), "SPICE(CALLEDOUTOFORDER)"],
        [() => spice.ckw04b(h, 50, -1, "NOT_A_FRAME", false, "S"), "SPICE(INVALIDREFFRAME)"],
        [() => spice.ckw04b(h, 50, -1, "J2000", false, "X".repeat(41)), "SPICE(SEGIDTOOLONG)"],
      );
      for (const [call, code] of codes) assert.throws(call, isSpiceError(code), code);
      spice.ckw04b(h, 50, -1, "J2000", false, "S");
      assert.throws(() => spice.ckw04b(h, 50, -1, "J2000", false, "S"), isSpiceError("SPICE(DAFNEWCONFLICT)"));
      assert.throws(() => spice.ckw03(h, 100, 300, -1, "J2000", false, "S", t, q, [], [100]), isSpiceError("SPICE(DAFNEWCONFLICT)"));
      assert.throws(() => spice.ckw04a(h, [143], new Array(143).fill(1), [50]), isSpiceError("SPICE(INVALIDARGUMENT)"));
      assert.throws(() => spice.ckw04a(h, [], [], []), isSpiceError("SPICE(NUMPACKETSNOTPOS)"));
      assert.throws(() => spice.ckw04a(h, [13], p4.slice(1), [50]), RangeError);
      spice.ckw04a(h, [13], p4, [50]);
      assert.throws(() => spice.ckw04a(h, [13], p4, [50]), isSpiceError("SPICE(UNORDEREDREFS)"));
      // A segment in progress is not a segment: closing finds none (CKCLS), and the writer stays open.
      assert.throws(() => spice.ckcls(h), isSpiceError("SPICE(NOSEGMENTSFOUND)"));
      spice.ckw04e(h, 150);
      assert.throws(() => spice.ckw04e(h, 150), isSpiceError("SPICE(CALLEDOUTOFORDER)"));
      // Shapes are checked before anything reaches the core.
      assert.throws(() => spice.ckw01(h, 100, 300, -1, "J2000", true, "S", t, q.slice(1), av), RangeError);
      assert.throws(() => spice.ckw01(h, 100, 300, -1, "J2000", true, "S", t, q, []), RangeError);
      assert.throws(() => spice.ckw05(h, 0, 3, 100, 300, -1, "J2000", false, "S", t, q, 1, [100]), RangeError);
      assert.throws(() => spice.ckw01(h, 100, 300, -1, "J2000", "yes", "S", t, q, av), TypeError);
      spice.ckw03(h, 100, 300, -1, "J2000", false, "S", t, q, [], [100]);
      spice.ckcls(h);
      assert.throws(() => spice.ckcls(h), isSpiceError("SPICE(DAFNOSUCHHANDLE)"));
      assert.throws(() => spice.ckw01(h, 100, 300, -1, "J2000", false, "S", t, q, []), isSpiceError("SPICE(DAFNOSUCHHANDLE)"));
    });

    if (kind === "node") {
      test("a host path is written when the writer is closed, with the same bytes", () => {
        const dir = mkdtempSync(join(tmpdir(), "spicecraft-ckw-"));
        try {
          const path = join(dir, "type03.bc");
          const h = spice.ckopn(path, "SPICECRAFT type03", 0);
          rewriteCall(ckSegment(theirs.type03))(spice, h);
          assert.equal(existsSync(path), false);
          spice.ckcls(h);
          assert.deepEqual(new Uint8Array(readFileSync(path)), theirs.type03);
          assert.throws(() => spice.ckopn(path, "again", 0), SpiceError); // it exists now
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    }
  });
}

describe("CK writers: both backends and CSPICE", () => {
  test("node and wasm write the same bytes", () => {
    for (const stem of STEMS) assert.deepEqual(written.node[stem], written.wasm[stem], stem);
    assert.deepEqual(large.node, large.wasm);
  });

  test("CSPICE reads every rewritten file with the attitude it reads from its own", () => {
    const support = ["lsk/naif0012.tls", "sclk/em16_tgo_step_20220402.tsc", "ck-written/spicecraft_ck_frames.tf"];
    const TOL = 30 * TICKS_PER_SECOND; // type 1 is discrete, type 2 has gaps: the nearest pointing within 30 s
    const attitudeAt = (file, inst) => {
      tspice.kclear();
      for (const k of support) tspice.furnsh({ path: k.replaceAll("/", "-"), bytes: fixture(k) });
      tspice.furnsh({ path: "ck.bc", bytes: file });
      const s = ckSegment(file);
      const out = [];
      for (let k = 0; k <= 40; k++) {
        const sclk = s.begtim + (k / 40) * (s.endtim - s.begtim);
        out.push(tspice.ckgp(inst, sclk, TOL, "J2000"));
        if (s.avflag) out.push(tspice.ckgpav(inst, sclk, TOL, "J2000"));
      }
      return out;
    };
    for (const stem of STEMS) {
      const inst = ckSegment(theirs[stem]).inst;
      const ours = attitudeAt(written.node[stem], inst);
      assert.ok(ours.filter((r) => r.found).length >= 0.9 * ours.length, stem); // type 3 has a 600 s gap
      assert.deepEqual(ours, attitudeAt(theirs[stem], inst), stem);
    }
    tspice.kclear();
  });

  // Spicecraft's own CK reader (ckgp/ckgpav, issue 12's CK reading part) reads the written files with
  // CSPICE's attitude; until that part is merged the backends have no ckgp and this test skips.
  for (const kind of ["node", "wasm"]) {
    test(`spicecraft's ckgp/ckgpav (${kind}) read the written files as CSPICE does`, async (t) => {
      const spice = await createBackend({ backend: kind });
      if (typeof spice.ckgp !== "function" || typeof spice.ckgpav !== "function") {
        t.skip("no CK reader in this build yet");
        return;
      }
      const support = ["lsk/naif0012.tls", "sclk/em16_tgo_step_20220402.tsc", "ck-written/spicecraft_ck_frames.tf"];
      const close = (a, b, label) => {
        for (let e = 0; e < a.length; e++) {
          assert.ok(Math.abs(a[e] - b[e]) <= 1e-12 + 1e-13 * Math.abs(b[e]), `${label}: ${a} vs ${b}`);
        }
      };
      for (const stem of STEMS) {
        const bytes = written[kind][stem];
        const s = ckSegment(bytes);
        spice.kclear();
        tspice.kclear();
        for (const k of support) {
          spice.furnsh({ path: `/kernels/${k}`, bytes: fixture(k) });
          tspice.furnsh({ path: k.replaceAll("/", "-"), bytes: fixture(k) });
        }
        spice.furnsh({ path: "/kernels/written.bc", bytes });
        tspice.furnsh({ path: "written.bc", bytes });
        for (let k = 0; k <= 20; k++) {
          const sclk = s.begtim + (k / 20) * (s.endtim - s.begtim);
          const want = tspice.ckgp(s.inst, sclk, 30 * TICKS_PER_SECOND, "J2000");
          const got = spice.ckgp(s.inst, sclk, 30 * TICKS_PER_SECOND, "J2000");
          assert.equal(got.found, want.found, `${stem} at ${sclk}`);
          if (!want.found) continue;
          close(got.cmat, want.cmat, `${stem} cmat at ${sclk}`);
          close([got.clkout], [want.clkout], `${stem} clkout at ${sclk}`);
          if (s.avflag) {
            close(spice.ckgpav(s.inst, sclk, 30 * TICKS_PER_SECOND, "J2000").av,
              tspice.ckgpav(s.inst, sclk, 30 * TICKS_PER_SECOND, "J2000").av, `${stem} av at ${sclk}`);
          }
        }
      }
      // The file of every type past 100 records, at every tenth sample and between samples.
      spice.kclear();
      tspice.kclear();
      spice.furnsh({ path: "/kernels/large.bc", bytes: large[kind] });
      tspice.furnsh({ path: "large.bc", bytes: large[kind] });
      for (const inst of [-9001, -9002, -9003, -9004, -9005, -9006]) {
        for (let k = 0; k < 248; k += 10) {
          for (const sclk of [tick(10 * k), tick(10 * k + 3.25)]) {
            const want = tspice.ckgp(inst, sclk, 5 * TICKS_PER_SECOND, "J2000");
            const got = spice.ckgp(inst, sclk, 5 * TICKS_PER_SECOND, "J2000");
            assert.equal(got.found, want.found, `${inst} at ${sclk}`);
            if (want.found) close(got.cmat, want.cmat, `${inst} cmat at ${sclk}`);
          }
        }
      }
      spice.kclear();
      tspice.kclear();
      spice.dispose?.();
    });
  }
});
