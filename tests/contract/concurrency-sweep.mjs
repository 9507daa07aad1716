// The sweep of the concurrency test (concurrency.test.mjs): one backend loads kernels as bytes and
// runs time conversions, states, orientations and an SPK writer round trip through a
// VirtualOutput; its answers, by their IEEE bits, are hashed into one digest. Run in a
// worker_thread (workerData = { backend, epochs, tag }) it posts { digest, count, ms, isolated };
// the main thread runs the same function to get the single-thread answer.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";

const KERNELS = ["lsk/naif0012.tls", "spk/de430-2015-03-02.bsp", "pck/pck00010.tpc", "fk/moon_080317.tf",
  "pck/moon_pa_de421_1900-2050.bpc"];
const START = 478400000.0; // 2015-02-28T13:00 TDB, inside the DE430 excerpt's Moon and Earth coverage
const SPAN = 6 * 86400;

/** Runs the sweep on `spice` (a fresh backend): the digest of every answer, and how many there were. */
export function runSweep(spice, { epochs, tag }) {
  const hash = createHash("sha256");
  let count = 0;
  const put = (x) => {
    const values = typeof x === "number" ? [x] : Array.from(x);
    const bits = new Float64Array(values);
    hash.update(new Uint8Array(bits.buffer));
    count += values.length;
  };
  const text = (s) => {
    hash.update(s);
    ++count;
  };
  // Each backend's own pool variable: another backend's value showing here would be cross-talk.
  spice.pdpool("SWEEP_TAG", [tag]);
  for (const k of KERNELS) spice.furnsh({ path: `/kernels/${k}`, bytes: new Uint8Array(readFileSync(join(kernelsDir, k))) });
  for (let i = 0; i < epochs; ++i) {
    const et = START + (SPAN * i) / epochs;
    const utc = spice.et2utc(et, "ISOC", 6);
    text(utc);
    put(spice.str2et(utc));
    const s = spice.spkezr("MOON", et, "J2000", "LT+S", "EARTH");
    put(s.state);
    put(s.lt);
    put(spice.spkpos("MARS BARYCENTER", et, "ECLIPJ2000", "CN+S", "EARTH").pos);
    put(spice.pxform("J2000", "IAU_EARTH", et).flat());
    put(spice.sxform("J2000", "MOON_ME_DE421", et).flat());
  }
  // A writer round trip: Moon states sampled from DE430 written as a type 8 segment, read back.
  const states = [];
  for (let i = 0; i < 60; ++i) states.push(...spice.spkgeo(301, START + i * 3600, "J2000", 399).state);
  const out = { kind: "virtual-output", path: "/kernels/written/moon8.bsp" };
  const h = spice.spkopn(out, "concurrency sweep", 0);
  spice.spkw08(h, -301, 399, "J2000", START, START + 59 * 3600, "MOON AGAIN", 7, states, START, 3600);
  spice.spkcls(h);
  const bytes = spice.readVirtualOutput(out);
  hash.update(bytes);
  spice.furnsh(out.path);
  for (let i = 0; i < epochs; ++i) put(spice.spkezr("-301", START + (59 * 3600 * i) / epochs, "J2000", "NONE", "399").state);
  const mine = spice.gdpool("SWEEP_TAG", 0, 10);
  const isolated = mine.found && mine.values.length === 1 && mine.values[0] === tag;
  return { digest: hash.digest("hex"), count, isolated };
}

if (!isMainThread) {
  const spice = await createBackend({ backend: workerData.backend });
  const t0 = performance.now();
  const result = runSweep(spice, workerData);
  const ms = performance.now() - t0;
  spice.dispose();
  parentPort.postMessage({ ...result, ms });
}
