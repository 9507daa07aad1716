// A segment whose corrupt data give a state that is not finite (issue 16, item 4): CSPICE returns
// NaN or infinities, whose bits differ between node and wasm; spicecraft throws the same SpiceError
// on both backends, naming the file and segment.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";

/** example1spk_seg12.bsp with its first type 12 segment's step set to 1e-300. */
function damagedType12() {
  const bytes = Buffer.from(readFileSync(join(kernelsDir, "spk", "example1spk_seg12.bsp")));
  const forward = bytes.readInt32LE(76); // first summary record
  const nd = bytes.readInt32LE(8);
  const summary = (forward - 1) * 1024 + 24;
  const end = bytes.readInt32LE(summary + nd * 8 + 5 * 4); // the segment's last address
  assert.equal(bytes.readInt32LE(summary + nd * 8 + 3 * 4), 12);
  bytes.writeDoubleLE(1e-300, (end - 3) * 8); // the trailer's step, at address end - 2
  return { bytes: new Uint8Array(bytes), start: bytes.readDoubleLE(summary), stop: bytes.readDoubleLE(summary + 8) };
}

test("a state that is not finite is one SpiceError on both backends", async () => {
  const { bytes, start, stop } = damagedType12();
  const messages = [];
  for (const backend of ["node", "wasm"]) {
    const spice = await createBackend({ backend });
    try {
      spice.furnsh({ path: "/kernels/damaged12.bsp", bytes });
      assert.throws(
        () => spice.spkgeo(4, 0.5 * (start + stop), "J2000", 0),
        (e) => e.short === "SPICE(INVALIDVALUE)" && /damaged12\.bsp/.test(e.long) && !/nan/i.test(e.long) && (messages.push(e.long), true),
      );
    } finally {
      spice.dispose?.();
    }
  }
  assert.equal(messages[0], messages[1]);
});

test("finite segment states whose light time overflows are one SpiceError on both backends", async () => {
  // Found by tests/fuzz/binary_kernel_fuzz: each segment state is finite (so the SPK reader's
  // check passes), but the corrected state was NaN.
  const bytes = new Uint8Array(readFileSync(join(kernelsDir, "bad", "fuzz-light-time-overflow.bsp")));
  const answers = [];
  for (const backend of ["node", "wasm"]) {
    const spice = await createBackend({ backend });
    try {
      spice.furnsh(join(kernelsDir, "lsk", "naif0012.tls"));
      spice.furnsh({ path: "/kernels/overflow.bsp", bytes });
      const et = -112347000;
      assert.ok(spice.spkezr("2", et, "J2000", "NONE", "0").state.every(Number.isFinite));
      for (const abcorr of ["LT", "LT+S"]) {
        assert.throws(() => spice.spkezr("2", et, "J2000", abcorr, "0"), (e) => {
          assert.equal(e.short, "SPICE(INVALIDVALUE)");
          assert.match(e.long, /not finite/);
          answers.push(e.long);
          return true;
        });
      }
    } finally {
      spice.dispose?.();
    }
  }
  assert.deepEqual(answers.slice(0, 2), answers.slice(2));
});
