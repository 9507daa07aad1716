// A geometry-finder search in a worker thread, with progress and a time limit: when is the Moon
// farther than 400,000 km from Earth in March 2015? Run: node examples/node/worker-search.mjs
import { bundledKernelsDir, createWorkerBackend } from "spicecraft";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

// A one-year DE-layout ephemeris for 2015 (the repository's test fixture).
const year = fileURLToPath(new URL("../../tests/fixtures/kernels/synthetic/year-2015.bsp", import.meta.url));
const spice = await createWorkerBackend();
await spice.furnsh(join(bundledKernelsDir(), "naif0012.tls"));
await spice.furnsh(year);
const [start, stop] = [await spice.utcToEt("2015-03-01"), await spice.utcToEt("2015-04-01")];
const controller = new AbortController();
setTimeout(() => controller.abort(), 60_000); // give up after a minute
const window = await spice.gfdistAsync("MOON", "NONE", "EARTH", ">", 400000, 0, 3600, 1000, [[start, stop]], {
  onProgress: (fraction) => process.stderr.write(`\r${(fraction * 100).toFixed(0)}%`),
  signal: controller.signal,
});
process.stderr.write("\n");
for (const [a, b] of window) console.log(`${await spice.etToUtc(a, 0)} .. ${await spice.etToUtc(b, 0)}`);
await spice.dispose();
