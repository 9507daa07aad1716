/**
 * The DAF files one backend is writing, SPK and CK alike: which handle writes which name, and
 * whether that name is a host file to write when the handle closes. One instance per backend,
 * shared by the SPK and CK writers, so a file closed by the other kind's close call (as CSPICE
 * allows: spkcls and ckcls both close any DAF handle) still reaches its host file.
 */
import { checkInt, checkString, type OutputTarget } from "@spicecraft/contract";
import type { HostCapabilities } from "./kernel-source.js";
import { resolveOutput, type ExistingHostFile, type HostWriter } from "./virtual-output.js";

interface OpenOutput {
  name: string;
  hostFile: boolean;
  // spkopa of a host file: where it really is and what it was, so close replaces that file only
  // if nothing else changed it (issue 16)
  existing?: ExistingHostFile;
}

/**
 * The bytes a close would write, read from the core without closing the handle
 * (`daf_output_bytes`): the host file is written first, the handle closed after.
 */
export type OutputBytes = (operation: string, handle: number) => Uint8Array;

/** Open DAF outputs by handle, and the host-file side of opening and closing them. */
export class DafOutputs {
  readonly #host: HostCapabilities;
  readonly #open = new Map<number, OpenOutput>();
  readonly #bytes: OutputBytes;

  constructor(host: HostCapabilities, bytes: OutputBytes) {
    this.#host = host;
    this.#bytes = bytes;
  }

  /** The target as the core names it; host paths are checked on the host first. */
  resolve(file: OutputTarget, operation: string): { name: string; hostFile: boolean } {
    return resolveOutput(file, this.#host, operation);
  }

  #hostWriter(): HostWriter {
    if (this.#host.hostWriter === undefined) throw new Error("spicecraft: this backend cannot write host files");
    return this.#host.hostWriter;
  }

  /**
   * SPKOPN / CKOPN: checks the arguments, refuses an existing host file, opens the output in the
   * core (`openRaw`) and remembers it under its handle.
   */
  openNew(
    operation: string,
    file: OutputTarget,
    ifname: string,
    ncomch: number,
    openRaw: (name: string, hostFile: boolean) => number,
  ): number {
    const output = this.resolve(file, operation);
    checkString(operation, "ifname", ifname);
    checkInt(operation, "ncomch", ncomch);
    if (output.hostFile) this.#hostWriter().checkNew(output.name, operation);
    const handle = openRaw(output.name, output.hostFile);
    this.#open.set(handle, output);
    return handle;
  }

  /**
   * SPKOPA: an existing file opened for appending; at close its host file is replaced. Its real
   * path and identity are taken before the core reads it, so any later change is seen at close.
   */
  openExisting(operation: string, file: OutputTarget, openRaw: (name: string, hostFile: boolean) => number): number {
    const output = this.resolve(file, operation);
    const existing = output.hostFile ? this.#hostWriter().openExisting(output.name, operation) : undefined;
    const handle = openRaw(output.name, output.hostFile);
    this.#open.set(handle, existing === undefined ? output : { ...output, existing });
    return handle;
  }

  /** Whether `handle` is an output opened here and not closed yet. */
  has(handle: number): boolean {
    return this.#open.has(handle);
  }

  /**
   * SPKCLS / CKCLS. A host output's file is written first, from the bytes the core would hand over,
   * and the handle closed in the core only once the file is on disk: any failure (folder gone, disk
   * full, file changed since spkopa) leaves the handle open with its segments, so closing again after
   * fixing the cause writes everything. A virtual output just closes in the core.
   */
  close(operation: string, handle: number, closeRaw: () => Uint8Array | null): void {
    checkInt(operation, "handle", handle);
    const output = this.#open.get(handle);
    if (output?.hostFile === true) {
      const bytes = this.#bytes(operation, handle); // NOSEGMENTSFOUND etc. as the close would say
      this.#hostWriter().write(output.name, bytes, output.existing ?? false, operation);
    }
    closeRaw();
    this.#open.delete(handle);
  }
}
