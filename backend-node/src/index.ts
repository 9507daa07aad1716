/** The native Node-API backend of spicecraft. */
import type { SpiceBackend } from "@spicecraft/contract";
import * as fs from "node:fs";
import { composeBackend, createHostWriter } from "@spicecraft/staging";
import { loadAddon } from "./addon.js";

export { addonCandidates, loadAddon, loadAddonInfo, nodeLoaderHost, readEmbeddedFile, type NativeAddon } from "./addon.js";
export {
  detectCompiledMode,
  MANIFEST_ASSET,
  parseManifest,
  userCacheDir,
  type CompiledInfo,
  type CompiledRuntime,
  type EmbeddedFile,
  type EmbeddedManifest,
} from "./compiled-mode.js";
export { missingCalls, REBUILD_COMMAND } from "./export-check.js";
export {
  addonFileNames,
  detectAvx2,
  loadNativeAddon,
  NativeLoadError,
  platformPackageName,
  sentinelName,
  SUPPORTED_TARGETS,
  type LoadAttempt,
  type LoadedAddon,
  type LoaderHost,
  type X64Variant,
} from "./loader.js";

/**
 * Creates a backend running the native addon. Each backend owns its own core context (no global lock).
 * Throws a NativeLoadError (listing every path tried and the fix) when no addon fits this machine.
 */
export function createNodeBackend(): SpiceBackend {
  const addon = loadAddon();
  return composeBackend(new addon.Context(), {
    kind: "node",
    version: addon.version,
    hostFiles: true,
    hostWriter: createHostWriter(fs),
  });
}
