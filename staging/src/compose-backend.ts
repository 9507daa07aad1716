/**
 * The composition layer both backends share: it checks arguments, stages kernel inputs, calls the
 * raw binding and turns error records into SpiceErrors. Keeping it in one place is what makes the
 * native and WASM backends behave (and fail) identically.
 */
import {
  checkEpochs,
  checkFinite,
  checkInt,
  checkNumbers,
  checkString,
  checkStrings,
  isRawError,
  SpiceError,
  type BackendKind,
  type FrameInfo,
  type Matrix3,
  type Matrix6,
  type NamedFrame,
  type Found,
  type KernelData,
  type KernelInfo,
  type KernelKind,
  type KernelSource,
  type AbCorr,
  type PoolType,
  type PositionBatch,
  type PositionLt,
  type State6,
  type StateBatch,
  type StateLt,
  type RawContext,
  type RawResult,
  type SpiceBackend,
  type NumberArray,
  type OutputTarget,
  type VirtualOutput,
  type SpkSegmentLookup,
  type Window,
} from "@spicecraft/contract";
import { flatWindow, packSpkDescriptor, pairWindow } from "./inventory.js";
import { resolveName, stageKernel, type HostCapabilities } from "./kernel-source.js";
import { SpkWriters } from "./spk-writers.js";

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
  readonly #writers: SpkWriters;

  constructor(raw: RawContext, identity: BackendIdentity) {
    this.#raw = raw;
    this.kind = identity.kind;
    this.version = identity.version;
    this.#host = { hostFiles: identity.hostFiles, hostWriter: identity.hostWriter };
    this.#writers = new SpkWriters(
      <T>(operation: string, invoke: (raw: RawContext) => RawResult<T>) => this.#call(operation, invoke),
      this.#host,
    );
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

  tkvrsn(item = "TOOLKIT"): string {
    if (checkString("tkvrsn", "item", item).trim().toUpperCase() !== "TOOLKIT") {
      throw new RangeError(`tkvrsn: item must be "TOOLKIT", got ${JSON.stringify(item)}`);
    }
    return `spicecraft ${this.version} (CSPICE_N0067 compatible)`;
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
    const v = Float64Array.from(checkNumbers("pdpool", "values", values));
    this.#call("pdpool", (r) => r.pdpool(name, v));
  }

  pipool(name: string, values: readonly number[]): void {
    checkString("pipool", "name", name);
    const v = Int32Array.from(checkNumbers("pipool", "values", values, true));
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

  str2et(time: string): number {
    checkString("str2et", "time", time);
    return this.#call("str2et", (r) => r.str2et(time));
  }

  et2utc(et: number, format: string, precision: number): string {
    checkFinite("et2utc", "et", et);
    checkString("et2utc", "format", format);
    checkInt("et2utc", "precision", precision);
    return this.#call("et2utc", (r) => r.et2utc(et, format, precision));
  }

  timout(et: number, picture: string): string {
    checkFinite("timout", "et", et);
    checkString("timout", "picture", picture);
    return this.#call("timout", (r) => r.timout(et, picture));
  }

  deltet(epoch: number, epochType: string): number {
    checkFinite("deltet", "epoch", epoch);
    checkString("deltet", "epochType", epochType);
    return this.#call("deltet", (r) => r.deltet(epoch, epochType));
  }

  unitim(epoch: number, from: string, to: string): number {
    checkFinite("unitim", "epoch", epoch);
    checkString("unitim", "from", from);
    checkString("unitim", "to", to);
    return this.#call("unitim", (r) => r.unitim(epoch, from, to));
  }

  #named(operation: string, target: string, et: number, ref: string, abcorr: string, observer: string): void {
    checkString(operation, "target", target);
    checkFinite(operation, "et", et);
    checkString(operation, "ref", ref);
    checkString(operation, "abcorr", abcorr);
    checkString(operation, "observer", observer);
  }

  #coded(operation: string, target: number, et: number, ref: string, observer: number): void {
    checkInt(operation, "target", target);
    checkFinite(operation, "et", et);
    checkString(operation, "ref", ref);
    checkInt(operation, "observer", observer);
  }

  spkezr(target: string, et: number, ref: string, abcorr: AbCorr, observer: string): StateLt {
    this.#named("spkezr", target, et, ref, abcorr, observer);
    return stateLt(this.#call("spkezr", (r) => r.spkezr(target, et, ref, abcorr, observer)));
  }

  spkpos(target: string, et: number, ref: string, abcorr: AbCorr, observer: string): PositionLt {
    this.#named("spkpos", target, et, ref, abcorr, observer);
    return positionLt(this.#call("spkpos", (r) => r.spkpos(target, et, ref, abcorr, observer)));
  }

  spkez(target: number, et: number, ref: string, abcorr: AbCorr, observer: number): StateLt {
    this.#coded("spkez", target, et, ref, observer);
    checkString("spkez", "abcorr", abcorr);
    return stateLt(this.#call("spkez", (r) => r.spkez(target, et, ref, abcorr, observer)));
  }

  spkezp(target: number, et: number, ref: string, abcorr: AbCorr, observer: number): PositionLt {
    this.#coded("spkezp", target, et, ref, observer);
    checkString("spkezp", "abcorr", abcorr);
    return positionLt(this.#call("spkezp", (r) => r.spkezp(target, et, ref, abcorr, observer)));
  }

  spkgeo(target: number, et: number, ref: string, observer: number): StateLt {
    this.#coded("spkgeo", target, et, ref, observer);
    return stateLt(this.#call("spkgeo", (r) => r.spkgeo(target, et, ref, observer)));
  }

  spkgps(target: number, et: number, ref: string, observer: number): PositionLt {
    this.#coded("spkgps", target, et, ref, observer);
    return positionLt(this.#call("spkgps", (r) => r.spkgps(target, et, ref, observer)));
  }

  spkssb(target: number, et: number, ref: string): State6 {
    checkInt("spkssb", "target", target);
    checkFinite("spkssb", "et", et);
    checkString("spkssb", "ref", ref);
    return this.#call("spkssb", (r) => r.spkssb(target, et, ref)) as State6;
  }

  spkezrBatch(target: string, ets: Float64Array, ref: string, abcorr: AbCorr, observer: string): StateBatch {
    this.#named("spkezrBatch", target, 0, ref, abcorr, observer);
    checkEpochs("spkezrBatch", "ets", ets);
    const { state, lt } = this.#call("spkezrBatch", (r) => r.spkezrBatch(target, ets, ref, abcorr, observer));
    return { states: state, lts: lt };
  }

  spkposBatch(target: string, ets: Float64Array, ref: string, abcorr: AbCorr, observer: string): PositionBatch {
    this.#named("spkposBatch", target, 0, ref, abcorr, observer);
    checkEpochs("spkposBatch", "ets", ets);
    const { pos, lt } = this.#call("spkposBatch", (r) => r.spkposBatch(target, ets, ref, abcorr, observer));
    return { positions: pos, lts: lt };
  }

  pxform(from: string, to: string, et: number): Matrix3 {
    checkString("pxform", "from", from);
    checkString("pxform", "to", to);
    checkFinite("pxform", "et", et);
    return this.#call("pxform", (r) => r.pxform(from, to, et));
  }

  sxform(from: string, to: string, et: number): Matrix6 {
    checkString("sxform", "from", from);
    checkString("sxform", "to", to);
    checkFinite("sxform", "et", et);
    return this.#call("sxform", (r) => r.sxform(from, to, et));
  }

  pxfrm2(from: string, to: string, etFrom: number, etTo: number): Matrix3 {
    checkString("pxfrm2", "from", from);
    checkString("pxfrm2", "to", to);
    checkFinite("pxfrm2", "etFrom", etFrom);
    checkFinite("pxfrm2", "etTo", etTo);
    return this.#call("pxfrm2", (r) => r.pxfrm2(from, to, etFrom, etTo));
  }

  pxformBatch(from: string, to: string, ets: Float64Array): Float64Array {
    checkString("pxformBatch", "from", from);
    checkString("pxformBatch", "to", to);
    checkEpochs("pxformBatch", "ets", ets);
    return this.#call("pxformBatch", (r) => r.pxformBatch(from, to, ets));
  }

  namfrm(name: string): Found<{ code: number }> {
    checkString("namfrm", "name", name);
    const code = this.#call("namfrm", (r) => r.namfrm(name));
    return code === null ? { found: false } : { found: true, code };
  }

  frmnam(code: number): Found<{ name: string }> {
    checkInt("frmnam", "code", code);
    const name = this.#call("frmnam", (r) => r.frmnam(code));
    return name === null ? { found: false } : { found: true, name };
  }

  frinfo(code: number): Found<FrameInfo> {
    checkInt("frinfo", "code", code);
    const info = this.#call("frinfo", (r) => r.frinfo(code));
    return info === null ? { found: false } : { found: true, ...info };
  }

  cidfrm(center: number): Found<NamedFrame> {
    checkInt("cidfrm", "center", center);
    const frame = this.#call("cidfrm", (r) => r.cidfrm(center));
    return frame === null ? { found: false } : { found: true, ...frame };
  }

  cnmfrm(centerName: string): Found<NamedFrame> {
    checkString("cnmfrm", "centerName", centerName);
    const frame = this.#call("cnmfrm", (r) => r.cnmfrm(centerName));
    return frame === null ? { found: false } : { found: true, ...frame };
  }

  ccifrm(frameClass: number, classId: number): Found<NamedFrame & { center: number }> {
    checkInt("ccifrm", "frameClass", frameClass);
    checkInt("ccifrm", "classId", classId);
    const frame = this.#call("ccifrm", (r) => r.ccifrm(frameClass, classId));
    return frame === null ? { found: false } : { found: true, ...frame };
  }

  spkopn(file: OutputTarget, ifname: string, ncomch: number): number {
    return this.#writers.spkopn(file, ifname, ncomch);
  }

  spkopa(file: OutputTarget): number {
    return this.#writers.spkopa(file);
  }

  spkcls(handle: number): void {
    this.#writers.spkcls(handle);
  }

  spkw02(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    intlen: number, polydg: number, cdata: NumberArray, btime: number): void {
    this.#writers.spkw02("spkw02", [handle, body, center, frame, first, last, segid], intlen, polydg, cdata, btime);
  }

  spkw03(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    intlen: number, polydg: number, cdata: NumberArray, btime: number): void {
    this.#writers.spkw02("spkw03", [handle, body, center, frame, first, last, segid], intlen, polydg, cdata, btime);
  }

  spkw05(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    gm: number, states: NumberArray, epochs: NumberArray): void {
    this.#writers.spkw05([handle, body, center, frame, first, last, segid], gm, states, epochs);
  }

  spkw08(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    degree: number, states: NumberArray, epoch1: number, step: number): void {
    this.#writers.spkw08("spkw08", [handle, body, center, frame, first, last, segid], degree, states, epoch1, step);
  }

  spkw12(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    degree: number, states: NumberArray, epoch1: number, step: number): void {
    this.#writers.spkw08("spkw12", [handle, body, center, frame, first, last, segid], degree, states, epoch1, step);
  }

  spkw09(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    degree: number, states: NumberArray, epochs: NumberArray): void {
    this.#writers.spkw09("spkw09", [handle, body, center, frame, first, last, segid], degree, states, epochs);
  }

  spkw13(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    degree: number, states: NumberArray, epochs: NumberArray): void {
    this.#writers.spkw09("spkw13", [handle, body, center, frame, first, last, segid], degree, states, epochs);
  }

  spkw14(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    chbdeg: number, records: NumberArray, epochs: NumberArray): void {
    this.#writers.spkw14([handle, body, center, frame, first, last, segid], chbdeg, records, epochs);
  }

  spkw15(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    epoch: number, tp: NumberArray, pa: NumberArray, p: number, ecc: number, j2flg: number, pv: NumberArray,
    gm: number, j2: number, radius: number): void {
    this.#writers.spkw15([handle, body, center, frame, first, last, segid], epoch, tp, pa, p, ecc, j2flg, pv, gm, j2, radius);
  }

  spkw17(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    epoch: number, eqel: NumberArray, rapol: number, decpol: number): void {
    this.#writers.spkw17([handle, body, center, frame, first, last, segid], epoch, eqel, rapol, decpol);
  }

  spkw18(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    subtype: number, degree: number, packets: NumberArray, epochs: NumberArray): void {
    this.#writers.spkw18([handle, body, center, frame, first, last, segid], subtype, degree, packets, epochs);
  }

  spkw19(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    npkts: readonly number[], subtps: readonly number[], degres: readonly number[], packets: NumberArray,
    epochs: NumberArray, ivlbds: NumberArray, sellst: boolean): void {
    this.#writers.spkw19([handle, body, center, frame, first, last, segid], npkts, subtps, degres, packets, epochs, ivlbds, sellst);
  }

  spkw20(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    intlen: number, polydg: number, cdata: NumberArray, dscale: number, tscale: number, initjd: number,
    initfr: number): void {
    this.#writers.spkw20([handle, body, center, frame, first, last, segid], intlen, polydg, cdata, dscale, tscale, initjd, initfr);
  }

  spkw21(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    dlsize: number, dlines: NumberArray, epochs: NumberArray): void {
    this.#writers.spkw21([handle, body, center, frame, first, last, segid], dlsize, dlines, epochs);
  }

  dafac(handle: number, lines: readonly string[]): void {
    this.#writers.dafac(handle, lines);
  }

  readVirtualOutput(output: VirtualOutput | string): Uint8Array {
    return this.#writers.readVirtualOutput(output);
  }

  spkcov(file: string, idcode: number, cover?: Window): Window {
    return this.#coverage("spkcov", file, idcode, cover);
  }

  pckcov(file: string, idcode: number, cover?: Window): Window {
    return this.#coverage("pckcov", file, idcode, cover);
  }

  spkobj(file: string, ids?: readonly number[]): number[] {
    return this.#idSet("spkobj", file, ids);
  }

  pckfrm(file: string, ids?: readonly number[]): number[] {
    return this.#idSet("pckfrm", file, ids);
  }

  #coverage(operation: "spkcov" | "pckcov", file: string, idcode: number, cover: Window | undefined): Window {
    const name = resolveName(file, this.#host, operation);
    checkInt(operation, "idcode", idcode);
    const flat = flatWindow(operation, cover);
    return pairWindow(this.#call(operation, (r) => r[operation](name, idcode, flat)));
  }

  #idSet(operation: "spkobj" | "pckfrm", file: string, ids: readonly number[] | undefined): number[] {
    const name = resolveName(file, this.#host, operation);
    const input = Int32Array.from(ids === undefined || ids.length === 0 ? [] : checkNumbers(operation, "ids", ids, true));
    return this.#call(operation, (r) => r[operation](name, input));
  }

  spksfs(body: number, et: number): Found<SpkSegmentLookup> {
    checkInt("spksfs", "body", body);
    checkFinite("spksfs", "et", et);
    const got = this.#call("spksfs", (r) => r.spksfs(body, et));
    if (got === null) return { found: false };
    const [b, center, frame, type, baddr, eaddr] = got.ic as [number, number, number, number, number, number];
    const descr = { body: b, center, frame, type, first: got.dc[0]!, last: got.dc[1]!, baddr, eaddr };
    const [file = "", ident = ""] = got.names;
    return { found: true, file, handle: got.handle, ident, descr, packed: packSpkDescriptor(descr) };
  }

  dafec(file: string): string[] {
    const name = resolveName(file, this.#host, "dafec");
    return this.#call("dafec", (r) => r.dafec(name));
  }

  dispose(): void {
    this.#raw?.dispose();
    this.#raw = undefined;
  }
}

function stateLt(raw: { state: number[]; lt: number }): StateLt {
  return { state: raw.state as State6, lt: raw.lt };
}

function positionLt(raw: { pos: number[]; lt: number }): PositionLt {
  return { pos: raw.pos as PositionLt["pos"], lt: raw.lt };
}

function found<T>(values: T[] | null): Found<{ values: T[] }> {
  return values === null ? { found: false } : { found: true, values };
}
