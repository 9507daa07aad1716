// A kernel given as bytes reaches only other kernels given as bytes (issue 16, item 1): what a
// byte-backed meta-kernel lists is a virtual id, so `/etc/passwd`, `../x`, a PATH_SYMBOLS detour or
// a name relative to the process's folder cannot read a host file, on either backend; the caller
// opts in with `allowHostPaths: true`. The core's virtual-id rule (core/kernels/virtual_id) is
// checked against the staging layer's (staging/src/virtual-id.ts) on the same names.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { SpiceError } from "@spicecraft/contract";
import { normalizeVirtualId } from "@spicecraft/staging";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "../contract/fixtures.mjs";

const lskPath = join(kernelsDir, "lsk", "naif0012.tls");
const lsk = new Uint8Array(readFileSync(lskPath));
const text = (s) => new TextEncoder().encode(s);
const meta = (...files) => text(`\\begindata\nKERNELS_TO_LOAD = ( ${files.map((f) => `'${f}'`).join(", ")} )\n`);

/** The short code furnsh throws, or "loaded". */
function furnshOutcome(spice, kernel) {
  try {
    spice.furnsh(kernel);
    return "loaded";
  } catch (e) {
    assert.ok(e instanceof SpiceError, `not a SpiceError: ${e}`);
    return e.short;
  }
}

for (const backend of ["node", "wasm"]) {
  test(`${backend}: a byte-backed meta-kernel cannot name host files`, async () => {
    const spice = await createBackend({ backend });
    try {
      const cases = [
        [meta("/etc/passwd"), "SPICE(BADVIRTUALID)"],
        [meta(lskPath), "SPICE(BADVIRTUALID)"], // an absolute host path to a real kernel
        [meta("../../etc/passwd"), "SPICE(BADVIRTUALID)"],
        [meta("file:/etc/passwd"), "SPICE(BADVIRTUALID)"],
        // relative to the process's folder (the repository root here): now a virtual id, not staged
        [meta(relative(process.cwd(), lskPath)), "SPICE(NOSUCHFILE)"],
        [text(`\\begindata\nPATH_VALUES = ( '/etc' )\nPATH_SYMBOLS = ( 'E' )\nKERNELS_TO_LOAD = ( '$E/passwd' )\n`),
          "SPICE(BADVIRTUALID)"],
      ];
      for (const [bytes, want] of cases) {
        assert.equal(furnshOutcome(spice, { path: "/kernels/m.tm", bytes }), want, new TextDecoder().decode(bytes));
        assert.equal(spice.ktotal("ALL"), 0, "a refused meta-kernel leaves nothing loaded");
      }
      assert.throws(() => spice.furnsh({ path: "m.tm", bytes: meta(relative(process.cwd(), lskPath)) }),
        (e) => e.short === "SPICE(NOSUCHFILE)" && /allowHostPaths: true/.test(e.long) && e.long.includes("'/kernels/"));
    } finally {
      spice.dispose?.();
    }
  });

  test(`${backend}: a byte-backed meta-kernel loads what was given as bytes, by relative or full virtual id`, async () => {
    const spice = await createBackend({ backend });
    try {
      spice.furnsh({ path: "lsk/naif0012.tls", bytes: lsk });
      spice.furnsh({ path: "/kernels/set/m.tm", bytes: meta("lsk/naif0012.tls") });
      assert.equal(spice.ktotal("ALL"), 2);
      assert.deepEqual(spice.kinfo("/kernels/lsk/naif0012.tls")?.source, "/kernels/set/m.tm");
      spice.unload("/kernels/set/m.tm");
      spice.furnsh({ path: "lsk/naif0012.tls", bytes: lsk });
      spice.furnsh({ path: "/kernels/m2.tm", bytes: meta("/kernels/lsk/./naif0012.tls") });
      assert.equal(spice.kinfo("/kernels/lsk/naif0012.tls")?.source, "/kernels/m2.tm");
      assert.equal(spice.str2et("2000-01-01T12:00:00"), 64.18392728473108);
    } finally {
      spice.dispose?.();
    }
  });

  test(`${backend}: allowHostPaths opts a meta-kernel into host files, for itself only`, async () => {
    const spice = await createBackend({ backend });
    try {
      spice.furnsh({ path: "/kernels/host.tm", bytes: meta(lskPath), allowHostPaths: true });
      assert.equal(spice.kinfo(lskPath)?.source, "/kernels/host.tm");
      // The opt-in belongs to that kernel: the next one given as bytes is refused again.
      assert.throws(() => spice.furnsh({ path: "/kernels/other.tm", bytes: meta(lskPath) }), { short: "SPICE(BADVIRTUALID)" });
      assert.throws(() => spice.furnsh({ path: "/kernels/m.tm", bytes: meta(lskPath), allowHostPaths: "yes" }), TypeError);
    } finally {
      spice.dispose?.();
    }
  });
}

test("the core and the staging layer normalise virtual ids alike", async () => {
  const names = ["naif0012.tls", "lsk/naif0012.tls", "/kernels/a/./b.tls", "a//b.tls", "./a b/c.tls", "x.tls/",
    "../x", "a/../b", "/kernels/../x", "/kernelsx/a", "//kernels/a", "http://x/a", "C:/a", "a\\b", "/kernels/",
    "a.b+c-d/e", "1x:y", "é/ü.tls"];
  for (const backend of ["node", "wasm"]) {
    const spice = await createBackend({ backend });
    try {
      for (const name of names) {
        let want;
        try {
          want = normalizeVirtualId(name);
        } catch (e) {
          want = e.short;
        }
        if (want.startsWith("/kernels/")) spice.furnsh({ path: want, bytes: text(`\\begindata\nV = '${name}'\n`) });
        const got = furnshOutcome(spice, { path: "/kernels/probe.tm", bytes: meta(name.replaceAll("'", "''")) });
        if (want.startsWith("/kernels/")) {
          assert.equal(got, "loaded", `${backend}: ${JSON.stringify(name)}`);
          assert.equal(spice.kinfo(want)?.source, "/kernels/probe.tm", `${backend}: ${JSON.stringify(name)} -> ${want}`);
        } else {
          assert.equal(got, want, `${backend}: ${JSON.stringify(name)}`);
        }
        spice.kclear();
      }
    } finally {
      spice.dispose?.();
    }
  }
});
