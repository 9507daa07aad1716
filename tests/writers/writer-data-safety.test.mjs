// Writers that never lose data (issue 16, item 7), on both backends with host files: a close that
// fails (folder gone, file changed on disk, lock held) keeps the handle open with its segments and
// writes nothing, so closing again after fixing the cause writes everything; spkopa replaces a file
// only if it is unchanged since spkopa (two backends appending to one file: the second close fails
// instead of dropping the first one's segment); spkopa through a symbolic link updates the link's
// target; spkopn refuses a dangling link or an unwritable folder at open. CSPICE (npm
// @rybosome/tspice) reads every file written here.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SpiceError } from "@spicecraft/contract";
import { createBackend } from "../../dist/index.js";
import { segments } from "./daf-segments.mjs";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const isSpiceError = (short, pattern) => (e) =>
  e instanceof SpiceError && e.short === short && (pattern === undefined || pattern.test(e.long));

// Ten states, 100 s apart: a small type 8 segment per body.
const STATES = Array.from({ length: 60 }, (_, i) => 1000 + i * (i % 7));
const writeSegment = (spice, handle, body) =>
  spice.spkw08(handle, body, 10, "J2000", 0, 900, `BODY ${body}`, 3, STATES, 0, 100);

const tspice = cspiceOracle();

/**
 * The SPK at `path` holds exactly `bodies`' segments, in order, and CSPICE reads each one with the
 * same state as `spice` does.
 */
function assertSegments(spice, path, bodies) {
  const bytes = new Uint8Array(readFileSync(path));
  assert.deepEqual(segments(bytes).map((s) => s.target), bodies);
  tspice.kclear();
  tspice.furnsh({ path: "safety-check.bsp", bytes });
  spice.furnsh({ path: "/kernels/safety-check.bsp", bytes });
  try {
    for (const body of bodies) {
      const theirs = tspice.spkezr(String(body), 450, "J2000", "NONE", "10").state;
      const ours = spice.spkezr(String(body), 450, "J2000", "NONE", "10").state;
      assert.deepEqual(Array.from(ours), Array.from(theirs), `body ${body}`);
    }
  } finally {
    tspice.kclear();
    spice.unload("/kernels/safety-check.bsp");
  }
}

const backends = {};

for (const kind of ["node", "wasm"]) {
  describe(`writer data safety: ${kind}`, () => {
    let spice;
    let dir;
    before(async () => {
      spice = await createBackend({ backend: kind });
      backends[kind] = spice;
      dir = mkdtempSync(join(tmpdir(), `spicecraft-safety-${kind}-`));
    });
    after(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    test("spkcls with its folder gone fails, keeps the handle and its segments; closing again after the folder is back writes them all", () => {
      const sub = join(dir, "gone");
      mkdirSync(sub);
      const path = join(sub, "out.bsp");
      const h = spice.spkopn(path, "retry", 0);
      writeSegment(spice, h, -101);
      writeSegment(spice, h, -102);
      rmSync(sub, { recursive: true });
      assert.throws(() => spice.spkcls(h), isSpiceError("SPICE(FILEWRITEFAILED)", /could not be written: No such file or directory.*stays open/));
      writeSegment(spice, h, -103); // still open
      mkdirSync(sub);
      spice.spkcls(h);
      assert.deepEqual(readdirSync(sub), ["out.bsp"]); // no temporary or lock file left
      assertSegments(spice, path, [-101, -102, -103]);
      assert.throws(() => spice.spkcls(h), isSpiceError("SPICE(DAFNOSUCHHANDLE)"));

      // spkopa of that file: the folder goes again before close; once back, the file is created
      // with the old segments and the new one.
      const ha = spice.spkopa(path);
      writeSegment(spice, ha, -104);
      rmSync(sub, { recursive: true });
      assert.throws(() => spice.spkcls(ha), isSpiceError("SPICE(FILEWRITEFAILED)"));
      mkdirSync(sub);
      spice.spkcls(ha);
      assertSegments(spice, path, [-101, -102, -103, -104]);
    });

    test("ckcls with its folder gone fails the same way, and succeeds once the folder is back", () => {
      const sub = join(dir, "ck-gone");
      mkdirSync(sub);
      const path = join(sub, "out.bc");
      const h = spice.ckopn(path, "retry", 0);
      spice.ckw03(h, 0, 10, -9003, "J2000", true, "CK RETRY", [0, 10], [1, 0, 0, 0, 1, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0]);
      rmSync(sub, { recursive: true });
      assert.throws(() => spice.ckcls(h), isSpiceError("SPICE(FILEWRITEFAILED)"));
      mkdirSync(sub);
      spice.ckcls(h);
      const bytes = new Uint8Array(readFileSync(path));
      tspice.kclear();
      tspice.furnsh({ path: "retry.bc", bytes }); // CSPICE accepts it as a CK
      assert.equal(tspice.kinfo("retry.bc").found, true);
      tspice.kclear();
      spice.furnsh({ path: "/kernels/safety/retry.bc", bytes });
      assert.deepEqual(Array.from(spice.ckobj("/kernels/safety/retry.bc")), [-9003]);
      spice.unload("/kernels/safety/retry.bc");
    });

    test("spkopa refuses to overwrite a file changed on disk since; moving the changed file aside lets the retry write", () => {
      const path = join(dir, "changed.bsp");
      const h = spice.spkopn(path, "changed", 0);
      writeSegment(spice, h, -201);
      spice.spkcls(h);
      const ha = spice.spkopa(path);
      writeSegment(spice, ha, -202);
      // Another program rewrites the file in place (same inode): one more segment of its own.
      const other = spice.spkopn({ kind: "virtual-output", path: "safety/other.bsp" }, "other", 0);
      writeSegment(spice, other, -201);
      writeSegment(spice, other, -299);
      spice.spkcls(other);
      const theirs = spice.readVirtualOutput({ kind: "virtual-output", path: "safety/other.bsp" }, { release: true });
      writeFileSync(path, theirs);
      assert.throws(() => spice.spkcls(ha), isSpiceError("SPICE(FILECHANGED)", /changed on disk since spkopa.*nothing was written/));
      assert.deepEqual(new Uint8Array(readFileSync(path)), theirs); // their change is kept
      renameSync(path, join(dir, "changed-theirs.bsp"));
      spice.spkcls(ha);
      assertSegments(spice, path, [-201, -202]);
      assertSegments(spice, join(dir, "changed-theirs.bsp"), [-201, -299]);
    });

    test("a lock file held by another writer fails the close with SPICE(FILELOCKED); the retry succeeds once it is gone", () => {
      const path = join(dir, "locked.bsp");
      const h = spice.spkopn(path, "locked", 0);
      writeSegment(spice, h, -301);
      spice.spkcls(h);
      const ha = spice.spkopa(path);
      writeSegment(spice, ha, -302);
      writeFileSync(`${path}.spicecraft-lock`, "");
      assert.throws(() => spice.spkcls(ha), isSpiceError("SPICE(FILELOCKED)", /spicecraft-lock/));
      assertSegments(spice, path, [-301]);
      unlinkSync(`${path}.spicecraft-lock`);
      spice.spkcls(ha);
      assertSegments(spice, path, [-301, -302]);
    });

    test("spkopa through a symbolic link updates the link's target and keeps the link", () => {
      mkdirSync(join(dir, "real"));
      const real = join(dir, "real", "target.bsp");
      const h = spice.spkopn(real, "real", 0);
      writeSegment(spice, h, -401);
      spice.spkcls(h);
      const link = join(dir, "link.bsp");
      symlinkSync(join("real", "target.bsp"), link);
      const ha = spice.spkopa(link);
      writeSegment(spice, ha, -402);
      spice.spkcls(ha);
      assert.ok(lstatSync(link).isSymbolicLink());
      assert.equal(readlinkSync(link), join("real", "target.bsp"));
      assertSegments(spice, real, [-401, -402]);
      assert.deepEqual(readdirSync(join(dir, "real")), ["target.bsp"]);
    });

    test("spkopa of a FIFO fails cleanly instead of hanging", () => {
      const fifo = join(dir, "fifo.bsp");
      execFileSync("mkfifo", [fifo]);
      assert.throws(() => spice.spkopa(fifo), (e) => e instanceof SpiceError);
      assert.throws(() => spice.spkopn(fifo, "x", 0), isSpiceError("SPICE(FILEOPENFAIL)", /already exists/));
    });

    test("spkopn fails at open for a dangling symbolic link or an unwritable folder", () => {
      const dangling = join(dir, "dangling.bsp");
      symlinkSync(join(dir, "nowhere.bsp"), dangling);
      assert.throws(() => spice.spkopn(dangling, "x", 0), isSpiceError("SPICE(FILEOPENFAIL)", /symbolic link.*does not exist/));
      assert.throws(() => spice.ckopn(dangling, "x", 0), isSpiceError("SPICE(FILEOPENFAIL)", /symbolic link/));
      assert.ok(lstatSync(dangling).isSymbolicLink()); // untouched
      if (process.getuid?.() === 0) return; // root writes anywhere: no permission to test
      const locked = join(dir, "read-only");
      mkdirSync(locked);
      const existing = join(dir, "read-only-file.bsp");
      const h = spice.spkopn(existing, "x", 0);
      writeSegment(spice, h, -501);
      spice.spkcls(h);
      renameSync(existing, join(locked, "file.bsp"));
      chmodSync(locked, 0o555);
      try {
        assert.throws(() => spice.spkopn(join(locked, "new.bsp"), "x", 0), isSpiceError("SPICE(FILEOPENFAIL)", /not writable/));
        assert.throws(() => spice.spkopa(join(locked, "file.bsp")), isSpiceError("SPICE(FILEOPENFAIL)", /not writable/));
      } finally {
        chmodSync(locked, 0o755);
      }
    });
  });
}

test("two backends spkopa the same file: the second close fails instead of dropping the first one's segment", () => {
  const { node, wasm } = backends;
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-safety-both-"));
  try {
    const path = join(dir, "shared.bsp");
    const h = node.spkopn(path, "shared", 0);
    writeSegment(node, h, -601);
    node.spkcls(h);
    const hn = node.spkopa(path);
    const hw = wasm.spkopa(path);
    writeSegment(node, hn, -602);
    writeSegment(wasm, hw, -603);
    node.spkcls(hn);
    assert.throws(() => wasm.spkcls(hw), isSpiceError("SPICE(FILECHANGED)"));
    assertSegments(node, path, [-601, -602]);
    // The wasm backend's segments are still there: written once the user moves the other file aside.
    renameSync(path, join(dir, "shared-node.bsp"));
    wasm.spkcls(hw);
    assertSegments(wasm, path, [-601, -603]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

after(() => {
  for (const spice of Object.values(backends)) spice.dispose();
});
