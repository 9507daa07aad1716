/**
 * Creating a backend over the WASM module, shared by the two entry points (index.ts for browsers,
 * workers and bundlers; node.ts for Node, Deno and Bun), which differ only in where the module's
 * bytes come from by default and whether host files exist.
 */
import type { SpiceBackend } from "@spicecraft/contract";
import { composeBackend, type HostWriter } from "@spicecraft/staging";
import { loadWasmModule, type HostReader, type WasmLoadOptions, type WasmModule } from "./module.js";

/** What an entry point supplies. */
export interface WasmHost {
  /** The module's bytes when the caller gives no source. */
  defaultBytes(): Promise<Uint8Array>;
  /** Host file reading and writing (Node only). */
  files?: { reader: HostReader; writer: HostWriter | undefined };
}

/**
 * A backend over a module instance. Without options the module is instantiated once per host (one
 * per page, worker or process) and shared by its backends; each backend has its own context.
 */
export function wasmBackendFactory(host: () => Promise<WasmHost>) {
  let shared: Promise<WasmModule> | undefined;
  return async function createWasmBackend(options?: WasmLoadOptions): Promise<SpiceBackend> {
    const resolved = await host();
    const module =
      options !== undefined
        ? await loadWasmModule(options, resolved.defaultBytes)
        : await (shared ??= loadWasmModule({}, resolved.defaultBytes).catch((error: unknown) => {
            shared = undefined; // a failed load (a network error) may succeed later
            throw error;
          }));
    const raw = new module.Context(resolved.files?.reader ?? null);
    // Embind objects own C++ memory until delete(); disposing the backend must release both.
    const disposeContext = raw.dispose.bind(raw);
    raw.dispose = () => {
      disposeContext();
      (raw as unknown as { delete(): void }).delete();
    };
    return composeBackend(raw, {
      kind: "wasm",
      version: module.version(),
      hostFiles: resolved.files !== undefined,
      hostWriter: resolved.files?.writer,
    });
  };
}
