/**
 * spicecraft: NASA SPICE for JavaScript and TypeScript. One C++ core behind one contract, run by a
 * native Node addon or a WebAssembly module. This is the entry for Node, Deno and Bun (the `node`
 * export condition); browsers and bundlers get `browser.ts`, which has no Node-only code.
 *
 * @example
 * ```ts
 * import { createBackend } from "spicecraft";
 * const spice = await createBackend({ backend: "wasm" });
 * spice.furnsh({ path: "lsk/naif0012.tls", bytes: await readFile("naif0012.tls") });
 * console.log(spice.gdpool("DELTET/K", 0, 1)); // { found: true, values: [0.001657] }
 * ```
 */
import { nodeKernelCache } from "./kernels/cache-node.js";
import { fetchKernelWith, type FetchKernelOptions } from "./kernels/fetch-kernel.js";
import type { KernelBytes } from "@spicecraft/contract";
import { defaultKernelSources } from "./bundled-kernels.js";
import { checkOptions, withFallbackReason, type CreateBackendOptions, type CreatedBackend } from "./create-options.js";
import { channelOf, type WorkerLike } from "./worker/channel.js";
import { startPool, type WorkerPool } from "./worker/pool.js";
import { connectWorkerBackend, type AsyncSpiceBackend, type WorkerClientOptions } from "./worker/client.js";

export * from "@spicecraft/contract/public";
export { normalizeVirtualId, VIRTUAL_ROOT } from "@spicecraft/staging";

export { type CreateBackendOptions, type CreatedBackend, type WasmSource } from "./create-options.js";
export { type AsyncMethod, type AsyncSpiceBackend, type WorkerClientOptions } from "./worker/client.js";
export { type NodeWorkerLike, type WebWorkerLike, type WorkerLike } from "./worker/channel.js";

/** Options of {@link createWorkerBackend}. */
export interface WorkerBackendOptions extends WorkerClientOptions {
  /**
   * The worker to run the backend in: a `worker_threads` Worker whose script imports
   * `spicecraft/worker` (or a browser Worker). Default: a new worker thread running it. The worker
   * is ended by `dispose()`.
   */
  worker?: WorkerLike;
}

/**
 * Creates a backend in a worker thread: the same methods as {@link createBackend}'s, returning
 * Promises, so long searches and big batches never block this thread. `backend` chooses the worker's
 * backend as in createBackend (auto: native if the addon loads).
 *
 * @example
 * ```ts
 * import { createWorkerBackend } from "spicecraft";
 * const spice = await createWorkerBackend();
 * await spice.furnsh("naif0012.tls");
 * const et = await spice.str2et("2015-03-02T12:00:00");
 * await spice.dispose();
 * ```
 */
export async function createWorkerBackend(options: WorkerBackendOptions = {}): Promise<AsyncSpiceBackend> {
  const { worker, ...rest } = options;
  const { Worker } = await import("node:worker_threads");
  return connectWorkerBackend(channelOf(worker ?? new Worker(new URL("./worker/node-entry.js", import.meta.url))), rest);
}

/** Creates a SPICE backend. Every backend has its own kernels and pool. */
export async function createBackend(options: CreateBackendOptions = {}): Promise<CreatedBackend> {
  const { which, wasm } = checkOptions(options);
  const createWasm = async () => (await import("@spicecraft/backend-wasm")).createWasmBackend(wasm);
  if (which === "wasm") return createWasm();
  if (which === "node") return (await import("@spicecraft/backend-node")).createNodeBackend();
  let reason: string;
  try {
    return (await import("@spicecraft/backend-node")).createNodeBackend();
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  if (typeof process !== "undefined" && process.env?.SPICECRAFT_DEBUG === "1") {
    process.stderr.write(`[spicecraft] auto: using the WASM backend because the native addon did not load:\n${reason}\n`);
  }
  return withFallbackReason(await createWasm(), reason);
}

/** The folder of kernels bundled with this package (Node only). */
export function bundledKernelsDir(): string {
  return decodeURIComponent(new URL("../kernels/", import.meta.url).pathname);
}

export { type FetchKernelOptions } from "./kernels/fetch-kernel.js";

/**
 * Downloads a kernel by URL as a stream (with `onProgress`, stopped by `signal`) and returns the
 * `{ path, bytes }` that `furnsh` loads; with `cache: true` it is kept in a folder (`~/.cache/spicecraft/kernels/`, or `SPICECRAFT_KERNEL_CACHE`) and
 * later calls answer from there. Errors are SpiceErrors: SPICE(FILEOPENFAILED) (request failed or
 * an HTTP error), SPICE(FILEREADFAILED) (body cut short), SPICE(CANCELLED).
 *
 * @example
 * ```ts
 * spice.furnsh(await fetchKernel("https://naif.jpl.nasa.gov/pub/naif/generic_kernels/lsk/naif0012.tls", { cache: true }));
 * ```
 */
export function fetchKernel(url: string | URL, options?: FetchKernelOptions): Promise<KernelBytes> {
  return fetchKernelWith(nodeKernelCache(), url, options);
}

/**
 * The kernels bundled with spicecraft, ready for `furnsh`, in load order (as the browser entry
 * gives them): read from the package's `kernels/` folder, or from the executable in a single-file build.
 * @example
 * ```ts
 * for (const kernel of await bundledKernels()) spice.furnsh(kernel);
 * ```
 */
export async function bundledKernels(): Promise<KernelBytes[]> {
  const { readFileSync } = await import("node:fs");
  return defaultKernelSources(bundledKernelsDir()).map((k) =>
    typeof k === "string" ? { path: `kernels/${k.split(/[\\/]/).pop()}`, bytes: new Uint8Array(readFileSync(k)) } : k,
  );
}

export { type BatchMethod, type WorkerPool } from "./worker/pool.js";

/** Options of {@link createWorkerPool}. */
export interface WorkerPoolOptions extends WorkerClientOptions {
  /** The number of workers. Default: os.availableParallelism(). */
  size?: number;
  /** Makes each worker (as `worker` in {@link createWorkerBackend}); default: a worker thread running spicecraft/worker. */
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
  return startPool(size ?? (await import("node:os")).availableParallelism(), () => createWorkerBackend({ ...rest, ...(worker ? { worker: worker() } : {}) }));
}
