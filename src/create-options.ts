/** The options of `createBackend`, shared by the Node entry (index.ts) and the browser entry (browser.ts). */
import type { SpiceBackend } from "@spicecraft/contract";

/**
 * Where the WebAssembly module comes from; give at most one. Default: Node reads the package's
 * `.wasm` file, browsers and bundlers use the copy inlined in the package's JS (no bundler setup).
 */
export interface WasmSource {
  /** Fetch the `.wasm` from here (a CDN, or the file `@spicecraft/backend-wasm/wasm/spicecraft.wasm` served as an asset). */
  url?: string | URL;
  /** The `.wasm` bytes. */
  bytes?: Uint8Array | ArrayBuffer;
  /** A compiled module (`WebAssembly.compileStreaming(...)`, or one sent to a Worker). */
  module?: WebAssembly.Module;
}

/** Options of `createBackend`. */
export interface CreateBackendOptions {
  /**
   * `node`: the native addon (throws if no addon fits this machine, and always in browsers); `wasm`:
   * the WebAssembly module; `auto`: native if the addon loads, else WASM. Default `auto`.
   */
  backend?: "node" | "wasm" | "auto";
  /** Where the WASM backend's module comes from (see {@link WasmSource}). */
  wasm?: WasmSource;
}

/**
 * A created backend. `kind` says which one runs; when `auto` fell back to WASM, `fallbackReason` is
 * the reason (the native loader's error: every path tried, and the fix; or that this is a browser).
 */
export type CreatedBackend = SpiceBackend & {
  /** Set when `auto` gave the WASM backend: why the native addon did not load. */
  readonly fallbackReason?: string;
};

/** Checks the options and turns `wasm` into the WASM backend's load options. */
export function checkOptions(options: CreateBackendOptions): {
  which: "node" | "wasm" | "auto";
  wasm: { wasmUrl?: string | URL; wasmBinary?: Uint8Array | ArrayBuffer; wasmModule?: WebAssembly.Module } | undefined;
} {
  const which = options.backend ?? "auto";
  if (which !== "node" && which !== "wasm" && which !== "auto") {
    throw new TypeError(`createBackend: backend must be "node", "wasm" or "auto", got ${String(which)}`);
  }
  const source = options.wasm;
  if (source === undefined) return { which, wasm: undefined };
  if (typeof source !== "object" || source === null) throw new TypeError("createBackend: wasm must be an object { url } | { bytes } | { module }");
  const given = (["url", "bytes", "module"] as const).filter((k) => source[k] !== undefined);
  if (given.length !== 1) throw new TypeError(`createBackend: wasm takes exactly one of url, bytes and module, got ${given.length ? given.join(", ") : "none"}`);
  return {
    which,
    wasm: {
      ...(source.url !== undefined ? { wasmUrl: source.url } : {}),
      ...(source.bytes !== undefined ? { wasmBinary: source.bytes } : {}),
      ...(source.module !== undefined ? { wasmModule: source.module } : {}),
    },
  };
}

/** Marks a WASM backend as the fallback of `auto`, with the reason. */
export function withFallbackReason(backend: SpiceBackend, reason: string): CreatedBackend {
  return Object.defineProperty(backend, "fallbackReason", { value: reason, enumerable: true }) as CreatedBackend;
}
