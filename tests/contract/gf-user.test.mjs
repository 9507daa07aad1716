// User-defined GF searches (issue 14): gfuds, gfudb, uddf and uddc with JS callbacks, on both
// backends. gfuds given gfdist's own quantity (the J2000 range from spkpos, decreasing where the
// state's position and velocity have a negative dot product: ZZGFDIU's definition) returns
// gfdist's window bit for bit for every gfdist golden case (CSPICE's answers); gfudb's windows are
// checked at their ends (the condition changes there, to the GF tolerance) and at the midpoints of
// the intervals and gaps; uddf is QDERIV's formula; callbacks that throw or return the wrong type
// surface as the caller's exception or a TypeError, and the backend stays usable.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { loadKernels, readGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir, withGoldenKernels } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const WINDOW = [[478_339_000, 478_684_000]]; // 2015-02-27 .. 2015-03-03 (TDB seconds)

for (const backend of ["node", "wasm"]) {
  describe(`user-defined GF: ${backend}`, () => {
    test("gfuds with gfdist's quantity gives gfdist's window bit for bit (every gfdist golden case)", async () => {
      await withGoldenKernels(backend, "gf", async (spice, cases) => {
        let compared = 0;
        for (const c of cases.filter((k) => k.call === "gfdist" && !k.error)) {
          const [target, abcorr, obsrvr, relate, refval, adjust, step, nintvls, cnfine] = c.args;
          const range = (et) => spice.vnorm(spice.spkpos(target, et, "J2000", abcorr, obsrvr).pos);
          const decreasing = (_f, et) => {
            const s = spice.spkezr(target, et, "J2000", abcorr, obsrvr).state;
            return spice.vdot(s.slice(0, 3), s.slice(3)) < 0;
          };
          const want = spice.gfdist(...c.args).endpoints;
          const got = spice.gfuds(range, decreasing, relate, refval, adjust, step, nintvls, cnfine).endpoints;
          assert.deepEqual(got, want, c.id);
          compared++;
        }
        assert.ok(compared >= 30, `${compared} cases`);
      });
    });

    test("gfuds with uddc finds the same crossings to the GF tolerance", async () => {
      await withGoldenKernels(backend, "gf", async (spice) => {
        const range = (et) => spice.vnorm(spice.spkpos("MOON", et, "J2000", "NONE", "EARTH").pos);
        const got = spice.gfuds(range, (f, et) => spice.uddc(f, et, 1), ">", 400_000, 0, 3600, 100, WINDOW).toPairs();
        const want = spice.gfdist("MOON", "NONE", "EARTH", ">", 400_000, 0, 3600, 100, WINDOW).toPairs();
        assert.equal(got.length, want.length);
        assert.ok(got.length > 0);
        got.forEach(([a, b], i) => {
          assert.ok(Math.abs(a - want[i][0]) < 1e-5 && Math.abs(b - want[i][1]) < 1e-5, `${[a, b]} vs ${want[i]}`);
        });
      });
    });

    test("gfudb: the condition changes at each window end and holds inside, not in the gaps", async () => {
      await withGoldenKernels(backend, "gf", async (spice) => {
        const range = (et) => spice.vnorm(spice.spkpos("MOON", et, "J2000", "NONE", "EARTH").pos);
        const inBand = (f, et) => {
          const r = f(et);
          return r > 385_000 && r < 400_000;
        };
        const pairs = spice.gfudb(range, inBand, 3600, WINDOW).toPairs();
        assert.ok(pairs.length >= 1);
        const tol = 1e-5;
        for (const [a, b] of pairs) {
          assert.ok(inBand(range, (a + b) / 2), "holds inside");
          if (a > WINDOW[0][0]) assert.ok(!inBand(range, a - tol) && inBand(range, a + tol), `changes at ${a}`);
          if (b < WINDOW[0][1]) assert.ok(inBand(range, b - tol) && !inBand(range, b + tol), `changes at ${b}`);
        }
        for (let i = 1; i < pairs.length; i++) assert.ok(!inBand(range, (pairs[i - 1][1] + pairs[i][0]) / 2), "not in a gap");
        assert.throws(() => spice.gfudb(range, inBand, 0, WINDOW), { short: "SPICE(INVALIDSTEP)" });
      });
    });

    test("uddf is QDERIV's estimate; uddc its sign; dx = 0 is SPICE(DIVIDEBYZERO)", async () => {
      await withGoldenKernels(backend, "gf", async (spice) => {
        const square = (x) => x * x;
        assert.equal(spice.uddf(square, 2, 1e-3), (0.5 / 1e-3) * (2.001 * 2.001) + (-0.5 / 1e-3) * (1.999 * 1.999));
        assert.equal(spice.uddc(square, -3, 0.5), true);
        assert.equal(spice.uddc(square, 3, 0.5), false);
        assert.throws(() => spice.uddf(square, 2, 0), { short: "SPICE(DIVIDEBYZERO)" });
      });
    });

    test("a callback that throws or returns the wrong type stops the search; the backend stays usable", async () => {
      await withGoldenKernels(backend, "gf", async (spice) => {
        const mine = new Error("no data here");
        let calls = 0;
        const failing = (et) => {
          if (++calls === 10) throw mine;
          return et;
        };
        assert.throws(() => spice.gfuds(failing, (f, et) => spice.uddc(f, et, 1), "<", 0, 0, 3600, 100, WINDOW), (e) => e === mine);
        assert.ok(calls >= 10 && calls <= 12, `called ${calls} times: the search stopped at the throw`);
        assert.throws(() => spice.gfuds(() => "far", () => false, "<", 0, 0, 3600, 100, WINDOW), { name: "TypeError", message: /udfuns must return a number/ });
        assert.throws(() => spice.gfudb((et) => et, () => 1, 3600, WINDOW), { name: "TypeError", message: /udfunb must return a boolean/ });
        assert.throws(() => spice.uddf(() => { throw mine; }, 0, 1), (e) => e === mine);
        assert.throws(() => spice.gfuds(null, () => false, "<", 0, 0, 3600, 100, WINDOW), TypeError);
        assert.throws(() => spice.gfuds((et) => et, () => false, "BOGUS", 0, 0, 3600, 100, WINDOW), { short: "SPICE(NOTRECOGNIZED)" });
        // dispose() from a callback: the running search ends first (no use of freed memory), the
        // callbacks' later calls and every call after it answer SPICE(DISPOSED).
        const doomed = await createBackend({ backend });
        doomed.furnsh({ path: "/kernels/lsk/naif0012.tls", bytes: readFileSync(join(kernelsDir, "lsk/naif0012.tls")) });
        let n = 0;
        assert.throws(
          () => doomed.gfudb((et) => et, () => { if (++n === 5) doomed.dispose(); if (n > 5) doomed.str2et("2015-03-02"); return true; },
            3600, WINDOW),
          { short: "SPICE(DISPOSED)" },
        );
        assert.throws(() => doomed.str2et("2015-03-02"), { short: "SPICE(DISPOSED)" });
        // An async search started from a callback starts after the running call returns.
        let started;
        const order = [];
        spice.gfudb((et) => et, (_f, et) => {
          if (started === undefined) {
            started = spice.gfdistAsync("MOON", "NONE", "EARTH", ">", 400_000, 0, 3600, 100, WINDOW).then((w) => (order.push("async"), w));
          }
          spice.str2et("2015-03-02"); // the context is still this call's (no SPICE(CONTEXTBUSY))
          return true;
        }, 3600, WINDOW);
        order.push("gfudb returned");
        assert.ok((await started).count > 0);
        assert.deepEqual(order, ["gfudb returned", "async"]);
        // Still usable, and the same answers as before.
        const range = (et) => spice.vnorm(spice.spkpos("MOON", et, "J2000", "NONE", "EARTH").pos);
        assert.ok(spice.gfudb(range, (f, et) => f(et) > 400_000, 3600, WINDOW).count > 0);
      });
    });
  });
}
