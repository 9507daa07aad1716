// Instrument kernels on both backends: getfov's answers on the real and made-up IKs are CSPICE's
// (fov-getfov.json, a required golden file run by backends.test.mjs); here, what the golden file
// cannot show: IKs are TEXT kernels to kinfo/kdata as in CSPICE, a FOV defined by bytes, the
// argument checks, and the two backends agreeing bit for bit.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";
import { join } from "node:path";

const IK = `\\begindata
INS-5_FOV_FRAME = 'J2000'
INS-5_FOV_SHAPE = 'ellipse'
INS-5_BORESIGHT = ( 0, 0, 3 )
INS-5_FOV_CLASS_SPEC = 'ANGLES'
INS-5_FOV_REF_VECTOR = ( 0, 1, 0 )
INS-5_FOV_REF_ANGLE = 0.1
INS-5_FOV_CROSS_ANGLE = 0.05
INS-5_FOV_ANGLE_UNITS = 'RADIANS'
\\begintext
`;

const results = {};
for (const backend of ["node", "wasm"]) {
  describe(`instruments: ${backend}`, () => {
    test("an IK is a TEXT kernel to kinfo and kdata, as CSPICE reports it", async () => {
      const spice = await createBackend({ backend });
      try {
        const ik = join(kernelsDir, "ik", "mro_ctx_v11.ti");
        spice.furnsh(ik);
        assert.equal(spice.kinfo(ik).filtyp, "TEXT");
        assert.equal(spice.kdata(0, "TEXT").filtyp, "TEXT");
        assert.equal(spice.getfov(-74021, 4).frame, "MRO_CTX");
      } finally {
        spice.dispose?.();
      }
    });

    test("an ELLIPSE from ANGLES: the semi-axis ends at the given angles, boresight length kept", async () => {
      const spice = await createBackend({ backend });
      try {
        spice.furnsh({ path: "/kernels/cam.ti", bytes: new TextEncoder().encode(IK) });
        const fov = spice.getfov(-5, 2);
        assert.equal(fov.shape, "ELLIPSE");
        assert.equal(fov.n, 2);
        assert.deepEqual(fov.bsight, [0, 0, 3]);
        const [a, b] = fov.bounds;
        // Towards the reference vector (+y) by 0.1 rad, then across it (towards -x) by 0.05 rad.
        assert.ok(Math.abs(Math.atan2(a[1], a[2]) - 0.1) < 1e-15);
        assert.ok(Math.abs(Math.atan2(-b[0], b[2]) - 0.05) < 1e-15);
        assert.ok(Math.abs(Math.hypot(...a) - 3) < 1e-14);
        assert.throws(() => spice.getfov(-5, 1), (e) => e.short === "SPICE(BOUNDARYTOOBIG)");
        assert.throws(() => spice.getfov(-6, 2), (e) => e.short === "SPICE(FRAMEMISSING)");
        assert.throws(() => spice.getfov(-5.5, 2), RangeError);
        assert.throws(() => spice.getfov("-5", 2), TypeError);
        results[backend] = fov.bounds.flat();
      } finally {
        spice.dispose?.();
      }
    });
  });
}

test("getfov: node and wasm agree bit for bit", () => {
  assert.ok(results.node && results.wasm);
  assert.ok(results.node.every((x, i) => Object.is(x, results.wasm[i])));
});
