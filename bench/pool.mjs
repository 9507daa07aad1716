// A big batch on one backend against the same batch split across a pool of workers (createWorkerPool),
// per backend kind: wall time and the speed-up. Usage: node bench/pool.mjs [--n 2000000] [--size 2]
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bundledKernelsDir, createBackend, createWorkerPool } from "../dist/index.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "2000000" }, size: { type: "string", default: "2" } } });
const n = Number(values.n);
const size = Number(values.size);
const kernels = ["naif0012.tls", "de430-2015-03-02.bsp"].map((f) => join(bundledKernelsDir(), f));

for (const backend of ["node", "wasm"]) {
  const one = await createBackend({ backend });
  for (const k of kernels) one.furnsh(k);
  const et0 = one.str2et("2015-03-02T00:00:00");
  const ets = new Float64Array(n).map((_, i) => et0 + (i * 86000) / n);
  const pool = await createWorkerPool({ size, backend });
  await pool.all("furnsh", kernels[0]);
  await pool.all("furnsh", kernels[1]);
  for (const [name, args] of [["spkezrBatch", ["MOON", ets, "J2000", "LT+S", "EARTH"]], ["pxformBatch", ["J2000", "IAU_EARTH", ets]]]) {
    if (name === "pxformBatch") {
      one.furnsh(join(bundledKernelsDir(), "pck00010.tpc"));
      await pool.all("furnsh", join(bundledKernelsDir(), "pck00010.tpc"));
    }
    one[name](...args); // warm up
    await pool.batch(name, ...args);
    let t = performance.now();
    one[name](...args);
    const single = performance.now() - t;
    t = performance.now();
    await pool.batch(name, ...args);
    const pooled = performance.now() - t;
    console.log(`${backend} ${name} ${n} epochs: one backend ${single.toFixed(0)} ms, pool of ${size} ${pooled.toFixed(0)} ms (${(single / pooled).toFixed(2)}x)`);
  }
  one.dispose();
  await pool.dispose();
}
