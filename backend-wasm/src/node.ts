/**
 * The WebAssembly backend under Node, Deno and Bun (the package's `node` export condition): host
 * paths are read and written through node:fs, and the module's bytes are read from
 * `wasm/spicecraft.wasm` beside this package, or, where that file is not on disk (the CLI bundled
 * into one executable), taken from the inlined base64 copy. A `file:` URL in `wasmUrl` is read from
 * disk (Node's fetch does not read files).
 */
import { readFile } from "node:fs/promises";
import { wasmBackendFactory } from "./create.js";
import { checkMagic, inlinedWasm, type WasmLoadOptions } from "./module.js";
import { createNodeHostReader } from "./node-host-reader.js";
import { createNodeHostWriter } from "./node-host-writer.js";

export { decodeBase64, inlinedWasm, type HostReader, type WasmLoadOptions, type WasmModule } from "./module.js";
import { loadWasmModule as loadAnyWasmModule } from "./module.js";

const WASM_FILE = new URL("../wasm/spicecraft.wasm", import.meta.url);

async function fileBytes(url: URL): Promise<Uint8Array> {
  return checkMagic(new Uint8Array(await readFile(url)), url.href);
}

/** The package's `.wasm` from disk, else the inlined copy. */
async function defaultBytes(): Promise<Uint8Array> {
  try {
    return await fileBytes(WASM_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return inlinedWasm();
  }
}

/** `file:` URLs (and paths relative to nothing) are read here; other URLs are fetched by module.ts. */
async function readFileUrls(options: WasmLoadOptions): Promise<WasmLoadOptions> {
  if (options.wasmUrl === undefined) return options;
  const url = new URL(options.wasmUrl, WASM_FILE);
  if (url.protocol !== "file:") return options;
  const { wasmUrl: _, ...rest } = options;
  return { ...rest, wasmBinary: await fileBytes(url) };
}

/** Instantiates a fresh module (see module.ts), from disk by default. */
export async function loadWasmModule(options: WasmLoadOptions = {}) {
  return loadAnyWasmModule(await readFileUrls(options), defaultBytes);
}

const create = wasmBackendFactory(async () => {
  const reader = await createNodeHostReader();
  return { defaultBytes, ...(reader ? { files: { reader, writer: await createNodeHostWriter() } } : {}) };
});

/**
 * Creates a backend running the WASM module. Contexts created by one module instance are
 * independent; the module itself is instantiated once per process unless options are given.
 * Host paths are read through node:fs; writers write host paths or virtual outputs.
 *
 * @example
 * ```ts
 * import { createWasmBackend } from "@spicecraft/backend-wasm";
 * const spice = await createWasmBackend();
 * spice.furnsh("naif0012.tls");
 * ```
 */
export async function createWasmBackend(options?: WasmLoadOptions) {
  return create(options === undefined ? undefined : await readFileUrls(options));
}
