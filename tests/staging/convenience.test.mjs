// The helpers of staging/src/convenience.ts (issue 17) on both backends: each result is exactly what
// the CSPICE-named call it is built from returns, every accepted form of an epoch gives the same ET,
// and bad input is a TypeError or RangeError before anything reaches the core.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SpiceError } from "../../dist/index.js";
import { withGoldenKernels } from "../contract/fixtures.mjs";

const ISO = "2015-03-02T12:00:00";

for (const backend of ["node", "wasm"]) {
  describe(`helpers on ${backend}`, () => {
    test("getState is spkezr with named fields, for names, IDs, frames and corrections", () =>
      withGoldenKernels(backend, "spk-planets", (spice) => {
        const et = spice.str2et(ISO);
        for (const [target, observer, frame, abcorr] of [["MOON", "EARTH", "J2000", "LT+S"], [301, 399, "ECLIPJ2000", "CN"], ["MARS BARYCENTER", "SUN", undefined, undefined]]) {
          const got = spice.getState({ target, observer, at: et, ...(frame ? { frame } : {}), ...(abcorr ? { abcorr } : {}) });
          const { state, lt } = spice.spkezr(String(target), et, frame ?? "J2000", abcorr ?? "NONE", String(observer));
          assert.deepEqual(got, { position: state.slice(0, 3), velocity: state.slice(3), lightTime: lt, et });
        }
      }));

    test("an epoch given as ET, Date, ISO string (with or without Z) or any str2et string is the same ET", () =>
      withGoldenKernels(backend, "spk-planets", (spice) => {
        const et = spice.str2et(ISO);
        for (const at of [et, new Date(`${ISO}Z`), ISO, `${ISO}Z`, "2015 MAR 02 12:00:00", "JD 2457084.0"]) {
          assert.equal(spice.utcToEt(at instanceof Date || typeof at === "string" ? at : ISO), et);
          assert.equal(spice.getState({ target: "MOON", observer: "EARTH", at }).et, et, String(at));
        }
        // A Date carries milliseconds, and only milliseconds.
        assert.equal(spice.utcToEt(new Date(`${ISO}.250Z`)), spice.str2et(`${ISO}.250`));
      }));

    test("etToUtc is et2utc ISOC with Z, which Date parses; utcToEt(etToUtc(et)) round-trips to the millisecond", () =>
      withGoldenKernels(backend, "spk-planets", (spice) => {
        const et = spice.str2et(`${ISO}.125`);
        assert.equal(spice.etToUtc(et), `${spice.et2utc(et, "ISOC", 3)}Z`);
        assert.equal(spice.etToUtc(et, 6), `${spice.et2utc(et, "ISOC", 6)}Z`);
        assert.equal(new Date(spice.etToUtc(et)).toISOString(), `${ISO}.125Z`);
        assert.equal(spice.utcToEt(new Date(spice.etToUtc(et))), et);
      }));

    test("frameTransform is pxform's matrix as three rows", () =>
      withGoldenKernels(backend, "frames", (spice) => {
        const et = spice.str2et(ISO);
        const m = spice.pxform("J2000", "IAU_EARTH", et);
        assert.deepEqual(spice.frameTransform("J2000", "IAU_EARTH", ISO), [m.slice(0, 3), m.slice(3, 6), m.slice(6, 9)]);
        assert.deepEqual(spice.frameTransform("J2000", "IAU_EARTH", new Date(`${ISO}Z`)), spice.frameTransform("J2000", "IAU_EARTH", et));
      }));

    test("bad input: TypeError or RangeError first; the core's errors stay SpiceErrors", () =>
      withGoldenKernels(backend, "spk-planets", (spice) => {
        assert.throws(() => spice.getState(), TypeError);
        assert.throws(() => spice.getState({ target: "MOON", observer: "EARTH", at: NaN }), RangeError);
        assert.throws(() => spice.getState({ target: "MOON", observer: "EARTH", at: new Date("nonsense") }), RangeError);
        assert.throws(() => spice.getState({ target: "MOON", observer: "EARTH", at: null }), TypeError);
        assert.throws(() => spice.getState({ target: 301.5, observer: "EARTH", at: 0 }), TypeError);
        assert.throws(() => spice.utcToEt(12), TypeError);
        assert.throws(() => spice.etToUtc(Infinity), RangeError);
        assert.throws(() => spice.getState({ target: "MOON", observer: "EARTH", at: "not a time" }), (e) => e instanceof SpiceError && e.operation === "str2et");
        assert.throws(() => spice.getState({ target: "NOBODY", observer: "EARTH", at: 0 }), (e) => e instanceof SpiceError && e.short === "SPICE(IDCODENOTFOUND)");
      }));
  });
}
