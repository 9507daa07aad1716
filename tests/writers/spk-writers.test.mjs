// SPK writers on both backends: segments of types 2, 3, 8, 9, 12 and 13 written from data taken
// from the fixture kernels, the bytes identical on node and wasm, the states read back by spicecraft
// and by CSPICE (npm @rybosome/tspice, CSPICE N0067 compiled to WASM), a type 8 file written by
// CSPICE's spkw08 identical to spicecraft's and read by spicecraft, host-file outputs written
// atomically, and misuse failing with SpiceErrors without leaving partial files.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SpiceError } from "@spicecraft/contract";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "../contract/fixtures.mjs";
import { segments } from "./daf-segments.mjs";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const fixture = (relative) => new Uint8Array(readFileSync(join(kernelsDir, relative)));
const isSpiceError = (short) => (e) => e instanceof SpiceError && e.short === short;

// ---- Fixture segments read directly from the DAF (daf-segments.mjs), to reuse real Chebyshev records.

// Chebyshev records without MID and RADIUS, as spkw02/spkw03 take them.
function chebyshevInput(segment) {
  const w = segment.words;
  const [init, intlen, rsize, n] = w.slice(w.length - 4);
  const components = segment.type === 2 ? 3 : 6;
  const cdata = [];
  for (let i = 0; i < n; i++) cdata.push(...w.slice(i * rsize + 2, (i + 1) * rsize));
  return { init, intlen, n, polydg: (rsize - 2) / components - 1, cdata };
}

const moon = segments(fixture("spk/de430-2015-03-02.bsp")).find((s) => s.target === 301);
const io = segments(fixture("spk/jup310-2015-03-02.bsp")).find((s) => s.target === 501);
const START = 478483200; // inside the DE430 excerpt's Moon segment
const STEP = 600;
const COUNT = 40;

/** Moon-from-EMB states sampled with the backend itself: equal steps, or every other epoch moved. */
function sampleMoon(spice, jitter) {
  const epochs = [];
  const states = [];
  for (let i = 0; i < COUNT; i++) {
    const et = START + i * STEP + (jitter && i % 2 === 1 ? STEP / 3 : 0);
    epochs.push(et);
    states.push(...spice.spkgeo(301, et, "J2000", 3).state);
  }
  return { epochs, states };
}

// The segments every backend writes (targets are made-up IDs, one per type).
const TARGETS = { 2: -1002, 3: -1003, 8: -1008, 9: -1009, 12: -1012, 13: -1013 };
const CENTERS = { 2: 3, 3: 5, 8: 3, 9: 3, 12: 3, 13: 3 };
const COMMENTS = ["Written by the spicecraft writer tests.", "", "  Types 2, 3, 8, 9, 12 and 13."];

/** Writes one file with a segment of each type and comments; returns the closed output's bytes. */
function writeAllTypes(spice, out, ncomch = 0) {
  spice.furnsh({ path: "/kernels/fixtures/de430.bsp", bytes: fixture("spk/de430-2015-03-02.bsp") });
  const equal = sampleMoon(spice, false);
  const unequal = sampleMoon(spice, true);
  spice.unload("/kernels/fixtures/de430.bsp");
  const h = spice.spkopn(out, "spicecraft writer test", ncomch);
  const m = chebyshevInput(moon);
  spice.spkw02(h, TARGETS[2], 3, "J2000", moon.first, moon.last, "TYPE 2 FROM DE430 MOON", m.intlen, m.polydg, m.cdata, m.init);
  const j = chebyshevInput(io);
  spice.spkw03(h, TARGETS[3], 5, "J2000", io.first, io.last, "TYPE 3 FROM JUP310 IO", j.intlen, j.polydg, j.cdata, j.init);
  const first = START;
  const last = START + (COUNT - 1) * STEP;
  spice.spkw08(h, TARGETS[8], 3, "J2000", first, last, "TYPE 8", 7, equal.states, START, STEP);
  spice.spkw12(h, TARGETS[12], 3, "J2000", first, last, "TYPE 12", 7, new Float64Array(equal.states), START, STEP);
  spice.spkw09(h, TARGETS[9], 3, "J2000", first, unequal.epochs.at(-1), "TYPE 9", 7, unequal.states, unequal.epochs);
  spice.spkw13(h, TARGETS[13], 3, "J2000", first, unequal.epochs.at(-1), "TYPE 13", 5, unequal.states, unequal.epochs);
  spice.dafac(h, COMMENTS);
  spice.spkcls(h);
  return spice.readVirtualOutput(out);
}

/** Epochs to compare states at: inside each segment, on and between the samples. */
function checkEpochs(type) {
  if (type === 2) return [moon.first, moon.first + 1000.5, (moon.first + moon.last) / 2, moon.last];
  if (type === 3) return [io.first, io.first + 777.25, io.last - 1, io.last];
  return [START, START + 1234.5, START + 10 * STEP, START + 20 * STEP + 17, START + 38 * STEP];
}

function assertClose(got, want, label) {
  for (let k = 0; k < 6; k++) {
    const tol = 1e-9 + 1e-13 * Math.abs(want[k]);
    assert.ok(Math.abs(got[k] - want[k]) <= tol, `${label}[${k}]: ${got[k]} vs ${want[k]}`);
  }
}

const tspice = cspiceOracle();

const written = {};
const backends = {};

for (const kind of ["node", "wasm"]) {
  describe(`SPK writers: ${kind}`, () => {
    let spice;
    before(async () => {
      spice = backends[kind] = await createBackend({ backend: kind });
    });

    test("a file with segments of types 2, 3, 8, 9, 12 and 13 is written and reads back", () => {
      const out = { kind: "virtual-output", path: "out/all-types.bsp" };
      const bytes = writeAllTypes(spice, out, 2000);
      written[kind] = bytes;
      assert.ok(bytes instanceof Uint8Array);
      assert.equal(new TextDecoder().decode(bytes.subarray(0, 8)), "DAF/SPK ");
      spice.furnsh("/kernels/out/all-types.bsp"); // the same id, loaded as a kernel
      assert.equal(spice.kinfo("/kernels/out/all-types.bsp").filtyp, "SPK");
      for (const [type, target] of Object.entries(TARGETS)) {
        for (const et of checkEpochs(Number(type))) {
          const got = spice.spkgeo(target, et, "J2000", CENTERS[type]).state;
          assert.ok(got.every(Number.isFinite), `type ${type} at ${et}`);
        }
      }
      spice.kclear();
    });

    test("types 2 and 3 give the original ephemeris's states bit for bit", () => {
      spice.furnsh({ path: "/kernels/w.bsp", bytes: written[kind] });
      spice.furnsh({ path: "/kernels/de430.bsp", bytes: fixture("spk/de430-2015-03-02.bsp") });
      spice.furnsh({ path: "/kernels/jup310.bsp", bytes: fixture("spk/jup310-2015-03-02.bsp") });
      for (const et of checkEpochs(2)) {
        assert.deepEqual(spice.spkgeo(TARGETS[2], et, "J2000", 3).state, spice.spkgeo(301, et, "J2000", 3).state);
      }
      for (const et of checkEpochs(3)) {
        assert.deepEqual(spice.spkgeo(TARGETS[3], et, "J2000", 5).state, spice.spkgeo(501, et, "J2000", 5).state);
      }
      spice.kclear();
    });

    test("types 8, 9, 12 and 13 return the sampled states at their epochs", () => {
      spice.furnsh({ path: "/kernels/de430.bsp", bytes: fixture("spk/de430-2015-03-02.bsp") });
      const equal = sampleMoon(spice, false);
      const unequal = sampleMoon(spice, true);
      spice.furnsh({ path: "/kernels/w.bsp", bytes: written[kind] });
      for (const [type, samples] of [[8, equal], [12, equal], [9, unequal], [13, unequal]]) {
        for (const i of [0, 7, 20, 39]) {
          const got = spice.spkgeo(TARGETS[type], samples.epochs[i], "J2000", 3).state;
          const want = samples.states.slice(6 * i, 6 * i + 6);
          for (let k = 0; k < 6; k++) {
            assert.ok(Math.abs(got[k] - want[k]) <= 1e-12 * Math.abs(want[k]) + 1e-12, `type ${type} sample ${i}[${k}]`);
          }
        }
      }
      spice.kclear();
    });

    test("the comment area holds the lines dafac wrote", () => {
      const text = new TextDecoder("latin1").decode(written[kind].subarray(1024, 3024));
      const end = text.indexOf("\u0004");
      assert.deepEqual(text.slice(0, end).split("\u0000").slice(0, -1), COMMENTS.map((l) => l.trimEnd()));
    });

    test("CSPICE reads the file with the same states", () => {
      tspice.kclear();
      tspice.furnsh({ path: `sc-${kind}.bsp`, bytes: written[kind] });
      spice.furnsh({ path: "/kernels/w.bsp", bytes: written[kind] });
      for (const [type, target] of Object.entries(TARGETS)) {
        for (const et of checkEpochs(Number(type))) {
          const cspice = tspice.spkezr(String(target), et, "J2000", "NONE", String(CENTERS[type])).state;
          const ours = spice.spkezr(String(target), et, "J2000", "NONE", String(CENTERS[type])).state;
          assertClose(ours, cspice, `type ${type} at ${et}`);
        }
      }
      spice.kclear();
      tspice.kclear();
    });

    test("a type 8 file is byte-identical to CSPICE's spkw08 output, and CSPICE's reads back", () => {
      spice.furnsh({ path: "/kernels/de430.bsp", bytes: fixture("spk/de430-2015-03-02.bsp") });
      const { states } = sampleMoon(spice, false);
      spice.kclear();
      const last = START + (COUNT - 1) * STEP;
      const theirs = { kind: "virtual-output", path: `cspice-${kind}.bsp` };
      const th = tspice.spkopn(theirs, "CSPICE type 8", 0);
      tspice.spkw08(th, -2008, 3, "J2000", START, last, "CSPICE SPKW08", 9, states, START, STEP);
      tspice.spkw08(th, -2009, 3, "ECLIPJ2000", START, last, "SECOND SEGMENT", 3, states, START, STEP);
      tspice.spkcls(th);
      const cspiceBytes = tspice.readVirtualOutput(theirs);

      const ours = { kind: "virtual-output", path: "ours-8.bsp" };
      const h = spice.spkopn(ours, "CSPICE type 8", 0);
      spice.spkw08(h, -2008, 3, "J2000", START, last, "CSPICE SPKW08", 9, states, START, STEP);
      spice.spkw08(h, -2009, 3, "ECLIPJ2000", START, last, "SECOND SEGMENT", 3, states, START, STEP);
      spice.spkcls(h);
      assert.deepEqual(spice.readVirtualOutput(ours), cspiceBytes);

      spice.furnsh({ path: "cspice-written.bsp", bytes: cspiceBytes });
      tspice.furnsh({ path: "cspice-written.bsp", bytes: cspiceBytes });
      for (const et of [START, START + 321.75, START + 20 * STEP, last]) {
        for (const [target, frame] of [[-2008, "J2000"], [-2009, "ECLIPJ2000"]]) {
          const got = spice.spkezr(String(target), et, frame, "NONE", "3").state;
          const want = tspice.spkezr(String(target), et, frame, "NONE", "3").state;
          assertClose(got, want, `${target} at ${et}`);
        }
      }
      spice.kclear();
      tspice.kclear();
    });

    test("writers refuse bad input with CSPICE's codes, as CSPICE's spkw08 does", () => {
      const states = Array.from({ length: 60 }, (_, i) => 1000 + i);
      const cases = [
        ["unknown frame", [3, 10, "NOT_A_FRAME", 0, 900, "S", 3, states, 0, 100]],
        ["segid too long", [3, 10, "J2000", 0, 900, "X".repeat(41), 3, states, 0, 100]],
        ["nonprintable segid", [3, 10, "J2000", 0, 900, "A\tB", 3, states, 0, 100]],
        ["degree 0", [3, 10, "J2000", 0, 900, "S", 0, states, 0, 100]],
        ["degree 28", [3, 10, "J2000", 0, 900, "S", 28, states, 0, 100]],
        ["too few states", [3, 10, "J2000", 0, 900, "S", 10, states, 0, 100]],
        ["first = last", [3, 10, "J2000", 900, 900, "S", 3, states, 0, 100]],
        ["zero step", [3, 10, "J2000", 0, 900, "S", 3, states, 0, 0]],
        ["gap at the start", [3, 10, "J2000", -1, 900, "S", 3, states, 0, 100]],
        ["gap at the end", [3, 10, "J2000", 0, 901, "S", 3, states, 0, 100]],
      ];
      const h = spice.spkopn({ kind: "virtual-output", path: "bad.bsp" }, "bad", 0);
      const th = tspice.spkopn({ kind: "virtual-output", path: `bad-${kind}.bsp` }, "bad", 0);
      for (const [label, args] of cases) {
        let want;
        try {
          tspice.spkw08(th, ...args);
          want = "(ok)";
        } catch (e) {
          want = e.message.split("\n")[0];
        }
        assert.match(want, /^SPICE\(/, label);
        assert.throws(() => spice.spkw08(h, ...args), isSpiceError(want), label);
      }
      // The unequal-step and Chebyshev writers have their own codes.
      const epochs = Array.from({ length: 10 }, (_, i) => 100 * i);
      const swapped = [...epochs];
      [swapped[3], swapped[4]] = [swapped[4], swapped[3]];
      assert.throws(() => spice.spkw09(h, 3, 10, "J2000", 0, 900, "S", 3, states, swapped), isSpiceError("SPICE(TIMESOUTOFORDER)"));
      assert.throws(() => spice.spkw13(h, 3, 10, "J2000", 0, 900, "S", 4, states, epochs), isSpiceError("SPICE(INVALIDDEGREE)"));
      assert.throws(() => spice.spkw09(h, 3, 10, "J2000", -5, 900, "S", 3, states, epochs), isSpiceError("SPICE(BADDESCRTIMES)"));
      assert.throws(() => spice.spkw12(h, 3, 10, "J2000", 0, 900, "S", 21, states, 0, 100), isSpiceError("SPICE(TOOFEWSTATES)"));
      assert.throws(() => spice.spkw02(h, 3, 10, "J2000", 0, 200, "S", 0, 2, new Array(18).fill(1), 0), isSpiceError("SPICE(INTLENNOTPOS)"));
      assert.throws(() => spice.spkw03(h, 3, 10, "J2000", 0, 200, "S", 100, 2, [], 0), isSpiceError("SPICE(NUMCOEFFSNOTPOS)"));
      assert.throws(() => spice.spkw02(h, 3, 10, "J2000", 0, 200, "X".repeat(41), 100, 2, new Array(18).fill(1), 0), isSpiceError("SPICE(IDSTRINGTOOLONG)"));
      // Shapes are checked before anything reaches the core.
      assert.throws(() => spice.spkw08(h, 3, 10, "J2000", 0, 900, "S", 3, states.slice(1), 0, 100), RangeError);
      assert.throws(() => spice.spkw09(h, 3, 10, "J2000", 0, 900, "S", 3, states, epochs.slice(1)), RangeError);
      assert.throws(() => spice.spkw08(h, 3, 10, "J2000", 0, 900, "S", 3, states.map((v, i) => (i === 5 ? NaN : v)), 0, 100), RangeError);
      assert.throws(() => spice.spkw08(h, 3, 10, "J2000", 0, 900, "S", 3, "states", 0, 100), TypeError);
      assert.throws(() => spice.spkw08(h, 3.5, 10, "J2000", 0, 900, "S", 3, states, 0, 100), RangeError);
      // Nothing was written: closing finds no segment, as CSPICE's spkcls does.
      assert.throws(() => spice.spkcls(h), isSpiceError("SPICE(NOSEGMENTSFOUND)"));
      assert.throws(() => tspice.spkcls(th), /NOSEGMENTSFOUND/);
    });

    test("misuse of handles and outputs gives SpiceErrors", () => {
      const states = Array.from({ length: 60 }, (_, i) => i);
      const out = { kind: "virtual-output", path: "misuse/out.bsp" };
      const h = spice.spkopn(out, "misuse", 0);
      assert.throws(() => spice.readVirtualOutput(out), isSpiceError("SPICE(OUTPUTSTILLOPEN)"));
      assert.throws(() => spice.spkopn(out, "again", 0), isSpiceError("SPICE(FILEOPENFAIL)"));
      spice.spkw08(h, 3, 10, "J2000", 0, 900, "S", 3, states, 0, 100);
      spice.spkcls(h);
      assert.throws(() => spice.spkcls(h), isSpiceError("SPICE(DAFNOSUCHHANDLE)"));
      assert.throws(() => spice.spkw08(h, 3, 10, "J2000", 0, 900, "S", 3, states, 0, 100), isSpiceError("SPICE(DAFNOSUCHHANDLE)"));
      assert.throws(() => spice.dafac(h, ["late"]), isSpiceError("SPICE(DAFNOSUCHHANDLE)"));
      assert.throws(() => spice.readVirtualOutput({ kind: "virtual-output", path: "never/written.bsp" }), isSpiceError("SPICE(NOSUCHFILE)"));
      for (const bad of ["../escape.bsp", "a/../../b.bsp", "/kernels/../x.bsp", "http://x/y.bsp"]) {
        assert.throws(() => spice.spkopn({ kind: "virtual-output", path: bad }, "x", 0), isSpiceError("SPICE(BADVIRTUALID)"), bad);
        assert.throws(() => spice.readVirtualOutput({ kind: "virtual-output", path: bad }), isSpiceError("SPICE(BADVIRTUALID)"), bad);
      }
      assert.throws(() => spice.spkopn({ kind: "output", path: "x.bsp" }, "x", 0), TypeError);
      assert.throws(() => spice.spkopn(out, "", 0), isSpiceError("SPICE(EMPTYSTRING)"));
      assert.throws(() => spice.dafac(999, ["x"]), isSpiceError("SPICE(DAFNOSUCHHANDLE)"));
      // The closed output reads back under every spelling of its id, and spkopa extends it.
      const first = spice.readVirtualOutput("/kernels/misuse/./out.bsp");
      const h2 = spice.spkopa(out);
      spice.spkw08(h2, 4, 10, "J2000", 0, 900, "S2", 3, states, 0, 100);
      spice.spkcls(h2);
      const second = spice.readVirtualOutput(out);
      // Both segments fit in the first data record, so the length may not grow; the bytes must change.
      assert.notDeepEqual(second, first);
      spice.furnsh("/kernels/misuse/out.bsp"); // staged under its virtual id
      assert.equal(spice.spkgeo(3, 450, "J2000", 10).state.length, 6); // the first segment survived
      assert.equal(spice.spkgeo(4, 450, "J2000", 10).state.length, 6);
      spice.kclear();
    });

    test("host paths are written atomically, and failures leave no file behind", () => {
      const dir = mkdtempSync(join(tmpdir(), `spicecraft-writers-${kind}-`));
      try {
        const states = Array.from({ length: 60 }, (_, i) => i);
        const path = join(dir, "host.bsp");
        const h = spice.spkopn(path, "host file", 0);
        spice.spkw08(h, 3, 10, "J2000", 0, 900, "S", 3, states, 0, 100);
        assert.equal(existsSync(path), false); // nothing on disk while the writer is open
        spice.spkcls(h);
        const onDisk = new Uint8Array(readFileSync(path));
        // The same file as a virtual output: file names are not part of a DAF.
        const v = { kind: "virtual-output", path: "host-twin.bsp" };
        const hv = spice.spkopn(v, "host file", 0);
        spice.spkw08(hv, 3, 10, "J2000", 0, 900, "S", 3, states, 0, 100);
        spice.spkcls(hv);
        assert.deepEqual(onDisk, spice.readVirtualOutput(v));
        assert.throws(() => spice.readVirtualOutput(path), isSpiceError("SPICE(BADVIRTUALID)"));
        // spkopn does not overwrite (as CSPICE), spkopa replaces the file with the extended one.
        assert.throws(() => spice.spkopn(path, "again", 0), isSpiceError("SPICE(FILEOPENFAIL)"));
        const ha = spice.spkopa(path);
        spice.spkw08(ha, 4, 10, "J2000", 0, 900, "S2", 3, states, 0, 100);
        spice.spkcls(ha);
        spice.furnsh(path);
        assert.equal(spice.spkgeo(4, 450, "J2000", 10).state.length, 6);
        spice.kclear();
        // A folder that does not exist fails at spkopn.
        assert.throws(() => spice.spkopn(join(dir, "missing", "x.bsp"), "x", 0), isSpiceError("SPICE(FILEOPENFAIL)"));
        // Bad input: nothing is written, and closing an empty writer fails.
        const bad = join(dir, "bad.bsp");
        const hb = spice.spkopn(bad, "bad", 0);
        assert.throws(() => spice.spkw08(hb, 3, 10, "J2000", 0, 900, "S", 0, states, 0, 100), isSpiceError("SPICE(INVALIDDEGREE)"));
        assert.throws(() => spice.spkcls(hb), isSpiceError("SPICE(NOSEGMENTSFOUND)"));
        // A write that fails at spkcls (the name was taken meanwhile) removes its temporary file.
        const late = join(dir, "late.bsp");
        const hl = spice.spkopn(late, "late", 0);
        spice.spkw08(hl, 3, 10, "J2000", 0, 900, "S", 3, states, 0, 100);
        mkdirSync(late);
        assert.throws(() => spice.spkcls(hl), isSpiceError("SPICE(FILEOPENFAIL)"));
        assert.deepEqual(readdirSync(join(dir, "late.bsp")), []);
        assert.deepEqual(readdirSync(dir).sort(), ["host.bsp", "late.bsp"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

test("node and wasm write byte-identical files", () => {
  assert.ok(written.node && written.wasm);
  assert.deepEqual(written.node, written.wasm);
});

after(() => {
  for (const spice of Object.values(backends)) spice.dispose();
});
