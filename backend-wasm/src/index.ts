/** The WebAssembly backend of spicecraft: Node, browsers and Web Workers. */
import type { SpiceBackend } from "@spicecraft/contract";
import { composeBackend } from "@spicecraft/staging";
import { loadWasmModule, type WasmLoadOptions, type WasmModule } from "./module.js";
import { createNodeHostReader } from "./node-host-reader.js";
import { createNodeHostWriter } from "./node-host-writer.js";

export { loadWasmModule, type HostReader, type WasmLoadOptions, type WasmModule } from "./module.js";

let shared: Promise<WasmModule> | undefined;

/**
 * Creates a backend running the WASM module. Contexts created by one module instance are
 * independent; the module itself is instantiated once per page or process unless options are given.
 * Under Node, host paths are read through node:fs; in browsers only byte-backed kernels exist.
 */
export async function createWasmBackend(options?: WasmLoadOptions): Promise<SpiceBackend> {
  const module = options !== undefined ? await loadWasmModule(options) : await (shared ??= loadWasmModule());
  const reader = await createNodeHostReader();
  const hostWriter = reader !== undefined ? await createNodeHostWriter() : undefined;
  const raw = new module.Context(reader ?? null);
  // Embind objects own C++ memory until delete(); disposing the backend must release both.
  const disposeContext = raw.dispose.bind(raw);
  raw.dispose = () => {
    disposeContext();
    (raw as unknown as { delete(): void }).delete();
  };
  return composeBackend(raw, {
    kind: "wasm",
    version: module.version(),
    hostFiles: reader !== undefined,
    hostWriter,
  });
}
