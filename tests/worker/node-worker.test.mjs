// createWorkerBackend() under Node (a worker_threads worker running src/worker/node-entry.ts): the
// golden cases of several files give, through the worker, exactly what the same backend gives in
// this thread (values bit for bit, SpiceWindows rebuilt, errors with their class and short code);
// plus progress and abort of an async search, timeouts, dispose, values that cannot be posted,
// moved results, and a worker whose backend cannot be created.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import { createBackend, createWorkerBackend, SpiceError, SpiceWindow } from "../../dist/index.js";
import { goldenFile, kernelsDir } from "../contract/fixtures.mjs";
import { firstDifference, readGolden } from "../golden/golden.mjs";

const FILES = ["time", "spk-planets", "frames", "gf", "ck"];
const dumped = (v) => (v instanceof SpiceWindow ? { window: v.toPairs() } : v);
const outcome = async (f) => {
  try {
    return { value: dumped(await f()) };
  } catch (error) {
    return { error: `${error.constructor.name} ${error.short ?? ""} ${error.message}` };
  }
};

for (const backend of ["node", "wasm"]) {
  describe(`worker running the ${backend} backend`, () => {
    for (const name of FILES) {
      test(`${name}.json: every case gives through the worker what it gives in this thread`, async () => {
        const golden = readGolden(goldenFile(name));
        const here = await createBackend({ backend });
        const there = await createWorkerBackend({ backend });
        assert.equal(there.kind, backend);
        try {
          for (const entry of golden.kernels) {
            const bytes = readFileSync(join(resolve(kernelsDir), entry));
            here.furnsh({ path: `/kernels/${entry}`, bytes });
            await there.furnsh({ path: `/kernels/${entry}`, bytes });
          }
          let compared = 0;
          for (const c of golden.cases) {
            if (c.call === "steps") continue;
            const a = await outcome(() => here[c.call](...c.args));
            const b = await outcome(() => there[c.call](...c.args));
            assert.equal(b.error, a.error, `${c.id}`);
            const d = firstDifference(b.value, a.value, c.id);
            assert.equal(d, null, d ?? "");
            compared++;
          }
          assert.ok(compared > 10, `${compared} cases compared`);
        } finally {
          here.dispose();
          await there.dispose();
        }
      });
    }
  });
}

describe("the worker client", () => {
  const moonKernels = async (spice) => {
    for (const k of ["naif0012.tls", "de430-2015-03-02.bsp"]) await spice.furnsh(join(resolve("kernels"), k));
  };

  test("an async search reports progress through the worker and stops on abort with SPICE(CANCELLED)", async () => {
    const spice = await createWorkerBackend();
    try {
      await spice.furnsh({ path: "/kernels/year.bsp", bytes: readFileSync(join(resolve(kernelsDir), "synthetic/year-2015.bsp")) });
      await moonKernels(spice);
      const [et0, et1] = [await spice.str2et("2015-01-01"), await spice.str2et("2016-01-01")];
      const seen = [];
      const window = await spice.gfdistAsync("MOON", "NONE", "EARTH", ">", 400000, 0, 3600, 1000, [[et0, et1]], { onProgress: (f) => seen.push(f) });
      assert.ok(window instanceof SpiceWindow && window.count > 5, String(window.count));
      // The native addon coalesces reports the JS thread has not taken yet, so only their presence
      // and order are checked here (tests/contract/gf-async.test.mjs counts them on a backend).
      assert.ok(seen.length >= 1 && seen.every((f) => f >= 0 && f <= 1), `${seen.length} progress reports`);
      assert.deepEqual([...seen].sort((a, b) => a - b), seen, "never decreasing");

      const controller = new AbortController();
      const search = spice.gfsepAsync("MOON", "POINT", "NULL", "SUN", "POINT", "NULL", "LT+S", "EARTH", "<", 0.5, 0, 60, 1000, [[et0, et1]], {
        signal: controller.signal,
        onProgress: (f) => f > 0.05 && controller.abort(),
      });
      await assert.rejects(search, (e) => e instanceof SpiceError && e.short === "SPICE(CANCELLED)");
      assert.equal(await spice.str2et("2015-01-01"), et0, "usable afterwards");
    } finally {
      await spice.dispose();
    }
  });

  test("results are moved out of the worker; inputs are copied unless transferInputs", async () => {
    for (const transferInputs of [false, true]) {
      const spice = await createWorkerBackend({ transferInputs });
      try {
        await moonKernels(spice);
        const ets = new Float64Array(1000).map((_, i) => 478569667 + 60 * i);
        const batch = await spice.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH");
        assert.ok(batch.states instanceof Float64Array && batch.states.length === 6000);
        assert.equal(ets.length, transferInputs ? 0 : 1000, "the caller's array is detached only with transferInputs");
      } finally {
        await spice.dispose();
      }
    }
  });

  test("a function argument is a TypeError, not a hang", async () => {
    const spice = await createWorkerBackend();
    try {
      await assert.rejects(spice.uddf((et) => et, 0, 1), (e) => e instanceof TypeError && /cannot be sent to a Worker/.test(e.message));
      assert.equal(typeof (await spice.tkvrsn()), "string", "still usable");
    } finally {
      await spice.dispose();
    }
  });

  test("a call over the timeout rejects with SPICE(TIMEOUT); the worker is stopped and later calls say so", async () => {
    const spice = await createWorkerBackend({ timeout: 50 });
    await spice.furnsh({ path: "/kernels/year.bsp", bytes: readFileSync(join(resolve(kernelsDir), "synthetic/year-2015.bsp")) });
    await moonKernels(spice);
    const [et0, et1] = [await spice.str2et("2015-01-01"), await spice.str2et("2016-01-01")];
    await assert.rejects(spice.gfsep("MOON", "POINT", "NULL", "SUN", "POINT", "NULL", "LT+S", "EARTH", "<", 0.5, 0, 60, 1000, [[et0, et1]]),
      (e) => e instanceof SpiceError && e.short === "SPICE(TIMEOUT)" && e.operation === "gfsep");
    await assert.rejects(spice.str2et("2015"), (e) => e.short === "SPICE(WORKERFAILED)" && /timed out/.test(e.message));
    await spice.dispose();
  });

  test("dispose stops a running search, rejects it with SPICE(DISPOSED) and ends the thread", async () => {
    const spice = await createWorkerBackend();
    await spice.furnsh({ path: "/kernels/year.bsp", bytes: readFileSync(join(resolve(kernelsDir), "synthetic/year-2015.bsp")) });
    await moonKernels(spice);
    const [et0, et1] = [await spice.str2et("2015-01-01"), await spice.str2et("2016-01-01")];
    const started = Promise.withResolvers ? Promise.withResolvers() : (() => { let resolve; const promise = new Promise((r) => (resolve = r)); return { promise, resolve }; })();
    const search = spice.gfsepAsync("MOON", "POINT", "NULL", "SUN", "POINT", "NULL", "LT+S", "EARTH", "<", 0.5, 0, 60, 1000, [[et0, et1]], { onProgress: () => started.resolve() });
    const settled = search.then(() => "resolved", (e) => e);
    await started.promise;
    await spice.dispose();
    const error = await settled;
    assert.ok(error instanceof SpiceError && error.short === "SPICE(DISPOSED)", String(error));
    await assert.rejects(spice.str2et("2015"), (e) => e instanceof SpiceError && e.short === "SPICE(DISPOSED)");
    await spice.dispose(); // twice is fine
  });

  test("a worker that cannot create its backend rejects createWorkerBackend with the reason", async () => {
    await assert.rejects(createWorkerBackend({ backend: "wasm", wasm: { bytes: new Uint8Array(16) } }), /not a WebAssembly module/);
    await assert.rejects(createWorkerBackend({ backend: "bogus" }), TypeError);
  });

  test("a worker given by the caller: a worker_threads Worker importing spicecraft/worker", async () => {
    const worker = new Worker('import "spicecraft/worker";', { eval: true });
    const spice = await createWorkerBackend({ worker, backend: "wasm" });
    assert.equal(spice.kind, "wasm");
    await moonKernels(spice);
    const here = await createBackend({ backend: "node" });
    for (const k of ["naif0012.tls", "de430-2015-03-02.bsp"]) here.furnsh(join(resolve("kernels"), k));
    const et = await spice.str2et("2015-03-02T12:00:00");
    assert.deepEqual(await spice.spkezr("MOON", et, "J2000", "LT+S", "EARTH"), here.spkezr("MOON", et, "J2000", "LT+S", "EARTH"));
    here.dispose();
    await spice.dispose();
  });
});
