// Surface names (issue 13, srfs2c/srfscc/srfc2s/srfcss) on both backends, kernels as bytes and as
// host paths: the synthetic Apophis FK's surface, CSPICE's rules for NAIF_SURFACE_NAME / _CODE /
// _BODY (case and blanks, per body, last assignment wins, masked codes, integer strings) and the
// errors for a malformed table.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";

const FK = "synthetic/apophis_synthetic.tf";

function spiceCode(f) {
  try {
    f();
  } catch (e) {
    return e.short ?? e.message;
  }
  return "no error";
}

for (const backend of ["node", "wasm"]) {
  describe(`surface names: ${backend}`, () => {
    for (const mode of ["bytes", "path"]) {
      test(`the Apophis FK's surface (kernel as ${mode})`, async () => {
        const spice = await createBackend({ backend });
        try {
          const file = join(kernelsDir, FK);
          spice.furnsh(mode === "path" ? file : { path: `/kernels/${FK}`, bytes: readFileSync(file) });
          assert.deepEqual(spice.srfs2c("APOPHIS_ORX_G_25M", "APOPHIS"), { found: true, code: 425000001 });
          assert.deepEqual(spice.srfs2c(" apophis_orx_g_25m ", "2099942"), { found: true, code: 425000001 });
          assert.deepEqual(spice.srfscc("Apophis_ORX_G_25M", 2099942), { found: true, code: 425000001 });
          assert.deepEqual(spice.srfs2c("APOPHIS_ORX_G_25M", "EARTH"), { found: false });
          assert.deepEqual(spice.srfs2c("425000002", "APOPHIS"), { found: true, code: 425000002 });
          assert.deepEqual(spice.srfs2c("APOPHIS_ORX_G_25M", "NO SUCH BODY"), { found: false });
          assert.deepEqual(spice.srfc2s(425000001, 2099942), { srfstr: "APOPHIS_ORX_G_25M", isname: true });
          assert.deepEqual(spice.srfcss(425000001, "apophis"), { srfstr: "APOPHIS_ORX_G_25M", isname: true });
          assert.deepEqual(spice.srfc2s(425000001, 399), { srfstr: "425000001", isname: false });
          assert.deepEqual(spice.srfcss(-7, "NO SUCH BODY"), { srfstr: "-7", isname: false });
        } finally {
          spice.dispose();
        }
      });
    }

    test("the last assignment wins; masked codes have no name; errors", async () => {
      const spice = await createBackend({ backend });
      try {
        spice.pcpool("NAIF_SURFACE_NAME", ["A", "B", "a", "C", "D"]);
        spice.pipool("NAIF_SURFACE_CODE", [1, 3, 2, 3, 3]);
        spice.pipool("NAIF_SURFACE_BODY", [499, 499, 499, 499, 401]);
        assert.deepEqual(spice.srfs2c("a", "MARS"), { found: true, code: 2 });
        assert.deepEqual(spice.srfc2s(1, 499), { srfstr: "1", isname: false });
        assert.deepEqual(spice.srfc2s(2, 499), { srfstr: "a", isname: true });
        assert.deepEqual(spice.srfc2s(3, 499), { srfstr: "C", isname: true });
        assert.deepEqual(spice.srfc2s(3, 401), { srfstr: "D", isname: true });
        assert.equal(spiceCode(() => spice.srfs2c("", "MARS")), "SPICE(EMPTYSTRING)");
        assert.equal(spiceCode(() => spice.srfcss(1, "")), "SPICE(EMPTYSTRING)");
        spice.pipool("NAIF_SURFACE_BODY", [499, 499]);
        assert.equal(spiceCode(() => spice.srfs2c("A", "MARS")), "SPICE(ARRAYSIZEMISMATCH)");
        spice.pcpool("NAIF_SURFACE_CODE", ["1", "2"]);
        assert.equal(spiceCode(() => spice.srfc2s(1, 499)), "SPICE(BADVARIABLETYPE)");
      } finally {
        spice.dispose();
      }
      const partial = await createBackend({ backend });
      try {
        partial.pcpool("NAIF_SURFACE_NAME", ["A"]);
        assert.equal(spiceCode(() => partial.srfc2s(1, 499)), "SPICE(BADSURFACEMAP)");
      } finally {
        partial.dispose();
      }
    });
  });
}
