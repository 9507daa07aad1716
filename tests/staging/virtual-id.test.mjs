// Virtual-id normalisation and kernel-source staging (pure TS, no backend needed).
import assert from "node:assert/strict";
import { test } from "node:test";
import { SpiceError } from "@spicecraft/contract";
import { normalizeVirtualId, resolveName, stageKernel } from "@spicecraft/staging";

test("relative paths and /kernels/ ids normalise to one canonical id", () => {
  for (const [input, want] of [
    ["naif0012.tls", "/kernels/naif0012.tls"],
    ["lsk/naif0012.tls", "/kernels/lsk/naif0012.tls"],
    ["/kernels/lsk/naif0012.tls", "/kernels/lsk/naif0012.tls"],
    ["/kernels/lsk/./naif0012.tls", "/kernels/lsk/naif0012.tls"],
    ["lsk//naif0012.tls", "/kernels/lsk/naif0012.tls"],
    ["./a b/c.bsp", "/kernels/a b/c.bsp"],
  ]) {
    assert.equal(normalizeVirtualId(input), want, input);
  }
});

test("escapes and look-alikes are refused with SPICE(BADVIRTUALID)", () => {
  for (const bad of ["..", "../x", "a/../b", "/kernels/../x", "/kernelsx/a", "/etc/passwd", "//kernels/a",
    "http://x/a.bsp", "file:a", "C:\\a", "C:/a", "a\\b", "", "   ", "/kernels/", "lsk/", "a\u0001b"]) {
    assert.throws(() => normalizeVirtualId(bad), (e) => e instanceof SpiceError && e.short === "SPICE(BADVIRTUALID)", JSON.stringify(bad));
  }
});

test("strings are host paths where host files exist and virtual ids elsewhere", () => {
  assert.deepEqual(stageKernel("data/naif0012.tls", { hostFiles: true }), { name: "data/naif0012.tls" });
  assert.deepEqual(stageKernel("data/naif0012.tls", { hostFiles: false }), { name: "/kernels/data/naif0012.tls" });
  assert.equal(resolveName("/kernels/a/./b.bsp", { hostFiles: true }, "unload"), "/kernels/a/b.bsp");
  const bytes = new Uint8Array([1]);
  assert.deepEqual(stageKernel({ path: "x.bsp", bytes }, { hostFiles: true }), { name: "/kernels/x.bsp", bytes });
  assert.throws(() => stageKernel({ path: "x.bsp", bytes: [1] }, { hostFiles: true }), TypeError);
  assert.throws(() => stageKernel(null, { hostFiles: true }), TypeError);
});

test("one reading of names: a relative name the backend holds as a virtual id is that id (issue 18)", () => {
  const held = new Set(["/kernels/rel.tm", "/kernels/out/x.bsp"]);
  const known = (id) => held.has(id);
  const host = { hostFiles: true };
  for (const op of ["unload", "kinfo", "getfat"]) {
    assert.equal(resolveName("rel.tm", host, op, known), "/kernels/rel.tm");
    assert.equal(resolveName("./out//x.bsp", host, op, known), "/kernels/out/x.bsp");
    assert.equal(resolveName("other.tm", host, op, known), "other.tm"); // not held: a host path
    assert.equal(resolveName("../rel.tm", host, op, known), "../rel.tm"); // never a virtual id
    assert.equal(resolveName("/abs/rel.tm", host, op, known), "/abs/rel.tm");
  }
  assert.deepEqual(stageKernel("out/x.bsp", host, known), { name: "/kernels/out/x.bsp" });
  assert.deepEqual(stageKernel("out/y.bsp", host, known), { name: "out/y.bsp" });
  // Without host files every name was a virtual id already.
  assert.equal(resolveName("other.tm", { hostFiles: false }, "unload", known), "/kernels/other.tm");
});
