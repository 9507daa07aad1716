// Concurrency (issue 16, "What to build"): N worker_threads, each with its own backend, run the same
// sweep (concurrency-sweep.mjs: loads, str2et/et2utc, spkezr/spkpos, pxform/sxform over many epochs,
// an SPK writer round trip through a VirtualOutput); every worker's answers equal the single-thread
// run's bit for bit, on node and on wasm. Backends in one process share nothing: a kernel or pool
// variable of one is invisible to another. The speed-up is printed, not asserted (the machine is
// shared).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";
import { runSweep } from "./concurrency-sweep.mjs";

const SWEEP = new URL("./concurrency-sweep.mjs", import.meta.url);
const EPOCHS = 1000;

/** Runs the sweep in `n` workers at once: their results and the wall time. */
async function inWorkers(backend, n) {
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      new Promise((resolve, reject) => {
        const w = new Worker(SWEEP, { workerData: { backend, epochs: EPOCHS, tag: 7 } });
        w.once("message", resolve);
        w.once("error", reject);
        w.once("exit", (code) => code !== 0 && reject(new Error(`worker ${i} exited with code ${code}`)));
      }),
    ),
  );
  return { results, ms: performance.now() - t0 };
}

for (const backend of ["node", "wasm"]) {
  test(`${backend}: 2 to 4 workers, each with its own backend, give the single-thread answers bit for bit`, async () => {
    const spice = await createBackend({ backend });
    let single;
    try {
      single = runSweep(spice, { epochs: EPOCHS, tag: 7 });
    } finally {
      spice.dispose();
    }
    assert.ok(single.isolated);
    await inWorkers(backend, 1); // warms the file cache and the module loader for the timings
    const one = await inWorkers(backend, 1);
    assert.equal(one.results[0].digest, single.digest);
    for (const n of [2, 3, 4]) {
      const many = await inWorkers(backend, n);
      for (const r of many.results) {
        assert.equal(r.digest, single.digest, `${n} workers`);
        assert.equal(r.count, single.count);
        assert.ok(r.isolated);
      }
      // n sweeps in `many.ms` against one sweep in `one.ms` (both with worker start-up).
      console.log(`${backend}: ${n} workers, ${single.count} answers each: ${many.ms.toFixed(0)} ms ` +
        `(one worker ${one.ms.toFixed(0)} ms): speed-up ${((n * one.ms) / many.ms).toFixed(2)}x`);
    }
  });
}

test("backends in one process share nothing: kernels, pool variables, kclear", async () => {
  const lsk = new Uint8Array(readFileSync(join(kernelsDir, "lsk", "naif0012.tls")));
  const spk = new Uint8Array(readFileSync(join(kernelsDir, "spk", "de430-2015-03-02.bsp")));
  const backends = await Promise.all(["node", "node", "wasm", "wasm"].map((backend) => createBackend({ backend })));
  try {
    const [a, b, c, d] = backends;
    a.furnsh({ path: "/kernels/naif0012.tls", bytes: lsk });
    a.furnsh({ path: "/kernels/de430.bsp", bytes: spk });
    c.furnsh({ path: "/kernels/de430.bsp", bytes: spk });
    a.pdpool("ONLY_IN_A", [1]);
    d.pcpool("ONLY_IN_D", ["d"]);
    assert.deepEqual(backends.map((s) => s.ktotal("ALL")), [2, 0, 1, 0]);
    assert.deepEqual(backends.map((s) => s.expool("ONLY_IN_A")), [true, false, false, false]);
    assert.deepEqual(backends.map((s) => s.dtpool("ONLY_IN_D").found), [false, false, false, true]);
    // b and d have no kernels: their own errors, not a's or c's data.
    for (const s of [b, d]) assert.throws(() => s.spkgeo(301, 4.785e8, "J2000", 399), (e) => e.short === "SPICE(NOLOADEDFILES)");
    assert.throws(() => b.str2et("2015-03-02"), (e) => e.short === "SPICE(NOLEAPSECONDS)");
    assert.throws(() => c.str2et("2015-03-02"), (e) => e.short === "SPICE(NOLEAPSECONDS)");
    // kclear in one leaves the others' kernels loaded; the same answers from a and c.
    b.kclear();
    d.kclear();
    assert.deepEqual(backends.map((s) => s.ktotal("ALL")), [2, 0, 1, 0]);
    assert.deepEqual(a.spkgeo(301, 4.785e8, "J2000", 399), c.spkgeo(301, 4.785e8, "J2000", 399));
    c.unload("/kernels/de430.bsp");
    assert.equal(a.spkgeo(301, 4.785e8, "J2000", 399).state.length, 6);
  } finally {
    for (const s of backends) s.dispose();
  }
});
