// SPK writers for types 5 and 21 on both backends: a type 5 segment of Moon-from-Earth states
// sampled from the DE430 excerpt, and a type 21 segment holding the difference lines and epochs of a
// real Horizons type 21 segment. The bytes are identical on node and wasm; spicecraft reads back
// the samples (type 5) and the original file's states bit for bit (type 21); CSPICE (npm
// @rybosome/tspice, CSPICE N0067 compiled to WASM) reads the file with the same states, bit for bit
// for type 21 (arithmetic only) and to rounding for type 5 (its two-body propagation and weights
// call CSPICE's libm, whose last bits differ from ours). Bad input gives CSPICE's codes.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SpiceError } from "@spicecraft/contract";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "../contract/fixtures.mjs";
import { segments } from "./daf-segments.mjs";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const fixture = (relative) => new Uint8Array(readFileSync(join(kernelsDir, relative)));
const isSpiceError = (short) => (e) => e instanceof SpiceError && e.short === short;

// ---- Type 5: Moon relative to Earth from the DE430 excerpt (its Moon and Earth segments cover
// 478267200 .. 478958400), 250 states 40 minutes apart, so the epoch directory has two entries.
const DE430 = "spk/de430-2015-03-02.bsp";
const GM_EARTH = 398600.435436;
const T5 = { body: -5005, center: 399, start: 478267200 + 3600, step: 2400, count: 250 };

// ---- Type 21: the Horizons segment of example1spk_seg21.bsp (asteroid 2025143 about the Sun).
const SEG21_FILE = "spk/example1spk_seg21.bsp";
const seg21 = segments(fixture(SEG21_FILE)).find((s) => s.type === 21);
const T21 = { body: -21021, center: seg21.center };

/** The difference lines, epochs and line size of a type 21 segment's words. */
function type21Input(segment) {
  const w = segment.words;
  const [maxdim, n] = [w.at(-2), w.at(-1)];
  const dlsize = 4 * maxdim + 11;
  return { dlsize, n, dlines: w.slice(0, n * dlsize), epochs: w.slice(n * dlsize, n * dlsize + n) };
}
const input21 = type21Input(seg21);

/** Samples the Moon from the Earth with the backend itself. */
function sampleMoon(spice) {
  spice.furnsh({ path: "/kernels/fixtures/de430-05-21.bsp", bytes: fixture(DE430) });
  const epochs = [];
  const states = [];
  for (let i = 0; i < T5.count; i++) {
    const et = T5.start + i * T5.step;
    epochs.push(et);
    states.push(...spice.spkgeo(301, et, "J2000", 399).state);
  }
  spice.unload("/kernels/fixtures/de430-05-21.bsp");
  return { epochs, states };
}

function writeBoth(spice, out, moon) {
  const h = spice.spkopn(out, "types 5 and 21", 0);
  spice.spkw05(h, T5.body, T5.center, "J2000", moon.epochs[0], moon.epochs.at(-1), "TYPE 5 MOON FROM EARTH", GM_EARTH,
    moon.states, moon.epochs);
  spice.spkw21(h, T21.body, T21.center, "J2000", seg21.first, seg21.last, "TYPE 21 FROM 2025143", input21.dlsize,
    input21.dlines, input21.epochs);
  spice.spkcls(h);
  return spice.readVirtualOutput(out);
}

/** Type 21 check epochs: 200 across the segment, each line's final epoch, and a second after it. */
function epochs21() {
  const out = [];
  for (let i = 0; i <= 200; i++) out.push(seg21.first + ((seg21.last - seg21.first) * i) / 200);
  for (const e of input21.epochs) out.push(e, e + 1);
  return out.filter((et) => et >= seg21.first && et <= seg21.last);
}

/** Type 5 check epochs: the samples, and points between them (a third and a half of a step on). */
function epochs5(moon) {
  const between = [];
  for (let i = 0; i < T5.count - 1; i += 7) between.push(moon.epochs[i] + T5.step / 3, moon.epochs[i] + T5.step / 2);
  return [...moon.epochs, ...between];
}

/** |got - want| within `rel` of the position (components 0..2) or velocity (3..5) magnitude. */
function assertRelative(got, want, rel, label) {
  const norm = (k) => Math.hypot(...want.slice(k < 3 ? 0 : 3, k < 3 ? 3 : 6));
  let worst = 0;
  for (let k = 0; k < 6; k++) {
    const err = Math.abs(got[k] - want[k]) / norm(k);
    worst = Math.max(worst, err);
    assert.ok(err <= rel, `${label}[${k}]: ${got[k]} vs ${want[k]} (relative ${err})`);
  }
  return worst;
}

const tspice = cspiceOracle();

const written = {};
const samples = {};
for (const kind of ["node", "wasm"]) {
  describe(`SPK writers, types 5 and 21: ${kind}`, () => {
    let spice;
    before(async () => {
      spice = await createBackend({ backend: kind });
    });
    after(() => spice.dispose());

    test("the segments hold CSPICE's layouts: states or lines, epochs, directory, then GM or MAXDIM, and N", () => {
      const moon = (samples[kind] = sampleMoon(spice));
      const out = { kind: "virtual-output", path: `/kernels/types-05-21-${kind}.bsp` };
      written[kind] = writeBoth(spice, out, moon);
      const [s5, s21] = segments(written[kind]);
      assert.deepEqual([s5.target, s5.center, s5.frame, s5.type, s5.first, s5.last],
        [T5.body, T5.center, 1, 5, moon.epochs[0], moon.epochs.at(-1)]);
      assert.deepEqual([...s5.words], [...moon.states, ...moon.epochs, moon.epochs[99], moon.epochs[199], GM_EARTH, T5.count]);
      assert.deepEqual([s21.target, s21.center, s21.frame, s21.type, s21.first, s21.last],
        [T21.body, T21.center, 1, 21, seg21.first, seg21.last]);
      assert.deepEqual(s21.words, seg21.words);
    });

    test("spicecraft reads back the samples (type 5) and the original file's states bit for bit (type 21)", (t) => {
      spice.furnsh(`/kernels/types-05-21-${kind}.bsp`);
      const moon = samples[kind];
      let worst = 0;
      moon.epochs.forEach((et, i) => {
        const got = spice.spkgeo(T5.body, et, "J2000", T5.center).state;
        worst = Math.max(worst, assertRelative(got, moon.states.slice(6 * i, 6 * i + 6), 1e-9, `type 5 at ${et}`));
      });
      t.diagnostic(`type 5 at the samples: worst relative error ${worst.toExponential(2)}`);
      spice.furnsh({ path: "/kernels/fixtures/seg21-original.bsp", bytes: fixture(SEG21_FILE) });
      let compared = 0;
      for (const et of epochs21()) {
        const got = spice.spkgeo(T21.body, et, "J2000", T21.center).state;
        const want = spice.spkgeo(seg21.target, et, "J2000", seg21.center).state;
        got.forEach((v, k) => assert.ok(Object.is(v, want[k]), `type 21 at ${et}, [${k}]: ${v} vs original ${want[k]}`));
        compared++;
      }
      assert.ok(compared > 300, `${compared} type 21 epochs`);
      spice.unload("/kernels/fixtures/seg21-original.bsp");
    });

    test("CSPICE reads the file with the same states", (t) => {
      tspice.kclear();
      tspice.furnsh({ path: `sc-05-21-${kind}.bsp`, bytes: written[kind] });
      tspice.furnsh({ path: "seg21-original.bsp", bytes: fixture(SEG21_FILE) });
      let worst = 0;
      for (const et of epochs5(samples[kind])) {
        const want = tspice.spkezr(String(T5.body), et, "J2000", "NONE", String(T5.center)).state;
        const got = spice.spkgeo(T5.body, et, "J2000", T5.center).state;
        worst = Math.max(worst, assertRelative(got, want, 1e-12, `type 5 at ${et}`));
      }
      t.diagnostic(`type 5 against CSPICE: worst relative difference ${worst.toExponential(2)}`);
      for (const et of epochs21()) {
        const want = tspice.spkezr(String(T21.body), et, "J2000", "NONE", String(T21.center)).state;
        const original = tspice.spkezr(String(seg21.target), et, "J2000", "NONE", String(seg21.center)).state;
        const got = spice.spkgeo(T21.body, et, "J2000", T21.center).state;
        got.forEach((v, k) => {
          assert.ok(Object.is(v, want[k]), `type 21 at ${et}, [${k}]: ${v} vs CSPICE ${want[k]}`);
          assert.ok(Object.is(original[k], want[k]), `CSPICE, type 21 at ${et}, [${k}]: copy ${want[k]} vs original ${original[k]}`);
        });
      }
      tspice.kclear();
    });

    test("bad input gives CSPICE's codes or argument errors, and nothing is written", () => {
      const out = { kind: "virtual-output", path: `/kernels/bad-05-21-${kind}.bsp` };
      const h = spice.spkopn(out, "bad", 0);
      const seg = [h, -1, 399, "J2000", 0, 100, "BAD"];
      const states = Array(12).fill(1);
      // spkw05, in SPKW05's order.
      assert.throws(() => spice.spkw05(...seg, 0, states, [0, 100]), isSpiceError("SPICE(NONPOSITIVEMASS)"));
      assert.throws(() => spice.spkw05(h, -1, 399, "NOPE", 0, 100, "BAD", 1, states, [0, 100]), isSpiceError("SPICE(INVALIDREFFRAME)"));
      assert.throws(() => spice.spkw05(...seg, 1, [], []), isSpiceError("SPICE(NUMSTATESNOTPOS)"));
      assert.throws(() => spice.spkw05(...seg, 1, states, [100, 100]), isSpiceError("SPICE(UNORDEREDTIMES)"));
      assert.throws(() => spice.spkw05(h, -1, 399, "J2000", 101, 100, "BAD", 1, states, [0, 100]), isSpiceError("SPICE(BADDESCRTIMES)"));
      assert.throws(() => spice.spkw05(h, -1, 399, "J2000", 0, 100, "A\tB", 1, states, [0, 100]), isSpiceError("SPICE(NONPRINTABLECHARS)"));
      assert.throws(() => spice.spkw05(h, -1, 399, "J2000", 0, 100, "X".repeat(41), 1, states, [0, 100]), isSpiceError("SPICE(SEGIDTOOLONG)"));
      assert.throws(() => spice.spkw05(h, -1, 399, "J2000", 0, 100, "", 1, states, [0, 100]), isSpiceError("SPICE(EMPTYSTRING)"));
      assert.throws(() => spice.spkw05(...seg, 1, Array(11).fill(1), [0, 100]), RangeError);
      assert.throws(() => spice.spkw05(...seg, 1, [...states.slice(1), NaN], [0, 100]), RangeError);
      assert.throws(() => spice.spkw05(...seg, Infinity, states, [0, 100]), RangeError);
      assert.throws(() => spice.spkw05(...seg, "1", states, [0, 100]), TypeError);
      // spkw21, in SPKW21's order.
      const { dlsize, dlines, epochs } = input21;
      const seg21args = [h, -1, 10, "J2000", seg21.first, seg21.last, "BAD"];
      assert.throws(() => spice.spkw21(...seg21args, 112, Array(112).fill(1), [seg21.last]), isSpiceError("SPICE(DIFFLINETOOLARGE)"));
      assert.throws(() => spice.spkw21(...seg21args, 70, Array(70).fill(1), [seg21.last]), isSpiceError("SPICE(DIFFLINETOOSMALL)"));
      assert.throws(() => spice.spkw21(h, -1, 10, "NOPE", seg21.first, seg21.last, "BAD", dlsize, dlines, epochs), isSpiceError("SPICE(INVALIDREFFRAME)"));
      assert.throws(() => spice.spkw21(h, -1, 10, "J2000", seg21.first, seg21.last, "X".repeat(41), dlsize, dlines, epochs), isSpiceError("SPICE(SEGIDTOOLONG)"));
      assert.throws(() => spice.spkw21(h, -1, 10, "J2000", seg21.first, seg21.last, "\u0001", dlsize, dlines, epochs), isSpiceError("SPICE(NONPRINTABLECHARS)"));
      assert.throws(() => spice.spkw21(...seg21args, dlsize, [], []), isSpiceError("SPICE(INVALIDCOUNT)"));
      assert.throws(() => spice.spkw21(h, -1, 10, "J2000", seg21.last, seg21.first, "BAD", dlsize, dlines, epochs), isSpiceError("SPICE(BADDESCRTIMES)"));
      const swapped = Float64Array.from(epochs);
      [swapped[3], swapped[4]] = [swapped[4], swapped[3]];
      assert.throws(() => spice.spkw21(...seg21args, dlsize, dlines, swapped), isSpiceError("SPICE(TIMESOUTOFORDER)"));
      assert.throws(() => spice.spkw21(h, -1, 10, "J2000", seg21.first, epochs.at(-1) + 1, "BAD", dlsize, dlines, epochs), isSpiceError("SPICE(COVERAGEGAP)"));
      const zeroStep = Float64Array.from(dlines);
      zeroStep[5 * dlsize + 1] = 0; // G(1) of line 6
      assert.throws(() => spice.spkw21(...seg21args, dlsize, zeroStep, epochs), isSpiceError("SPICE(ZEROSTEP)"));
      assert.throws(() => spice.spkw21(h, 0, 10, "J2000", seg21.first, seg21.last, "BAD", dlsize, dlines, epochs), isSpiceError("SPICE(BARYCENTEREPHEM)"));
      assert.throws(() => spice.spkw21(h, 10, 10, "J2000", seg21.first, seg21.last, "BAD", dlsize, dlines, epochs), isSpiceError("SPICE(BODYANDCENTERSAME)"));
      assert.throws(() => spice.spkw21(h, -1, 10, "J2000", seg21.first, seg21.first, "BAD", dlsize, dlines, epochs), isSpiceError("SPICE(BADDESCRTIMES)"));
      assert.throws(() => spice.spkw21(...seg21args, dlsize, dlines.slice(1), epochs), RangeError);
      assert.throws(() => spice.spkw21(...seg21args, dlsize + 0.5, dlines, epochs), RangeError);
      assert.throws(() => spice.spkw21(...seg21args, dlsize, dlines, [...epochs.slice(1), NaN]), RangeError);
      assert.throws(() => spice.spkw21(...seg21args, dlsize, "lines", epochs), TypeError);
      assert.throws(() => spice.spkcls(h), isSpiceError("SPICE(NOSEGMENTSFOUND)"));
    });
  });
}

test("node and wasm write byte-identical type 5 and 21 files", () => {
  assert.ok(written.node?.length > 40 * 1024 && written.wasm?.length > 40 * 1024);
  assert.deepEqual(written.node, written.wasm);
  assert.deepEqual(samples.node, samples.wasm);
});
