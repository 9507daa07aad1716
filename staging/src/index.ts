/** spicecraft staging: virtual ids, kernel inputs, and the composition layer every backend shares. */
export { VIRTUAL_ROOT, isVirtualId, normalizeVirtualId } from "./virtual-id.js";
export { resolveName, stageKernel, type HostCapabilities, type StagedKernel } from "./kernel-source.js";
export { composeBackend, type BackendIdentity } from "./compose-backend.js";
export {
  createHostWriter,
  resolveOutput,
  type ExistingHostFile,
  type HostFs,
  type HostWriter,
  type ResolvedOutput,
} from "./virtual-output.js";
export { errnoText } from "./errno-text.js";
