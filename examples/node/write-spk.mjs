// Write an SPK in memory (a VirtualOutput: identical bytes on both backends), then load it back.
// Run: node examples/node/write-spk.mjs
import { bundledKernelsDir, createBackend } from "spicecraft";
import { join } from "node:path";

const spice = await createBackend();
for (const file of ["naif0012.tls", "de430-2015-03-02.bsp"]) spice.furnsh(join(bundledKernelsDir(), file));
const et = spice.utcToEt("2015-03-02T12:00:00");

// Four geometric Moon states 10 minutes apart, as an SPK type 8 segment (Lagrange interpolation).
const states = [0, 1, 2, 3].flatMap((i) => spice.spkgeo(301, et + 600 * i, "J2000", 399).state);
const out = { kind: "virtual-output", path: "/kernels/out/moon.bsp" };
const handle = spice.spkopn(out, "my file", 0);
spice.spkw08(handle, -301, 399, "J2000", et, et + 1800, "MOON SAMPLES", 3, states, et, 600);
spice.spkcls(handle);
const bytes = spice.readVirtualOutput(out);
console.log(`wrote ${bytes.length} bytes`);

spice.furnsh(out.path);
const fromFile = spice.spkezr("-301", et + 600, "J2000", "NONE", "EARTH").state;
const original = spice.spkgeo(301, et + 600, "J2000", 399).state;
console.log(`largest difference from the original at a sample: ${Math.max(...fromFile.map((x, i) => Math.abs(x - original[i])))} km or km/s`);
spice.releaseVirtualOutput(out);
spice.dispose();
