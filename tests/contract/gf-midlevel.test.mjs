// The mid-level GF searches gfocce and gffove (issue 14) on both backends. Given CSPICE's defaults
// (spice.gfstep after gfsstp, spice.gfrefn) or JS functions computing the same, they return the
// high-level searches' windows bit for bit: gfocce = gfoclt for every gfoclt golden case of
// gf2.json, gffove = gftfov/gfrfov on the synthetic camera. The report functions are called as
// CSPICE calls them (udrepi once with the confinement window and CSPICE's texts, udrepu through
// every confinement interval, udrepf at the end); an interrupt (udbail) returns the intervals found
// so far without an error; the checks come in gfocce_c's order.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { loadKernels, readGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir, withGoldenKernels } from "./fixtures.mjs";

const FOV_KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp", "synthetic/apophis_synthetic.tf",
  "synthetic/apophis_synthetic.tpc", "synthetic/apophis_synthetic.bsp", "ik-synthetic/spicecraft_cam.ti"];
const FOV_WINDOW = [[478540000, 478600000]];

for (const backend of ["node", "wasm"]) {
  describe(`mid-level GF: ${backend}`, () => {
    test("gfocce with CSPICE's defaults, or JS functions doing the same, is gfoclt bit for bit (every gfoclt golden case)", async () => {
      await withGoldenKernels(backend, "gf2", async (spice, cases) => {
        let compared = 0;
        for (const c of cases.filter((k) => k.call === "gfoclt" && !k.error)) {
          const [occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, step, cnfine] = c.args;
          const want = spice.gfoclt(...c.args).endpoints;
          spice.gfsstp(step);
          const viaDefaults = spice.gfocce(occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, 1e-6,
            spice.gfstep, spice.gfrefn, false, null, null, null, false, null, cnfine);
          assert.deepEqual(viaDefaults.endpoints, want, `${c.id} (defaults)`);
          const viaJs = spice.gfocce(occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, 1e-6,
            () => step, (t1, t2) => t1 * 0.5 + t2 * 0.5, false, null, null, null, false, null, cnfine);
          assert.deepEqual(viaJs.endpoints, want, `${c.id} (JS functions)`);
          compared++;
        }
        assert.ok(compared >= 15, `${compared} cases`);
      });
    });

    test("the report functions are called as CSPICE calls them; an interrupt returns what was found so far", async () => {
      await withGoldenKernels(backend, "gf2", async (spice, cases) => {
        const c = cases.find((k) => k.call === "gfoclt" && !k.error && k.expect.length >= 2);
        assert.ok(c, "a gfoclt case with two or more intervals");
        const [occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, step, cnfine] = c.args;
        const full = spice.gfoclt(...c.args).toPairs();
        const calls = [];
        spice.gfsstp(step);
        const reported = spice.gfocce(occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, 1e-6,
          spice.gfstep, spice.gfrefn, true,
          (window, prefix, suffix) => calls.push(["init", window.toPairs(), prefix, suffix]),
          (ivbeg, ivend, et) => calls.push(["update", ivbeg, ivend, et]),
          () => calls.push(["final"]), false, null, cnfine);
        assert.deepEqual(reported.toPairs(), full);
        assert.deepEqual(calls[0], ["init", cnfine, "Occultation/transit search ", "done."]);
        assert.deepEqual(calls.at(-1), ["final"]);
        const updates = calls.slice(1, -1);
        assert.ok(updates.length > 10 && updates.every((u) => u[0] === "update"));
        let last = -Infinity;
        for (const [, ivbeg, ivend, et] of updates) {
          assert.ok(cnfine.some(([a, b]) => a === ivbeg && b === ivend), "updates name a confinement interval");
          assert.ok(et >= ivbeg && et <= ivend && et >= last, "the epochs reported go forward");
          last = et;
        }
        assert.equal(updates.at(-1)[3], cnfine.at(-1)[1], "the last update is the end of the window");

        // Interrupt once the first interval has been found: its end is past, the rest is not.
        const firstEnd = full[0][1];
        let stopAt = Infinity;
        const partial = spice.gfocce(occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, 1e-6,
          (et) => {
            if (et > firstEnd && stopAt === Infinity) stopAt = et;
            return step;
          }, spice.gfrefn, false, null, null, null, true, () => stopAt !== Infinity, cnfine);
        assert.deepEqual(partial.toPairs(), [full[0]], "the intervals found before the interrupt, and no more");
      });
    });

    test("gfocce's checks in gfocce_c's order; functions that throw or are missing", async () => {
      await withGoldenKernels(backend, "gf2", async (spice, cases) => {
        const c = cases.find((k) => k.call === "gfoclt" && !k.error);
        const [occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, , cnfine] = c.args;
        const run = (over = {}) => {
          const a = { occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, tol: 1e-6, udstep: spice.gfstep,
            udrefn: spice.gfrefn, rpt: false, udrepi: null, udrepu: null, udrepf: null, bail: false, udbail: null, ...over };
          return spice.gfocce(a.occtyp, a.front, a.fshape, a.fframe, a.back, a.bshape, a.bframe, a.abcorr, a.obsrvr, a.tol,
            a.udstep, a.udrefn, a.rpt, a.udrepi, a.udrepu, a.udrepf, a.bail, a.udbail, cnfine);
        };
        // A fresh backend has no saved step: CSPICE's GFSTEP signals SPICE(NOTINITIALIZED).
        const fresh = await createBackend({ backend });
        try {
          loadKernels(fresh, readGolden(goldenFile("gf2")), kernelsDir, "bytes");
          assert.throws(() => fresh.gfocce(occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, 1e-6,
            fresh.gfstep, fresh.gfrefn, false, null, null, null, false, null, cnfine), { short: "SPICE(NOTINITIALIZED)" });
        } finally {
          fresh.dispose();
        }
        spice.gfsstp(300);
        assert.throws(() => run({ front: "" }), { short: "SPICE(EMPTYSTRING)" });
        assert.throws(() => run({ tol: 0 }), { short: "SPICE(INVALIDTOLERANCE)" });
        assert.throws(() => run({ fshape: "point", bshape: " POINT" }), { short: "SPICE(INVALIDSHAPECOMBO)", message: /both PTSHAP/ });
        assert.throws(() => run({ occtyp: "SOME" }), { short: "SPICE(INVALIDOCCTYPE)" });
        assert.throws(() => run({ rpt: true }), { name: "TypeError", message: /udrepi must be a function/ });
        assert.throws(() => run({ bail: true }), { name: "TypeError", message: /udbail must be a function/ });
        const mine = new Error("no step today");
        assert.throws(() => run({ udstep: () => { throw mine; } }), (e) => e === mine);
        assert.throws(() => run({ udrefn: () => "half" }), { name: "TypeError", message: /udrefn must return a number/ });
        assert.ok(run().count >= 0, "usable afterwards");
      });
    });

    test("gffove is gftfov and gfrfov bit for bit with CSPICE's defaults", async () => {
      const spice = await createBackend({ backend });
      try {
        for (const k of FOV_KERNELS) spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
        spice.gfsstp(300);
        for (const inst of ["-990101", "-990102", "-990103", "-990104"]) {
          for (const [tshape, tframe, abcorr] of [["POINT", " ", "NONE"], ["ELLIPSOID", "APOPHIS_FIXED", "LT+S"]]) {
            const want = spice.gftfov(inst, "APOPHIS", tshape, tframe, abcorr, "EARTH", 300, FOV_WINDOW).endpoints;
            const got = spice.gffove(inst, tshape, [0, 0, 0], "APOPHIS", tframe, abcorr, "EARTH", 1e-6, spice.gfstep, spice.gfrefn,
              false, null, null, null, false, null, FOV_WINDOW).endpoints;
            assert.deepEqual(got, want, `${inst} ${tshape}`);
          }
        }
        const ray = [0.3, -0.2, 0.93];
        const want = spice.gfrfov("-990101", ray, "J2000", "NONE", "EARTH", 300, FOV_WINDOW).endpoints;
        const calls = [];
        const got = spice.gffove("-990101", "RAY", ray, " ", "J2000", "NONE", "EARTH", 1e-6, spice.gfstep, spice.gfrefn, true,
          (w, prefix) => calls.push(prefix), () => {}, () => calls.push("final"), false, null, FOV_WINDOW).endpoints;
        assert.deepEqual(got, want);
        assert.deepEqual(calls, ["Target visibility search ", "final"]);
        assert.throws(() => spice.gffove("-990101", "RAY", ray, " ", "J2000", "NONE", "EARTH", -1, spice.gfstep, spice.gfrefn,
          false, null, null, null, false, null, FOV_WINDOW), { short: "SPICE(INVALIDTOLERANCE)" });
      } finally {
        spice.dispose();
      }
    });
  });
}
