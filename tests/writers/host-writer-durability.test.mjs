// The host writer's durability and identity checks (issue 16, item 7), pure TS over a spying
// node:fs: the temporary file is fsynced before it is renamed or linked into place and the folder
// after; a folder that refuses fsync (as some platforms do) does not fail the write; spkopa's
// identity check refuses a changed file and writes nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SpiceError } from "@spicecraft/contract";
import { createHostWriter } from "@spicecraft/staging";

const isSpiceError = (short) => (e) => e instanceof SpiceError && e.short === short;

/** node:fs with openSync/fsyncSync/renameSync/linkSync logged (by path), and an optional fsync fault. */
function spyingFs(log, { folderFsyncError } = {}) {
  const paths = new Map();
  return {
    ...fs,
    openSync(path, flags, mode) {
      const fd = fs.openSync(path, flags, mode);
      paths.set(fd, path);
      return fd;
    },
    closeSync(fd) {
      paths.delete(fd);
      fs.closeSync(fd);
    },
    fsyncSync(fd) {
      const path = paths.get(fd);
      log.push(["fsync", path]);
      if (folderFsyncError !== undefined && fs.statSync(path).isDirectory()) {
        throw Object.assign(new Error(folderFsyncError), { code: folderFsyncError });
      }
      fs.fsyncSync(fd);
    },
    renameSync(from, to) {
      log.push(["rename", from, to]);
      fs.renameSync(from, to);
    },
    linkSync(from, to) {
      log.push(["link", from, to]);
      fs.linkSync(from, to);
    },
  };
}

/** The log's steps with the temporary file's name replaced by "TEMP". */
function steps(log, dir) {
  return log.map((entry) => entry.map((x) => (typeof x === "string" && x.endsWith(".spicecraft-tmp") ? "TEMP" : x === dir ? "DIR" : x)));
}

test("the temporary file is fsynced before it takes the file's name, the folder after", () => {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-durability-"));
  try {
    const path = join(dir, "a.bsp");
    let log = [];
    createHostWriter(spyingFs(log)).write(path, new Uint8Array([1, 2, 3]), false, "spkcls");
    assert.deepEqual(steps(log, dir), [["fsync", "TEMP"], ["link", "TEMP", path], ["fsync", "DIR"]]);
    log = [];
    createHostWriter(spyingFs(log)).write(path, new Uint8Array([4]), true, "spkcls");
    assert.deepEqual(steps(log, dir), [["fsync", "TEMP"], ["rename", "TEMP", path], ["fsync", "DIR"]]);
    // spkopa's path: identity taken first, then the same order.
    log = [];
    const writer = createHostWriter(spyingFs(log));
    const existing = writer.openExisting(path, "spkopa");
    writer.write(path, new Uint8Array([5, 6]), existing, "spkcls");
    assert.deepEqual(steps(log, dir), [["fsync", "TEMP"], ["rename", "TEMP", path], ["fsync", "DIR"]]);
    assert.deepEqual([...readFileSync(path)], [5, 6]);
    assert.deepEqual(readdirSync(dir), ["a.bsp"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a folder that refuses fsync does not fail the write; the file itself was synced", () => {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-durability-"));
  try {
    for (const code of ["EINVAL", "EISDIR", "EPERM"]) {
      const path = join(dir, `${code}.bsp`);
      createHostWriter(spyingFs([], { folderFsyncError: code })).write(path, new Uint8Array([7]), false, "spkcls");
      assert.deepEqual([...readFileSync(path)], [7]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("spkopa's identity: a file rewritten, replaced or grown since is refused and left as it is", () => {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-durability-"));
  try {
    const writer = createHostWriter(fs);
    const path = join(dir, "a.bsp");
    for (const change of [
      () => writeFileSync(path, new Uint8Array([9, 9, 9])), // same size, in place
      () => { writeFileSync(`${path}.new`, new Uint8Array([1, 2, 3])); fs.renameSync(`${path}.new`, path); }, // another inode
      () => fs.appendFileSync(path, new Uint8Array([0])), // grown
    ]) {
      writeFileSync(path, new Uint8Array([1, 2, 3]));
      const existing = writer.openExisting(path, "spkopa");
      change();
      const before = [...readFileSync(path)];
      assert.throws(() => writer.write(path, new Uint8Array([8]), existing, "spkcls"), isSpiceError("SPICE(FILECHANGED)"));
      assert.deepEqual([...readFileSync(path)], before);
      assert.deepEqual(readdirSync(dir), ["a.bsp"]); // no temporary or lock file left
    }
    // Unchanged: replaced, with the file's permission bits.
    fs.chmodSync(path, 0o640);
    const existing = writer.openExisting(path, "spkopa");
    writer.write(path, new Uint8Array([8]), existing, "spkcls");
    assert.deepEqual([...readFileSync(path)], [8]);
    assert.equal(fs.statSync(path).mode & 0o777, 0o640);
    // Not a regular file, or missing: left to the core to report.
    assert.equal(writer.openExisting(dir, "spkopa"), undefined);
    assert.equal(writer.openExisting(join(dir, "missing.bsp"), "spkopa"), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
