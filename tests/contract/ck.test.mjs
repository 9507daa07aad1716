// CK reading (issue 12): CSPICE's ckobj, ckcov, ckgp and ckgpav answers from ck.json (TGO, Mars
// Odyssey, MRO and MGS CKs) and ck-written.json (CKs of types 1 to 6 written by CSPICE) on both
// backends, kernels loaded as bytes and as host paths, and the backends agreeing bit for bit.
// The cases here need no spacecraft clock conversion: coverage in SCLK ticks, and pointing
// relative to inertial frames (CKGP changes frames at ET 0 between two inertial frames). The
// rest of both files (TDB coverage, pointing in non-inertial frames, pxform/sxform through CK
// frames) needs the SCLK module.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";

const INERTIAL = new Set(["J2000", "ECLIPJ2000", "B1950"]);
/** MRO's CK (-74000) holds pointing relative to MRO_MME_OF_DATE, so any inertial answer needs its clock. */
const NON_INERTIAL_SEGMENTS = new Set([-74000]);
/** The cases that need no SCLK conversion and no CK or dynamic frame. */
const noClockCases = (c) =>
  c.call === "ckobj" ||
  (c.call === "ckcov" && c.args[5] === "SCLK") ||
  ((c.call === "ckgp" || c.call === "ckgpav") && INERTIAL.has(c.args[3]) && c.error === undefined &&
    (!NON_INERTIAL_SEGMENTS.has(c.args[0]) || c.expect.found === false)) ||
  ["namfrm", "frmnam", "frinfo", "cidfrm"].includes(c.call);

const FILES = { ck: 215, "ck-written": 321 };

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });
  describe(`CK reading: ${backend}`, () => {
    for (const [name, count] of Object.entries(FILES)) {
      for (const mode of ["bytes", "path"]) {
        test(`${name}.json: ckobj, ckcov (SCLK), ckgp/ckgpav in inertial frames (kernels as ${mode})`, async () => {
          const r = await runGolden(makeBackend, goldenFile(name), { kernelsDir, mode, only: noClockCases });
          assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
          assert.equal(r.passed, count);
        });
      }
    }
  });
}

/** Loads the kernels of a golden file as bytes. */
function loadGoldenKernels(spice, name) {
  const golden = JSON.parse(readFileSync(goldenFile(name), "utf8"));
  for (const k of golden.kernels) spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
  return golden;
}

test("CK reading: node and wasm agree bit for bit on every ckgp/ckgpav case that needs no clock", async () => {
  const node = await createBackend({ backend: "node" });
  const wasm = await createBackend({ backend: "wasm" });
  try {
    let compared = 0;
    for (const name of Object.keys(FILES)) {
      const golden = loadGoldenKernels(node, name);
      loadGoldenKernels(wasm, name);
      for (const c of golden.cases.filter(noClockCases)) {
        if (c.call !== "ckgp" && c.call !== "ckgpav") continue;
        const a = node[c.call](...c.args);
        const b = wasm[c.call](...c.args);
        assert.deepEqual(a, b, c.id);
        // Also a tolerance around each request: the nearest-data rules must agree too.
        if (NON_INERTIAL_SEGMENTS.has(c.args[0])) continue;
        for (const tol of [0, 1e3, 1e6, 1e9]) {
          assert.deepEqual(node[c.call](c.args[0], c.args[1] + 777.5, tol, c.args[3]),
            wasm[c.call](c.args[0], c.args[1] + 777.5, tol, c.args[3]), `${c.id} tol ${tol}`);
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
    const file = "/kernels/ck-written/spicecraft_type03.bc";
    assert.throws(() => spice.ckcov(file, -143903, false, "INTERVAL", -1, "SCLK"), /SPICE\(VALUEOUTOFRANGE\)/);
    assert.throws(() => spice.ckcov(file, -143903, false, "BOTH", 0, "SCLK"), /SPICE\(INVALIDOPTION\)/);
    assert.throws(() => spice.ckcov(file, -143903, false, "SEGMENT", 0, "UTC"), /SPICE\(NOTSUPPORTED\)/);
    assert.throws(() => spice.ckcov("/kernels/lsk/naif0012.tls", -143903, false, "SEGMENT", 0, "SCLK"),
      /SPICE\(INVALIDARCHTYPE\)/);
    // ckobj unites with the ids given; an id the file lacks gives the cover unchanged.
    assert.deepEqual(spice.ckobj(file, [5, -143903, 7]), [-143903, 5, 7]);
    assert.deepEqual(spice.ckcov(file, -1, false, "SEGMENT", 0, "SCLK", [[1, 2]]), [[1, 2]]);
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
