/**
 * What a binding (the Node addon or the Embind module) provides: the shim's calls, one for one.
 * Every method returns its value, `null` for "not found", or a {@link RawError} record: bindings do
 * not throw for SPICE failures, so both backends' errors pass through the same code in staging.
 */

/** An error record from the core, as the shim fills `sc_error`. */
export interface RawError {
  short: string;
  long: string;
  trace: string;
}

/** A value from a raw call, or the error record it failed with. */
export type RawResult<T> = T | RawError;

/** One kernel as the binding reports it. */
export interface RawKernel {
  file: string;
  filtyp: string;
  source: string;
  handle: number;
}

/** The binding-level context. Implemented by the Node addon and the Embind module. */
export interface RawContext {
  furnsh(name: string): RawResult<undefined>;
  furnshBytes(name: string, bytes: Uint8Array): RawResult<undefined>;
  unload(name: string): RawResult<undefined>;
  kclear(): RawResult<undefined>;
  ktotal(kinds: string): RawResult<number>;
  kdata(which: number, kinds: string): RawResult<RawKernel | null>;
  kinfo(file: string): RawResult<RawKernel | null>;
  getfat(file: string): RawResult<string[]>;
  gdpool(name: string, start: number, room: number): RawResult<number[] | null>;
  gipool(name: string, start: number, room: number): RawResult<number[] | null>;
  gcpool(name: string, start: number, room: number): RawResult<string[] | null>;
  gnpool(name: string, start: number, room: number): RawResult<string[] | null>;
  dtpool(name: string): RawResult<{ n: number; type: string } | null>;
  expool(name: string): RawResult<boolean>;
  pdpool(name: string, values: number[]): RawResult<undefined>;
  pipool(name: string, values: number[]): RawResult<undefined>;
  pcpool(name: string, values: string[]): RawResult<undefined>;
  lmpool(text: string): RawResult<undefined>;
  bodfnd(body: number, item: string): RawResult<boolean>;
  bodvcd(body: number, item: string, maxn: number): RawResult<number[]>;
  bodvrd(body: string, item: string, maxn: number): RawResult<number[]>;
  bodn2c(name: string): RawResult<number | null>;
  bods2c(name: string): RawResult<number | null>;
  bodc2n(code: number): RawResult<string | null>;
  bodc2s(code: number): RawResult<string>;
  boddef(name: string, code: number): RawResult<undefined>;
  str2et(text: string): RawResult<number>;
  et2utc(et: number, format: string, precision: number): RawResult<string>;
  timout(et: number, picture: string): RawResult<string>;
  deltet(epoch: number, type: string): RawResult<number>;
  unitim(epoch: number, from: string, to: string): RawResult<number>;
  spkezr(target: string, et: number, ref: string, abcorr: string, observer: string): RawResult<{ state: number[]; lt: number }>;
  spkpos(target: string, et: number, ref: string, abcorr: string, observer: string): RawResult<{ pos: number[]; lt: number }>;
  spkez(target: number, et: number, ref: string, abcorr: string, observer: number): RawResult<{ state: number[]; lt: number }>;
  spkezp(target: number, et: number, ref: string, abcorr: string, observer: number): RawResult<{ pos: number[]; lt: number }>;
  spkgeo(target: number, et: number, ref: string, observer: number): RawResult<{ state: number[]; lt: number }>;
  spkgps(target: number, et: number, ref: string, observer: number): RawResult<{ pos: number[]; lt: number }>;
  spkssb(target: number, et: number, ref: string): RawResult<number[]>;
  spkezrBatch(target: string, ets: Float64Array, ref: string, abcorr: string, observer: string): RawResult<{ states: Float64Array; lts: Float64Array }>;
  spkposBatch(target: string, ets: Float64Array, ref: string, abcorr: string, observer: string): RawResult<{ positions: Float64Array; lts: Float64Array }>;
  pxform(from: string, to: string, et: number): RawResult<number[]>;
  sxform(from: string, to: string, et: number): RawResult<number[]>;
  pxfrm2(from: string, to: string, etFrom: number, etTo: number): RawResult<number[]>;
  pxformBatch(from: string, to: string, ets: Float64Array): RawResult<Float64Array>;
  namfrm(name: string): RawResult<number | null>;
  frmnam(code: number): RawResult<string | null>;
  frinfo(code: number): RawResult<{ center: number; frameClass: number; classId: number } | null>;
  cidfrm(center: number): RawResult<{ frcode: number; frname: string } | null>;
  cnmfrm(name: string): RawResult<{ frcode: number; frname: string } | null>;
  ccifrm(frameClass: number, classId: number): RawResult<{ frcode: number; frname: string; center: number } | null>;
  spkopn(name: string, ifname: string, ncomch: number, hostFile: boolean): RawResult<number>;
  spkopa(name: string, hostFile: boolean): RawResult<number>;
  /** The file's bytes for a host-file output (the host writes them), null for a virtual output. */
  spkcls(handle: number): RawResult<Uint8Array | null>;
  spkw02(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, intlen: number, n: number, polydg: number, cdata: Float64Array, btime: number): RawResult<undefined>;
  spkw03(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, intlen: number, n: number, polydg: number, cdata: Float64Array, btime: number): RawResult<undefined>;
  spkw08(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, degree: number, n: number, states: Float64Array, epoch1: number, step: number): RawResult<undefined>;
  spkw12(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, degree: number, n: number, states: Float64Array, epoch1: number, step: number): RawResult<undefined>;
  spkw09(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, degree: number, n: number, states: Float64Array, epochs: Float64Array): RawResult<undefined>;
  spkw13(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, degree: number, n: number, states: Float64Array, epochs: Float64Array): RawResult<undefined>;
  dafac(handle: number, lines: string[]): RawResult<undefined>;
  readVirtualOutput(name: string): RawResult<Uint8Array>;
  /** Coverage (flat window) of `idcode` in `file`, united with `cover`. */
  spkcov(file: string, idcode: number, cover: Float64Array): RawResult<number[]>;
  spkobj(file: string, ids: number[]): RawResult<number[]>;
  pckcov(file: string, idcode: number, cover: Float64Array): RawResult<number[]>;
  pckfrm(file: string, ids: number[]): RawResult<number[]>;
  spksfs(body: number, et: number): RawResult<{ file: string; ident: string; handle: number; dc: number[]; ic: number[] } | null>;
  dafec(file: string): RawResult<string[]>;
  spkw14(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, n: number, chbdeg: number, records: Float64Array, epochs: Float64Array): RawResult<undefined>;
  spkw15(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, epoch: number, tp: Float64Array, pa: Float64Array, p: number, ecc: number, j2flg: number, pv: Float64Array, gm: number, j2: number, radius: number): RawResult<undefined>;
  spkw17(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, epoch: number, eqel: Float64Array, rapol: number, decpol: number): RawResult<undefined>;
  spkw18(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, subtype: number, degree: number, n: number, packets: Float64Array, epochs: Float64Array): RawResult<undefined>;
  spkw19(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, nintvl: number, npkts: Float64Array, subtps: Float64Array, degres: Float64Array, packets: Float64Array, epochs: Float64Array, ivlbds: Float64Array, sellst: number): RawResult<undefined>;
  spkw20(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, intlen: number, n: number, polydg: number, cdata: Float64Array, dscale: number, tscale: number, initjd: number, initfr: number): RawResult<undefined>;
  spkw05(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, gm: number, n: number, states: Float64Array, epochs: Float64Array): RawResult<undefined>;
  spkw21(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string, n: number, dlsize: number, dlines: Float64Array, epochs: Float64Array): RawResult<undefined>;
  dispose(): void;
}

/** True if a raw call's result is an error record. */
export function isRawError(value: unknown): value is RawError {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>).short === "string" &&
    typeof (value as Record<string, unknown>).long === "string"
  );
}
