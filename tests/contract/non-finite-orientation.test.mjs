// Binary PCK orientation and CK coverage from corrupt data that is not finite (issue 16, item 4, as
// non-finite-states.test.mjs for SPK states): CSPICE returns NaN or infinities (whose NaN bits differ
// between node and wasm); spicecraft throws SPICE(INVALIDVALUE) on both backends, naming the file and
// segment, with the same message.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";

const fixture = (...parts) => Buffer.from(readFileSync(join(kernelsDir, ...parts)));

/** The first segment's summary fields of a little-endian DAF image. */
function firstSegment(bytes) {
  const forward = bytes.readInt32LE(76);
  const nd = bytes.readInt32LE(8), ni = bytes.readInt32LE(12);
  const at = (forward - 1) * 1024 + 24;
  const ints = Array.from({ length: ni }, (_, k) => bytes.readInt32LE(at + nd * 8 + 4 * k));
  return { start: bytes.readDoubleLE(at), stop: bytes.readDoubleLE(at + 8), ints, begin: ints[ni - 2], end: ints[ni - 1] };
}

/** Runs `check(spice)` on both backends; the messages of the errors it collects must agree. */
async function onBothBackends(check) {
  const messages = [];
  for (const backend of ["node", "wasm"]) {
    const spice = await createBackend({ backend });
    try {
      messages.push(check(spice));
    } finally {
      spice.dispose();
    }
  }
  assert.deepEqual(messages[0], messages[1]);
}

const notFinite = (file, collected) => (e) =>
  e.short === "SPICE(INVALIDVALUE)" && e.long.includes(file) && /not finite/.test(e.long) && !/nan/i.test(e.long) &&
  (collected.push(e.long), true);

for (const [label, value] of [["a NaN", NaN], ["an infinite", Infinity]]) {
  test(`pxform/sxform on a binary PCK with ${label} coefficient: SPICE(INVALIDVALUE) on both backends`, async () => {
    const bytes = fixture("pck", "moon_pa_de421_1900-2050.bpc");
    const seg = firstSegment(bytes);
    assert.deepEqual(seg.ints.slice(0, 3), [31006, 1, 2]);
    // The first record: MID, RADIUS, then the RA coefficients; a W coefficient further on.
    bytes.writeDoubleLE(value, (seg.begin + 2 - 1) * 8);
    const et = seg.start + 3600; // inside the first record
    await onBothBackends((spice) => {
      const collected = [];
      spice.furnsh({ path: "/kernels/fk/moon_080317.tf", bytes: new Uint8Array(fixture("fk", "moon_080317.tf")) });
      spice.furnsh({ path: "/kernels/damaged-moon.bpc", bytes: new Uint8Array(bytes) });
      assert.throws(() => spice.pxform("J2000", "MOON_PA_DE421", et), notFinite("damaged-moon.bpc", collected));
      assert.throws(() => spice.sxform("ECLIPJ2000", "MOON_ME_DE421", et), notFinite("damaged-moon.bpc", collected));
      // Outside the damaged record the file still answers.
      assert.equal(spice.pxform("J2000", "MOON_PA_DE421", seg.stop - 3600).length, 9);
      return collected;
    });
  });
}

test("ckcov INTERVAL coverage with an infinite interval bound: SPICE(INVALIDVALUE) on both backends", async () => {
  const bytes = fixture("ck-written", "spicecraft_type02.bc");
  const seg = firstSegment(bytes);
  assert.deepEqual(seg.ints.slice(0, 3), [-143902, 1, 2]);
  bytes.writeDoubleLE(-Infinity, (seg.end - 1) * 8); // the last interval's stop time
  await onBothBackends((spice) => {
    const collected = [];
    spice.furnsh({ path: "/kernels/damaged02.bc", bytes: new Uint8Array(bytes) });
    assert.throws(() => spice.ckcov("/kernels/damaged02.bc", -143902, false, "INTERVAL", 0, "SCLK"),
      notFinite("damaged02.bc", collected));
    // The segment level reads only the descriptor, which is intact.
    assert.equal(spice.ckcov("/kernels/damaged02.bc", -143902, false, "SEGMENT", 0, "SCLK").count, 1);
    return collected;
  });
});
