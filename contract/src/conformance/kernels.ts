/** Kernel management and staging: furnsh / unload / kclear / ktotal / kdata / kinfo. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ConformanceOptions } from "./index.js";
import { assertSpiceError, kernelBytes, kernelPath, withBackend } from "./support.js";

export function defineKernelScenarios({ makeBackend, fixturesDir }: ConformanceOptions): void {
  test("byte-backed and host-path kernels report the names they were loaded by", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelBytes(fixturesDir, "lsk/naif0012.tls"));
      const host = kernelPath(fixturesDir, "spk/de430-2015-03-02.bsp");
      spice.furnsh(host);
      assert.deepEqual(spice.kdata(0), { found: true, file: "/kernels/lsk/naif0012.tls", filtyp: "TEXT", source: "", handle: 0 });
      const spk = spice.kdata(1);
      assert.ok(spk.found && spk.file === host && spk.filtyp === "SPK" && spk.handle > 0);
      assert.equal(spice.kinfo(host).found, true);
      assert.deepEqual(spice.getfat(host), { arch: "DAF", type: "SPK" });
      assert.deepEqual(spice.getfat("/kernels/lsk/naif0012.tls"), { arch: "KPL", type: "LSK" });
    }));

  test("virtual ids are normalised and the same id loaded again replaces the kernel", () =>
    withBackend(makeBackend, (spice) => {
      const text = (v: number) => new TextEncoder().encode(`KPL/PCK\n\\begindata\nFOO = ${v}\n`);
      spice.furnsh({ path: "extra/./foo.tpc", bytes: text(1) });
      assert.equal(spice.kinfo("/kernels/extra/foo.tpc").found, true);
      spice.furnsh({ path: "/kernels/extra//foo.tpc", bytes: text(2) });
      assert.equal(spice.ktotal("ALL"), 1);
      assert.deepEqual(spice.gdpool("FOO", 0, 1), { found: true, values: [2] });
      spice.unload("/kernels/extra/foo.tpc");
      assert.equal(spice.ktotal("ALL"), 0);
      assert.deepEqual(spice.gdpool("FOO", 0, 1), { found: false });
      // Its bytes were freed with it: the id no longer loads.
      assertSpiceError(() => spice.furnsh("/kernels/extra/foo.tpc"), "SPICE(NOSUCHFILE)");
    }));

  test("unloading a text kernel rebuilds the pool from the remaining ones", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh({ path: "a.tpc", bytes: new TextEncoder().encode("\\begindata\nA = 1\nX = 'a'\n") });
      spice.furnsh({ path: "b.tpc", bytes: new TextEncoder().encode("\\begindata\nB = 2\nX = 'b'\n") });
      assert.deepEqual(spice.gcpool("X", 0, 1), { found: true, values: ["b"] });
      spice.unload("/kernels/b.tpc");
      assert.deepEqual(spice.gcpool("X", 0, 1), { found: true, values: ["a"] });
      assert.deepEqual(spice.gdpool("B", 0, 1), { found: false });
      assert.deepEqual(spice.gdpool("A", 0, 1), { found: true, values: [1] });
    }));

  test("kclear unloads everything and empties the pool", () =>
    withBackend(makeBackend, (spice) => {
      spice.furnsh(kernelBytes(fixturesDir, "lsk/naif0012.tls"));
      spice.furnsh(kernelBytes(fixturesDir, "pck/moon_pa_de421_1900-2050.bpc"));
      spice.pdpool("MINE", [1, 2]);
      spice.kclear();
      assert.equal(spice.ktotal("ALL"), 0);
      assert.deepEqual(spice.gnpool("*", 0, 10), { found: false });
      assertSpiceError(() => spice.furnsh("/kernels/lsk/naif0012.tls"), "SPICE(NOSUCHFILE)");
    }));

  test("a meta-kernel loads what it lists (path symbols, + continuation) and unloads it again", () =>
    withBackend(makeBackend, (spice) => {
      const dir = kernelPath(fixturesDir, "");
      const meta = [
        "KPL/MK",
        "\\begindata",
        `PATH_VALUES = ( '${dir.replace(/\/$/, "")}' )`,
        "PATH_SYMBOLS = ( 'K' )",
        "KERNELS_TO_LOAD = ( '$K/lsk/naif0012.tls', '$K/pck/+', 'pck00010.tpc' )",
        "\\begintext",
      ].join("\n");
      // It lists host paths, so it needs the opt-in a byte-backed meta-kernel needs for them.
      spice.furnsh({ path: "mk/test.tm", bytes: new TextEncoder().encode(meta), allowHostPaths: true });
      assert.equal(spice.ktotal("ALL"), 3);
      assert.equal(spice.ktotal("META"), 1);
      assert.equal(spice.ktotal("TEXT"), 2);
      const lsk = spice.kdata(0, "TEXT");
      assert.ok(lsk.found);
      assert.equal(lsk.source, "/kernels/mk/test.tm");
      assert.equal(spice.expool("KERNELS_TO_LOAD"), false);
      assert.equal(spice.expool("BODY399_RADII"), true);
      spice.unload("/kernels/mk/test.tm");
      assert.equal(spice.ktotal("ALL"), 0);
      assert.equal(spice.expool("BODY399_RADII"), false);
    }));

  test("a meta-kernel with a missing entry loads nothing at all", () =>
    withBackend(makeBackend, (spice) => {
      const meta = `\\begindata\nKERNELS_TO_LOAD = ( '${kernelPath(fixturesDir, "lsk/naif0012.tls")}', '/no/such/kernel.bsp' )\n`;
      const bytes = new TextEncoder().encode(meta);
      assertSpiceError(() => spice.furnsh({ path: "bad.tm", bytes, allowHostPaths: true }), "SPICE(NOSUCHFILE)");
      assert.equal(spice.ktotal("ALL"), 0);
      assert.equal(spice.expool("DELTET/K"), false);
      // Without the opt-in, the host path it lists is not even a virtual id.
      assertSpiceError(() => spice.furnsh({ path: "bad.tm", bytes }), "SPICE(BADVIRTUALID)");
      assert.equal(spice.ktotal("ALL"), 0);
    }));

  test("a meta-kernel that loads itself is refused", () =>
    withBackend(makeBackend, (spice) => {
      const meta = "\\begindata\nKERNELS_TO_LOAD = ( '/kernels/self.tm' )\n";
      assertSpiceError(() => spice.furnsh({ path: "self.tm", bytes: new TextEncoder().encode(meta) }), "SPICE(RECURSIVELOADING)");
      assert.equal(spice.ktotal("ALL"), 0);
    }));
}
