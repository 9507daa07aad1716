// Module worker, bundled by the test with esbuild (import maps do not reach workers, and a bundler
// is how applications ship workers). The bundle lives elsewhere, so it names the WASM files.
import { createWasmBackend } from "@spicecraft/backend-wasm";

const spice = await createWasmBackend({
  glueUrl: "/backend-wasm/wasm/spicecraft.mjs",
  wasmUrl: "/backend-wasm/wasm/spicecraft.wasm",
});
const lsk = new Uint8Array(await (await fetch("/tests/fixtures/kernels/lsk/naif0012.tls")).arrayBuffer());
spice.furnsh({ path: "lsk/naif0012.tls", bytes: lsk });
const value = spice.gdpool("DELTET/K", 0, 1);
let error;
try {
  spice.unload("/kernels/never.bsp");
} catch (e) {
  error = e.toJSON();
}
spice.dispose();
postMessage({ value, error });
