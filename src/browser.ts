/**
 * spicecraft for browsers, Web Workers and bundlers (the package's `browser` and `default` export
 * conditions): the same API as the Node entry without the native addon or anything that imports a
 * Node built-in, so esbuild, Vite, webpack and Rollup bundle it with no configuration. The backend
 * is the WebAssembly module; its bytes are inlined in the package's JS unless `wasm` says otherwise.
 *
 * @example
 * ```ts
 * import { createBackend } from "spicecraft";
 * const spice = await createBackend();
 * const lsk = new Uint8Array(await (await fetch("/kernels/naif0012.tls")).arrayBuffer());
 * spice.furnsh({ path: "naif0012.tls", bytes: lsk });
 * ```
 */
import { createWasmBackend } from "@spicecraft/backend-wasm";
import { checkOptions, withFallbackReason, type CreateBackendOptions, type CreatedBackend } from "./create-options.js";

export * from "@spicecraft/contract";
export { normalizeVirtualId, VIRTUAL_ROOT } from "@spicecraft/staging";
export { type CreateBackendOptions, type CreatedBackend, type WasmSource } from "./create-options.js";

/**
 * Creates a SPICE backend: the WASM module (`auto` and `wasm`). `backend: "node"` throws a TypeError,
 * as no native addon can run in a browser. Every backend has its own kernels and pool.
 */
export async function createBackend(options: CreateBackendOptions = {}): Promise<CreatedBackend> {
  const { which, wasm } = checkOptions(options);
  if (which === "node") {
    throw new TypeError('createBackend: the native backend runs under Node only; in a browser use backend "wasm" or "auto"');
  }
  const backend = await createWasmBackend(wasm);
  return which === "auto" ? withFallbackReason(backend, "this is a browser build: the native addon runs under Node only") : backend;
}
