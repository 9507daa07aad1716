// createWorkerPool (src/worker/pool.ts): a batch split across two workers gives, bit for bit, what
// one backend gives for the whole batch; a failing epoch is named by its index in the whole batch;
// `all` reaches every worker.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { bundledKernelsDir, createBackend, createWorkerPool, SpiceError } from "../../dist/index.js";

const KERNELS = ["naif0012.tls", "pck00010.tpc", "de430-2015-03-02.bsp"].map((f) => join(bundledKernelsDir(), f));

for (const backend of ["node", "wasm"]) {
  test(`a pool of two ${backend} workers: batches equal one backend's, errors name the whole batch's index`, async () => {
    const pool = await createWorkerPool({ size: 2, backend });
    const one = await createBackend({ backend });
    try {
      for (const k of KERNELS) {
        await pool.all("furnsh", k);
        one.furnsh(k);
      }
      assert.deepEqual(await Promise.all(pool.backends.map((b) => b.ktotal("ALL"))), [3, 3], "every worker loaded them");
      const et0 = one.str2et("2015-03-02T00:00:00");
      const ets = new Float64Array(100_001).map((_, i) => et0 + i * 0.8);
      const states = await pool.batch("spkezrBatch", "MOON", ets, "J2000", "LT+S", "EARTH");
      assert.deepEqual(states, one.spkezrBatch("MOON", ets, "J2000", "LT+S", "EARTH"));
      assert.deepEqual(await pool.batch("pxformBatch", "J2000", "IAU_EARTH", ets), one.pxformBatch("J2000", "IAU_EARTH", ets));
      assert.deepEqual(await pool.batch("spkposBatch", "SUN", ets.subarray(0, 1), "J2000", "NONE", "EARTH"), one.spkposBatch("SUN", ets.subarray(0, 1), "J2000", "NONE", "EARTH"));

      // Epoch 80,000 (in the second worker's part) is outside the SPK's one day.
      const bad = ets.slice();
      bad[80_000] = et0 + 10 * 86400;
      let expected;
      try {
        one.spkezrBatch("MOON", bad, "J2000", "NONE", "EARTH");
      } catch (e) {
        expected = e;
      }
      assert.match(expected.long, /\(epoch index 80000 of the batch\)$/);
      await assert.rejects(pool.batch("spkezrBatch", "MOON", bad, "J2000", "NONE", "EARTH"), (e) => {
        assert.ok(e instanceof SpiceError);
        assert.equal(e.short, expected.short);
        assert.equal(e.long, expected.long);
        return true;
      });
    } finally {
      one.dispose();
      await pool.dispose();
    }
  });
}

test("createWorkerPool checks its size", async () => {
  await assert.rejects(createWorkerPool({ size: 0 }), RangeError);
  await assert.rejects(createWorkerPool({ size: 1.5 }), RangeError);
});
