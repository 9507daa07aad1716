// Writer targets and the atomic host-file writer (pure TS, no backend): how outputs resolve, and that
// every failure path removes the temporary file.
import assert from "node:assert/strict";
import { test } from "node:test";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SpiceError } from "@spicecraft/contract";
import { createHostWriter, resolveOutput } from "@spicecraft/staging";

const isSpiceError = (short) => (e) => e instanceof SpiceError && e.short === short;

test("outputs resolve like kernel ids: VirtualOutputs and /kernels/ ids are virtual, other strings host paths on Node", () => {
  const node = { hostFiles: true };
  const browser = { hostFiles: false };
  assert.deepEqual(resolveOutput({ kind: "virtual-output", path: "a/./b.bsp" }, node, "spkopn"), { name: "/kernels/a/b.bsp", hostFile: false });
  assert.deepEqual(resolveOutput("/kernels/x.bsp", node, "spkopn"), { name: "/kernels/x.bsp", hostFile: false });
  assert.deepEqual(resolveOutput("out/x.bsp", node, "spkopn"), { name: "out/x.bsp", hostFile: true });
  assert.deepEqual(resolveOutput("out/x.bsp", browser, "spkopn"), { name: "/kernels/out/x.bsp", hostFile: false });
  for (const bad of ["../x.bsp", "a/../../x.bsp", "/kernels/../x", "file:x", "a\\b"]) {
    assert.throws(() => resolveOutput({ kind: "virtual-output", path: bad }, node, "spkopn"), isSpiceError("SPICE(BADVIRTUALID)"), bad);
  }
  assert.throws(() => resolveOutput("../x.bsp", browser, "spkopn"), isSpiceError("SPICE(BADVIRTUALID)"));
  assert.throws(() => resolveOutput({ path: "x.bsp" }, node, "spkopn"), TypeError);
  assert.throws(() => resolveOutput({ kind: "virtual-output", path: 3 }, node, "spkopn"), TypeError);
  assert.throws(() => resolveOutput(null, node, "spkopn"), TypeError);
});

test("the host writer creates, refuses to clobber, replaces, and cleans up after every failure", () => {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-host-writer-"));
  try {
    const writer = createHostWriter(fs);
    const path = join(dir, "a.bsp");
    writer.checkNew(path, "spkopn");
    writer.write(path, new Uint8Array([1, 2, 3]), false, "spkcls");
    assert.deepEqual([...readFileSync(path)], [1, 2, 3]);
    assert.throws(() => writer.checkNew(path, "spkopn"), isSpiceError("SPICE(FILEOPENFAIL)"));
    assert.throws(() => writer.checkNew(join(dir, "no", "b.bsp"), "spkopn"), isSpiceError("SPICE(FILEOPENFAIL)"));
    assert.throws(() => writer.write(path, new Uint8Array([9]), false, "spkcls"), isSpiceError("SPICE(FILEOPENFAIL)"));
    assert.deepEqual([...readFileSync(path)], [1, 2, 3]); // not clobbered
    writer.write(path, new Uint8Array([4, 5]), true, "spkcls");
    assert.deepEqual([...readFileSync(path)], [4, 5]);
    assert.throws(() => writer.write(join(dir, "no", "c.bsp"), new Uint8Array([1]), false, "spkcls"), isSpiceError("SPICE(FILEWRITEFAILED)"));
    assert.deepEqual(readdirSync(dir), ["a.bsp"]);

    // A file system that fails half-way (disk full after the temporary file was written, a rename
    // that fails): the temporary file goes, the target is untouched.
    const failing = (what) => ({
      ...fs,
      existsSync: fs.existsSync,
      statSync: fs.statSync,
      writeFileSync: fs.writeFileSync,
      unlinkSync: fs.unlinkSync,
      linkSync: what === "link" ? () => { throw Object.assign(new Error("no space"), { code: "ENOSPC" }); } : fs.linkSync,
      renameSync: () => { throw Object.assign(new Error("no space"), { code: "ENOSPC" }); },
    });
    assert.throws(() => createHostWriter(failing("link")).write(join(dir, "d.bsp"), new Uint8Array([1]), false, "spkcls"),
      (e) => isSpiceError("SPICE(FILEWRITEFAILED)")(e) && /No space left on device/.test(e.long));
    assert.throws(() => createHostWriter(failing("rename")).write(path, new Uint8Array([7]), true, "spkcls"), isSpiceError("SPICE(FILEWRITEFAILED)"));
    assert.deepEqual(readdirSync(dir), ["a.bsp"]);
    assert.deepEqual([...readFileSync(path)], [4, 5]);
    writeFileSync(join(dir, "keep.txt"), "x");
    assert.deepEqual(readdirSync(dir).sort(), ["a.bsp", "keep.txt"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
