// Where is the Moon seen from Earth? The bundled kernels, the native backend where it loads (else
// WASM), and the state by named fields. Run: node examples/node/moon-state.mjs
import { bundledKernelsDir, createBackend } from "spicecraft";
import { join } from "node:path";

const spice = await createBackend();
for (const file of ["naif0012.tls", "pck00010.tpc", "de430-2015-03-02.bsp"]) spice.furnsh(join(bundledKernelsDir(), file));

const { position, velocity, lightTime } = spice.getState({
  target: "MOON",
  observer: "EARTH",
  at: new Date("2015-03-02T12:00:00Z"),
  frame: "J2000",
  abcorr: "LT+S",
});
console.log(`backend: ${spice.kind}`);
console.log(`position (km): ${position.join(", ")}`);
console.log(`velocity (km/s): ${velocity.join(", ")}`);
console.log(`distance (km): ${Math.hypot(...position)}`);
console.log(`light time (s): ${lightTime}`);
spice.dispose();
