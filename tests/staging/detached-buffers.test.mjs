// Views of detached ArrayBuffers (issue 16, item 6): kernel bytes and batch epochs whose buffer was
// transferred away are a TypeError on both backends, not an empty kernel or an empty batch.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "../contract/fixtures.mjs";

/** A view whose buffer has been transferred (detached), as after postMessage(..., [buffer]). */
function detached(view) {
  structuredClone(view.buffer, { transfer: [view.buffer] });
  assert.equal(view.byteLength, 0);
  return view;
}

for (const backend of ["node", "wasm"]) {
  test(`${backend}: detached kernel bytes and epochs are refused with a TypeError`, async () => {
    const spice = await createBackend({ backend });
    try {
      const lsk = new Uint8Array(readFileSync(join(kernelsDir, "lsk", "naif0012.tls")));
      assert.throws(() => spice.furnsh({ path: "/kernels/naif0012.tls", bytes: detached(lsk) }), {
        name: "TypeError",
        message: /detached/,
      });
      assert.equal(spice.ktotal("ALL"), 0);

      spice.furnsh({ path: "/kernels/de430.bsp", bytes: readFileSync(join(kernelsDir, "spk", "de430-2015-03-02.bsp")) });
      const ets = detached(new Float64Array([478_569_600, 478_573_200]));
      assert.throws(() => spice.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH"), { name: "TypeError", message: /detached/ });
      // An empty batch of a live buffer is still an empty batch.
      assert.equal(spice.spkezrBatch("MOON", new Float64Array(0), "J2000", "NONE", "EARTH").states.length, 0);
    } finally {
      spice.dispose?.();
    }
  });
}
