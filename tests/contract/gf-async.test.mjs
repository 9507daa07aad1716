// Async GF searches (issue 14, item 3) on both backends: every golden case of a call with an async
// form gives, through `<call>Async`, exactly the synchronous call's window (bit for bit) or its
// SpiceError; progress is reported in [0, 1], never decreasing, ending at 1; an AbortSignal or a
// throwing progress callback stops the search and leaves the backend usable; on Node the search
// runs on the libuv pool (timers fire meanwhile, other calls get SPICE(CONTEXTBUSY)), several
// searches queue, and dispose() during a search settles it with SPICE(DISPOSED).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { loadKernels, readGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir, withGoldenKernels } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ASYNC_CALLS = ["gfsep", "gfdist", "gfrr", "gfpa", "gfoclt", "gfilum", "gfposc", "gfsubc", "gfsntc"];

// The outcome of a call as comparable data: the window's endpoints, or the error's code and text.
async function outcome(run) {
  try {
    return { window: Array.from((await run()).endpoints) };
  } catch (e) {
    return { short: e.short, long: e.long };
  }
}

// A search that takes a while (a 1-second step over six days: a second or so natively).
const SLOW = ["MOON", "NONE", "EARTH", ">", 390000, 0, 1, 1000];
const SLOW_WINDOW = [[478270867.0, 478782067.0]];

for (const backend of ["node", "wasm"]) {
  describe(`async GF: ${backend}`, () => {
    for (const name of ["gf", "gf2"]) {
      test(`${name}.json: each async search gives the synchronous answer bit for bit`, async () => {
        await withGoldenKernels(backend, name, async (spice, cases) => {
          let compared = 0;
          for (const c of cases.filter((k) => ASYNC_CALLS.includes(k.call))) {
            // gfsep's cases are many and alike: every third is enough to cover its relations.
            if (c.call === "gfsep" && compared % 3 !== 0 && !c.error) {
              compared++;
              continue;
            }
            const sync = await outcome(async () => spice[c.call](...c.args));
            const fractions = [];
            const async = await outcome(() => spice[`${c.call}Async`](...c.args, { onProgress: (f) => fractions.push(f) }));
            assert.deepEqual(async, sync, `${c.id}: the async form differs`);
            for (let i = 1; i < fractions.length; i++) assert.ok(fractions[i] >= fractions[i - 1], `${c.id}: progress went back`);
            assert.ok(fractions.every((f) => f >= 0 && f <= 1), `${c.id}: progress outside [0, 1]`);
            if (sync.window) assert.equal(fractions.at(-1), 1, `${c.id}: a finished search ends at 1`);
            compared++;
          }
          assert.ok(compared > 40, `only ${compared} cases compared`);
        });
      });
    }

    test("an AbortSignal stops the search with SPICE(CANCELLED); the backend stays usable", async () => {
      await withGoldenKernels(backend, "gf", async (spice) => {
        const before = spice.gfdist(...SLOW.slice(0, 6), 3600, 1000, SLOW_WINDOW).endpoints;
        // Aborted before the call.
        await assert.rejects(spice.gfdistAsync(...SLOW, SLOW_WINDOW, { signal: AbortSignal.abort() }), { short: "SPICE(CANCELLED)" });
        // Aborted from the progress callback (the one way on the calling thread), a third of the way in.
        const ac = new AbortController();
        let last = 0;
        await assert.rejects(
          spice.gfdistAsync(...SLOW, SLOW_WINDOW, {
            signal: ac.signal,
            onProgress: (f) => {
              last = f;
              if (f > 0.3) ac.abort();
            },
          }),
          { short: "SPICE(CANCELLED)", message: /cancelled/ },
        );
        assert.ok(last > 0.3 && last < 1, `stopped at ${last}`);
        assert.deepEqual(spice.gfdist(...SLOW.slice(0, 6), 3600, 1000, SLOW_WINDOW).endpoints, before);
      });
    });

    test("a one-year search reports progress often, stops midway on abort, and the backend stays usable", async () => {
      // The one-year SPK (tests/fixtures/kernels/synthetic/year-2015.bsp), searched with a 60-second
      // step (525,600 steps).
      const spice = await createBackend({ backend });
      try {
        for (const k of ["lsk/naif0012.tls", "pck/pck00010.tpc", "synthetic/year-2015.bsp"]) {
          spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
        }
        const year = [[spice.str2et("2015-01-01"), spice.str2et("2016-01-01")]];
        const args = ["MOON", "NONE", "EARTH", ">", 400_000, 0, 60, 1000, year];
        const fractions = [];
        const whole = await spice.gfdistAsync(...args, { onProgress: (f) => fractions.push(f) });
        assert.ok(fractions.length >= 10, `progress reported ${fractions.length} times`);
        assert.equal(fractions.at(-1), 1);
        assert.ok(whole.count >= 12, `${whole.count} intervals in a year`);
        // Stopped midway: a 5-second step (6.3 million steps, seconds of work) aborted at its first
        // report, so it cannot finish first even on a loaded machine where reports reach the JS
        // thread late.
        const ac = new AbortController();
        let stoppedAt = 0;
        await assert.rejects(
          spice.gfdistAsync("MOON", "NONE", "EARTH", ">", 400_000, 0, 5, 1000, year,
            { signal: ac.signal, onProgress: (f) => { stoppedAt = f; if (f > 0) ac.abort(); } }),
          { short: "SPICE(CANCELLED)" },
        );
        assert.ok(stoppedAt > 0 && stoppedAt < 1, `stopped at ${stoppedAt}`);
        assert.deepEqual(spice.gfdist(...args).endpoints, whole.endpoints, "the same answer after a cancelled search");
      } finally {
        spice.dispose();
      }
    });

    test("dispose() from onProgress stops the search: SPICE(DISPOSED), nothing freed under it", async () => {
      const spice = await createBackend({ backend });
      loadKernels(spice, readGolden(goldenFile("gf")), kernelsDir, "bytes");
      await assert.rejects(spice.gfdistAsync(...SLOW, SLOW_WINDOW, { onProgress: (f) => { if (f > 0.2) spice.dispose(); } }),
        { short: "SPICE(DISPOSED)" });
      assert.throws(() => spice.str2et("2015-03-02"), { short: "SPICE(DISPOSED)" });
    });

    test("a progress callback that throws stops the search and rejects with what it threw", async () => {
      await withGoldenKernels(backend, "gf", async (spice) => {
        const mine = new Error("stop here");
        await assert.rejects(spice.gfdistAsync(...SLOW, SLOW_WINDOW, { onProgress: (f) => { if (f > 0.1) throw mine; } }), (e) => e === mine);
        assert.ok(spice.gfdist(...SLOW.slice(0, 6), 3600, 1000, SLOW_WINDOW).endpoints.length > 0);
      });
    });

    test("bad options and bad arguments reject as the synchronous call throws", async () => {
      await withGoldenKernels(backend, "gf", async (spice) => {
        await assert.rejects(spice.gfdistAsync(...SLOW, SLOW_WINDOW, { onProgress: 3 }), TypeError);
        await assert.rejects(spice.gfdistAsync(...SLOW, SLOW_WINDOW, { signal: {} }), TypeError);
        await assert.rejects(spice.gfdistAsync("MOON", "NONE", "EARTH", "<", "far", 0, 1, 1000, SLOW_WINDOW), TypeError);
        await assert.rejects(spice.gfdistAsync("MOON", "NONE", "EARTH", "FAR", 1, 0, 1, 1000, SLOW_WINDOW), { short: "SPICE(NOTRECOGNIZED)" });
      });
    });
  });
}

describe("async GF: node runs searches on the libuv pool", () => {
  test("timers fire during a search, other calls get SPICE(CONTEXTBUSY), and searches queue", async () => {
    await withGoldenKernels("node", "gf", async (spice) => {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      try {
        const first = spice.gfdistAsync(...SLOW, SLOW_WINDOW);
        const second = spice.gfdistAsync("MOON", "NONE", "EARTH", "<", 390000, 0, 10, 1000, SLOW_WINDOW);
        assert.throws(() => spice.str2et("2015-03-02"), { short: "SPICE(CONTEXTBUSY)", message: /gfdistAsync is running/ });
        const [a, b] = await Promise.all([first, second]);
        assert.ok(ticks > 10, `the JS thread was blocked (${ticks} timer ticks)`);
        assert.deepEqual(a.endpoints, spice.gfdist(...SLOW, SLOW_WINDOW).endpoints);
        assert.deepEqual(b.endpoints, spice.gfdist("MOON", "NONE", "EARTH", "<", 390000, 0, 10, 1000, SLOW_WINDOW).endpoints);
      } finally {
        clearInterval(timer);
      }
    });
  });

  test("an abort from a timer stops a running search", async () => {
    await withGoldenKernels("node", "gf", async (spice) => {
      const t0 = performance.now();
      await assert.rejects(spice.gfdistAsync(...SLOW, SLOW_WINDOW, { signal: AbortSignal.timeout(20) }), { short: "SPICE(CANCELLED)" });
      assert.ok(performance.now() - t0 < 500, "the search did not stop soon after the abort");
      assert.equal(spice.str2et("2015-03-02T00:00:00"), 478526467.1853908);
    });
  });

  test("dispose() during a search settles it with SPICE(DISPOSED)", async () => {
    const spice = await createBackend({ backend: "node" });
    const golden = readGolden(goldenFile("gf"));
    loadKernels(spice, golden, kernelsDir, "bytes");
    const running = spice.gfdistAsync(...SLOW, SLOW_WINDOW);
    setTimeout(() => spice.dispose(), 10);
    await assert.rejects(running, { short: "SPICE(DISPOSED)" });
    assert.throws(() => spice.str2et("2015-03-02"), { short: "SPICE(DISPOSED)" });
  });
});
