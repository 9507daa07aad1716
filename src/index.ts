/**
 * spicecraft: NASA SPICE for JavaScript and TypeScript. One C++ core behind one contract, run by a
 * native Node addon or a WebAssembly module.
 *
 * @example
 * ```ts
 * import { createBackend } from "spicecraft";
 * const spice = await createBackend({ backend: "wasm" });
 * spice.furnsh({ path: "lsk/naif0012.tls", bytes: await readFile("naif0012.tls") });
 * console.log(spice.gdpool("DELTET/K", 0, 1)); // { found: true, values: [0.001657] }
 * ```
 */
import type { SpiceBackend } from "@spicecraft/contract";

export * from "@spicecraft/contract";
export { normalizeVirtualId, VIRTUAL_ROOT } from "@spicecraft/staging";

/** Options of {@link createBackend}. */
export interface CreateBackendOptions {
  /**
   * `node`: the native addon (throws if no addon fits this machine); `wasm`: the WebAssembly module;
   * `auto`: native if the addon loads, else WASM. Default `auto`.
   */
  backend?: "node" | "wasm" | "auto";
}

/**
 * A created backend. `kind` says which one runs; when `auto` fell back to WASM, `fallbackReason` is
 * the native loader's error (every path tried, and the fix).
 */
export type CreatedBackend = SpiceBackend & { readonly fallbackReason?: string };

/** Creates a SPICE backend. Every backend has its own kernels and pool. */
export async function createBackend(options: CreateBackendOptions = {}): Promise<CreatedBackend> {
  const which = options.backend ?? "auto";
  if (which !== "node" && which !== "wasm" && which !== "auto") {
    throw new TypeError(`createBackend: backend must be "node", "wasm" or "auto", got ${String(which)}`);
  }
  if (which === "wasm") return (await import("@spicecraft/backend-wasm")).createWasmBackend();
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
  const backend = await (await import("@spicecraft/backend-wasm")).createWasmBackend();
  return Object.defineProperty(backend, "fallbackReason", { value: reason, enumerable: true }) as CreatedBackend;
}

/** The folder of kernels bundled with this package (Node only). */
export function bundledKernelsDir(): string {
  return decodeURIComponent(new URL("../kernels/", import.meta.url).pathname);
}
