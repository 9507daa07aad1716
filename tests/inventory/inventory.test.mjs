// Coverage and inventory (spkcov, spkobj, pckcov, pckfrm, spksfs, dafec) on both backends, checked
// against CSPICE itself (npm @rybosome/tspice, CSPICE N0067 compiled to WASM; a devDependency used
// by tests only) wherever tspice exposes the call, and against behaviour otherwise.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "../contract/fixtures.mjs";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const SPKS = readdirSync(join(kernelsDir, "spk")).filter((f) => f.endsWith(".bsp")).sort();
const bytesOf = (rel) => readFileSync(join(kernelsDir, rel));
const isSpiceError = (short) => (e) => e?.name === "SpiceError" && e.short === short;

const tspice = cspiceOracle({
  setup: (raw) => {
    for (const f of SPKS) raw.furnsh({ path: f, bytes: bytesOf(`spk/${f}`) });
  },
});

/** CSPICE's spkobj and spkcov for one file, as plain arrays. */
function cspiceInventory(file) {
  const cell = tspice.newIntCell(1000);
  tspice.spkobj(file, cell);
  const ids = Array.from({ length: tspice.card(cell) }, (_, i) => tspice.cellGeti(cell, i));
  tspice.freeCell(cell);
  const cover = {};
  for (const id of ids) {
    const w = tspice.newWindow(1000);
    tspice.spkcov(file, id, w);
    cover[id] = Array.from({ length: tspice.wncard(w) }, (_, i) => [...tspice.wnfetd(w, i)]);
    tspice.freeWindow(w);
  }
  return { ids, cover };
}

/** Compares windows bit for bit (Object.is on every endpoint). */
function assertSameWindow(window, want, label) {
  const got = window.toPairs();
  assert.equal(got.length, want.length, `${label}: ${got.length} intervals, CSPICE ${want.length}`);
  got.forEach(([a, b], i) => {
    assert.ok(Object.is(a, want[i][0]) && Object.is(b, want[i][1]), `${label}[${i}]: [${a}, ${b}] vs [${want[i]}]`);
  });
}

for (const kind of ["node", "wasm"]) {
  describe(`coverage and inventory: ${kind}`, () => {
    let spice;
    before(async () => {
      spice = await createBackend({ backend: kind });
    });
    after(() => spice.dispose());

    test("spkobj and spkcov equal CSPICE's for every SPK fixture, loaded or not", () => {
      for (const f of SPKS) {
        const want = cspiceInventory(f);
        assert.ok(want.ids.length > 0, f);
        // A host path that was never loaded, and a virtual id loaded from bytes: the same answers.
        const host = join(kernelsDir, "spk", f);
        spice.furnsh({ path: `/kernels/spk/${f}`, bytes: bytesOf(`spk/${f}`) });
        for (const name of [host, `/kernels/spk/${f}`]) {
          assert.deepEqual(spice.spkobj(name), want.ids, `${f} spkobj`);
          for (const id of want.ids) assertSameWindow(spice.spkcov(name, id), want.cover[id], `${f} body ${id}`);
          assert.deepEqual(spice.spkcov(name, 123456789).toPairs(), [], `${f}: a body the file lacks`);
        }
        spice.unload(`/kernels/spk/${f}`);
      }
    });

    test("spkcov and spkobj add to what they are given, merging as CSPICE's wninsd", () => {
      const f = join(kernelsDir, "spk", "jup310-2015-03-02.bsp");
      const ids = spice.spkobj(f);
      assert.deepEqual(spice.spkobj(f, [999999, ids[0], -5]), [-5, ...ids, 999999].sort((a, b) => a - b));
      const [[start, end]] = spice.spkcov(f, ids[0]);
      // Intervals before, touching, overlapping and after the file's coverage.
      const given = [[start - 100, start - 50], [end, end + 10], [start + 1, start + 2], [end + 20, end + 30]];
      const got = spice.spkcov(f, ids[0], given);
      const w = tspice.newWindow(100);
      for (const [a, b] of [...given, [start, end]]) tspice.wninsd(a, b, w);
      const want = Array.from({ length: tspice.wncard(w) }, (_, i) => [...tspice.wnfetd(w, i)]);
      tspice.freeWindow(w);
      assertSameWindow(got, want, "merged");
      assert.equal(got.count, 3); // [before], [file + touching + overlapping], [after]
      assert.throws(() => spice.spkcov(f, ids[0], [[2, 1]]), isSpiceError("SPICE(BADENDPOINTS)"));
      assert.throws(() => spice.spkcov(f, ids[0], [[Number.NaN, 1]]), RangeError);
      assert.throws(() => spice.spkcov(f, ids[0], [[1]]), TypeError);
    });

    test("spksfs finds the segment CSPICE's spksfs finds, with the same packed descriptor", () => {
      for (const f of SPKS) spice.furnsh({ path: `/kernels/spk/${f}`, bytes: bytesOf(`spk/${f}`) });
      let compared = 0;
      for (const f of SPKS) {
        const { ids, cover } = cspiceInventory(f);
        for (const id of ids) {
          for (const [a, b] of cover[id]) {
            for (const et of [a, (a + b) / 2, b, a + (b - a) * 0.123456]) {
              const want = tspice.spksfs(id, et);
              const got = spice.spksfs(id, et);
              assert.equal(got.found, want.found, `body ${id} at ${et}`);
              if (!want.found) continue;
              assert.equal(got.ident, want.ident);
              assert.ok(got.descr.every((v, i) => Object.is(v, want.descr[i])), `body ${id} at ${et}: packed descriptor`);
              assert.deepEqual(got.segment, tspice.spkuds(want.descr));
              assert.ok(SPKS.some((s) => got.file === `/kernels/spk/${s}`), got.file);
              compared++;
            }
          }
        }
      }
      assert.ok(compared > 100, `${compared} look-ups`);
      assert.deepEqual(spice.spksfs(399, 1e20), { found: false });
      assert.deepEqual(spice.spksfs(123456789, 0), { found: false });
      spice.kclear();
      assert.throws(() => spice.spksfs(399, 0), isSpiceError("SPICE(NOLOADEDFILES)"));
    });

    test("pckfrm and pckcov describe the binary PCK: pxform works inside the coverage and not outside", () => {
      const bpc = "/kernels/pck/moon_pa_de421_1900-2050.bpc";
      spice.furnsh({ path: bpc, bytes: bytesOf("pck/moon_pa_de421_1900-2050.bpc") });
      spice.furnsh({ path: "/kernels/lsk/naif0012.tls", bytes: bytesOf("lsk/naif0012.tls") });
      spice.furnsh({ path: "/kernels/fk/moon_080317.tf", bytes: bytesOf("fk/moon_080317.tf") });
      assert.deepEqual(spice.pckfrm(bpc), [31006]);
      const cover = spice.pckcov(bpc, 31006);
      assert.equal(cover.count, 1);
      const [[start, end]] = cover;
      assert.match(spice.et2utc(start, "ISOC", 0), /^1899-12-|^1900-01-/);
      assert.match(spice.et2utc(end, "ISOC", 0), /^2050-12-3|^2051-01-0/);
      for (const et of [start, end, (start + end) / 2]) assert.equal(spice.pxform("J2000", "MOON_PA_DE421", et).length, 9);
      for (const et of [start - 1, end + 1]) assert.throws(() => spice.pxform("J2000", "MOON_PA_DE421", et), (e) => e.name === "SpiceError");
      assert.deepEqual(spice.pckcov(bpc, 399).toPairs(), []);
      assert.deepEqual(spice.pckfrm(bpc, [3000]), [3000, 31006]);
      spice.kclear();
    });

    test("dafec returns the comment area: a real kernel's log, and what dafac wrote", () => {
      const jup = join(kernelsDir, "spk", "jup310-2015-03-02.bsp");
      const lines = spice.dafec(jup);
      assert.equal(lines[0], "; jup310.bsp LOG FILE");
      // Independently: the comment records (2 .. FWARD-1, 1000 characters each) up to EOT, split at NUL.
      const bytes = bytesOf("spk/jup310-2015-03-02.bsp");
      const fward = bytes.readInt32LE(76);
      let text = "";
      for (let r = 2; r < fward; r++) text += bytes.subarray((r - 1) * 1024, (r - 1) * 1024 + 1000).toString("latin1");
      const expected = text.slice(0, text.indexOf("\u0004")).split("\u0000").slice(0, -1);
      assert.deepEqual(lines, expected);

      const out = { kind: "virtual-output", path: `/kernels/dafec/${kind}.bsp` };
      const h = spice.spkopn(out, "dafec test", 4000);
      spice.dafac(h, ["first line", "", "third line  "]);
      spice.spkw08(h, -9, 399, "J2000", 0, 100, "S", 1, Array.from({ length: 12 }, (_, i) => i + 1), 0, 100);
      spice.spkcls(h);
      assert.deepEqual(spice.dafec(`/kernels/dafec/${kind}.bsp`), ["first line", "", "third line"]);
      assert.deepEqual(spice.spkobj(out.path), [-9]);
    });

    test("files of the wrong kind, missing files and bad ids give SpiceErrors", () => {
      const lsk = join(kernelsDir, "lsk", "naif0012.tls");
      const bpc = join(kernelsDir, "pck", "moon_pa_de421_1900-2050.bpc");
      const spk = join(kernelsDir, "spk", "jup310-2015-03-02.bsp");
      assert.throws(() => spice.spkcov(lsk, 399), isSpiceError("SPICE(INVALIDARCHTYPE)"));
      assert.throws(() => spice.spkobj(bpc), isSpiceError("SPICE(INVALIDFILETYPE)"));
      assert.throws(() => spice.pckcov(spk, 31006), isSpiceError("SPICE(INVALIDFILETYPE)"));
      assert.throws(() => spice.pckfrm(lsk), isSpiceError("SPICE(INVALIDARCHTYPE)"));
      assert.throws(() => spice.dafec(lsk), isSpiceError("SPICE(INVALIDARCHTYPE)"));
      assert.throws(() => spice.spkobj("/kernels/never/loaded.bsp"), (e) => e.name === "SpiceError");
      assert.throws(() => spice.spkobj("/kernels/../escape.bsp"), isSpiceError("SPICE(BADVIRTUALID)"));
      assert.throws(() => spice.spkcov(spk, 1.5), RangeError);
      assert.throws(() => spice.spksfs(399, Number.NaN), RangeError);
      assert.throws(() => spice.spkobj(42), TypeError);
      // CSPICE agrees on the codes for the wrong file types.
      tspice.furnsh({ path: "naif0012.tls", bytes: bytesOf("lsk/naif0012.tls") });
      assert.throws(() => tspice.spkcov("naif0012.tls", 399, tspice.newWindow(10)), /INVALIDARCHTYPE/);
    });
  });
}
