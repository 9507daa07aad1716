/**
 * Writer outputs: where spkopn/spkopa put a file, and how a host file gets written. A
 * `VirtualOutput` (or a `/kernels/...` id) names a file built in core memory, normalised exactly like
 * a virtual kernel id; on Node a plain string is a host path, written when the writer is closed:
 * first to a temporary file beside it (fsynced), then renamed into place (and the folder fsynced),
 * so a failure never leaves a partial file behind and a power cut never leaves an empty one.
 * spkopa remembers the file's identity and refuses at close to overwrite a file that changed on
 * disk since (issue 16, item 7).
 */
import { checkString, SpiceError, type OutputTarget } from "@spicecraft/contract";
import { errnoText } from "./errno-text.js";
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

/**
 * What spkopa learnt about an existing host file: where its bytes really live (`target`, the
 * symlink-free path, so a link keeps pointing at the updated file), and its identity on the opened
 * descriptor, compared at close to refuse overwriting a file that changed in between.
 */
export interface ExistingHostFile {
  /** The path as the caller gave it (messages). */
  path: string;
  /** realpath(path): the file that is replaced at close; the temporary file is made beside it. */
  target: string;
  /** Device, inode, size, modification and change times (ns) at spkopa. */
  identity: string;
  /** Permission bits, given to the replacement. */
  mode: number;
}

/** What the writers need from the host file system (Node backends). */
export interface HostWriter {
  /**
   * Fails (SpiceError SPICE(FILEOPENFAIL)) unless a new file can be created at `path`: nothing may
   * be there (not even a dangling symbolic link), its folder must exist and be writable.
   */
  checkNew(path: string, operation: string): void;
  /**
   * spkopa, before the core reads the file: its real path and identity. Undefined when `path` does
   * not name an existing regular file (the core then reports it, in CSPICE's order). SPICE(FILEOPENFAIL)
   * when the file or its folder cannot be written.
   */
  openExisting(path: string, operation: string): ExistingHostFile | undefined;
  /**
   * Writes `bytes` to `path` through an fsynced temporary file in the same folder. With `replace`
   * false the file must still not exist (spkopn); with an ExistingHostFile (spkopa) its target is
   * replaced only if it is unchanged since spkopa (SPICE(FILECHANGED) otherwise) or created again if
   * it is gone; `true` replaces unconditionally. Throws SpiceError and removes the temporary file on
   * failure; the target is then untouched.
   */
  write(path: string, bytes: Uint8Array, replace: boolean | ExistingHostFile, operation: string): void;
}

/** What fstat/lstat report that the writer uses (node:fs Stats with bigint: true). */
interface HostStats {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mode: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The parts of node:fs the host writer uses (injected, so this module imports no Node built-in). */
export interface HostFs {
  existsSync(path: string): boolean;
  statSync(path: string): { isDirectory(): boolean };
  lstatSync(path: string, options: { bigint: true }): HostStats;
  fstatSync(fd: number, options: { bigint: true }): HostStats;
  accessSync(path: string, mode: number): void;
  realpathSync(path: string): string;
  readlinkSync(path: string): string;
  openSync(path: string, flags: string | number, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  closeSync(fd: number): void;
  linkSync(existing: string, created: string): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  constants: { O_RDONLY: number; O_NONBLOCK?: number; O_NOCTTY?: number };
}


const W_OK = 2; // access(2)'s write permission bit, the same on every platform Node runs on

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  if (cut < 0) return ".";
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

function fail(short: string, long: string, operation: string): never {
  throw new SpiceError({ short, long, trace: operation, operation });
}

function identityOf(stats: HostStats): string {
  return `dev ${stats.dev} ino ${stats.ino} size ${stats.size} mtime ${stats.mtimeNs} ctime ${stats.ctimeNs}`;
}

/** Creates the host writer over a node:fs-like module. */
export function createHostWriter(fs: HostFs): HostWriter {
  const lstat = (path: string): HostStats | undefined => {
    try {
      return fs.lstatSync(path, { bigint: true });
    } catch {
      return undefined;
    }
  };

  // Refuses a folder that is missing, not a folder, or not writable (where the temporary file goes).
  const checkFolder = (path: string, folder: string, operation: string) => {
    let isFolder = false;
    try {
      isFolder = fs.statSync(folder).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder) fail("SPICE(FILEOPENFAIL)", `The file '${path}' cannot be created: its folder '${folder}' does not exist.`, operation);
    try {
      fs.accessSync(folder, W_OK);
    } catch (error) {
      fail("SPICE(FILEOPENFAIL)", `The file '${path}' cannot be written: its folder '${folder}' is not writable (${errnoText(error).text}).`, operation);
    }
  };

  // Writes the whole of `bytes` to a new temporary file beside `target`, flushed to the disk
  // (fsync) before anyone renames it into place: a power cut then leaves the old file or the new
  // one, never an empty one.
  const writeTemp = (target: string, bytes: Uint8Array, mode: number | undefined): string => {
    const temp = `${target}.${Math.random().toString(36).slice(2, 10)}.spicecraft-tmp`;
    const fd = fs.openSync(temp, "wx", 0o666);
    try {
      let done = 0;
      while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
      if (mode !== undefined) fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } catch (error) {
      fs.closeSync(fd);
      removeQuietly(temp);
      throw error;
    }
    fs.closeSync(fd);
    return temp;
  };

  const removeQuietly = (path: string) => {
    try {
      fs.unlinkSync(path);
    } catch {
      // already renamed, or never created
    }
  };

  // The rename is durable once the folder's entry is on disk. Best effort: some platforms refuse to
  // open or fsync a folder (EISDIR, EINVAL, EPERM on Windows); the file's own bytes were synced.
  const syncFolder = (folder: string) => {
    let fd: number | undefined;
    try {
      fd = fs.openSync(folder, "r");
      fs.fsyncSync(fd);
    } catch {
      // see above
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };

  // Creates `target` from `temp` only if nothing is there, atomically (a hard link); the rename
  // fallback serves file systems without hard links. EEXIST when something is there.
  const createFrom = (temp: string, target: string) => {
    try {
      fs.linkSync(temp, target);
      fs.unlinkSync(temp);
    } catch (error) {
      if (errnoText(error).code === "EEXIST") throw error;
      if (lstat(target) !== undefined) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      fs.renameSync(temp, target);
    }
  };

  const writeFailed = (path: string, error: unknown, operation: string): never => {
    fail(
      "SPICE(FILEWRITEFAILED)",
      `The file '${path}' could not be written: ${errnoText(error).text}. Nothing was written; the handle stays open with its segments: fix the cause (for example recreate the folder) and close it again.`,
      operation,
    );
  };

  // spkopa's file at close: replaced if unchanged since spkopa, created again if gone, else refused.
  // A lock file beside it (O_EXCL, held for the few milliseconds of check, write and rename) makes
  // the check and the rename one step for every spicecraft writer, so two backends closing the same
  // file at once cannot both pass the check.
  const replaceExisting = (existing: ExistingHostFile, bytes: Uint8Array, operation: string) => {
    const { path, target } = existing;
    const lock = `${target}.spicecraft-lock`;
    let lockFd: number;
    try {
      lockFd = fs.openSync(lock, "wx", 0o666);
    } catch (error) {
      if (errnoText(error).code === "EEXIST") {
        fail(
          "SPICE(FILELOCKED)",
          `The file '${path}' was not written: another spicecraft writer is replacing it right now (its lock file '${lock}' exists). The handle stays open with its segments: close it again; if no other writer is running, delete the lock file first.`,
          operation,
        );
      }
      return writeFailed(path, error, operation);
    }
    let temp: string | undefined;
    try {
      const now = lstat(target);
      if (now !== undefined && identityOf(now) !== existing.identity) {
        fail(
          "SPICE(FILECHANGED)",
          `The file '${path}' changed on disk since spkopa opened it (another program or backend wrote it); nothing was written, so its changes are kept. The handle stays open with its segments: to replace the file with them, move the changed file aside and close the handle again.`,
          operation,
        );
      }
      temp = writeTemp(target, bytes, existing.mode);
      if (now !== undefined) fs.renameSync(temp, target);
      else createFrom(temp, target);
      temp = undefined;
      syncFolder(folderOf(target));
    } catch (error) {
      if (temp !== undefined) removeQuietly(temp);
      if (error instanceof SpiceError) throw error;
      if (errnoText(error).code === "EEXIST") {
        fail("SPICE(FILECHANGED)", `The file '${path}' was not written: a file of that name appeared after spkopa. The handle stays open with its segments.`, operation);
      }
      writeFailed(path, error, operation);
    } finally {
      fs.closeSync(lockFd);
      removeQuietly(lock);
    }
  };

  return {
    checkNew(path, operation) {
      const there = lstat(path);
      if (there?.isSymbolicLink() === true && !fs.existsSync(path)) {
        let to = "";
        try {
          to = ` (to '${fs.readlinkSync(path)}')`;
        } catch {
          to = "";
        }
        fail("SPICE(FILEOPENFAIL)", `The file '${path}' cannot be created: it is a symbolic link${to} whose target does not exist; spkopn creates a new file only where nothing is, so remove the link or name its target.`, operation);
      }
      if (there !== undefined) {
        fail("SPICE(FILEOPENFAIL)", `The file '${path}' already exists; spkopn creates new files only (use spkopa to add segments to it).`, operation);
      }
      checkFolder(path, folderOf(path), operation);
    },

    openExisting(path, operation) {
      let target: string;
      let fd: number;
      try {
        target = fs.realpathSync(path);
        // O_NONBLOCK: a FIFO must not hang the open (the type is checked on the descriptor below).
        const { O_RDONLY, O_NONBLOCK = 0, O_NOCTTY = 0 } = fs.constants;
        fd = fs.openSync(target, O_RDONLY | O_NONBLOCK | O_NOCTTY);
      } catch {
        return undefined; // missing or unreadable: the core's own read reports it
      }
      let stats: HostStats;
      try {
        stats = fs.fstatSync(fd, { bigint: true });
      } finally {
        fs.closeSync(fd);
      }
      if (!stats.isFile()) return undefined;
      try {
        fs.accessSync(target, W_OK);
      } catch (error) {
        fail("SPICE(FILEOPENFAIL)", `The file '${path}' cannot be opened for appending: it is not writable (${errnoText(error).text}).`, operation);
      }
      checkFolder(path, folderOf(target), operation);
      return { path, target, identity: identityOf(stats), mode: Number(stats.mode & 0o7777n) };
    },

    write(path, bytes, replace, operation) {
      if (typeof replace === "object") {
        replaceExisting(replace, bytes, operation);
        return;
      }
      let temp: string | undefined;
      try {
        temp = writeTemp(path, bytes, undefined);
        if (replace) fs.renameSync(temp, path);
        else createFrom(temp, path);
        temp = undefined;
        syncFolder(folderOf(path));
      } catch (error) {
        if (temp !== undefined) removeQuietly(temp);
        if (errnoText(error).code === "EEXIST") {
          fail("SPICE(FILEOPENFAIL)", `The file '${path}' was not written: a file of that name appeared after spkopn. The handle stays open with its segments.`, operation);
        }
        writeFailed(path, error, operation);
      }
    },
  };
}
