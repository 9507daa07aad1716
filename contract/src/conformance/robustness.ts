/** Bad input gets a SpiceError (or TypeError/RangeError) with a clear message; nothing else breaks. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SpiceError } from "../spice-error.js";
import type { ConformanceOptions } from "./index.js";
import { assertSpiceError, kernelBytes, kernelPath, poolSnapshot, withBackend } from "./support.js";

export function defineRobustnessScenarios({ makeBackend, fixturesDir }: ConformanceOptions): void {
  test("a missing host file is SPICE(NOSUCHFILE) naming the file", () =>
    withBackend(makeBackend, (spice) => {
      const missing = kernelPath(fixturesDir, "no/such/kernel.bsp");
      const e = assertSpiceError(() => spice.furnsh(missing), "SPICE(NOSUCHFILE)");
      assert.match(e.long, /no\/such\/kernel\.bsp/);
      assert.equal(e.operation, "furnsh");
      assert.equal(spice.ktotal("ALL"), 0);
    }));

  test("a non-kernel binary file is refused and nothing is loaded", () =>
    withBackend(makeBackend, (spice) => {
      const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
      let caught: unknown;
      try {
        spice.furnsh({ path: "junk.bin", bytes: junk });
      } catch (error) {
        caught = error;
      }
      assert.ok(caught instanceof SpiceError, String(caught));
      assert.match(caught.short, /^SPICE\([A-Z]+\)$/);
      assert.match(caught.long, /junk\.bin/);
      assert.equal(spice.ktotal("ALL"), 0);
    }));

  test("a text kernel with a syntax error leaves the pool as it was", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelBytes(fixturesDir, "pck/gm_de440.tpc"));
      const before = poolSnapshot(spice);
      const bad = new TextEncoder().encode("KPL/PCK\n\\begindata\nGOOD = 1\nBAD = ( 1, 2\n");
      let caught: unknown;
      try {
        spice.furnsh({ path: "bad.tpc", bytes: bad });
      } catch (error) {
        caught = error;
      }
      assert.ok(caught instanceof SpiceError, String(caught));
      assert.match(caught.long, /bad\.tpc/);
      assert.deepEqual(poolSnapshot(spice), before);
      assert.equal(spice.ktotal("ALL"), 1);
    }));

  test("a failed reload keeps the kernel that was loaded under that id", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh({ path: "k.tpc", bytes: new TextEncoder().encode("\\begindata\nK = 1\n") });
      assert.throws(() => spice.furnsh({ path: "k.tpc", bytes: new TextEncoder().encode("\\begindata\nK = (\n") }), SpiceError);
      assert.deepEqual(spice.gdpool("K", 0, 1), { found: true, values: [1] });
      assert.equal(spice.ktotal("ALL"), 1);
    }));

  test("'..', absolute OS paths and URLs are refused as virtual ids", () =>
    withBackend(makeBackend, (spice) => {
      const bytes = new TextEncoder().encode("\\begindata\nX = 1\n");
      for (const path of ["../etc/passwd", "/kernels/../x.tpc", "a/../../b", "/etc/passwd", "file:///etc/passwd", "C:\\k.tpc", "", "/kernels/"]) {
        const e = assertSpiceError(() => spice.furnsh({ path, bytes }), "SPICE(BADVIRTUALID)");
        assert.match(e.long, /virtual id/);
      }
      assert.equal(spice.ktotal("ALL"), 0);
    }));

  test("a huge room or maxn costs nothing: results are sized by what exists", () =>
    withBackend(makeBackend, (spice) => {
      spice.pdpool("BODY999_THING", [1, 2, 3]);
      const max = 2147483647;
      assert.deepEqual(spice.gdpool("BODY999_THING", 0, max), { found: true, values: [1, 2, 3] });
      assert.deepEqual(spice.gipool("BODY999_THING", 0, max), { found: true, values: [1, 2, 3] });
      assert.deepEqual(spice.bodvcd(999, "THING", max), [1, 2, 3]);
      assert.deepEqual(spice.bodvar(999, "THING"), [1, 2, 3]);
    }));

  test("unloading something never loaded does nothing, as CSPICE's unload_c (issue 18)", () =>
    withBackend(makeBackend, (spice) => {
      spice.unload("/kernels/never.bsp");
      assert.equal(spice.ktotal("ALL"), 0);
    }));

  test("wrong argument types are TypeErrors and bad numbers RangeErrors, before the core", () =>
    withBackend(makeBackend, (spice) => {
      const loose = spice as unknown as Record<string, (...args: unknown[]) => unknown>;
      assert.throws(() => loose.furnsh!(42), TypeError);
      assert.throws(() => loose.furnsh!({ path: "x", bytes: "not bytes" }), TypeError);
      assert.throws(() => loose.gdpool!("X", Number.NaN, 1), RangeError);
      assert.throws(() => loose.gdpool!("X", 0, 1.5), RangeError);
      assert.throws(() => loose.gdpool!(7, 0, 1), TypeError);
      assert.throws(() => loose.pdpool!("X", [1, Number.POSITIVE_INFINITY]), RangeError);
      assert.throws(() => loose.bodc2n!("399"), TypeError);
      assert.throws(() => spice.furnsh("bad\0name"), TypeError);
    }));

  test("tkvrsn names spicecraft's version and the CSPICE release it is checked against", () =>
    withBackend(makeBackend, (spice) => {
      assert.equal(spice.tkvrsn(), `spicecraft ${spice.version} (CSPICE_N0067 compatible)`);
      assert.match(spice.version, /^\d+\.\d+\.\d+$/);
      assert.throws(() => spice.tkvrsn("OTHER" as "TOOLKIT"), RangeError);
    }));

  test("a disposed backend refuses further calls with a SpiceError", async () => {
    const spice = await makeBackend();
    spice.dispose();
    assertSpiceError(() => spice.ktotal("ALL"), "SPICE(DISPOSED)");
    spice.dispose();  // twice is harmless
  });

  test("SpiceError survives a structured clone (Worker boundary) through toJSON/fromJSON", () =>
    withBackend(makeBackend, (spice) => {
      const e = assertSpiceError(() => spice.furnsh("/kernels/never.bsp"), "SPICE(NOSUCHFILE)");
      const back = SpiceError.fromJSON(structuredClone(e.toJSON()));
      assert.equal(back.message, e.message);
      assert.equal(back.short, e.short);
      assert.equal(back.trace, e.trace);
    }));
}
