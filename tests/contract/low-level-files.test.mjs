// Low-level DAF/DAS access by handle (issue 18, item 2; core/file_access/) on both backends:
// lowlevel.json (CSPICE's getfat, exists, DAF and DAS/DLA traversals, spksfs/spkuds) loaded as bytes
// and by path, the dumps bit-identical between backends; then what the golden file cannot show:
// dafgs/dafgn/dafgda/dafus against CSPICE's own packed descriptors and against tspice's traversal
// of the same files, backward searches, and the handle rules.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, test } from "node:test";
import { join } from "node:path";
import { createBackend } from "../../dist/index.js";
import { firstDifference, readGolden, runGolden } from "../golden/golden.mjs";
import { cspiceOracle } from "./cspice-oracle.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";

const tspice = cspiceOracle({ backend: "node" });
const lowlevel = readGolden(goldenFile("lowlevel"));
const bits = (x) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x, true);
  return view.getBigUint64(0, true);
};
const host = (relative) => join(kernelsDir, relative);

describe("lowlevel.json (CSPICE N0067's answers)", () => {
  const dumps = {};
  for (const backend of ["node", "wasm"]) {
    for (const mode of ["bytes", "path"]) {
      test(`${backend}, kernels loaded as ${mode}: every case`, async () => {
        const r = await runGolden(() => createBackend({ backend }), goldenFile("lowlevel"), { kernelsDir, mode });
        assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
        assert.equal(r.passed, lowlevel.cases.length);
        dumps[`${backend}/${mode}`] = r.dump;
      });
    }
  }
  test("node and wasm answer bit for bit alike", () => {
    for (const mode of ["bytes", "path"]) {
      assert.equal(firstDifference(dumps[`node/${mode}`], dumps[`wasm/${mode}`]), null);
    }
  });
});

for (const backend of ["node", "wasm"]) {
  describe(`DAF and DAS by handle: ${backend}`, () => {
    test("dafgs of the segment spksfs names is CSPICE's packed descriptor, bit for bit", async () => {
      const spice = await createBackend({ backend });
      try {
        for (const k of lowlevel.kernels) spice.furnsh(host(k));
        let checked = 0;
        for (const c of lowlevel.cases) {
          if (c.call !== "spksfs" || !c.expect.found) continue;
          const [body, et] = c.args;
          const found = spice.spksfs(body, et);
          assert.ok(found.found);
          // Walk the file that holds it by the loaded kernel's handle, to the array with that summary.
          spice.dafbfs(found.handle);
          let match = null;
          while (spice.daffna(found.handle)) {
            const sum = spice.dafgs(found.handle);
            if (sum.every((w, i) => bits(w) === bits(c.expect.descr[i]))) match = { sum, name: spice.dafgn(found.handle) };
          }
          assert.ok(match, `${c.id}: no array of ${found.file} packs to CSPICE's descriptor`);
          assert.equal(match.name, c.expect.ident);
          checked++;
        }
        assert.ok(checked > 50);
      } finally {
        spice.dispose();
      }
    });

    test("forward and backward searches, names and data agree with CSPICE's traversal and spkuds", async () => {
      const spice = await createBackend({ backend });
      try {
        for (const file of ["spk/de430-2015-03-02.bsp", "spk/de430-2015-03-02-big-endian.bsp", "ck/mroCK.bc", "pck/moon_pa_de421_1900-2050.bpc"]) {
          const h = spice.dafopr(host(file));
          const t = tspice.dafopr(host(file));
          try {
            const { nd, ni } = spice.dafhsf(h);
            spice.dafbfs(h);
            tspice.dafbfs(t);
            const forward = [];
            for (;;) {
              const mine = spice.daffna(h);
              assert.equal(mine, tspice.daffna(t), `${file}: daffna answers differ`);
              if (!mine) break;
              forward.push({ sum: spice.dafgs(h), name: spice.dafgn(h) });
            }
            assert.ok(forward.length > 0);
            spice.dafbbs(h);
            const backward = [];
            while (spice.daffpa(h)) backward.push(spice.dafgs(h));
            assert.deepEqual(backward.map((s) => Array.from(s, bits)), forward.map((f) => Array.from(f.sum, bits)).reverse());
            for (const { sum } of forward) {
              const { dc, ic } = spice.dafus(sum, nd, ni);
              assert.equal(dc.length, nd);
              assert.equal(ic.length, ni);
              const full = nd + Math.floor(ni / 2); // words without an unused half
              assert.deepEqual(Array.from(spice.dafps(nd, ni, dc, ic).subarray(0, full), bits), Array.from(sum.subarray(0, full), bits));
              if (file.startsWith("spk/")) {
                assert.deepEqual(spice.spkuds(Array.from(sum)), tspice.spkuds(Array.from(sum)));
                // The array's first and last words, read by address.
                const [baddr, eaddr] = ic.slice(-2);
                const data = spice.dafgda(h, baddr, eaddr);
                assert.equal(data.length, eaddr - baddr + 1);
                assert.ok(data.every(Number.isFinite));
              }
            }
          } finally {
            spice.dafcls(h);
            tspice.dafcls(t);
          }
        }
      } finally {
        spice.dispose();
      }
    });

    // spkobj, spkcov and ckobj are checked against CSPICE in tests/inventory and tests/contract/ck.
    test("inventory lists each kernel's segments as the object and coverage calls see them", async () => {
      const spice = await createBackend({ backend });
      try {
        const spk = spice.inventory(host("spk/jup310-2015-03-02.bsp"));
        assert.deepEqual([spk.arch, spk.type], ["DAF", "SPK"]);
        assert.deepEqual(spk.ids, spice.spkobj(host("spk/jup310-2015-03-02.bsp")));
        for (const s of spk.segments) {
          const cover = spice.spkcov(host("spk/jup310-2015-03-02.bsp"), s.body).toPairs();
          assert.ok(cover.some(([a, b]) => a <= s.start && s.stop <= b), `segment of ${s.body} inside spkcov's window`);
        }
        const ck = spice.inventory(host("ck/thmIR.bc"));
        assert.deepEqual(ck.ids, spice.ckobj(host("ck/thmIR.bc")));
        assert.deepEqual(ck.segments.map((s) => [s.frame, s.dataType, s.angularVelocity]), [["MARSIAU", 3, true]]);
        const pck = spice.inventory(host("pck/moon_pa_de421_1900-2050.bpc"));
        assert.deepEqual(pck.ids, [31006]);
        const dsk = spice.inventory(host("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds"));
        assert.deepEqual(dsk.ids, spice.dsksrf(host("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds"), dsk.segments[0].center));
        assert.deepEqual(spice.inventory(host("lsk/naif0012.tls")).segments, []);
      } finally {
        spice.dispose();
      }
    });

    test("handles: errors in CSPICE's terms, interleaved searches, DLA lists from both ends", async () => {
      const spice = await createBackend({ backend });
      try {
        const error = (f) => {
          try {
            f();
          } catch (e) {
            return e.short;
          }
          return "(no error)";
        };
        assert.equal(error(() => spice.daffna(12345)), "SPICE(DAFNOSUCHHANDLE)");
        const h = spice.dafopr(host("spk/de430-2015-03-02.bsp"));
        assert.equal(spice.dafopr(host("spk/de430-2015-03-02.bsp")), h, "an open file keeps its handle");
        assert.equal(error(() => spice.daffna(h)), "SPICE(DAFNOSEARCH)");
        spice.dafbfs(h);
        assert.equal(error(() => spice.dafgs(h)), "SPICE(NOCURRENTARRAY)");
        assert.equal(error(() => spice.dafgda(h, 0, 3)), "SPICE(DAFNEGADDR)");
        assert.equal(error(() => spice.dafgda(h, 5, 3)), "SPICE(DAFBEGGTEND)");
        assert.equal(error(() => spice.dafus([1, 2], 2, 6)), "SPICE(BADARRAYSIZE)");
        spice.dafcls(h);
        spice.dafcls(h);
        assert.equal(error(() => spice.dafbfs(h)), "SPICE(DAFNOSUCHHANDLE)");
        assert.equal(error(() => spice.dasopr(host("spk/de430-2015-03-02.bsp"))), "SPICE(FILARCHMISMATCH)");
        assert.equal(error(() => spice.exists("")), "SPICE(EMPTYSTRING)");
        assert.equal(spice.exists(host("lsk/naif0012.tls")), true);
        assert.equal(spice.exists(host("lsk/none.tls")), false);

        const d = spice.dasopr(host("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds"));
        const first = spice.dlabfs(d);
        assert.ok(first.found);
        assert.deepEqual(spice.dlabbs(d), first);
        assert.deepEqual(spice.dlafns(d, first.descr), { found: false });
        assert.deepEqual(spice.dlafps(d, first.descr), { found: false });
        const t = tspice.dasopr(host("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds"));
        assert.deepEqual(first, tspice.dlabfs(t));
        tspice.dascls(t);
        spice.dlacls(d);
        assert.equal(error(() => spice.dlabfs(d)), "SPICE(DASNOSUCHHANDLE)");
      } finally {
        spice.dispose();
      }
    });
  });
}

for (const backend of ["node", "wasm"]) {
  test(`${backend}: dlaopn writes the empty DLA file CSPICE writes, byte for byte; dlacls/dascls close it`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spicecraft-dla-"));
    const spice = await createBackend({ backend });
    try {
      const error = (f) => {
        try {
          f();
        } catch (e) {
          return e.short;
        }
        return "no error";
      };
      const theirs = tspice.dlaopn(join(dir, "cspice.dla"), "XYZ", "made by dlaopn", 100);
      tspice.dlacls(theirs);
      const ours = spice.dlaopn({ kind: "virtual-output", path: "out/made.dla" }, "XYZ", "made by dlaopn", 100);
      spice.dlacls(ours);
      assert.deepEqual(spice.readVirtualOutput("out/made.dla"), new Uint8Array(readFileSync(join(dir, "cspice.dla"))));
      assert.deepEqual(spice.getfat("out/made.dla"), { arch: "DAS", type: "XYZ" });
      const h = spice.dasopr("out/made.dla");
      assert.deepEqual(spice.dlabfs(h), { found: false });
      spice.dascls(h);
      if (backend === "node") {
        const host = spice.dlaopn(join(dir, "host.dla"), " DSK ", "made by dlaopn", 0);
        spice.dascls(host);
        assert.deepEqual(spice.getfat(join(dir, "host.dla")), { arch: "DAS", type: "DSK" });
      }
      const target = { kind: "virtual-output", path: "out/bad.dla" };
      assert.equal(error(() => spice.dlaopn(target, "XYZ", "x", -1)), "SPICE(BADRECORDCOUNT)");
      assert.equal(error(() => spice.dlaopn(target, " ", "x", 0)), "SPICE(BLANKFILETYPE)");
      assert.equal(error(() => spice.dlaopn(target, "X\tZ", "x", 0)), "SPICE(ILLEGALCHARACTER)");
    } finally {
      spice.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
