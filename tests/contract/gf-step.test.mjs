// gfsstp, gfstep and gfrefn (issue 14) against CSPICE (tspice): the saved step starts unset
// (SPICE(NOTINITIALIZED)), is set by gfsstp and by every search with a step, and is left alone by
// an invalid step; gfrefn is GFREFN's bracketed midpoint, bit for bit, in either order.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { cspiceOracle } from "./cspice-oracle.mjs";
import { kernelsDir } from "./fixtures.mjs";

const KERNELS = ["lsk/naif0012.tls", "spk/de430-2015-03-02.bsp"];
const load = (api) => {
  for (const k of KERNELS) api.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
};
// A fresh CSPICE for this file: its saved step starts unset, as a new backend's does.
const cspice = cspiceOracle({ setup: load });

/** The outcome of a call as comparable data: its value or its error's short code. */
function outcome(run) {
  try {
    return { value: run() };
  } catch (e) {
    return { short: /SPICE\([A-Z]+\)/.exec(e.message)?.[0] };
  }
}

for (const backend of ["node", "wasm"]) {
  describe(`GF step and refinement: ${backend}`, () => {
    test("the saved step follows CSPICE's: unset, set by gfsstp and by searches, kept on a bad step", async () => {
      const spice = await createBackend({ backend });
      load(spice);
      try {
        assert.throws(() => spice.gfstep(0), { short: "SPICE(NOTINITIALIZED)" });
        const cn = [[478_440_000, 478_526_400]];
        const oracleCn = cspice.newWindow(2);
        cspice.wninsd(...cn[0], oracleCn);
        const result = cspice.newWindow(100);
        const steps = [];
        const both = (ours, theirs) => steps.push([outcome(ours), outcome(theirs)]);
        both(() => spice.gfsstp(77), () => cspice.gfsstp(77));
        both(() => spice.gfstep(5), () => cspice.gfstep(5));
        both(() => spice.gfsstp(0), () => cspice.gfsstp(0));
        both(() => spice.gfstep(5), () => cspice.gfstep(5));
        both(() => spice.gfdist("MOON", "NONE", "EARTH", ">", 0, 0, 1234, 100, cn).count, () => {
          cspice.gfdist("MOON", "NONE", "EARTH", ">", 0, 0, 1234, 100, oracleCn, result);
          return cspice.wncard(result);
        });
        both(() => spice.gfstep(0), () => cspice.gfstep(0));
        both(() => spice.gfdist("MOON", "NONE", "EARTH", ">", 0, 0, -5, 100, cn), () => cspice.gfdist("MOON", "NONE", "EARTH", ">", 0, 0, -5, 100, oracleCn, result));
        both(() => spice.gfstep(0), () => cspice.gfstep(0));
        cspice.freeWindow(result);
        cspice.freeWindow(oracleCn);
        for (const [ours, theirs] of steps) assert.deepEqual(ours, theirs);
        assert.equal(spice.gfstep(0), 1234);
      } finally {
        spice.dispose();
      }
    });

    test("gfrefn is CSPICE's bracketed midpoint, bit for bit, in either order", async () => {
      const spice = await createBackend({ backend });
      try {
        const cases = [[1, 2], [3, 2], [1, 1 + 1e-15], [-5e8, 5e8], [478_440_000.25, 478_440_000.5], [0, 0], [1e308, 1.5e308], [2, -7]];
        for (const [t1, t2] of cases) {
          for (const [s1, s2] of [[true, false], [false, true]]) {
            assert.ok(Object.is(spice.gfrefn(t1, t2, s1, s2), cspice.gfrefn(t1, t2, s1, s2)), `gfrefn(${t1}, ${t2})`);
          }
        }
      } finally {
        spice.dispose();
      }
    });
  });
}
