/**
 * The WebAssembly backend of spicecraft for browsers, Web Workers and bundlers (the package's
 * `default` export condition; Node, Deno and Bun take `node.ts` through the `node` condition).
 * Nothing here imports a Node built-in, and the module's bytes come from a JS module holding them as
 * base64, so esbuild, Vite, webpack and Rollup bundle it with no configuration. To serve the `.wasm`
 * as its own file (smaller, cached on its own), pass `wasmUrl`.
 */
import { wasmBackendFactory } from "./create.js";
import { inlinedWasm } from "./module.js";

export { decodeBase64, inlinedWasm, loadWasmModule, type HostReader, type WasmLoadOptions, type WasmModule } from "./module.js";

/**
 * Creates a backend running the WASM module. Contexts created by one module instance are
 * independent; the module itself is instantiated once per page or worker unless options are given.
 * Only byte-backed kernels exist here (`furnsh({ path, bytes })`); writers write virtual outputs.
 *
 * @example
 * ```ts
 * import { createWasmBackend } from "@spicecraft/backend-wasm";
 * const spice = await createWasmBackend(); // or createWasmBackend({ wasmUrl: "/assets/spicecraft.wasm" })
 * ```
 */
export const createWasmBackend = wasmBackendFactory(async () => ({ defaultBytes: inlinedWasm }));
