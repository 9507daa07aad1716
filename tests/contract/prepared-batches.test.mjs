// Batches that resolve once (issue 11, item 1): spkezrBatch, spkposBatch and pxformBatch resolve
// their names, correction and frames once per batch (shim-c/calls.idl `prepare ... then ...`,
// geometry/state_requests.hpp) and evaluate only the epoch-dependent work per epoch, keeping each
// body's segment, Chebyshev directory and last record across epochs (spk/leg_cache.hpp), with or
// without light time and stellar aberration. Every epoch must still give the single call's bits, and a failing batch the
// single call's error: the first epoch's for what does not depend on the epoch (names, frames,
// corrections), the first failing epoch's otherwise, on both backends; with epochs in any order,
// records and segments changing between them, and a later file's segment taking over part of the
// time.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { kernelsDir, withBackend } from "./fixtures.mjs";

const KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"];
const BACKENDS = ["node", "wasm"];

function load(spice) {
  for (const k of KERNELS) spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
}

/** Epochs inside the excerpt's coverage, with one after it at index `outside` (if not null). */
function epochs(spice, outside = null) {
  const [[start, stop]] = spice.spkcov("/kernels/spk/de430-2015-03-02.bsp", 301);
  // A margin of an hour: light time moves the epochs the ephemeris is read at.
  const ets = Array.from({ length: 40 }, (_, i) => start + 3600 + ((stop - start - 7200) * i) / 39);
  if (outside !== null) ets.splice(outside, 0, stop + 30 * 86_400);
  return Float64Array.from(ets);
}

const bits = (x) => Buffer.from(Float64Array.from(x).buffer).toString("hex");

/** The single call at each epoch until one fails: [values per epoch, first error and its index]. */
function singles(ets, call) {
  const values = [];
  for (let i = 0; i < ets.length; i++) {
    try {
      values.push(call(ets[i]));
    } catch (error) {
      return { values, error, index: i };
    }
  }
  return { values, error: null, index: -1 };
}

function assertSameError(batchError, single, what) {
  assert.ok(batchError, `${what}: the batch succeeded where the single call fails`);
  assert.equal(batchError.short, single.error.short, what);
  assert.equal(batchError.long, `${single.error.long} (epoch index ${single.index} of the batch)`, what);
}

const TARGETS = [
  // target, ref, abcorr, observer
  ["MOON", "J2000", "NONE", "EARTH"],
  ["MOON", "J2000", "LT+S", "EARTH"],
  ["MOON", "ECLIPJ2000", "CN+S", "EARTH"],
  ["MARS BARYCENTER", "J2000", "XLT", "EARTH"],
  ["MARS BARYCENTER", "J2000", "XCN+S", "SUN"],
  ["MOON", "IAU_EARTH", "NONE", "EARTH"], // rotating frame, geometric
  ["MOON", "IAU_EARTH", "LT+S", "EARTH"], // the frame's center is the observer
  ["MOON", "IAU_MOON", "CN", "EARTH"], // the frame's center is the target
  ["EARTH", "IAU_MOON", "LT", "SUN"], // the frame's center is a third body
  ["EARTH", "IAU_MOON", "XLT+S", "SUN"],
  ["MOON", "BOGUS_FRAME", "NONE", "MOON"], // SPKGEO: target == observer before the frame
  ["MOON", "BOGUS_FRAME", "NONE", "EARTH"],
  ["MOON", "J2000", "BOGUS", "EARTH"], // spkezr rejects it first; spkpos after the observer's state
  ["MOON", "IAU_MARS", "LT", "EARTH"], // no MARS (499) in the excerpt: fails per epoch
  ["NOT A BODY", "J2000", "NONE", "EARTH"],
  ["MOON", "", "NONE", "EARTH"],
  ["MOON", "J2000", "", "EARTH"],
];

for (const backend of BACKENDS) {
  test(`spkezrBatch and spkposBatch: every epoch and every error as the single calls (${backend})`, async () => {
    await withBackend(backend, (spice) => {
      load(spice);
      const seen = { values: 0, errors: new Set() };
      // No epoch outside the coverage, one at index 7, one first (where SPKEZP's observer state
      // fails before its correction is parsed).
      for (const outside of [null, 7, 0]) {
        const ets = epochs(spice, outside);
        for (const [target, ref, abcorr, observer] of TARGETS) {
          const what = `${target}/${observer} ${ref} ${abcorr} (outside: ${outside})`;
          for (const [batchCall, singleCall, key, width] of [
            ["spkezrBatch", "spkezr", "states", 6],
            ["spkposBatch", "spkpos", "positions", 3],
          ]) {
            const single = singles(ets, (et) => spice[singleCall](target, et, ref, abcorr, observer));
            let batch = null;
            let batchError = null;
            try {
              batch = spice[batchCall](target, ets, ref, abcorr, observer);
            } catch (error) {
              batchError = error;
            }
            if (single.error) {
              assertSameError(batchError, single, `${batchCall} ${what}`);
              seen.errors.add(`${single.error.short}@${single.index}`);
              continue;
            }
            assert.equal(batchError, null, `${batchCall} ${what}: ${batchError?.message}`);
            seen.values += ets.length;
            const vectors = batch[key] ?? batch.positions ?? batch.states;
            assert.equal(vectors.length, width * ets.length);
            for (let i = 0; i < ets.length; i++) {
              const s = single.values[i];
              const v = s.state ?? s.position ?? s.pos;
              assert.equal(bits(vectors.subarray(width * i, width * (i + 1))), bits(v), `${batchCall} ${what} at ${i}`);
              assert.equal(bits([batch.lts[i]]), bits([s.lt]), `${batchCall} ${what} lt at ${i}`);
            }
          }
        }
      }
      // The cases reach both outcomes: values, and errors before and at a later epoch.
      assert.ok(seen.values > 1000, `${seen.values}`);
      for (const e of ["SPICE(UNKNOWNFRAME)@0", "SPICE(INVALIDOPTION)@0", "SPICE(SPKINSUFFDATA)@0", "SPICE(SPKINSUFFDATA)@7",
        "SPICE(IDCODENOTFOUND)@0", "SPICE(EMPTYSTRING)@0"]) {
        assert.ok(seen.errors.has(e), `${e} not among ${[...seen.errors]}`);
      }
      // An empty batch checks nothing, as a loop over no epochs did.
      assert.equal(spice.spkezrBatch("NOT A BODY", new Float64Array(0), "J2000", "NONE", "EARTH").lts.length, 0);
    });
  });

  test(`pxformBatch: every epoch and every error as pxform (${backend})`, async () => {
    await withBackend(backend, (spice) => {
      load(spice);
      const ets = epochs(spice, false);
      for (const [from, to] of [
        ["J2000", "IAU_EARTH"],
        ["IAU_MOON", "ECLIPJ2000"],
        ["IAU_EARTH", "IAU_MOON"],
        ["J2000", "BOGUS"],
        ["BOGUS", "NOPE"],
        ["", "J2000"],
        ["J2000", "IAU_MARS"],
      ]) {
        const single = singles(ets, (et) => spice.pxform(from, to, et));
        let batch = null;
        let batchError = null;
        try {
          batch = spice.pxformBatch(from, to, ets);
        } catch (error) {
          batchError = error;
        }
        if (single.error) {
          assertSameError(batchError, single, `pxformBatch ${from} -> ${to}`);
          continue;
        }
        assert.equal(batchError, null, batchError?.message);
        for (let i = 0; i < ets.length; i++) {
          assert.equal(bits(batch.subarray(9 * i, 9 * (i + 1))), bits(single.values[i].flat()), `${from} -> ${to} at ${i}`);
        }
      }
    });
  });
}

/** Every epoch of the batch against the single call, bit for bit. */
function assertBatchMatches(spice, ets, [target, ref, abcorr, observer], what) {
  const states = spice.spkezrBatch(target, ets, ref, abcorr, observer);
  const positions = spice.spkposBatch(target, ets, ref, abcorr, observer);
  for (let i = 0; i < ets.length; i++) {
    const s = spice.spkezr(target, ets[i], ref, abcorr, observer);
    const p = spice.spkpos(target, ets[i], ref, abcorr, observer);
    assert.equal(bits(states.states.subarray(6 * i, 6 * i + 6)), bits(s.state), `spkezrBatch ${what} at ${i}`);
    assert.equal(bits([states.lts[i]]), bits([s.lt]), `spkezrBatch ${what} lt at ${i}`);
    assert.equal(bits(positions.positions.subarray(3 * i, 3 * i + 3)), bits(p.pos ?? p.position), `spkposBatch ${what} at ${i}`);
  }
}

/** A deterministic shuffle (records and segments then change back and forth between epochs). */
function shuffled(values, seed = 7) {
  const out = Float64Array.from(values);
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

for (const backend of BACKENDS) {
  test(`batches keep segments and records across epochs, bit for bit as single calls (${backend})`, async () => {
    await withBackend(backend, (spice) => {
      for (const k of ["lsk/naif0012.tls", "pck/pck00010.tpc"]) {
        spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
      }
      // A year of a DE file's layout: thousands of records per body.
      spice.furnsh({ path: "/kernels/year.bsp", bytes: readFileSync(join(kernelsDir, "synthetic", "year-2015.bsp")) });
      const [[a, b]] = spice.spkcov("/kernels/year.bsp", 301);
      // A margin of an hour: light time moves the epochs the ephemeris is read at.
      const year = Float64Array.from({ length: 1500 }, (_, i) => a + 3600 + ((b - a - 7200) * i) / 1499);
      for (const request of [
        ["MOON", "J2000", "NONE", "EARTH"],
        ["EARTH", "IAU_EARTH", "NONE", "SUN"],
        ["SUN", "ECLIPJ2000", "NONE", "MOON"],
        ["MOON", "J2000", "LT+S", "EARTH"],
        ["EARTH", "IAU_EARTH", "CN+S", "SUN"],
        ["SUN", "ECLIPJ2000", "XLT", "MOON"],
      ]) {
        assertBatchMatches(spice, year, request, `${request.join(" ")} in order`);
        assertBatchMatches(spice, shuffled(year), request, `${request.join(" ")} shuffled`);
      }
      spice.kclear();

      // The big-endian DE excerpt (records decoded, not copied), then a later file whose type 8
      // segment gives the Moon relative to the Earth for the middle third of the time: the chain
      // changes shape (301 -> 399 instead of 301 -> 3 -> 399) within the batch.
      for (const k of ["lsk/naif0012.tls", "spk/de430-2015-03-02-big-endian.bsp"]) {
        spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
      }
      const [[c, d]] = spice.spkcov("/kernels/spk/de430-2015-03-02-big-endian.bsp", 301);
      const [t1, t2] = [c + (d - c) / 3, c + (2 * (d - c)) / 3];
      const states = [];
      for (let i = 0; i <= 20; i++) states.push(...spice.spkezr("MOON", t1 + ((t2 - t1) * i) / 20, "J2000", "NONE", "EARTH").state);
      const h = spice.spkopn({ kind: "virtual-output", path: "override.bsp" }, "OVERRIDE", 0);
      // Slightly different states, so that which segment served an epoch shows in its bits.
      spice.spkw08(h, 301, 399, "J2000", t1, t2, "MOON OVERRIDE", 5, states.map((v) => v * (1 + 1e-9)), t1, (t2 - t1) / 20);
      spice.spkcls(h);
      spice.furnsh({ path: "/kernels/override.bsp", bytes: spice.readVirtualOutput("override.bsp") });
      const span = Float64Array.from({ length: 600 }, (_, i) => c + 3600 + ((d - c - 7200) * i) / 599);
      for (const request of [
        ["MOON", "J2000", "NONE", "EARTH"],
        ["EARTH", "J2000", "NONE", "MOON"],
        ["MOON", "ECLIPJ2000", "NONE", "SUN"],
        ["MOON", "J2000", "LT+S", "EARTH"],
        ["EARTH", "J2000", "XCN+S", "MOON"],
        ["MOON", "ECLIPJ2000", "CN", "SUN"],
      ]) {
        assertBatchMatches(spice, span, request, `${request.join(" ")} with an override, in order`);
        assertBatchMatches(spice, shuffled(span), request, `${request.join(" ")} with an override, shuffled`);
      }
      // The override did take over: its epochs differ from the DE excerpt's own.
      const mid = (t1 + t2) / 2;
      const withOverride = spice.spkezr("MOON", mid, "J2000", "NONE", "EARTH").state;
      spice.unload("/kernels/override.bsp");
      assert.notEqual(bits(withOverride), bits(spice.spkezr("MOON", mid, "J2000", "NONE", "EARTH").state));
    });
  });
}
