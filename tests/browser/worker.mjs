// Module worker, bundled by the test with esbuild (import maps do not reach workers, and a bundler
// is how applications ship workers). It fetches the .wasm as its own file by URL (the page itself
// uses the default, the bytes inlined in the package's JS).
import { createWasmBackend } from "@spicecraft/backend-wasm";

const spice = await createWasmBackend({ wasmUrl: "/backend-wasm/wasm/spicecraft.wasm" });
const lsk = new Uint8Array(await (await fetch("/tests/fixtures/kernels/lsk/naif0012.tls")).arrayBuffer());
spice.furnsh({ path: "lsk/naif0012.tls", bytes: lsk });
const value = spice.gdpool("DELTET/K", 0, 1);
let error;
try {
  spice.furnsh("/kernels/never.bsp"); // not staged: SPICE(NOSUCHFILE) (unload of it is a no-op, as in CSPICE)
} catch (e) {
  error = e.toJSON();
}
spice.dispose();
postMessage({ value, error });
