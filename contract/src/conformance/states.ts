/** Time and states: batches, quirky and broken SPK files, bad epochs. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { SpiceError } from "../spice-error.js";
import type { ConformanceOptions } from "./index.js";
import { assertSpiceError, kernelBytes, kernelPath, withBackend } from "./support.js";

const START = 478_569_667.1853986; // 2015-03-02T12:00:00 UTC, inside the DE430 excerpt

export function defineStateScenarios({ makeBackend, fixturesDir }: ConformanceOptions): void {
  test("batches equal the single calls bit for bit", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelBytes(fixturesDir, "spk/de430-2015-03-02.bsp"));
      const ets = Float64Array.from({ length: 257 }, (_, i) => START - 86_400 + i * 673.25);
      const batch = spice.spkezrBatch("MOON", ets, "ECLIPJ2000", "CN+S", "EARTH");
      const positions = spice.spkposBatch("MOON", ets, "ECLIPJ2000", "CN+S", "EARTH");
      assert.equal(batch.states.length, 6 * ets.length);
      for (let i = 0; i < ets.length; i++) {
        const one = spice.spkezr("MOON", ets[i]!, "ECLIPJ2000", "CN+S", "EARTH");
        for (let k = 0; k < 6; k++) assert.ok(Object.is(batch.states[6 * i + k], one.state[k]), `state ${i}.${k}`);
        assert.ok(Object.is(batch.lts[i], one.lt), `lt ${i}`);
        const pos = spice.spkpos("MOON", ets[i]!, "ECLIPJ2000", "CN+S", "EARTH");
        for (let k = 0; k < 3; k++) assert.ok(Object.is(positions.positions[3 * i + k], pos.pos[k]), `pos ${i}.${k}`);
      }
      assert.deepEqual(spice.spkezrBatch("MOON", new Float64Array(0), "J2000", "NONE", "EARTH").states.length, 0);
    }));

  test("a batch with an epoch outside coverage fails naming that epoch's index", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelBytes(fixturesDir, "spk/de430-2015-03-02.bsp"));
      const ets = Float64Array.of(START, START + 1, START + 1e9);
      const e = assertSpiceError(() => spice.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH"), "SPICE(SPKINSUFFDATA)");
      assert.match(e.long, /index 2/);
    }));

  test("NaN and infinite epochs are RangeErrors, never a hang", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelBytes(fixturesDir, "spk/de430-2015-03-02.bsp"));
      spice.furnsh(kernelBytes(fixturesDir, "lsk/naif0012.tls"));
      assert.throws(() => spice.spkezr("MOON", Number.NaN, "J2000", "LT", "EARTH"), RangeError);
      assert.throws(() => spice.spkgeo(301, Number.POSITIVE_INFINITY, "J2000", 399), RangeError);
      assert.throws(() => spice.spkezrBatch("MOON", Float64Array.of(START, Number.NaN), "J2000", "NONE", "EARTH"), RangeError);
      assert.throws(() => spice.et2utc(Number.NaN, "ISOC", 3), RangeError);
      assert.throws(() => spice.spkezrBatch("MOON", [START] as unknown as Float64Array, "J2000", "NONE", "EARTH"), TypeError);
    }));

  test("published unpadded SPK files give the same states as their padded twins", async () => {
    const pairs: [string, string, string, number][] = [
      ["quirks/de430-2015-03-02-unpadded.bsp", "spk/de430-2015-03-02.bsp", "MOON", START],
      ["quirks/jup310-2015-03-02-unpadded.bsp", "spk/jup310-2015-03-02.bsp", "IO", START],
      ["quirks/de441-1969-unpadded.bsp", "spk/de441-1969.bsp", "MOON", -959_888_221.4651048],
    ];
    for (const [unpadded, padded, target, et] of pairs) {
      const observer = target === "IO" ? "JUPITER BARYCENTER" : "EARTH";
      const a = await withBackend(makeBackend, (s) => (s.furnsh(kernelPath(fixturesDir, unpadded)), s.spkezr(target, et, "J2000", "LT+S", observer)));
      const b = await withBackend(makeBackend, (s) => (s.furnsh(kernelBytes(fixturesDir, padded)), s.spkezr(target, et, "J2000", "LT+S", observer)));
      assert.deepEqual(a, b, unpadded);
    }
  });

  test("an SPK cut short is refused at furnsh with a SpiceError naming it, and nothing is loaded", () =>
    withBackend(makeBackend, (spice) => {
      const whole = readFileSync(kernelPath(fixturesDir, "bad/de440s-truncated.bsp"));
      // Real cuts: inside the summary record, inside the Moon's data, one byte short of the end.
      for (const length of [7_000, 300_000, whole.length - 1]) {
        const e = assertSpiceError(
          () => spice.furnsh({ path: `cut/de440s-${length}.bsp`, bytes: whole.subarray(0, length) }),
          length < 8_000 ? "SPICE(DAFCORRUPTED)" : "SPICE(DAFBEGGTEND)",
        );
        assert.match(e.long, new RegExp(`de440s-${length}\\.bsp`));
        assert.equal(spice.ktotal("ALL"), 0);
      }
    }));

  test("bad/de440s-truncated.bsp is an unpadded but complete DAF: it loads and gives states in its 2023-2026 coverage", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelPath(fixturesDir, "bad/de440s-truncated.bsp"));
      const { state } = spice.spkgeo(3, 760_000_000, "J2000", 10);
      const au = Math.hypot(state[0], state[1], state[2]) / 149_597_870.7;
      assert.ok(au > 0.98 && au < 1.02, `Earth-Moon barycenter at ${au} AU from the Sun`);
      assertSpiceError(() => spice.spkgeo(3, 478_569_667, "J2000", 10), "SPICE(SPKINSUFFDATA)");
    }));

  test("big-endian and little-endian copies of a kernel agree exactly", async () => {
    const state = (file: string) =>
      withBackend(makeBackend, (s) => (s.furnsh(kernelBytes(fixturesDir, file)), s.spkezr("MARS BARYCENTER", START, "J2000", "XCN+S", "EARTH")));
    assert.deepEqual(await state("spk/de430-2015-03-02-big-endian.bsp"), await state("spk/de430-2015-03-02.bsp"));
  });

  test("time conversions without a leapseconds kernel fail with a SpiceError", () =>
    withBackend(makeBackend, (spice) => {
      let caught: unknown;
      try {
        spice.str2et("2015-03-02T12:00:00");
      } catch (error) {
        caught = error;
      }
      assert.ok(caught instanceof SpiceError, String(caught));
      assert.match(caught.short, /^SPICE\([A-Z]+\)$/);
    }));
}
