// The Moon's state seen from Earth, computed in the page by the WASM backend from kernels fetched by URL.
import { createBackend } from "spicecraft";

const spice = await createBackend(); // in a browser: the WASM backend
for (const file of ["naif0012.tls", "de430-2015-03-02.bsp"]) {
  const bytes = new Uint8Array(await (await fetch(`/kernels/${file}`)).arrayBuffer());
  spice.furnsh({ path: file, bytes });
}
const { position, lightTime } = spice.getState({ target: "MOON", observer: "EARTH", at: "2015-03-02T12:00:00", abcorr: "LT+S" });
document.getElementById("out").textContent = [
  `backend: ${spice.kind}`,
  `position (km): ${position.join(", ")}`,
  `distance (km): ${Math.hypot(...position)}`,
  `light time (s): ${lightTime}`,
].join("\n");
spice.dispose();
