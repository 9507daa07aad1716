// Values derived from the kernel pool are kept between calls (kernels/derived_values: the text PCK
// model of a body), so every change of the pool must show in the next answer: pdpool of a body's
// constants, unloading and reloading the PCK, kclear. Both backends; answers compared bit for bit
// with a fresh backend that never kept anything.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { kernelsDir, withBackend } from "./fixtures.mjs";

const ET = 478569667.1853986;
const PCK = join(kernelsDir, "pck/pck00010.tpc");

for (const backend of ["node", "wasm"]) {
  describe(`pool-derived values: ${backend}`, () => {
    test("pxform follows pdpool, unload and reload of the text PCK", async () => {
      await withBackend(backend, async (spice) => {
        spice.furnsh(PCK);
        const original = spice.pxform("J2000", "IAU_EARTH", ET);
        const pm = spice.gdpool("BODY399_PM", 0, 3).values;
        spice.pdpool("BODY399_PM", [pm[0] + 10, pm[1], pm[2]]);
        const turned = spice.pxform("J2000", "IAU_EARTH", ET);
        assert.notDeepEqual(turned, original);
        // The same answer as a backend that reads the changed constants for the first time.
        await withBackend(backend, async (fresh) => {
          fresh.furnsh(PCK);
          fresh.pdpool("BODY399_PM", [pm[0] + 10, pm[1], pm[2]]);
          assert.deepEqual(fresh.pxform("J2000", "IAU_EARTH", ET), turned);
        });
        spice.pdpool("BODY399_PM", pm);
        assert.deepEqual(spice.pxform("J2000", "IAU_EARTH", ET), original);
        spice.unload(PCK);
        assert.throws(() => spice.pxform("J2000", "IAU_EARTH", ET), { short: "SPICE(FRAMEDATANOTFOUND)" });
        spice.furnsh(PCK);
        assert.deepEqual(spice.pxform("J2000", "IAU_EARTH", ET), original);
        spice.kclear();
        assert.throws(() => spice.pxform("J2000", "IAU_EARTH", ET), { short: "SPICE(FRAMEDATANOTFOUND)" });
      });
    });
  });
}
