/**
 * Writer outputs: where spkopn/spkopa put a file, and how a host file gets written. A
 * `VirtualOutput` (or a `/kernels/...` id) names a file built in core memory, normalised exactly like
 * a virtual kernel id; on Node a plain string is a host path, written when the writer is closed:
 * first to a temporary file beside it, then renamed into place, so a failure never leaves a partial
 * file behind.
 */
import { checkString, SpiceError, type OutputTarget } from "@spicecraft/contract";
import { resolveName, type HostCapabilities } from "./kernel-source.js";
import { isVirtualId, normalizeVirtualId } from "./virtual-id.js";

/** A resolved writer target: the name the core records, and whether it is a host file. */
export interface ResolvedOutput {
  name: string;
  hostFile: boolean;
}

/**
 * Resolves a writer's `file` argument. A VirtualOutput's path, a `/kernels/...` id, or any string on
 * a backend without host files is a virtual id (SPICE(BADVIRTUALID) for `..`, URLs, ...); other
 * strings are host paths. Throws TypeError for anything else.
 */
export function resolveOutput(target: OutputTarget, host: HostCapabilities, operation: string): ResolvedOutput {
  if (typeof target === "string") {
    const name = resolveName(target, host, operation);
    return { name, hostFile: host.hostFiles && !isVirtualId(target) };
  }
  if (typeof target !== "object" || target === null || (target as { kind?: unknown }).kind !== "virtual-output") {
    throw new TypeError(`${operation}: file must be a path or { kind: "virtual-output", path }`);
  }
  const path = checkString(operation, "file.path", target.path);
  return { name: normalizeVirtualId(path, operation), hostFile: false };
}

/** What the writers need from the host file system (Node backends). */
export interface HostWriter {
  /** Fails (SpiceError) unless a new file can be created at `path`: it must not exist, its folder must. */
  checkNew(path: string, operation: string): void;
  /**
   * Writes `bytes` to `path` through a temporary file in the same folder. With `replace` false the
   * file must still not exist (spkopn); with true it is replaced (spkopa). Throws SpiceError and
   * removes the temporary file on failure.
   */
  write(path: string, bytes: Uint8Array, replace: boolean, operation: string): void;
}

/** The parts of node:fs the host writer uses (injected, so this module imports no Node built-in). */
export interface HostFs {
  existsSync(path: string): boolean;
  statSync(path: string): { isDirectory(): boolean };
  writeFileSync(path: string, data: Uint8Array, options: { flag: string }): void;
  linkSync(existing: string, created: string): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

// strerror() texts of glibc for what a write meets in practice, as the host reader words them.
const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EEXIST: "File exists",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  ENOSPC: "No space left on device",
  EROFS: "Read-only file system",
  ENAMETOOLONG: "File name too long",
};

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  if (cut < 0) return ".";
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

function fail(short: string, long: string, operation: string): never {
  throw new SpiceError({ short, long, trace: operation, operation });
}

function errnoText(error: unknown): { code: string; text: string } {
  const code = (error as { code?: string }).code ?? "";
  return { code, text: STRERROR[code] ?? (error as Error).message };
}

/** Creates the host writer over a node:fs-like module. */
export function createHostWriter(fs: HostFs): HostWriter {
  const exists = (path: string) => fs.existsSync(path);
  return {
    checkNew(path, operation) {
      if (exists(path)) {
        fail("SPICE(FILEOPENFAIL)", `The file '${path}' already exists; spkopn creates new files only (use spkopa to add segments to it).`, operation);
      }
      const folder = folderOf(path);
      let isFolder = false;
      try {
        isFolder = fs.statSync(folder).isDirectory();
      } catch {
        isFolder = false;
      }
      if (!isFolder) fail("SPICE(FILEOPENFAIL)", `The file '${path}' cannot be created: its folder '${folder}' does not exist.`, operation);
    },

    write(path, bytes, replace, operation) {
      const temp = `${path}.${Math.random().toString(36).slice(2, 10)}.spicecraft-tmp`;
      try {
        fs.writeFileSync(temp, bytes, { flag: "wx" });
        if (replace) {
          fs.renameSync(temp, path);
        } else {
          // A hard link creates the file only if nothing is there, atomically; the rename fallback
          // serves file systems without hard links.
          try {
            fs.linkSync(temp, path);
            fs.unlinkSync(temp);
          } catch (error) {
            if (errnoText(error).code === "EEXIST") throw error;
            if (exists(path)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
            fs.renameSync(temp, path);
          }
        }
      } catch (error) {
        try {
          fs.unlinkSync(temp);
        } catch {
          // already renamed, or never created
        }
        const { code, text } = errnoText(error);
        if (code === "EEXIST") {
          fail("SPICE(FILEOPENFAIL)", `The file '${path}' was not written: a file of that name appeared after spkopn.`, operation);
        }
        fail("SPICE(FILEWRITEFAILED)", `The file '${path}' could not be written: ${text}.`, operation);
      }
    },
  };
}
