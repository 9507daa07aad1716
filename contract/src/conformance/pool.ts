/** Text kernels and the kernel pool. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ConformanceOptions } from "./index.js";
import { assertSpiceError, kernelBytes, kernelPath, poolSnapshot, withBackend } from "./support.js";

export function definePoolScenarios({ makeBackend, fixturesDir }: ConformanceOptions): void {
  test("an LSK with CRLF line ends gives exactly the pool of the LF original", async () => {
    const lf = await withBackend(makeBackend, (s) => (s.furnsh(kernelBytes(fixturesDir, "lsk/naif0012.tls")), poolSnapshot(s)));
    const crlf = await withBackend(makeBackend, (s) => (s.furnsh(kernelPath(fixturesDir, "lsk/naif0012-crlf.tls")), poolSnapshot(s)));
    assert.ok(Object.keys(lf).length >= 5);
    assert.deepEqual(crlf, lf);
    assert.deepEqual(lf["DELTET/K"], { type: "N", values: [0.001657] });
  });

  test("pdpool, pipool, pcpool and lmpool put variables; look-ups of the wrong type miss", () =>
    withBackend(makeBackend, (spice) => {
      spice.pdpool("D", [1.5, -2.25]);
      spice.pipool("I", [3, 4, 5]);
      spice.pcpool("C", ["x", "it''s"]);
      spice.lmpool(["L = ( 1, 2,", "      3 )", "S = 'one'", "S += 'two'"]);
      assert.deepEqual(spice.gdpool("D", 1, 5), { found: true, values: [-2.25] });
      assert.deepEqual(spice.gipool("D", 0, 2), { found: true, values: [2, -2] });
      assert.deepEqual(spice.dtpool("I"), { found: true, n: 3, type: "N" });
      assert.deepEqual(spice.gcpool("C", 0, 2), { found: true, values: ["x", "it''s"] });
      assert.deepEqual(spice.gdpool("L", 0, 10), { found: true, values: [1, 2, 3] });
      assert.deepEqual(spice.gcpool("S", 0, 10), { found: true, values: ["one", "two"] });
      assert.deepEqual(spice.gcpool("D", 0, 1), { found: false });
      assert.deepEqual(spice.gdpool("C", 0, 1), { found: false });
      assert.equal(spice.expool("C"), false);
      assert.deepEqual(spice.gnpool("%", 0, 10), { found: true, values: ["C", "D", "I", "L", "S"] });
      assertSpiceError(() => spice.gdpool("D", 0, 0), "SPICE(BADARRAYSIZE)");
    }));

  test("body constants: bodfnd, bodvar, bodvcd and bodvrd by name", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelBytes(fixturesDir, "pck/pck00010.tpc"));
      assert.equal(spice.bodfnd(399, "RADII"), true);
      assert.deepEqual(spice.bodvar(399, "RADII"), [6378.1366, 6378.1366, 6356.7519]);
      assert.deepEqual(spice.bodvcd(399, "radii", 3), [6378.1366, 6378.1366, 6356.7519]);
      assert.deepEqual(spice.bodvrd("EARTH", "RADII", 3), [6378.1366, 6378.1366, 6356.7519]);
      assert.deepEqual(spice.bodvrd("399", "RADII", 3), [6378.1366, 6378.1366, 6356.7519]);
      assertSpiceError(() => spice.bodvcd(399, "RADII", 2), "SPICE(ARRAYTOOSMALL)");
      assertSpiceError(() => spice.bodvcd(123, "RADII", 3), "SPICE(KERNELVARNOTFOUND)");
      assertSpiceError(() => spice.bodvrd("NOT A BODY", "RADII", 3), "SPICE(NOTRANSLATION)");
    }));

  test("names from text kernels and boddef extend the body table", () =>
    withBackend(makeBackend, (spice) => {
      spice.lmpool(["NAIF_BODY_NAME += 'MY PROBE'", "NAIF_BODY_CODE += -999"]);
      assert.deepEqual(spice.bodn2c("my   probe"), { found: true, code: -999 });
      spice.boddef("OTHER PROBE", -998);
      assert.deepEqual(spice.bodc2n(-998), { found: true, name: "OTHER PROBE" });
      assert.equal(spice.bodc2s(-12345), "-12345");
    }));
}
