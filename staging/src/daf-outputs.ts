/**
 * The DAF files one backend is writing, SPK and CK alike: which handle writes which name, and
 * whether that name is a host file to write when the handle closes. One instance per backend,
 * shared by the SPK and CK writers, so a file closed by the other kind's close call (as CSPICE
 * allows: spkcls and ckcls both close any DAF handle) still reaches its host file.
 */
import { checkInt, checkString, type OutputTarget } from "@spicecraft/contract";
import type { HostCapabilities } from "./kernel-source.js";
import { resolveOutput, type HostWriter } from "./virtual-output.js";

interface OpenOutput {
  name: string;
  hostFile: boolean;
  replace: boolean; // spkopa: the host file exists and is replaced
}

/** Open DAF outputs by handle, and the host-file side of opening and closing them. */
export class DafOutputs {
  readonly #host: HostCapabilities;
  readonly #open = new Map<number, OpenOutput>();

  constructor(host: HostCapabilities) {
    this.#host = host;
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
    this.#open.set(handle, { ...output, replace: false });
    return handle;
  }

  /** SPKOPA: an existing file opened for appending; at close its host file is replaced. */
  openExisting(operation: string, file: OutputTarget, openRaw: (name: string, hostFile: boolean) => number): number {
    const output = this.resolve(file, operation);
    const handle = openRaw(output.name, output.hostFile);
    this.#open.set(handle, { ...output, replace: true });
    return handle;
  }

  /**
   * SPKCLS / CKCLS: closes the handle in the core (`closeRaw` returns the file's bytes for a host
   * output) and writes the host file. A failed close leaves the handle open, as the core does.
   */
  close(operation: string, handle: number, closeRaw: () => Uint8Array | null): void {
    checkInt(operation, "handle", handle);
    const bytes = closeRaw();
    const output = this.#open.get(handle);
    this.#open.delete(handle);
    if (bytes !== null && output?.hostFile === true) {
      this.#hostWriter().write(output.name, bytes, output.replace, operation);
    }
  }
}
