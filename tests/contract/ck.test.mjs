// CK reading and CK frames (issue 12): CSPICE's ckobj, ckcov, ckgp, ckgpav, pxform and sxform
// answers from ck.json (TGO, Mars Odyssey, MRO and MGS CKs) on both backends, kernels loaded as
// bytes and as host paths, the backends agreeing bit for bit, and the calls' own checks.
// ck.json and ck-written.json (CKs of types 1 to 6 written by CSPICE) pass in full and are in
// requiredGolden; ck.json's MRO cases also exercise MRO_MME_OF_DATE, the dynamic (class 5) frame
// MRO's CK segments are relative to.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";

const CK_CASES = 402;

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });
  describe(`CK reading and CK frames: ${backend}`, () => {
    for (const mode of ["bytes", "path"]) {
      test(`ck.json (kernels as ${mode})`, async () => {
        const r = await runGolden(makeBackend, goldenFile("ck"), { kernelsDir, mode });
        assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
        assert.equal(r.passed, CK_CASES);
      });
    }
  });
}

/** A call's value, or its error's short code, so that failures compare too. */
function outcome(f) {
  try {
    return f();
  } catch (e) {
    return { error: e.short ?? String(e) };
  }
}

/** Loads the kernels of a golden file as bytes. */
function loadGoldenKernels(spice, name) {
  const golden = JSON.parse(readFileSync(goldenFile(name), "utf8"));
  for (const k of golden.kernels) spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
  return golden;
}

test("CK reading: node and wasm agree bit for bit on every ckgp/ckgpav case", async () => {
  const node = await createBackend({ backend: "node" });
  const wasm = await createBackend({ backend: "wasm" });
  try {
    let compared = 0;
    for (const name of ["ck", "ck-written"]) {
      const golden = loadGoldenKernels(node, name);
      loadGoldenKernels(wasm, name);
      for (const c of golden.cases) {
        if (c.call !== "ckgp" && c.call !== "ckgpav") continue;
        const a = outcome(() => node[c.call](...c.args));
        const b = outcome(() => wasm[c.call](...c.args));
        assert.deepEqual(a, b, c.id);
        // Also a tolerance around each request: the nearest-data rules must agree too.
        if (c.args[0] === -74000) continue;
        for (const tol of [0, 1e3, 1e6, 1e9]) {
          assert.deepEqual(outcome(() => node[c.call](c.args[0], c.args[1] + 777.5, tol, c.args[3])),
            outcome(() => wasm[c.call](c.args[0], c.args[1] + 777.5, tol, c.args[3])), `${c.id} tol ${tol}`);
        }
        compared++;
      }
      node.kclear();
      wasm.kclear();
    }
    assert.ok(compared > 250, `compared ${compared}`);
  } finally {
    node.dispose();
    wasm.dispose();
  }
});

test("CK reading: errors and loading", async () => {
  const spice = await createBackend({ backend: "node" });
  try {
    assert.throws(() => spice.ckgp(-143000, 1e12, 0, "J2000"), /SPICE\(NOLOADEDFILES\)/);
    loadGoldenKernels(spice, "ck-written");
    assert.deepEqual(spice.ckgp(-143901, 7860319241806.586, -1, "J2000"), { found: false });
    assert.throws(() => spice.ckgp(-143901, 7860319241806.586, 0, ""), /SPICE\(EMPTYSTRING\)/);
    assert.throws(() => spice.ckgpav(-143901, 7860319241806.586, 0, ""), /SPICE\(EMPTYSTRING\)/);
    const file = "/kernels/ck-written/spicecraft_type03.bc";
    assert.throws(() => spice.ckcov(file, -143903, false, "INTERVAL", -1, "SCLK"), /SPICE\(VALUEOUTOFRANGE\)/);
    assert.throws(() => spice.ckcov(file, -143903, false, "BOTH", 0, "SCLK"), /SPICE\(INVALIDOPTION\)/);
    assert.throws(() => spice.ckcov(file, -143903, false, "SEGMENT", 0, "UTC"), /SPICE\(NOTSUPPORTED\)/);
    assert.throws(() => spice.ckcov("/kernels/lsk/naif0012.tls", -143903, false, "SEGMENT", 0, "SCLK"),
      /SPICE\(INVALIDARCHTYPE\)/);
    // ckobj unites with the ids given; an id the file lacks gives the cover unchanged.
    assert.deepEqual(spice.ckobj(file, [5, -143903, 7]), [-143903, 5, 7]);
    assert.deepEqual(spice.ckcov(file, -1, false, "SEGMENT", 0, "SCLK", [[1, 2]]).toPairs(), [[1, 2]]);
    // cklpf returns the file's handle, ckupf unloads by it.
    const bytes = readFileSync(join(kernelsDir, "ck-written/spicecraft_type01.bc"));
    spice.kclear();
    const handle = spice.cklpf({ path: "/kernels/extra/type01.bc", bytes });
    assert.ok(handle > 0);
    const info = spice.kinfo("/kernels/extra/type01.bc");
    assert.equal(info.found && info.handle, handle);
    assert.equal(spice.ckgp(-143901, 7860319241806.586, 0, "J2000").found, true);
    spice.ckupf(handle);
    assert.equal(spice.kinfo("/kernels/extra/type01.bc").found, false);
    assert.throws(() => spice.ckgp(-143901, 7860319241806.586, 0, "J2000"), /SPICE\(NOLOADEDFILES\)/);
  } finally {
    spice.dispose();
  }
});

for (const backend of ["node", "wasm"]) {
  test(`q2m and m2q (${backend}): SPICE's quaternion convention, non-unit quaternions, SPICE(NOTAROTATION)`, async () => {
    const spice = await createBackend({ backend });
    try {
      const h = Math.SQRT1_2;
      const m = spice.q2m([h, 0, 0, h]); // a quarter turn about z: x -> y
      assert.ok(Math.abs(m[3] - 1) < 1e-15 && Math.abs(m[1] + 1) < 1e-15 && Math.abs(m[8] - 1) < 1e-15, String(m));
      assert.deepEqual(spice.q2m([2 * h, 0, 0, 2 * h]), m); // scaled by 1/|q|^2: the same rotation
      const q = spice.m2q(m);
      assert.ok(Math.abs(q[0] - h) < 1e-15 && Math.abs(q[3] - h) < 1e-15, String(q));
      assert.deepEqual(spice.m2q(spice.q2m([-0.5, 0.5, -0.5, 0.5])).map((x) => Math.round(x * 1e12) / 1e12), [0.5, -0.5, 0.5, -0.5]);
      assert.throws(() => spice.m2q([2, 0, 0, 0, 1, 0, 0, 0, 1]), /SPICE\(NOTAROTATION\)/);
      assert.throws(() => spice.q2m([1, 0, 0]), RangeError);
    } finally {
      spice.dispose();
    }
  });
}
