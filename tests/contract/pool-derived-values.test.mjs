// Values derived from the kernel pool are kept between calls (util/derived_values, held by the pool:
// the text PCK model of a body, the leap-second table), so every change of the pool must show in the
// next answer: pdpool of a body's constants or of the leap seconds, unloading and reloading, kclear. Both backends; answers compared bit for bit
// with a fresh backend that never kept anything.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { kernelsDir, withBackend } from "./fixtures.mjs";

const ET = 478569667.1853986;
const PCK = join(kernelsDir, "pck/pck00010.tpc");
const LSK = join(kernelsDir, "lsk/naif0012.tls");
const UTC = "2017-01-01T00:00:00";

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

    test("str2et and et2utc follow pdpool, unload and reload of the leap seconds", async () => {
      await withBackend(backend, async (spice) => {
        spice.furnsh(LSK);
        const original = spice.str2et(UTC);
        const text = spice.et2utc(original, "ISOC", 3);
        // Drop the last leap second (2017 January 1): the same UTC is one second earlier in ET.
        const deltaAt = spice.gdpool("DELTET/DELTA_AT", 0, 1000).values;
        const fewer = deltaAt.slice(0, -2);
        spice.pdpool("DELTET/DELTA_AT", fewer);
        const changed = spice.str2et(UTC);
        assert.ok(Math.abs(changed - (original - 1)) < 1e-6, `${changed} vs ${original}`);
        await withBackend(backend, async (fresh) => {
          fresh.furnsh(LSK);
          fresh.pdpool("DELTET/DELTA_AT", fewer);
          assert.equal(fresh.str2et(UTC), changed);
          assert.equal(fresh.et2utc(original, "ISOC", 3), spice.et2utc(original, "ISOC", 3));
        });
        assert.notEqual(spice.et2utc(original, "ISOC", 3), text);
        spice.pdpool("DELTET/DELTA_AT", deltaAt);
        assert.equal(spice.str2et(UTC), original);
        assert.equal(spice.et2utc(original, "ISOC", 3), text);
        spice.unload(LSK);
        assert.throws(() => spice.str2et(UTC), { short: "SPICE(NOLEAPSECONDS)" });
        spice.furnsh(LSK);
        assert.equal(spice.str2et(UTC), original);
        spice.kclear();
        assert.throws(() => spice.str2et(UTC), { short: "SPICE(NOLEAPSECONDS)" });
      });
    });
  });
}
