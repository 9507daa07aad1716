/**
 * Loads the Emscripten module. Under Node the `.wasm` bytes are read from disk and passed as
 * `wasmBinary` (Emscripten 3.1.6's web glue would otherwise fetch() a file path); browsers and
 * bundlers resolve it with `new URL(..., import.meta.url)`.
 */
import type { RawContext, RawError } from "@spicecraft/contract";

/** The host file reader the WASM core calls: bytes, or an error record. */
export type HostReader = (path: string) => Uint8Array | RawError;

/** The instantiated module's exports. */
export interface WasmModule {
  Context: new (reader: HostReader | null) => RawContext;
  version(): string;
  abiVersion: number;
}

/** Options for loading the module. */
export interface WasmLoadOptions {
  /** The `.wasm` bytes, if the caller already has them (skips reading or fetching). */
  wasmBinary?: Uint8Array | ArrayBuffer;
  /** Where the `.wasm` is (default: `../wasm/spicecraft.wasm` next to this file). */
  wasmUrl?: string | URL;
  /**
   * Where the Emscripten glue `spicecraft.mjs` is (default: `../wasm/spicecraft.mjs` next to this
   * file). Set it when a bundler moves this code away from the package's `wasm/` folder.
   */
  glueUrl?: string | URL;
}

type Factory = (options: Record<string, unknown>) => Promise<WasmModule>;

const isNode = typeof process !== "undefined" && typeof process.versions?.node === "string";

/** Instantiates a fresh module. */
export async function loadWasmModule(options: WasmLoadOptions = {}): Promise<WasmModule> {
  const glueUrl = new URL(options.glueUrl ?? "../wasm/spicecraft.mjs", import.meta.url);
  const wasmUrl = new URL(options.wasmUrl ?? "../wasm/spicecraft.wasm", import.meta.url);
  const { default: factory } = (await import(/* @vite-ignore */ glueUrl.href)) as { default: Factory };
  let wasmBinary = options.wasmBinary;
  if (wasmBinary === undefined && isNode) {
    const { readFile } = await import("node:fs/promises");
    wasmBinary = await readFile(wasmUrl);
  }
  const moduleOptions: Record<string, unknown> = { locateFile: () => wasmUrl.href };
  if (wasmBinary !== undefined) moduleOptions.wasmBinary = wasmBinary;
  return factory(moduleOptions);
}
