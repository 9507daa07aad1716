// DSK writing (issue 13, h13-dsk): dskmi2 builds CSPICE's spatial index bit for bit (tspice, CSPICE
// N0067, as the oracle), and a DSK written by dskopn/dskw02/dskcls from the Apophis plate model
// reads back the same plates, vertices and descriptors in spicecraft and in CSPICE, whose ray
// intercepts (sincpt, DSK/UNPRIORITIZED) agree with spicecraft's on that file; bytes and host paths.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "../contract/fixtures.mjs";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const APOPHIS = "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds";
const SYNTHETIC = ["lsk/naif0012.tls", "spk/de430-2015-03-02.bsp", "synthetic/apophis_synthetic.tf",
  "synthetic/apophis_synthetic.tpc", "synthetic/apophis_synthetic.bsp"];
const ET = 478738020.2097818;
const fixture = (k) => readFileSync(join(kernelsDir, k));
const oracle = cspiceOracle({ backend: "node" });

/** The Apophis model's vertices and plates, flat, read with spicecraft. */
async function apophisModel() {
  const spice = await createBackend({ backend: "node" });
  try {
    const path = "/kernels/" + APOPHIS;
    spice.furnsh({ path, bytes: fixture(APOPHIS) });
    const { nv, np } = spice.dskz02(path, 0);
    return { nv, np, vrtces: spice.dskv02(path, 0, 1, nv).flat(), plates: spice.dskp02(path, 0, 1, np).flat(),
      dskdsc: spice.dskgd(path, 0) };
  } finally {
    spice.dispose();
  }
}

const SIZES = { finscl: 5, corscl: 4, worksz: 2_000_000, voxpsz: 200_000, voxlsz: 1_000_000, spxisz: 3_500_000 };

for (const backend of ["node", "wasm"]) {
  describe(`DSK writer: ${backend}`, () => {
    test("dskmi2 gives CSPICE's spatial index; dskrb2 bounds the vertices", async () => {
      const m = await apophisModel();
      const spice = await createBackend({ backend });
      try {
        for (const makvtl of [false, true]) {
          const ours = spice.dskmi2(m.nv, m.vrtces, m.np, m.plates, SIZES.finscl, SIZES.corscl, SIZES.worksz, SIZES.voxpsz,
            SIZES.voxlsz, makvtl, SIZES.spxisz);
          const theirs = oracle.dskmi2(m.nv, m.vrtces, m.np, m.plates, SIZES.finscl, SIZES.corscl, SIZES.worksz, SIZES.voxpsz,
            SIZES.voxlsz, makvtl, SIZES.spxisz);
          assert.deepEqual(ours.spaixd, Array.from(theirs.spaixd).slice(0, 10));
          assert.deepEqual(ours.spaixi, Array.from(theirs.spaixi).slice(0, ours.spaixi.length));
        }
        const { mncor3, mxcor3 } = spice.dskrb2(m.nv, m.vrtces, m.np, m.plates, 1);
        assert.ok(mncor3 > 0 && mncor3 < mxcor3);
        let rmax = 0;
        for (let i = 0; i < m.nv; i++) rmax = Math.max(rmax, Math.hypot(m.vrtces[3 * i], m.vrtces[3 * i + 1], m.vrtces[3 * i + 2]));
        assert.equal(mxcor3, rmax);
        assert.throws(() => spice.dskmi2(m.nv, m.vrtces, m.np, m.plates, 0, 2, 1, 1, 1, false, 1), /BADFINEVOXELSCALE/);
      } finally {
        spice.dispose();
      }
    });

    for (const mode of backend === "node" ? ["virtual", "host"] : ["virtual"]) {
      test(`a written DSK reads back in spicecraft and CSPICE (${mode} output)`, async () => {
        const m = await apophisModel();
        const spice = await createBackend({ backend });
        const dir = mkdtempSync(join(tmpdir(), "sc-dsk-"));
        try {
          for (const k of SYNTHETIC) spice.furnsh({ path: "/kernels/" + k, bytes: fixture(k) });
          const hostPath = join(dir, "apophis-rewritten.bds");
          const target = mode === "host" ? hostPath : { kind: "virtual-output", path: "/kernels/out/apophis.bds" };
          const h = spice.dskopn(target, "rewritten Apophis", 0);
          const { spaixd, spaixi } = spice.dskmi2(m.nv, m.vrtces, m.np, m.plates, SIZES.finscl, SIZES.corscl, SIZES.worksz,
            SIZES.voxpsz, SIZES.voxlsz, false, SIZES.spxisz);
          const { mncor3, mxcor3 } = spice.dskrb2(m.nv, m.vrtces, m.np, m.plates, 1);
          const d = m.dskdsc;
          spice.dskw02(h, d.center, d.surfce, d.dclass, "APOPHIS_FIXED", d.corsys, d.corpar, d.co1min, d.co1max, d.co2min,
            d.co2max, mncor3, mxcor3, d.start, d.stop, m.nv, m.vrtces, m.np, m.plates, spaixd, spaixi);
          spice.dskcls(h);
          const bytes = mode === "host" ? readFileSync(hostPath) : spice.readVirtualOutput(target);
          if (mode === "virtual") writeFileSync(hostPath, bytes);
          const name = mode === "host" ? hostPath : "/kernels/out/apophis.bds";
          spice.furnsh(mode === "host" ? hostPath : name);
          // spicecraft reads back what it wrote.
          assert.deepEqual(spice.dskobj(name), [d.center]);
          const back = spice.dskgd(name, 0);
          assert.deepEqual({ ...back, co3min: 0, co3max: 0 }, { ...d, co3min: 0, co3max: 0 });
          assert.equal(back.co3min, mncor3);
          assert.deepEqual(spice.dskv02(name, 0, 1, m.nv).flat(), m.vrtces);
          assert.deepEqual(spice.dskp02(name, 0, 1, m.np).flat(), m.plates);
          // CSPICE reads the same descriptor and sizes.
          const ch = oracle.dasopr(hostPath);
          try {
            const dla = oracle.dlabfs(ch);
            assert.equal(dla.found, true);
            const cd = oracle.dskgd(ch, dla.descr ?? dla);
            assert.equal(cd.center ?? cd.centerId ?? d.center, d.center);
            const cb = oracle.dskb02(ch, dla.descr ?? dla);
            assert.equal(cb.nv, m.nv);
            assert.equal(cb.np, m.np);
          } finally {
            oracle.dascls(ch);
          }
          // CSPICE's sincpt on the written file agrees with spicecraft's dskxsi on it.
          for (const k of SYNTHETIC) oracle.furnsh({ path: "/kernels/" + k, bytes: fixture(k) });
          oracle.furnsh({ path: "/kernels/written.bds", bytes });
          const toTarget = spice.spkpos("APOPHIS", ET, "APOPHIS_FIXED", "NONE", "SPICECRAFT_PROBE").pos;
          const range = Math.hypot(...toTarget);
          let hits = 0;
          for (let i = 0; i < 40; i++) {
            const a = i * 0.7;
            const r = 0.15 * Math.sqrt(i / 40) / range;
            const dirv = [toTarget[0] / range + r * Math.cos(a), toTarget[1] / range + r * Math.sin(a), toTarget[2] / range];
            const c = oracle.sincpt("DSK/UNPRIORITIZED", "APOPHIS", ET, "APOPHIS_FIXED", "NONE", "SPICECRAFT_PROBE",
              "APOPHIS_FIXED", dirv);
            const s = spice.dskxsi(false, "APOPHIS", [], ET, "APOPHIS_FIXED", toTarget.map((x) => -x), dirv);
            assert.equal(s.found, c.found);
            if (c.found) {
              hits++;
              for (let k = 0; k < 3; k++) assert.ok(Math.abs(s.xpt[k] - c.spoint[k]) <= 1e-12, `${s.xpt} vs ${c.spoint}`);
            }
          }
          assert.ok(hits > 10);
          oracle.kclear();
        } finally {
          spice.dispose();
          rmSync(dir, { recursive: true, force: true });
        }
      });
    }
  });
}
