// dafopw, dafdc and dafcls of a handle open for writing (issue 18, item 2): any DAF opened for
// writing, its comment area deleted as CSPICE's DAFDC/DAFRRR deletes it (records moved up, every
// address shifted, the file's length kept) and comments added again with dafac. tspice does not
// link DAFDC, so CSPICE checks the results by reading them: the rewritten files load in CSPICE
// (tspice) and give the same states as the originals at many epochs of every segment, and the two
// spicecraft backends write the same bytes.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createBackend } from "../../dist/index.js";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";
import { code } from "./ek-random.mjs";

const tspice = cspiceOracle({ backend: "node" });
const fixture = (p) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/kernels/${p}`, import.meta.url))));
let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "spicecraft-dafdc-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const int32 = (bytes, at) => new DataView(bytes.buffer, bytes.byteOffset).getInt32(at, true);
/** FWARD, BWARD and FREE from a (little-endian) DAF's file record. */
const pointers = (bytes) => ({ fward: int32(bytes, 76), bward: int32(bytes, 80), free: int32(bytes, 84) });

/**
 * Every array of a staged DAF through spicecraft's DAF reader: its summary and its data words.
 * (The addresses are left out: they move when records are removed.)
 */
function arraysOf(spice, name) {
  const h = spice.dafopr(name);
  const arrays = [];
  spice.dafbfs(h);
  while (spice.daffna(h)) {
    const { dc, ic } = spice.dafus(spice.dafgs(h), 2, 6);
    arrays.push({ dc, ic: ic.slice(0, 4), name: spice.dafgn(h), data: spice.dafgda(h, ic[4], ic[5]) });
  }
  spice.dafcls(h);
  return arrays;
}

/** CSPICE's states of every segment's body relative to its center at 7 epochs, for a file loaded alone. */
function statesByCspice(bytes, name, arrays) {
  tspice.kclear();
  tspice.furnsh({ path: name, bytes });
  const out = [];
  for (const { dc: [start, stop], ic: [body, center] } of arrays) {
    for (let k = 0; k <= 6; k++) {
      const et = start + ((stop - start) * k) / 6;
      out.push([body, et, ...tspice.spkezr(String(body), et, "J2000", "NONE", String(center)).state]);
    }
  }
  tspice.kclear();
  return out;
}

/** A file of several summary records and many comment records, written by spicecraft's own writers. */
function writeTestSpk(spice, path) {
  const h = spice.spkopn({ kind: "virtual-output", path }, "DAFDC TEST", 9000);
  const states = Array.from({ length: 30 }, (_, i) => [7000 + i, 1 + i, 2, 0.1, 0.2 * i, 0.3]).flat();
  // 300 segments: the summary list spans several records, each block followed by its data.
  for (let s = 0; s < 300; s++) spice.spkw08(h, 1000 + (s % 40), 399, "J2000", s * 100, s * 100 + 90, `SEG ${s}`, 3, states, s * 100, 3.2);
  spice.dafac(h, Array.from({ length: 200 }, (_, i) => `comment line ${i} ${"x".repeat(i % 70)}`));
  spice.spkcls(h);
  return spice.readVirtualOutput(path);
}

for (const backend of ["node", "wasm"]) {
  describe(`${backend}: dafopw, dafdc, dafcls`, () => {
    test("deleting the comments of a written SPK and of a NAIF SPK keeps every state CSPICE reads; comments can be added again", async () => {
      const spice = await createBackend({ backend });
      try {
        for (const [name, original] of [["written.bsp", null], ["de441.bsp", fixture("spk/de441-1969.bsp")]]) {
          const before = original ?? writeTestSpk(spice, name);
          if (original) spice.furnsh({ path: name, bytes: original });
          const was = pointers(before);
          assert.ok(was.fward > 2, `${name} has comment records`);
          const h = spice.dafopw({ kind: "virtual-output", path: original ? `/kernels/${name}` : name });
          spice.dafdc(h);
          spice.dafcls(h);
          const id = original ? `/kernels/${name}` : name;
          const after = spice.readVirtualOutput(id);
          assert.equal(after.length, before.length, "the file keeps its length");
          const now = pointers(after);
          assert.deepEqual(now, { fward: 2, bward: was.bward - (was.fward - 2), free: was.free - 128 * (was.fward - 2) });
          spice.furnsh({ path: `orig-${name}`, bytes: before });
          const arrays = arraysOf(spice, `/kernels/orig-${name}`);
          assert.ok(arrays.length > (original ? 1 : 250), `${name}: ${arrays.length} arrays`);
          assert.deepEqual(arraysOf(spice, id), arrays, "every array's summary and data after dafdc");
          assert.deepEqual(statesByCspice(after, `dc-${name}`, arrays), statesByCspice(before, `orig-${name}`, arrays));
          // Comments again: dafac reserves records anew.
          const h2 = spice.dafopw({ kind: "virtual-output", path: original ? `/kernels/${name}` : name });
          spice.dafac(h2, ["first line", "second line"]);
          spice.dafcls(h2);
          const again = spice.readVirtualOutput(original ? `/kernels/${name}` : name);
          spice.furnsh({ path: `ac-${name}`, bytes: again });
          assert.deepEqual(spice.dafec(`/kernels/ac-${name}`), ["first line", "second line"]);
          spice.unload(`/kernels/ac-${name}`);
          assert.deepEqual(arraysOf(spice, id), arrays, "every array's summary and data after dafac");
          assert.deepEqual(statesByCspice(again, `ac-${name}`, arrays), statesByCspice(before, `orig2-${name}`, arrays));
          if (original) spice.unload(id);
          spice.unload(`/kernels/orig-${name}`);
        }
      } finally {
        spice.dispose();
      }
    });

    test("dafopw's and dafdc's errors; dafcls closes a writer without segments", async () => {
      const spice = await createBackend({ backend });
      try {
        spice.furnsh({ path: "plates.bds", bytes: fixture("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds") });
        assert.equal(code(() => spice.dafopw({ kind: "virtual-output", path: "/kernels/plates.bds" })), "SPICE(FILARCHMISMATCH)");
        spice.furnsh({ path: "leap.tls", bytes: fixture("lsk/naif0012.tls") });
        assert.equal(code(() => spice.dafopw({ kind: "virtual-output", path: "/kernels/leap.tls" })), "SPICE(UNKNOWNFILARC)");
        assert.equal(code(() => spice.dafopw({ kind: "virtual-output", path: "/kernels/none.bsp" })), "SPICE(FILENOTFOUND)");
        assert.equal(code(() => spice.dafdc(12345)), "SPICE(DAFNOSUCHHANDLE)");
        const h = spice.spkopn({ kind: "virtual-output", path: "empty.bsp" }, "EMPTY", 0);
        assert.equal(code(() => spice.spkcls(h)), "SPICE(NOSEGMENTSFOUND)");
        spice.dafcls(h);
        assert.equal(pointers(spice.readVirtualOutput("empty.bsp")).fward, 2);
      } finally {
        spice.dispose();
      }
    });
  });
}

test("node: dafopw of a host file rewrites it at dafcls", async () => {
  const spice = await createBackend({ backend: "node" });
  try {
    const path = join(dir, "host.bsp");
    copyFileSync(fileURLToPath(new URL("../fixtures/kernels/spk/de430-2015-03-02.bsp", import.meta.url)), path);
    const h = spice.dafopw(path);
    spice.dafdc(h);
    spice.dafcls(h);
    const bytes = new Uint8Array(readFileSync(path));
    assert.equal(pointers(bytes).fward, 2);
    const arrays = arraysOf(spice, path);
    spice.furnsh({ path: "orig.bsp", bytes: fixture("spk/de430-2015-03-02.bsp") });
    assert.deepEqual(arrays, arraysOf(spice, "/kernels/orig.bsp"));
    assert.deepEqual(statesByCspice(bytes, "host-dc.bsp", arrays), statesByCspice(fixture("spk/de430-2015-03-02.bsp"), "host-orig.bsp", arrays));
  } finally {
    spice.dispose();
  }
});
