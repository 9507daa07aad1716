/** The native Node-API backend of spicecraft. */
import type { SpiceBackend } from "@spicecraft/contract";
import { composeBackend } from "@spicecraft/staging";
import { loadAddon, type NativeAddon } from "./addon.js";

export { addonCandidates, loadAddon, type NativeAddon } from "./addon.js";

let addon: NativeAddon | undefined;

/** Creates a backend running the native addon. Each backend owns its own core context (no global lock). */
export function createNodeBackend(): SpiceBackend {
  addon ??= loadAddon();
  return composeBackend(new addon.Context(), { kind: "node", version: addon.version, hostFiles: true });
}
