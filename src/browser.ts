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
import { channelOf, type WorkerLike } from "./worker/channel.js";
import { startPool, type WorkerPool } from "./worker/pool.js";
import { connectWorkerBackend, type AsyncSpiceBackend, type WorkerClientOptions } from "./worker/client.js";
import { browserKernelCache } from "./kernels/cache-browser.js";
import { fetchKernelWith, type FetchKernelOptions } from "./kernels/fetch-kernel.js";
import type { KernelBytes } from "@spicecraft/contract";
import { checkOptions, withFallbackReason, type CreateBackendOptions, type CreatedBackend } from "./create-options.js";

export * from "@spicecraft/contract/public";
export { normalizeVirtualId, VIRTUAL_ROOT } from "@spicecraft/staging";
export { type CreateBackendOptions, type CreatedBackend, type WasmSource } from "./create-options.js";
export { type AsyncMethod, type AsyncSpiceBackend, type WorkerClientOptions } from "./worker/client.js";
export { type NodeWorkerLike, type WebWorkerLike, type WorkerLike } from "./worker/channel.js";

/** Options of {@link createWorkerBackend}. */
export interface WorkerBackendOptions extends WorkerClientOptions {
  /**
   * The Worker to run the backend in, whose script imports `spicecraft/worker`: e.g. `new Worker(new
   * URL("./spice.worker.js", import.meta.url), { type: "module" })` in Vite or webpack, or the
   * worker entry you bundled yourself (esbuild, Rollup). Default: `new Worker(new URL(
   * "./worker/browser-entry.js", import.meta.url), { type: "module" })` inside this package, which
   * bundlers that follow that pattern in dependencies (webpack 5) handle. The worker is ended by `dispose()`.
   */
  worker?: WorkerLike;
}

/**
 * Creates a backend in a Web Worker: the same methods as {@link createBackend}'s, returning Promises,
 * so long searches and big batches never block the page. Typed-array results are moved, not copied.
 *
 * @example
 * ```ts
 * // spice.worker.js:  import "spicecraft/worker";
 * import { createWorkerBackend } from "spicecraft";
 * const spice = await createWorkerBackend({
 *   worker: new Worker(new URL("./spice.worker.js", import.meta.url), { type: "module" }),
 * });
 * await spice.furnsh({ path: "naif0012.tls", bytes });
 * ```
 */
export async function createWorkerBackend(options: WorkerBackendOptions = {}): Promise<AsyncSpiceBackend> {
  const { worker, ...rest } = options;
  return connectWorkerBackend(channelOf(worker ?? new Worker(new URL("./worker/browser-entry.js", import.meta.url), { type: "module" })), rest);
}

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

export { type FetchKernelOptions } from "./kernels/fetch-kernel.js";

/**
 * Downloads a kernel by URL as a stream (with `onProgress`, stopped by `signal`) and returns the
 * `{ path, bytes }` that `furnsh` loads; with `cache: true` it is kept in the browser's Cache API (`spicecraft-kernels`) and
 * later calls answer from there. Errors are SpiceErrors: SPICE(FILEOPENFAILED) (request failed or
 * an HTTP error), SPICE(FILEREADFAILED) (body cut short), SPICE(CANCELLED).
 *
 * @example
 * ```ts
 * spice.furnsh(await fetchKernel("https://naif.jpl.nasa.gov/pub/naif/generic_kernels/lsk/naif0012.tls", { cache: true }));
 * ```
 */
export function fetchKernel(url: string | URL, options?: FetchKernelOptions): Promise<KernelBytes> {
  return fetchKernelWith(browserKernelCache(), url, options);
}

/**
 * The kernels bundled with spicecraft (an LSK, text PCKs, the Moon's FK and a one-day DE430 SPK for
 * 2015-03-02), ready for `furnsh`, in load order. In browser builds they are inlined in the package's
 * JS; loaded on first call.
 * @example
 * ```ts
 * for (const kernel of await bundledKernels()) spice.furnsh(kernel);
 * ```
 */
export { bundledKernelsInline as bundledKernels } from "./kernels/bundled-browser.js";

export { type BatchMethod, type WorkerPool } from "./worker/pool.js";

/** Options of {@link createWorkerPool}. */
export interface WorkerPoolOptions extends WorkerClientOptions {
  /** The number of workers. Default: navigator.hardwareConcurrency. */
  size?: number;
  /** Makes each worker (as `worker` in {@link createWorkerBackend}); default: the package's worker script. */
  worker?: () => WorkerLike;
}

/**
 * Starts `size` worker backends for big batches: `pool.batch("spkezrBatch", ...)` splits the epochs
 * across them and joins the results in order (bit for bit what one backend gives), `pool.all("furnsh",
 * ...)` loads a kernel into every worker.
 * @example
 * ```ts
 * const pool = await createWorkerPool({ size: 2 });
 * await pool.all("furnsh", kernel);
 * const { states } = await pool.batch("spkezrBatch", "MOON", ets, "J2000", "NONE", "EARTH");
 * await pool.dispose();
 * ```
 */
export async function createWorkerPool(options: WorkerPoolOptions = {}): Promise<WorkerPool> {
  const { size, worker, ...rest } = options;
  return startPool(size ?? Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2), () => createWorkerBackend({ ...rest, ...(worker ? { worker: worker() } : {}) }));
}
