/**
 * Turns what a caller passes to furnsh into what the core loads: a name and, for byte-backed
 * kernels, the bytes to stage under that name.
 */
import { checkNotDetached, checkString, type KernelSource } from "@spicecraft/contract";
import { isVirtualId, normalizeVirtualId } from "./virtual-id.js";
import type { HostWriter } from "./virtual-output.js";

/** A kernel ready for the core. */
export interface StagedKernel {
  /** The name the core records: a normalised virtual id or a host path exactly as given. */
  name: string;
  /** Bytes to hand over as a memory kernel, or undefined to let the core open `name`. */
  bytes?: Uint8Array;
  /** For bytes: whether the files a meta-kernel lists may be host files (KernelBytes.allowHostPaths). */
  allowHostPaths?: boolean;
}

/** What the host can do. */
export interface HostCapabilities {
  /** True where the backend can read host files (Node); false in browsers. */
  hostFiles: boolean;
  /** Writes host files for the SPK writers (Node); absent in browsers. */
  hostWriter?: HostWriter;
}

/**
 * Whether the backend already holds a virtual id (a loaded kernel, or bytes staged under it such as
 * a closed VirtualOutput's): then a relative name on a host with files means that id.
 */
export type KnownVirtualId = (id: string) => boolean;

/** Resolves a furnsh argument. Throws TypeError for a malformed argument, SpiceError for a bad id. */
export function stageKernel(source: KernelSource, host: HostCapabilities, known?: KnownVirtualId): StagedKernel {
  if (typeof source === "string") return { name: resolveName(source, host, "furnsh", known) };
  if (typeof source !== "object" || source === null) {
    throw new TypeError("furnsh: kernel must be a path, a virtual id or { path, bytes }");
  }
  const path = checkString("furnsh", "kernel.path", source.path);
  if (!(source.bytes instanceof Uint8Array)) {
    throw new TypeError("furnsh: kernel.bytes must be a Uint8Array");
  }
  checkNotDetached("furnsh", "kernel.bytes", source.bytes);
  const allow = source.allowHostPaths;
  if (allow !== undefined && typeof allow !== "boolean") {
    throw new TypeError("furnsh: kernel.allowHostPaths must be a boolean when given");
  }
  const staged: StagedKernel = { name: normalizeVirtualId(path, "furnsh"), bytes: source.bytes };
  if (allow === true) staged.allowHostPaths = true;
  return staged;
}

/**
 * The one reading of a kernel name (furnsh of a string, unload, kinfo, getfat and every call that
 * takes a kernel's name): `/kernels/...` is a virtual id, normalised; without host files every name
 * is a virtual id; on a host with files a relative name that normalises to a virtual id the backend
 * holds (`known`: `furnsh({ path: "rel.tm", bytes })` registered `/kernels/rel.tm`, a closed
 * VirtualOutput `{ path: "x.bsp" }` staged `/kernels/x.bsp`) is that id, as the VirtualOutput
 * contract promises; any other name is a host path as given.
 */
export function resolveName(name: string, host: HostCapabilities, operation: string, known?: KnownVirtualId): string {
  checkString(operation, "path", name);
  if (isVirtualId(name) || !host.hostFiles) return normalizeVirtualId(name, operation);
  if (known !== undefined && !name.startsWith("/")) {
    const id = virtualIdOrUndefined(name);
    if (id !== undefined && known(id)) return id;
  }
  return name;
}

/** The virtual id a name normalises to, or undefined when it cannot be one (`..`, a URL, ...). */
function virtualIdOrUndefined(name: string): string | undefined {
  try {
    return normalizeVirtualId(name);
  } catch {
    return undefined;
  }
}
