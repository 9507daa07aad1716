/**
 * The composition layer both backends share: it checks arguments, stages kernel inputs, calls the
 * raw binding and turns error records into SpiceErrors. Keeping it in one place is what makes the
 * native and WASM backends behave (and fail) identically.
 */
import {
  checkInt,
  checkNumbers,
  checkString,
  checkStrings,
  isRawError,
  SpiceError,
  type BackendKind,
  type Found,
  type KernelData,
  type KernelInfo,
  type KernelKind,
  type KernelSource,
  type PoolType,
  type RawContext,
  type RawResult,
  type SpiceBackend,
} from "@spicecraft/contract";
import { resolveName, stageKernel, type HostCapabilities } from "./kernel-source.js";

/** What a backend package supplies besides its raw context. */
export interface BackendIdentity extends HostCapabilities {
  kind: BackendKind;
  version: string;
}

/** Wraps a raw binding context into the public {@link SpiceBackend}. */
export function composeBackend(raw: RawContext, identity: BackendIdentity): SpiceBackend {
  return new ComposedBackend(raw, identity);
}

/** Room used when the caller wants every value of a variable (bodvar). */
const ALL_VALUES = 2147483647;

class ComposedBackend implements SpiceBackend {
  readonly kind: BackendKind;
  readonly version: string;
  #raw: RawContext | undefined;
  readonly #host: HostCapabilities;

  constructor(raw: RawContext, identity: BackendIdentity) {
    this.#raw = raw;
    this.kind = identity.kind;
    this.version = identity.version;
    this.#host = { hostFiles: identity.hostFiles };
  }

  /** Runs a raw call, converting an error record into a SpiceError named after `operation`. */
  #call<T>(operation: string, invoke: (raw: RawContext) => RawResult<T>): T {
    if (this.#raw === undefined) {
      throw new SpiceError({
        short: "SPICE(DISPOSED)",
        long: `This ${this.kind} backend was disposed; create a new one.`,
        trace: operation,
        operation,
      });
    }
    const result = invoke(this.#raw);
    if (isRawError(result)) {
      throw new SpiceError({ short: result.short, long: result.long, trace: result.trace, operation });
    }
    return result as T;
  }

  furnsh(kernel: KernelSource): void {
    const staged = stageKernel(kernel, this.#host);
    const bytes = staged.bytes;
    this.#call("furnsh", (r) => (bytes === undefined ? r.furnsh(staged.name) : r.furnshBytes(staged.name, bytes)));
  }

  unload(path: string): void {
    const name = resolveName(path, this.#host, "unload");
    this.#call("unload", (r) => r.unload(name));
  }

  kclear(): void {
    this.#call("kclear", (r) => r.kclear());
  }

  ktotal(kind: KernelKind = "ALL"): number {
    const kinds = checkString("ktotal", "kind", kind);
    return this.#call("ktotal", (r) => r.ktotal(kinds));
  }

  kdata(which: number, kind: KernelKind = "ALL"): Found<KernelData> {
    checkInt("kdata", "which", which);
    const kinds = checkString("kdata", "kind", kind);
    const k = this.#call("kdata", (r) => r.kdata(which, kinds));
    return k === null ? { found: false } : { found: true, ...k };
  }

  kinfo(path: string): Found<KernelInfo> {
    const name = resolveName(path, this.#host, "kinfo");
    const k = this.#call("kinfo", (r) => r.kinfo(name));
    return k === null ? { found: false } : { found: true, filtyp: k.filtyp, source: k.source, handle: k.handle };
  }

  getfat(path: string): { arch: string; type: string } {
    const name = resolveName(path, this.#host, "getfat");
    const [arch = "?", type = "?"] = this.#call("getfat", (r) => r.getfat(name));
    return { arch, type };
  }

  #window(operation: string, name: string, start: number, room: number): void {
    checkString(operation, "name", name);
    checkInt(operation, "start", start);
    checkInt(operation, "room", room);
  }

  gdpool(name: string, start: number, room: number): Found<{ values: number[] }> {
    this.#window("gdpool", name, start, room);
    return found(this.#call("gdpool", (r) => r.gdpool(name, start, room)));
  }

  gipool(name: string, start: number, room: number): Found<{ values: number[] }> {
    this.#window("gipool", name, start, room);
    return found(this.#call("gipool", (r) => r.gipool(name, start, room)));
  }

  gcpool(name: string, start: number, room: number): Found<{ values: string[] }> {
    this.#window("gcpool", name, start, room);
    return found(this.#call("gcpool", (r) => r.gcpool(name, start, room)));
  }

  gnpool(template: string, start: number, room: number): Found<{ values: string[] }> {
    this.#window("gnpool", template, start, room);
    return found(this.#call("gnpool", (r) => r.gnpool(template, start, room)));
  }

  dtpool(name: string): Found<{ n: number; type: PoolType }> {
    checkString("dtpool", "name", name);
    const shape = this.#call("dtpool", (r) => r.dtpool(name));
    return shape === null ? { found: false } : { found: true, n: shape.n, type: shape.type as PoolType };
  }

  expool(name: string): boolean {
    checkString("expool", "name", name);
    return this.#call("expool", (r) => r.expool(name));
  }

  pdpool(name: string, values: readonly number[]): void {
    checkString("pdpool", "name", name);
    const v = checkNumbers("pdpool", "values", values);
    this.#call("pdpool", (r) => r.pdpool(name, v));
  }

  pipool(name: string, values: readonly number[]): void {
    checkString("pipool", "name", name);
    const v = checkNumbers("pipool", "values", values, true);
    this.#call("pipool", (r) => r.pipool(name, v));
  }

  pcpool(name: string, values: readonly string[]): void {
    checkString("pcpool", "name", name);
    const v = checkStrings("pcpool", "values", values);
    this.#call("pcpool", (r) => r.pcpool(name, v));
  }

  lmpool(text: string | readonly string[]): void {
    const joined = Array.isArray(text) ? checkStrings("lmpool", "text", text).join("\n") : checkString("lmpool", "text", text);
    this.#call("lmpool", (r) => r.lmpool(joined));
  }

  bodfnd(body: number, item: string): boolean {
    checkInt("bodfnd", "body", body);
    checkString("bodfnd", "item", item);
    return this.#call("bodfnd", (r) => r.bodfnd(body, item));
  }

  bodvar(body: number, item: string): number[] {
    checkInt("bodvar", "body", body);
    checkString("bodvar", "item", item);
    return this.#call("bodvar", (r) => r.bodvcd(body, item, ALL_VALUES));
  }

  bodvcd(body: number, item: string, maxn: number): number[] {
    checkInt("bodvcd", "body", body);
    checkString("bodvcd", "item", item);
    checkInt("bodvcd", "maxn", maxn);
    return this.#call("bodvcd", (r) => r.bodvcd(body, item, maxn));
  }

  bodvrd(body: string, item: string, maxn: number): number[] {
    checkString("bodvrd", "body", body);
    checkString("bodvrd", "item", item);
    checkInt("bodvrd", "maxn", maxn);
    return this.#call("bodvrd", (r) => r.bodvrd(body, item, maxn));
  }

  bodn2c(name: string): Found<{ code: number }> {
    checkString("bodn2c", "name", name);
    const code = this.#call("bodn2c", (r) => r.bodn2c(name));
    return code === null ? { found: false } : { found: true, code };
  }

  bods2c(name: string): Found<{ code: number }> {
    checkString("bods2c", "name", name);
    const code = this.#call("bods2c", (r) => r.bods2c(name));
    return code === null ? { found: false } : { found: true, code };
  }

  bodc2n(code: number): Found<{ name: string }> {
    checkInt("bodc2n", "code", code);
    const name = this.#call("bodc2n", (r) => r.bodc2n(code));
    return name === null ? { found: false } : { found: true, name };
  }

  bodc2s(code: number): string {
    checkInt("bodc2s", "code", code);
    return this.#call("bodc2s", (r) => r.bodc2s(code));
  }

  boddef(name: string, code: number): void {
    checkString("boddef", "name", name);
    checkInt("boddef", "code", code);
    this.#call("boddef", (r) => r.boddef(name, code));
  }

  dispose(): void {
    this.#raw?.dispose();
    this.#raw = undefined;
  }
}

function found<T>(values: T[] | null): Found<{ values: T[] }> {
  return values === null ? { found: false } : { found: true, values };
}
