/**
 * Loads the Emscripten module. The glue is a static import, so every bundler includes it; the
 * module's bytes always reach the glue as `wasmBinary` (or a compiled `WebAssembly.Module` through
 * `instantiateWasm`), so the glue never fetches a file by itself. Where the bytes come from when the
 * caller does not say is the entry point's choice (`index.ts`: the base64 copy inlined in a JS
 * module, which needs no bundler support; `node.ts`: the `.wasm` file on disk).
 */
import type { RawContext, RawError } from "@spicecraft/contract";
import createSpicecraftModule from "../wasm/spicecraft.mjs";

/** The host file reader the WASM core calls: bytes, or an error record. */
export type HostReader = (path: string) => Uint8Array | RawError;

/** The instantiated module's exports. */
export interface WasmModule {
  Context: new (reader: HostReader | null) => RawContext;
  version(): string;
  abiVersion: number;
}

/**
 * Where the WebAssembly module comes from. Give at most one; with none, the entry point's default
 * (browsers and bundlers: the copy inlined in the package's JS, Node: `wasm/spicecraft.wasm` on disk).
 */
export interface WasmLoadOptions {
  /** The `.wasm` bytes, if the caller already has them (nothing is read or fetched). */
  wasmBinary?: Uint8Array | ArrayBuffer;
  /**
   * Where to fetch the `.wasm` from: for a CDN, or to serve `@spicecraft/backend-wasm/wasm/spicecraft.wasm`
   * as its own file (smaller than the inlined base64 copy, and cached by the browser on its own).
   */
  wasmUrl?: string | URL;
  /** A compiled module (e.g. from `WebAssembly.compileStreaming`, or sent to a Worker). */
  wasmModule?: WebAssembly.Module;
  /** @deprecated The glue is now imported statically; this option is ignored. */
  glueUrl?: string | URL;
}

type Factory = (options: Record<string, unknown>) => Promise<WasmModule>;

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** Checks that bytes are a WebAssembly module, so a wrong URL fails with a clear message. */
export function checkMagic(bytes: Uint8Array, from: string): Uint8Array {
  if (bytes.length < 8 || WASM_MAGIC.some((b, i) => bytes[i] !== b)) {
    const start = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join(" ");
    throw new Error(`spicecraft: ${from} is not a WebAssembly module (it starts with ${start || "nothing"}; expected 00 61 73 6d)`);
  }
  return bytes;
}

/** Fetches a `.wasm` by URL, relative to the page (node.ts reads `file:` URLs itself). */
async function fetchWasm(url: string | URL): Promise<Uint8Array> {
  const href = new URL(url, typeof location !== "undefined" ? location.href : undefined);
  const response = await fetch(href);
  if (!response.ok) throw new Error(`spicecraft: fetching ${href.href} failed: HTTP ${response.status} ${response.statusText}`);
  return checkMagic(new Uint8Array(await response.arrayBuffer()), href.href);
}

/** Decodes base64 without Node's Buffer (browsers, workers, Deno, Bun). */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The module's bytes from the base64 copy in `wasm/spicecraft.wasm.mjs` (loaded only when needed). */
export async function inlinedWasm(): Promise<Uint8Array> {
  const { default: base64 } = await import("../wasm/spicecraft.wasm.mjs");
  return decodeBase64(base64);
}

/**
 * Instantiates a fresh module from the caller's source, else from `defaultBytes` (default: the
 * inlined copy).
 */
export async function loadWasmModule(
  options: WasmLoadOptions = {},
  defaultBytes: () => Promise<Uint8Array> = inlinedWasm,
): Promise<WasmModule> {
  const given = [options.wasmBinary, options.wasmUrl, options.wasmModule].filter((x) => x !== undefined).length;
  if (given > 1) throw new TypeError("spicecraft: give at most one of wasmBinary, wasmUrl and wasmModule");
  const moduleOptions: Record<string, unknown> = {};
  if (options.wasmModule !== undefined) {
    if (!(options.wasmModule instanceof WebAssembly.Module)) throw new TypeError("spicecraft: wasmModule must be a WebAssembly.Module");
    const compiled = options.wasmModule;
    moduleOptions.instantiateWasm = (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
      void WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
      return {};
    };
  } else if (options.wasmBinary !== undefined) {
    const bytes = options.wasmBinary instanceof ArrayBuffer ? new Uint8Array(options.wasmBinary) : options.wasmBinary;
    moduleOptions.wasmBinary = checkMagic(bytes, "wasmBinary");
  } else if (options.wasmUrl !== undefined) {
    moduleOptions.wasmBinary = await fetchWasm(options.wasmUrl);
  } else {
    moduleOptions.wasmBinary = await defaultBytes();
  }
  return (createSpicecraftModule as unknown as Factory)(moduleOptions);
}
