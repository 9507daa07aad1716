#!/usr/bin/env node
// DSK ray-surface intercepts on the Apophis plate model (3,996 plates; voxel index): spicecraft's
// dskxsi / dskxv per ray on both backends against CSPICE N0067 (tspice's node addon): its sincpt
// with the DSK/UNPRIORITIZED method, the same ray search inside (ZZSBFXR -> DSKX02) plus the
// observer's state and the frame change. Run: node bench/dsk.mjs [--n 4000].
// Prints microseconds per ray and the sincpt ratio to CSPICE; not a test.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { spiceClients } from "@rybosome/tspice";
import { createBackend } from "../dist/index.js";
import { bestMicros } from "./timing.mjs";

const { values } = parseArgs({ options: { n: { type: "string", default: "4000" } } });
const n = Number(values.n);
const kernelsDir = new URL("../tests/fixtures/kernels/", import.meta.url);
const KERNELS = ["lsk/naif0012.tls", "spk/de430-2015-03-02.bsp", "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds", "synthetic/apophis_synthetic.tf",
  "synthetic/apophis_synthetic.tpc", "synthetic/apophis_synthetic.bsp"];
const ET = 478738020.2097818;
const bytes = (k) => readFileSync(new URL(k, kernelsDir));

// Rays from the synthetic probe across the asteroid's disk (the same rays for both libraries), and
// latitude/longitude pairs over the sphere.
const probe = await createBackend({ backend: "node" });
for (const k of KERNELS) probe.furnsh({ path: "/kernels/" + k, bytes: bytes(k) });
const toTarget = probe.spkpos("APOPHIS", ET, "APOPHIS_FIXED", "NONE", "SPICECRAFT_PROBE").pos;
probe.dispose();
const range = Math.hypot(...toTarget);
const vertex = toTarget.map((x) => -x);
const vtx = [];
const dir = [];
const lonlat = [];
for (let i = 0; i < n; i++) {
  const a = (i * 2.399963) % (2 * Math.PI);
  const r = (0.25 * Math.sqrt((i + 0.5) / n)) / range; // within 0.25 km of the line of sight
  const perp1 = [toTarget[1], -toTarget[0], 0].map((x) => x / Math.hypot(toTarget[0], toTarget[1]));
  const perp2 = [toTarget[1] * perp1[2] - toTarget[2] * perp1[1], toTarget[2] * perp1[0] - toTarget[0] * perp1[2],
    toTarget[0] * perp1[1] - toTarget[1] * perp1[0]].map((x) => x / range);
  vtx.push(vertex);
  dir.push(toTarget.map((x, k) => x / range + r * (Math.cos(a) * perp1[k] + Math.sin(a) * perp2[k])));
  const lon = (i * 2.399963) % (2 * Math.PI) - Math.PI;
  lonlat.push([lon, Math.asin(-1 + (2 * (i + 0.5)) / n)]);
}

function perRay(label, fn) {
  const best = bestMicros(fn, n);
  console.log(`${label.padEnd(58)} ${best.toFixed(2).padStart(8)} us/ray`);
  return best;
}

const results = {};
for (const backend of (process.env.DSK_BENCH_BACKENDS ?? "node,wasm").split(",")) {
  const s = await createBackend({ backend });
  for (const k of KERNELS) s.furnsh({ path: "/kernels/" + k, bytes: bytes(k) });
  results[`${backend}-dskxsi`] = perRay(`spicecraft ${backend}: dskxsi (one call per ray)`, () => {
    for (let i = 0; i < n; i++) s.dskxsi(false, "APOPHIS", [], ET, "APOPHIS_FIXED", vtx[i], dir[i]);
  });
  results[`${backend}-dskxv`] = perRay(`spicecraft ${backend}: dskxv (all rays in one call)`, () => {
    s.dskxv(false, "APOPHIS", [], ET, "APOPHIS_FIXED", vtx, dir);
  });
  // The like-for-like figure: sincpt with the DSK method from the probe, the same rays and
  // arguments as CSPICE's below (observer state, frame change and the ray search).
  results[`${backend}-sincpt`] = perRay(`spicecraft ${backend}: sincpt DSK/UNPRIORITIZED, NONE`, () => {
    for (let i = 0; i < n; i++) {
      s.sincpt("DSK/UNPRIORITIZED", "APOPHIS", ET, "APOPHIS_FIXED", "NONE", "SPICECRAFT_PROBE", "APOPHIS_FIXED", dir[i]);
    }
  });
  results[`${backend}-latsrf`] = perRay(`spicecraft ${backend}: latsrf DSK (all points in one call)`, () => {
    s.latsrf("DSK/UNPRIORITIZED", "APOPHIS", ET, "APOPHIS_FIXED", lonlat);
  });
  s.dispose();
}

const { spice, dispose } = await spiceClients.toSync({ backend: "node" });
try {
  const raw = spice.raw;
  for (const k of KERNELS) raw.furnsh({ path: "/kernels/" + k, bytes: bytes(k) });
  let hits = 0;
  results["cspice-sincpt"] = perRay("CSPICE (tspice node): sincpt DSK/UNPRIORITIZED, NONE", () => {
    hits = 0;
    for (let i = 0; i < n; i++) {
      const r = raw.sincpt("DSK/UNPRIORITIZED", "APOPHIS", ET, "APOPHIS_FIXED", "NONE", "SPICECRAFT_PROBE", "APOPHIS_FIXED", dir[i]);
      if (r.found) hits++;
    }
  });
  console.log(`(${hits} of ${n} rays hit)`);
} catch (e) {
  console.log(`CSPICE oracle unavailable: ${e.message}`);
} finally {
  await dispose();
}
for (const backend of ["node", "wasm"]) {
  const own = results[`${backend}-sincpt`];
  if (own && results["cspice-sincpt"]) {
    console.log(`sincpt DSK: spicecraft ${backend} is ${(results["cspice-sincpt"] / own).toFixed(2)}x CSPICE (tspice node)`);
  }
}
console.log(JSON.stringify(results));
