/**
 * The composition layer both backends share: it checks arguments, stages kernel inputs, calls the
 * raw binding and turns error records into SpiceErrors. Keeping it in one place is what makes the
 * native and WASM backends behave (and fail) identically.
 */
// Windows and cells (issue 14, h14-windows)
import {
  SpiceWindow,
  type SpiceCellHandle,
  type SpiceCharCell,
  type SpiceDoubleCell,
  type SpiceIntCell,
  type SpiceWindowHandle,
  type WindowEndpoints,
  type WindowInput,
  type WindowSummary,
} from "@spicecraft/contract";
import {
  checkInt,
  checkNumbers,
  checkRawArgument,
  checkString,
  checkStrings,
  isRawError,
  rawCallArgs,
  rawLeanCalls,
  SpiceError,
  type BackendKind,
  type ConicElements,
  type ExtendedConicElements,
  type FrameInfo,
  type Matrix3,
  type Matrix6,
  type NamedFrame,
  type EkFindResult,
  type EkGetResult,
  type Found,
  type KernelData,
  type KernelInfo,
  type GetmsgWhich,
  type KernelKindInput,
  type KernelSource,
  type SpkPackedDescriptor,
  type SpkSegmentDescriptor,
  type AbCorr,
  type PoolType,
  type TimeDefaultItem,
  type PositionBatch,
  type PositionLt,
  type State6,
  type StateBatch,
  type StateLt,
  type RawCallName,
  type RawCalls,
  type RawContext,
  type RawError,
  type RawResult,
  type SpiceBackend,
  type NumberArray,
  type OutputTarget,
  type ReadVirtualOutputOptions, // issue 16, writers
  type VirtualOutput,
  type SpkSegmentLookup,
} from "@spicecraft/contract";
import type {
  ApparentPosition,
  AzElBatch,
  AzElStateLt,
  RangeAzEl,
  ReferenceLocus,
  SegmentState,
  SignalDirection,
  SignalTime,
  SignalTimeBatch,
  StateLtRateBatch,
  StateLtRate,
  Vector3,
} from "@spicecraft/contract"; // observers (issue 15)
import {
  checkFinite,
  checkFloat64Array,
  checkInt32Array,
  type EulerAnglesAndRates,
  type RotationAndAngularVelocity,
  type TwoLineElements,
  type FieldOfView,
} from "@spicecraft/contract";
import type { CkCoverageLevel, CkPointing, CkPointingAv } from "@spicecraft/contract"; // CK reading (issue 12)
import type {
  AxisAndAngle,
  Ellipse,
  EllipsePlaneIntersection,
  EllipseSemiAxes,
  EllipseVectors,
  EulerAngles3,
  NearPointDistance,
  Plane,
  PlaneNormalConstant,
  PlaneNormalPoint,
  PlanePointSpans,
  RayPlaneIntersection,
} from "@spicecraft/contract"; // planes, ellipses, vector utilities (issue 13, h13-vectors)
import type {
  CylindricalCoordinates,
  CylindricalToSpherical,
  GeodeticCoordinates,
  LatitudinalCoordinates,
  LatitudinalToSpherical,
  RaDecCoordinates,
  SphericalCoordinates,
  SurfaceString,
} from "@spicecraft/contract"; // coordinates (issue 13)
import type { RawControl, SearchOptions } from "@spicecraft/contract"; // async GF searches (issue 14)
import type { ConditionFunction, DecreasingFunction, ScalarFunction } from "@spicecraft/contract"; // user-defined GF searches (issue 14)
import type { InterruptFunction, RefineFunction, ReportFinalFunction, ReportInitFunction, ReportUpdateFunction, StepFunction } from "@spicecraft/contract"; // mid-level GF (issue 14)
import { CallbackGuard } from "./callback-guard.js";
import { consoleReporter } from "./gf-console-report.js"; // GF console reporter (issue 14, h14-gfevnt)
import type { CutPoints, EllipsoidTerminator, IlluminationAngles, IlluminationFlags, LocalSolarTime, SurfacePoint, TangentPoint } from "@spicecraft/contract"; // surface geometry (issue 13)
import { coverageWindow, flatWindow, packSpkDescriptor } from "./inventory.js";
import { resolveName, stageKernel, type HostCapabilities } from "./kernel-source.js";
import { SpkWriters } from "./spk-writers.js";
import { DafOutputs } from "./daf-outputs.js";
import { CkWriters } from "./ck-writers.js"; // CK writers (issue 12, i12-ckw)
import type { Epoch, Matrix3x3, NamedState, StateQuery } from "@spicecraft/contract"; // helpers (issue 17)
import { etToUtc, frameTransform, getState, utcToEt } from "./convenience.js"; // helpers (issue 17)
import { fileInventory } from "./file-inventory.js"; // inventory (issue 18)
import type { FileInventory } from "@spicecraft/contract";

/** What a backend package supplies besides its raw context. */
export interface BackendIdentity extends HostCapabilities {
  kind: BackendKind;
  version: string;
}

/** Wraps a raw binding context into the public {@link SpiceBackend}. */
export function composeBackend(raw: RawContext, identity: BackendIdentity): SpiceBackend {
  return new ComposedBackend(raw, identity);
}

/** What a raw call returns when it succeeds. */
type RawValue<K extends RawCallName> = Exclude<ReturnType<RawCalls[K]>, RawError>;
/** The value an async raw call settles with (its Promise's, or its own on WASM), error records aside. */
type RawAsyncValue<K extends RawCallName> = Exclude<Awaited<ReturnType<RawCalls[K]>>, RawError>;

/** Room used when the caller wants every value of a variable (bodvar). */
const ALL_VALUES = 2147483647;

class ComposedBackend implements SpiceBackend {
  readonly kind: BackendKind;
  readonly version: string;
  #raw: RawContext | undefined;
  /** Async calls (issue 14) run one after the other: each waits for the previous one to settle. */
  #asyncQueue: Promise<void> = Promise.resolve();
  #asyncPending = 0;
  /** Calls running that call back into JS (see #reentrant), and the context to free after them. */
  #reentered = 0;
  /** The abort functions of the async searches running now (dispose() stops them). */
  readonly #runningSearches = new Set<() => void>();
  #disposeAfterCall: RawContext | undefined;
  readonly #host: HostCapabilities;
  readonly #writers: SpkWriters;
  /** The DAF files being written, shared by the SPK and CK writers. */
  readonly #outputs: DafOutputs;

  constructor(raw: RawContext, identity: BackendIdentity) {
    this.#raw = raw;
    this.kind = identity.kind;
    this.version = identity.version;
    this.#host = { hostFiles: identity.hostFiles, hostWriter: identity.hostWriter };
    // Issue 16 (writers): host files are written from daf_output_bytes before the handle closes.
    this.#outputs = new DafOutputs(this.#host, (operation, handle) =>
      this.#call(operation, (r) => r.dafOutputBytes(handle, operation)) ?? new Uint8Array(0),
    );
    this.#writers = new SpkWriters(
      <T>(operation: string, invoke: (raw: RawContext) => RawResult<T>) => this.#call(operation, invoke),
      this.#outputs,
    );
  }

  /** Whether the core holds a virtual id (issue 18: one reading of kernel names, resolveName). */
  readonly #known = (id: string): boolean => this.#call("kernelKnown", (r) => r.kernelKnown(id));

  /** A kernel name as furnsh, unload and kinfo read it (kernel-source.ts resolveName). */
  #resolveName(name: string, operation: string): string {
    return resolveName(name, this.#host, operation, this.#known);
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
      // A failed call leaves CSPICE's error status reset, as tspice leaves it (issue 18): getmsg's
      // long message is blank afterwards.
      this.#raw.reset();
      throw new SpiceError({ short: result.short, long: result.long, trace: result.trace, operation });
    }
    return result as T;
  }

  /**
   * Runs a call of the call list: each argument is checked (and converted) by the kind calls.idl
   * gives it, then the raw call runs; an error record becomes a SpiceError named `operation`.
   */
  #invoke<K extends RawCallName>(name: K, args: Parameters<RawCalls[K]>, operation: string = name): RawValue<K> {
    const checked = checkedArguments(name, args, operation);
    const lean = rawLeanCalls[name];
    if (lean !== undefined) {
      // The lean form: the binding writes the outputs into the scratch and this builds the value
      // (the same value, built in JIT-compiled code rather than by Node-API or Embind calls).
      const [method, unpack] = lean;
      return this.#call(operation, (r) => {
        const got = (r as unknown as Record<string, (...a: unknown[]) => RawResult<null | undefined>>)[method]!(...checked);
        return (got === undefined ? unpack(this.#scratchOf(r)) : got) as RawResult<RawValue<K>>;
      });
    }
    return this.#call(operation, (r) => (r[name] as (...a: unknown[]) => RawResult<RawValue<K>>)(...checked));
  }

  #scratch: Float64Array | undefined;

  /** The binding's scratch, asked for again when a WASM heap's growth has detached the old view. */
  #scratchOf(raw: RawContext): Float64Array {
    if (this.#scratch === undefined || this.#scratch.length === 0) this.#scratch = raw.scratch();
    return this.#scratch;
  }

  /**
   * Runs an async call of the call list (issue 14): arguments checked as {@link #invoke} does, then
   * the raw call with a control (`cancel` flag, progress callback). Async calls on one backend run
   * one after the other (the queue); the result or error record becomes the value or SpiceError.
   */
  #invokeAsync<K extends RawCallName>(name: K, args: unknown[], options: SearchOptions | undefined,
    operation: string): Promise<RawAsyncValue<K>> {
    const checked = checkedArguments(name, args, operation);
    const { onProgress, signal } = checkSearchOptions(operation, options);
    const run = async (): Promise<RawAsyncValue<K>> => {
      const cancel = new Int32Array(typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(4) : new ArrayBuffer(4));
      let thrown: { error: unknown } | undefined;
      const abort = () => Atomics.store(cancel, 0, 1);
      if (signal?.aborted) abort();
      signal?.addEventListener("abort", abort, { once: true });
      this.#runningSearches.add(abort);
      const control: RawControl = { cancel };
      if (onProgress !== undefined) {
        control.progress = (fraction: number) => {
          if (thrown !== undefined) return;
          try {
            onProgress(fraction);
          } catch (error) {
            thrown = { error };
            abort();
          }
        };
      }
      try {
        const raw = this.#call(operation, (r) => r as unknown as RawResult<RawContext>);
        // On WASM the search runs (and calls onProgress) inside this call: see #reentrant.
        const result = await this.#reentrant(() => (raw[name] as (...a: unknown[]) => unknown)(...checked, control) as Promise<unknown>);
        if (thrown !== undefined) throw thrown.error;
        if (isRawError(result)) {
          if (this.#raw === undefined && result.short === "SPICE(CANCELLED)") {
            throw new SpiceError({ short: "SPICE(DISPOSED)", long: `This ${this.kind} backend was disposed during ${operation}.`,
              trace: operation, operation });
          }
          throw new SpiceError({ short: result.short, long: result.long, trace: result.trace, operation });
        }
        return result as RawAsyncValue<K>;
      } finally {
        signal?.removeEventListener("abort", abort);
        this.#runningSearches.delete(abort);
      }
    };
    // The first call starts now (so the backend is the search's from this call on, as on the
    // CSPICE-like synchronous path); later ones wait for the one before. One started from a
    // callback of a running call (gfuds's functions) waits for that call to return: two calls
    // never use the context at once.
    const next = this.#asyncPending === 0 && this.#reentered === 0 ? run() : this.#asyncQueue.then(run, run);
    this.#asyncPending++;
    this.#asyncQueue = next.then(
      () => void this.#asyncPending--,
      () => void this.#asyncPending--,
    );
    return next;
  }

  tkvrsn(item = "TOOLKIT"): string {
    if (checkString("tkvrsn", "item", item).trim().toUpperCase() !== "TOOLKIT") {
      throw new RangeError(`tkvrsn: item must be "TOOLKIT", got ${JSON.stringify(item)}`);
    }
    return `spicecraft ${this.version} (CSPICE_N0067 compatible)`;
  }

  spiceVersion(): string {
    return this.tkvrsn("TOOLKIT");
  }

  furnsh(kernel: KernelSource): void {
    const staged = stageKernel(kernel, this.#host, this.#known);
    const bytes = staged.bytes;
    this.#call("furnsh", (r) => {
      if (bytes === undefined) return r.furnsh(staged.name);
      // What a byte-backed meta-kernel lists stays among virtual ids unless the caller opted in.
      return staged.allowHostPaths ? r.furnshFilledHostPaths(staged.name, bytes) : r.furnshFilled(staged.name, bytes);
    });
  }

  unload(path: string): void {
    const name = this.#resolveName(path, "unload");
    this.#call("unload", (r) => r.unload(name));
  }

  kclear(): void {
    this.#call("kclear", (r) => r.kclear());
  }

  ktotal(kind: KernelKindInput = "ALL"): number {
    return this.#invoke("ktotal", [kindList("ktotal", kind)]);
  }

  kdata(which: number, kind: KernelKindInput = "ALL"): Found<KernelData> {
    const k = this.#invoke("kdata", [which, kindList("kdata", kind)]);
    return k === null ? { found: false } : { found: true, ...k };
  }

  kinfo(path: string): Found<KernelInfo> {
    const name = this.#resolveName(path, "kinfo");
    const k = this.#call("kinfo", (r) => r.kinfo(name));
    return k === null ? { found: false } : { found: true, filtyp: k.filtyp, source: k.source, handle: k.handle };
  }

  getfat(path: string): { arch: string; type: string } {
    const name = this.#resolveName(path, "getfat");
    const [arch = "?", type = "?"] = this.#call("getfat", (r) => r.getfat(name));
    return { arch, type };
  }

  gdpool(name: string, start: number, room: number): Found<{ values: number[] }> {
    return found(this.#invoke("gdpool", [name, start, room]));
  }

  gipool(name: string, start: number, room: number): Found<{ values: number[] }> {
    return found(this.#invoke("gipool", [name, start, room]));
  }

  gcpool(name: string, start: number, room: number): Found<{ values: string[] }> {
    return found(this.#invoke("gcpool", [name, start, room]));
  }

  gnpool(template: string, start: number, room: number): Found<{ values: string[] }> {
    return found(this.#invoke("gnpool", [template, start, room]));
  }

  dtpool(name: string): Found<{ n: number; type: PoolType }> {
    const shape = this.#invoke("dtpool", [name]);
    return shape === null ? { found: false } : { found: true, n: shape.n, type: shape.type as PoolType };
  }

  expool(name: string): boolean {
    return this.#invoke("expool", [name]);
  }

  pdpool(name: string, values: readonly number[]): void {
    this.#invoke("pdpool", [name, Float64Array.from(checkNumbers("pdpool", "values", values))]);
  }

  pipool(name: string, values: readonly number[]): void {
    this.#invoke("pipool", [name, Int32Array.from(checkNumbers("pipool", "values", values, true))]);
  }

  pcpool(name: string, values: readonly string[]): void {
    this.#invoke("pcpool", [name, checkStrings("pcpool", "values", values)]);
  }

  lmpool(text: string | readonly string[]): void {
    const joined = Array.isArray(text) ? checkStrings("lmpool", "text", text).join("\n") : text;
    this.#invoke("lmpool", [joined as string]);
  }

  // ---- Issue 18 (h18-pool) ----
  swpool(agent: string, names: readonly string[]): void {
    this.#invoke("swpool", [agent, stringsOrNone("swpool", "names", names)]);
  }

  cvpool(agent: string): boolean {
    return this.#invoke("cvpool", [agent]);
  }

  dvpool(name: string): void {
    this.#invoke("dvpool", [name]);
  }

  clpool(): void {
    this.#invoke("clpool", []);
  }

  kxtrct(keywd: string, terms: readonly string[], wordsq: string): Found<{ wordsq: string; substr: string }> {
    const r = this.#invoke("kxtrct", [keywd, stringsOrNone("kxtrct", "terms", terms), wordsq]);
    return r === null ? { found: false } : { found: true, wordsq: r.wordsq, substr: r.substr };
  }

  kplfrm(frmcls: number, idset?: SpiceIntCell): number[] {
    // CSPICE empties the output set first, even when the class is refused.
    if (idset !== undefined) this.scard(0, idset);
    const ids: number[] = this.#invoke("kplfrm", [frmcls]);
    if (idset !== undefined) {
      if (ids.length > this.size(idset)) {
        throw new SpiceError({
          short: "SPICE(SETTOOSMALL)",
          long: `Frame ID set argument IDSET has size ${this.size(idset)}; required size is at least ${ids.length}. Make sure that the caller of this routine has initialized IDSET via SSIZEI.`,
          trace: "kplfrm",
          operation: "kplfrm",
        });
      }
      for (const id of ids) this.insrti(id, idset);
    }
    return ids;
  }

  spkpds(body: number, center: number, frame: string, type: number, first: number, last: number): SpkPackedDescriptor {
    return this.#invoke("spkpds", [body, center, frame, type, first, last]) as SpkPackedDescriptor;
  }

  spkuds(descr: readonly number[] | Float64Array): SpkSegmentDescriptor {
    const d = this.#invoke("spkuds", [Float64Array.from(checkNumbers("spkuds", "descr", descr))]);
    return { body: d.body, center: d.center, frame: d.frame, type: d.type, first: d.first, last: d.last, baddr: d.baddr, eaddr: d.eaddr };
  }

  chkin(module: string): void {
    this.#invoke("chkin", [module]);
  }

  chkout(module: string): void {
    this.#invoke("chkout", [module]);
  }

  failed(): boolean {
    return this.#invoke("failed", []);
  }

  getmsg(which: GetmsgWhich): string {
    return this.#invoke("getmsg", [which]);
  }

  reset(): void {
    this.#invoke("reset", []);
  }

  setmsg(message: string): void {
    this.#invoke("setmsg", [message]);
  }

  sigerr(short: string): never {
    this.#invoke("sigerr", [short]);
    throw new Error("spicecraft: sigerr returned without an error"); // the core always fails it
  }

  bodfnd(body: number, item: string): boolean {
    return this.#invoke("bodfnd", [body, item]);
  }

  bodvar(body: number, item: string): number[] {
    return this.#invoke("bodvcd", [body, item, ALL_VALUES], "bodvar");
  }

  bodvcd(body: number, item: string, maxn: number): number[] {
    return this.#invoke("bodvcd", [body, item, maxn]);
  }

  bodvrd(body: string, item: string, maxn: number): number[] {
    return this.#invoke("bodvrd", [body, item, maxn]);
  }

  bodn2c(name: string): Found<{ code: number }> {
    const code = this.#invoke("bodn2c", [name]);
    return code === null ? { found: false } : { found: true, code };
  }

  bods2c(name: string): Found<{ code: number }> {
    const code = this.#invoke("bods2c", [name]);
    return code === null ? { found: false } : { found: true, code };
  }

  bodc2n(code: number): Found<{ name: string }> {
    const name = this.#invoke("bodc2n", [code]);
    return name === null ? { found: false } : { found: true, name };
  }

  bodc2s(code: number): string {
    return this.#invoke("bodc2s", [code]);
  }

  boddef(name: string, code: number): void {
    this.#invoke("boddef", [name, code]);
  }

  str2et(time: string): number {
    return this.#invoke("str2et", [time]);
  }

  et2utc(et: number, format: string, precision: number): string {
    return this.#invoke("et2utc", [et, format, precision]);
  }

  timout(et: number, picture: string): string {
    return this.#invoke("timout", [et, picture]);
  }

  deltet(epoch: number, epochType: string): number {
    return this.#invoke("deltet", [epoch, epochType]);
  }

  unitim(epoch: number, from: string, to: string): number {
    return this.#invoke("unitim", [epoch, from, to]);
  }

  tparse(timstr: string): number {
    return this.#invoke("tparse", [timstr]);
  }

  tpictr(sample: string, _pictur?: string): string {
    return this.#invoke("tpictr", [sample]);
  }

  timdef(action: "GET", item: TimeDefaultItem): string;
  timdef(action: "SET", item: TimeDefaultItem, value: string): void;
  timdef(action: "GET" | "SET", item: TimeDefaultItem, value = ""): string | undefined {
    const answer = this.#invoke("timdef", [action, item, value]);
    // TIMDEF reads the action left-justified and upper-cased; SET answers nothing.
    return action.trimStart().toUpperCase().startsWith("SET") ? undefined : answer;
  }

  pi(): number {
    return this.#invoke("pi", []);
  }
  halfpi(): number {
    return this.#invoke("halfpi", []);
  }
  twopi(): number {
    return this.#invoke("twopi", []);
  }
  dpr(): number {
    return this.#invoke("dpr", []);
  }
  rpd(): number {
    return this.#invoke("rpd", []);
  }
  spd(): number {
    return this.#invoke("spd", []);
  }
  clight(): number {
    return this.#invoke("clight", []);
  }
  j1900(): number {
    return this.#invoke("j1900", []);
  }
  j1950(): number {
    return this.#invoke("j1950", []);
  }
  j2000(): number {
    return this.#invoke("j2000", []);
  }
  j2100(): number {
    return this.#invoke("j2100", []);
  }
  jyear(): number {
    return this.#invoke("jyear", []);
  }
  tyear(): number {
    return this.#invoke("tyear", []);
  }
  b1900(): number {
    return this.#invoke("b1900", []);
  }
  b1950(): number {
    return this.#invoke("b1950", []);
  }

  convrt(x: number, inUnit: string, outUnit: string): number {
    return this.#invoke("convrt", [x, inUnit, outUnit]);
  }

  oscelt(state: NumberArray, et: number, mu: number): ConicElements {
    return this.#invoke("oscelt", [state as Float64Array, et, mu]) as ConicElements;
  }

  oscltx(state: NumberArray, et: number, mu: number): ExtendedConicElements {
    return this.#invoke("oscltx", [state as Float64Array, et, mu]);
  }

  conics(elts: NumberArray, et: number): State6 {
    return this.#invoke("conics", [elts as Float64Array, et]) as State6;
  }

  conicsBatch(elts: NumberArray, ets: Float64Array): Float64Array {
    return this.#invoke("conicsBatch", [elts as Float64Array, ets]);
  }

  prop2b(gm: number, pvinit: NumberArray, dt: number): State6 {
    return this.#invoke("prop2b", [gm, pvinit as Float64Array, dt]) as State6;
  }

  prop2bBatch(gm: number, pvinit: NumberArray, dts: Float64Array): Float64Array {
    return this.#invoke("prop2bBatch", [gm, pvinit as Float64Array, dts]);
  }

  eqncpv(et: number, epoch: number, eqel: NumberArray, rapol: number, decpol: number): State6 {
    return this.#invoke("eqncpv", [et, epoch, eqel as Float64Array, rapol, decpol]) as State6;
  }

  eqncpvBatch(ets: Float64Array, epoch: number, eqel: NumberArray, rapol: number, decpol: number): Float64Array {
    return this.#invoke("eqncpvBatch", [ets, epoch, eqel as Float64Array, rapol, decpol]);
  }

  spkezr(target: string, et: number, ref: string, abcorr: AbCorr, observer: string): StateLt {
    return stateLt(this.#invoke("spkezr", [target, et, ref, abcorr, observer]));
  }

  spkpos(target: string, et: number, ref: string, abcorr: AbCorr, observer: string): PositionLt {
    return positionLt(this.#invoke("spkpos", [target, et, ref, abcorr, observer]));
  }

  spkez(target: number, et: number, ref: string, abcorr: AbCorr, observer: number): StateLt {
    return stateLt(this.#invoke("spkez", [target, et, ref, abcorr, observer]));
  }

  spkezp(target: number, et: number, ref: string, abcorr: AbCorr, observer: number): PositionLt {
    return positionLt(this.#invoke("spkezp", [target, et, ref, abcorr, observer]));
  }

  spkgeo(target: number, et: number, ref: string, observer: number): StateLt {
    return stateLt(this.#invoke("spkgeo", [target, et, ref, observer]));
  }

  spkgps(target: number, et: number, ref: string, observer: number): PositionLt {
    return positionLt(this.#invoke("spkgps", [target, et, ref, observer]));
  }

  spkssb(target: number, et: number, ref: string): State6 {
    return this.#invoke("spkssb", [target, et, ref]) as State6;
  }

  spkezrBatch(target: string, ets: Float64Array, ref: string, abcorr: AbCorr, observer: string): StateBatch {
    const { state, lt } = this.#invoke("spkezrBatch", [target, ets, ref, abcorr, observer]);
    return { states: state, lts: lt };
  }

  spkposBatch(target: string, ets: Float64Array, ref: string, abcorr: AbCorr, observer: string): PositionBatch {
    const { pos, lt } = this.#invoke("spkposBatch", [target, ets, ref, abcorr, observer]);
    return { positions: pos, lts: lt };
  }

  pxform(from: string, to: string, et: number): Matrix3 {
    return this.#invoke("pxform", [from, to, et]) as Matrix3;
  }

  sxform(from: string, to: string, et: number): Matrix6 {
    return this.#invoke("sxform", [from, to, et]) as Matrix6;
  }

  pxfrm2(from: string, to: string, etFrom: number, etTo: number): Matrix3 {
    return this.#invoke("pxfrm2", [from, to, etFrom, etTo]) as Matrix3;
  }

  pxformBatch(from: string, to: string, ets: Float64Array): Float64Array {
    return this.#invoke("pxformBatch", [from, to, ets]);
  }

  namfrm(name: string): Found<{ code: number }> {
    const code = this.#invoke("namfrm", [name]);
    return code === null ? { found: false } : { found: true, code };
  }

  frmnam(code: number): Found<{ name: string }> {
    const name = this.#invoke("frmnam", [code]);
    return name === null ? { found: false } : { found: true, name };
  }

  frinfo(code: number): Found<FrameInfo> {
    const info = this.#invoke("frinfo", [code]);
    return info === null ? { found: false } : { found: true, ...info };
  }

  cidfrm(center: number): Found<NamedFrame> {
    const frame = this.#invoke("cidfrm", [center]);
    return frame === null ? { found: false } : { found: true, ...frame };
  }

  cnmfrm(centerName: string): Found<NamedFrame> {
    const frame = this.#invoke("cnmfrm", [centerName]);
    return frame === null ? { found: false } : { found: true, ...frame };
  }

  ccifrm(frameClass: number, classId: number): Found<NamedFrame & { center: number }> {
    const frame = this.#invoke("ccifrm", [frameClass, classId]);
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

  readVirtualOutput(output: VirtualOutput | string, options?: ReadVirtualOutputOptions): Uint8Array {
    return this.#writers.readVirtualOutput(output, options);
  }

  spkcov(file: string, idcode: number, cover?: WindowInput): SpiceWindow {
    return this.#coverage("spkcov", file, idcode, cover);
  }

  pckcov(file: string, idcode: number, cover?: WindowInput): SpiceWindow {
    return this.#coverage("pckcov", file, idcode, cover);
  }

  spkobj(file: string, ids?: readonly number[]): number[] {
    return this.#idSet("spkobj", file, ids);
  }

  pckfrm(file: string, ids?: readonly number[]): number[] {
    return this.#idSet("pckfrm", file, ids);
  }

  #coverage(operation: "spkcov" | "pckcov", file: string, idcode: number, cover: WindowInput | undefined): SpiceWindow {
    const name = this.#resolveName(file, operation);
    checkInt(operation, "idcode", idcode);
    const flat = flatWindow(operation, cover);
    return coverageWindow(this.#call(operation, (r) => r[operation](name, idcode, flat)));
  }

  #idSet(operation: "spkobj" | "pckfrm", file: string, ids: readonly number[] | undefined): number[] {
    const name = this.#resolveName(file, operation);
    const input = Int32Array.from(ids === undefined || ids.length === 0 ? [] : checkNumbers(operation, "ids", ids, true));
    return this.#call(operation, (r) => r[operation](name, input));
  }

  spksfs(body: number, et: number): Found<SpkSegmentLookup> {
    const got = this.#invoke("spksfs", [body, et]);
    if (got === null) return { found: false };
    const [b, center, frame, type, baddr, eaddr] = got.ic as [number, number, number, number, number, number];
    const segment = { body: b, center, frame, type, first: got.dc[0]!, last: got.dc[1]!, baddr, eaddr };
    const [file = "", ident = ""] = got.names;
    return { found: true, file, handle: got.handle, ident, descr: packSpkDescriptor(segment), segment };
  }

  dafec(file: string): string[] {
    const name = this.#resolveName(file, "dafec");
    return this.#call("dafec", (r) => r.dafec(name));
  }

  // --- Low-level file access (issue 18): DAF/DAS by handle (core/file_access/)

  exists(file: string): boolean {
    return this.#invoke("exists", [this.#resolveName(file, "exists")]);
  }

  dafopr(file: string): number {
    return this.#invoke("dafopr", [this.#resolveName(file, "dafopr")]);
  }

  dafcls(handle: number): void {
    // A handle open for writing (dafopw, spkopn, ...) closes its output; any other was opened for reading.
    if (this.#writers.has(handle)) this.#writers.dafcls(handle);
    else this.#invoke("dafcls", [handle]);
  }

  dafopw(file: OutputTarget): number {
    return this.#writers.dafopw(file);
  }

  dafdc(handle: number): void {
    this.#invoke("dafdc", [handle]);
  }

  dafbfs(handle: number): void {
    this.#invoke("dafbfs", [handle]);
  }

  dafbbs(handle: number): void {
    this.#invoke("dafbbs", [handle]);
  }

  daffna(handle: number): boolean {
    return this.#invoke("daffna", [handle]);
  }

  daffpa(handle: number): boolean {
    return this.#invoke("daffpa", [handle]);
  }

  dafgs(handle: number): Float64Array {
    // The words arrive as bytes: a Float64Array over a copy keeps every bit (a NaN pattern included).
    const bytes = this.#invoke("dafgs", [handle]) ?? new Uint8Array(0);
    return new Float64Array(new Uint8Array(bytes).buffer);
  }

  dafgn(handle: number): string {
    return this.#invoke("dafgn", [handle]);
  }

  dafgda(handle: number, baddr: number, eaddr: number): number[] {
    return [...this.#invoke("dafgda", [handle, baddr, eaddr])];
  }

  dafhsf(handle: number): { nd: number; ni: number } {
    const { nd, ni } = this.#invoke("dafhsf", [handle]);
    return { nd, ni };
  }

  dafus(sum: readonly number[] | Float64Array, nd: number, ni: number): { dc: number[]; ic: number[] } {
    // Packed integers are bit patterns (a negative integer in the high half makes a NaN): only the
    // type of each word is checked, not its finiteness.
    if (!(sum instanceof Float64Array) && !Array.isArray(sum)) throw new TypeError("dafus: sum must be an array of numbers or a Float64Array");
    sum.forEach((v: unknown, i: number) => {
      if (typeof v !== "number") throw new TypeError(`dafus: sum[${i}] must be a number, got ${typeof v}`);
    });
    const { dc, ic } = this.#invoke("dafus", [sum instanceof Float64Array ? sum : Float64Array.from(sum), nd, ni]);
    return { dc: [...dc], ic: [...ic] };
  }

  dafps(nd: number, ni: number, dc: readonly number[], ic: readonly number[]): Float64Array {
    const doubles = Float64Array.from(checkNumbers("dafps", "dc", dc));
    const ints = Int32Array.from(checkNumbers("dafps", "ic", ic, true));
    const bytes = this.#invoke("dafps", [nd, ni, doubles, ints]) ?? new Uint8Array(0);
    return new Float64Array(new Uint8Array(bytes).buffer);
  }

  dasopr(file: string): number {
    return this.#invoke("dasopr", [this.#resolveName(file, "dasopr")]);
  }

  dascls(handle: number): void {
    this.#closeDas(handle, "dascls");
  }

  dlacls(handle: number): void {
    this.#closeDas(handle, "dlacls");
  }

  /** A writer's handle (dlaopn, dskopn) closes its output; any other is a file opened for reading. */
  #closeDas(handle: number, operation: string): void {
    if (this.#dskOutputs.has(handle)) {
      this.#dskOutputs.close(operation, handle, () => this.#invoke("dskcls", [handle, false], operation));
    } else {
      this.#invoke("dascls", [handle], operation);
    }
  }

  dlaopn(file: OutputTarget, ftype: string, ifname: string, ncomch: number): number {
    return this.#dskOutputs.openNew("dlaopn", file, ifname, ncomch, (name, hostFile) =>
      this.#invoke("dlaopn", [name, ftype, ifname, ncomch, hostFile]));
  }

  dlabbs(handle: number): Found<{ descr: DlaDescriptor }> {
    return ComposedBackend.#foundDla(this.#invoke("dlaLast", [handle], "dlabbs"));
  }

  dlafns(handle: number, descr: DlaDescriptor): Found<{ descr: DlaDescriptor }> {
    return ComposedBackend.#foundDla(this.#invoke("dlaNext", [handle, ComposedBackend.#dlaArray("dlafns", descr)], "dlafns"));
  }

  dlafps(handle: number, descr: DlaDescriptor): Found<{ descr: DlaDescriptor }> {
    return ComposedBackend.#foundDla(this.#invoke("dlaPrevious", [handle, ComposedBackend.#dlaArray("dlafps", descr)], "dlafps"));
  }
  ekopr(file: string): number {
    return this.#invoke("ekopr", [this.#resolveName(file, "ekopr")]);
  }

  ekcls(handle: number): void {
    // A writer's handle (ekopn, ekopw) closes its output; any other is an EK opened for reading.
    if (this.#ekOutputs.has(handle)) {
      this.#ekOutputs.close("ekcls", handle, () => this.#invoke("ekCloseOutput", [handle], "ekcls"));
    } else {
      this.#invoke("ekcls", [handle]);
    }
  }

  // ---- Issue 18, EK writers ----

  #ekOutputsField: DafOutputs | undefined;

  /** EK outputs: the same host-file handling as the other writers, with the EK's bytes. */
  get #ekOutputs(): DafOutputs {
    this.#ekOutputsField ??= new DafOutputs(this.#host, (operation, handle) =>
      this.#call(operation, (r) => r.ekOutputBytes(handle)) ?? new Uint8Array(0));
    return this.#ekOutputsField;
  }

  ekopn(file: OutputTarget, ifname: string, ncomch: number): number {
    return this.#ekOutputs.openNew("ekopn", file, ifname, ncomch, (name, hostFile) =>
      this.#invoke("ekopn", [name, ifname, ncomch, hostFile]));
  }

  ekopw(file: OutputTarget): number {
    return this.#ekOutputs.openExisting("ekopw", file, (name, hostFile) => this.#invoke("ekopw", [name, hostFile]));
  }

  ekifld(handle: number, tabnam: string, nrows: number, cnames: readonly string[], decls: readonly string[]): {
    segno: number;
    rcptrs: number[];
  } {
    const r = this.#invoke("ekifld", [handle, tabnam, nrows, checkStrings("ekifld", "cnames", cnames),
      checkStrings("ekifld", "decls", decls)]);
    return { segno: r.segno, rcptrs: Array.from(r.rcptrs) };
  }

  /** The per-row arguments of the ekacl* calls, checked and converted for the core. */
  static #ekRows(operation: string, entszs: readonly number[], nlflgs: readonly boolean[], rcptrs: readonly number[]):
    [Int32Array, Int32Array, Int32Array] {
    if (!Array.isArray(nlflgs)) throw new TypeError(`${operation}: nlflgs must be an array of booleans`);
    const flags = Int32Array.from(nlflgs, (f, i) => {
      if (typeof f !== "boolean") throw new TypeError(`${operation}: nlflgs[${i}] must be a boolean`);
      return f ? 1 : 0;
    });
    return [checkInt32Array(operation, "entszs", entszs), flags, checkInt32Array(operation, "rcptrs", rcptrs)];
  }

  ekacli(handle: number, segno: number, column: string, ivals: readonly number[] | Int32Array,
    entszs: readonly number[], nlflgs: readonly boolean[], rcptrs: readonly number[]): void {
    this.#invoke("ekacli", [handle, segno, column, checkInt32Array("ekacli", "ivals", ivals),
      ...ComposedBackend.#ekRows("ekacli", entszs, nlflgs, rcptrs)]);
  }

  ekacld(handle: number, segno: number, column: string, dvals: NumberArray,
    entszs: readonly number[], nlflgs: readonly boolean[], rcptrs: readonly number[]): void {
    this.#invoke("ekacld", [handle, segno, column, checkFloat64Array("ekacld", "dvals", dvals),
      ...ComposedBackend.#ekRows("ekacld", entszs, nlflgs, rcptrs)]);
  }

  ekaclc(handle: number, segno: number, column: string, cvals: readonly string[],
    entszs: readonly number[], nlflgs: readonly boolean[], rcptrs: readonly number[]): void {
    if (!Array.isArray(cvals)) throw new TypeError("ekaclc: cvals must be an array of strings");
    const values = cvals.map((v, i) => checkString("ekaclc", `cvals[${i}]`, v));
    this.#invoke("ekaclc", [handle, segno, column, values, ...ComposedBackend.#ekRows("ekaclc", entszs, nlflgs, rcptrs)]);
  }

  ekbseg(handle: number, tabnam: string, cnames: readonly string[], decls: readonly string[]): number {
    return this.#invoke("ekbseg", [handle, tabnam, checkStrings("ekbseg", "cnames", cnames),
      checkStrings("ekbseg", "decls", decls)]);
  }

  ekinsr(handle: number, segno: number, recno: number): void {
    this.#invoke("ekinsr", [handle, segno, recno]);
  }

  ekappr(handle: number, segno: number): number {
    return this.#invoke("ekappr", [handle, segno]);
  }

  /** The null flag of the ekace* calls, checked. */
  static #ekNull(operation: string, isnull: boolean): boolean {
    if (typeof isnull !== "boolean") throw new TypeError(`${operation}: isnull must be a boolean`);
    return isnull;
  }

  ekacei(handle: number, segno: number, recno: number, column: string, ivals: readonly number[] | Int32Array,
    isnull: boolean): void {
    this.#invoke("ekacei", [handle, segno, recno, column, checkInt32Array("ekacei", "ivals", ivals),
      ComposedBackend.#ekNull("ekacei", isnull)]);
  }

  ekaced(handle: number, segno: number, recno: number, column: string, dvals: NumberArray, isnull: boolean): void {
    this.#invoke("ekaced", [handle, segno, recno, column, checkFloat64Array("ekaced", "dvals", dvals),
      ComposedBackend.#ekNull("ekaced", isnull)]);
  }

  ekacec(handle: number, segno: number, recno: number, column: string, cvals: readonly string[],
    isnull: boolean): void {
    if (!Array.isArray(cvals)) throw new TypeError("ekacec: cvals must be an array of strings");
    const values = cvals.map((v, i) => checkString("ekacec", `cvals[${i}]`, v));
    this.#invoke("ekacec", [handle, segno, recno, column, values, ComposedBackend.#ekNull("ekacec", isnull)]);
  }

  ekdelr(handle: number, segno: number, recno: number): void {
    this.#invoke("ekdelr", [handle, segno, recno]);
  }

  ekucei(handle: number, segno: number, recno: number, column: string, ivals: readonly number[] | Int32Array,
    isnull: boolean): void {
    this.#invoke("ekucei", [handle, segno, recno, column, checkInt32Array("ekucei", "ivals", ivals),
      ComposedBackend.#ekNull("ekucei", isnull)]);
  }

  ekuced(handle: number, segno: number, recno: number, column: string, dvals: NumberArray, isnull: boolean): void {
    this.#invoke("ekuced", [handle, segno, recno, column, checkFloat64Array("ekuced", "dvals", dvals),
      ComposedBackend.#ekNull("ekuced", isnull)]);
  }

  ekucec(handle: number, segno: number, recno: number, column: string, cvals: readonly string[],
    isnull: boolean): void {
    if (!Array.isArray(cvals)) throw new TypeError("ekucec: cvals must be an array of strings");
    const values = cvals.map((v, i) => checkString("ekucec", `cvals[${i}]`, v));
    this.#invoke("ekucec", [handle, segno, recno, column, values, ComposedBackend.#ekNull("ekucec", isnull)]);
  }

  ekffld(handle: number, segno: number, rcptrs: readonly number[]): void {
    this.#invoke("ekffld", [handle, segno, checkInt32Array("ekffld", "rcptrs", rcptrs)]);
  }

  eknseg(handle: number): number {
    return this.#invoke("eknseg", [handle]);
  }

  ekntab(): number {
    return this.#invoke("ekntab", []);
  }

  ektnam(n: number): string {
    return this.#invoke("ektnam", [n]);
  }

  ekfind(query: string): EkFindResult {
    const r = this.#invoke("ekfind", [query]);
    return r.ok ? { ok: true, nmrows: r.nmrows } : { ok: false, errmsg: r.errmsg };
  }

  ekgc(selidx: number, row: number, elment: number): EkGetResult<string> {
    return ComposedBackend.#ekValue(this.#invoke("ekgc", [selidx, row, elment]));
  }

  ekgd(selidx: number, row: number, elment: number): EkGetResult<number> {
    return ComposedBackend.#ekValue(this.#invoke("ekgd", [selidx, row, elment]));
  }

  ekgi(selidx: number, row: number, elment: number): EkGetResult<number> {
    return ComposedBackend.#ekValue(this.#invoke("ekgi", [selidx, row, elment]));
  }

  /** The raw fetch's three outputs as the contract's tri-state. */
  static #ekValue<T>(raw: { found: boolean; null: boolean; value: T }): EkGetResult<T> {
    if (!raw.found) return { found: false };
    return raw.null ? { found: true, isNull: true } : { found: true, isNull: false, value: raw.value };
  }


  static #foundDla(flat: ArrayLike<number> | null): Found<{ descr: DlaDescriptor }> {
    return flat === null ? { found: false } : { found: true, descr: ComposedBackend.#dla(Array.from(flat)) };
  }

  static #dlaArray(operation: string, descr: DlaDescriptor): Int32Array {
    if (typeof descr !== "object" || descr === null) throw new TypeError(`${operation}: descr must be a DLA descriptor object`);
    const keys = ["bwdptr", "fwdptr", "ibase", "isize", "dbase", "dsize", "cbase", "csize"] as const;
    return Int32Array.from(keys.map((k) => checkInt(operation, `descr.${k}`, descr[k])));
  }

  dispose(): void {
    const raw = this.#raw;
    this.#raw = undefined;
    // Called from a callback of a running call (gfuds's functions, an async search's onProgress on
    // WASM): that call still runs in the context, so it is freed when the call returns; meanwhile
    // every call answers SPICE(DISPOSED).
    for (const abort of this.#runningSearches) abort(); // they settle with SPICE(DISPOSED)
    if (this.#reentered > 0) this.#disposeAfterCall = raw;
    else raw?.dispose();
  }

  /** Runs a call that calls back into JS, so that dispose() from a callback waits for its end. */
  #reentrant<T>(call: () => T): T {
    this.#reentered++;
    try {
      return call();
    } finally {
      this.#reentered--;
      if (this.#reentered === 0 && this.#disposeAfterCall !== undefined) {
        const raw = this.#disposeAfterCall;
        this.#disposeAfterCall = undefined;
        raw.dispose();
      }
    }
  }

  // --- Observers (issue 15): fixed observers and targets, azimuth/elevation, light-time building blocks

  spkcpo(target: string, et: number, outref: string, refloc: ReferenceLocus, abcorr: AbCorr, obspos: NumberArray,
    obsctr: string, obsref: string): StateLt {
    return stateLt(this.#invoke("spkcpo", [target, et, outref, refloc, abcorr, obspos as Float64Array, obsctr, obsref]));
  }

  spkcpt(trgpos: NumberArray, trgctr: string, trgref: string, et: number, outref: string, refloc: ReferenceLocus,
    abcorr: AbCorr, obsrvr: string): StateLt {
    return stateLt(this.#invoke("spkcpt", [trgpos as Float64Array, trgctr, trgref, et, outref, refloc, abcorr, obsrvr]));
  }

  spkcvo(target: string, et: number, outref: string, refloc: ReferenceLocus, abcorr: AbCorr, obssta: NumberArray,
    obsepc: number, obsctr: string, obsref: string): StateLt {
    return stateLt(
      this.#invoke("spkcvo", [target, et, outref, refloc, abcorr, obssta as Float64Array, obsepc, obsctr, obsref]),
    );
  }

  spkcvt(trgsta: NumberArray, trgepc: number, trgctr: string, trgref: string, et: number, outref: string,
    refloc: ReferenceLocus, abcorr: AbCorr, obsrvr: string): StateLt {
    return stateLt(
      this.#invoke("spkcvt", [trgsta as Float64Array, trgepc, trgctr, trgref, et, outref, refloc, abcorr, obsrvr]),
    );
  }

  spkcpoBatch(target: string, ets: Float64Array, outref: string, refloc: ReferenceLocus, abcorr: AbCorr,
    obspos: NumberArray, obsctr: string, obsref: string): StateBatch {
    const { state, lt } = this.#invoke("spkcpoBatch",
      [target, ets, outref, refloc, abcorr, obspos as Float64Array, obsctr, obsref]);
    return { states: state, lts: lt };
  }

  spkcptBatch(trgpos: NumberArray, trgctr: string, trgref: string, ets: Float64Array, outref: string,
    refloc: ReferenceLocus, abcorr: AbCorr, obsrvr: string): StateBatch {
    const { state, lt } = this.#invoke("spkcptBatch",
      [trgpos as Float64Array, trgctr, trgref, ets, outref, refloc, abcorr, obsrvr]);
    return { states: state, lts: lt };
  }

  spkcvoBatch(target: string, ets: Float64Array, outref: string, refloc: ReferenceLocus, abcorr: AbCorr,
    obssta: NumberArray, obsepc: number, obsctr: string, obsref: string): StateBatch {
    const { state, lt } = this.#invoke("spkcvoBatch",
      [target, ets, outref, refloc, abcorr, obssta as Float64Array, obsepc, obsctr, obsref]);
    return { states: state, lts: lt };
  }

  spkcvtBatch(trgsta: NumberArray, trgepc: number, trgctr: string, trgref: string, ets: Float64Array, outref: string,
    refloc: ReferenceLocus, abcorr: AbCorr, obsrvr: string): StateBatch {
    const { state, lt } = this.#invoke("spkcvtBatch",
      [trgsta as Float64Array, trgepc, trgctr, trgref, ets, outref, refloc, abcorr, obsrvr]);
    return { states: state, lts: lt };
  }

  azlcpo(method: string, target: string, et: number, abcorr: AbCorr, azccw: boolean, elplsz: boolean,
    obspos: NumberArray, obsctr: string, obsref: string): AzElStateLt {
    const { azlsta, lt } = this.#invoke("azlcpo",
      [method, target, et, abcorr, azccw, elplsz, obspos as Float64Array, obsctr, obsref]);
    return { azlsta: azlsta as State6, lt };
  }

  azlcpoBatch(method: string, target: string, ets: Float64Array, abcorr: AbCorr, azccw: boolean, elplsz: boolean,
    obspos: NumberArray, obsctr: string, obsref: string): AzElBatch {
    const { azlsta, lt } = this.#invoke("azlcpoBatch",
      [method, target, ets, abcorr, azccw, elplsz, obspos as Float64Array, obsctr, obsref]);
    return { azlstas: azlsta, lts: lt };
  }

  azlrec(range: number, az: number, el: number, azccw: boolean, elplsz: boolean): Vector3 {
    return this.#invoke("azlrec", [range, az, el, azccw, elplsz]) as Vector3;
  }

  recazl(rectan: NumberArray, azccw: boolean, elplsz: boolean): RangeAzEl {
    return this.#invoke("recazl", [rectan as Float64Array, azccw, elplsz]);
  }

  spkltc(targ: number, et: number, ref: string, abcorr: AbCorr, stobs: NumberArray): StateLtRate {
    return stateLtRate(this.#invoke("spkltc", [targ, et, ref, abcorr, stobs as Float64Array]));
  }

  spkaps(targ: number, et: number, ref: string, abcorr: AbCorr, stobs: NumberArray, accobs: NumberArray): StateLtRate {
    return stateLtRate(
      this.#invoke("spkaps", [targ, et, ref, abcorr, stobs as Float64Array, accobs as Float64Array]),
    );
  }

  spkacs(targ: number, et: number, ref: string, abcorr: AbCorr, obs: number): StateLtRate {
    return stateLtRate(this.#invoke("spkacs", [targ, et, ref, abcorr, obs]));
  }

  spkacsBatch(targ: number, ets: Float64Array, ref: string, abcorr: AbCorr, obs: number): StateLtRateBatch {
    const { starg, lt, dlt } = this.#invoke("spkacsBatch", [targ, ets, ref, abcorr, obs]);
    return { stargs: starg, lts: lt, dlts: dlt };
  }

  spkapo(targ: number, et: number, ref: string, sobs: NumberArray, abcorr: AbCorr): ApparentPosition {
    const { ptarg, lt } = this.#invoke("spkapo", [targ, et, ref, sobs as Float64Array, abcorr]);
    return { ptarg: ptarg as Vector3, lt };
  }

  spkpvn(file: string, i: number, et: number): SegmentState {
    const name = this.#resolveName(file, "spkpvn");
    const { ref, state, center } = this.#invoke("spkpvn", [name, i, et]);
    return { ref, state: state as State6, center };
  }

  ltime(etobs: number, obs: number, dir: SignalDirection, targ: number): SignalTime {
    return this.#invoke("ltime", [etobs, obs, dir, targ]);
  }

  ltimeBatch(etobs: Float64Array, obs: number, dir: SignalDirection, targ: number): SignalTimeBatch {
    const { ettarg, elapsd } = this.#invoke("ltimeBatch", [etobs, obs, dir, targ]);
    return { ettargs: ettarg, elapsds: elapsd };
  }

  stelab(pobj: NumberArray, vobs: NumberArray): Vector3 {
    return this.#invoke("stelab", [pobj as Float64Array, vobs as Float64Array]) as Vector3;
  }

  stlabx(pobj: NumberArray, vobs: NumberArray): Vector3 {
    return this.#invoke("stlabx", [pobj as Float64Array, vobs as Float64Array]) as Vector3;
  }

  georec(lon: number, lat: number, alt: number, re: number, f: number): Vector3 {
    return this.#invoke("georec", [lon, lat, alt, re, f]) as Vector3;
  }

  // --- Frame-rate utilities and two-line elements (issue 15)

  xf2rav(xform: NumberArray): RotationAndAngularVelocity {
    const { rot, av } = this.#invoke("xf2rav", [fixedArray("xf2rav", "xform", xform, 36)]);
    return { rot, av: av as Vector3 };
  }

  rav2xf(rot: NumberArray, av: NumberArray): Matrix6 {
    return this.#invoke("rav2xf", [fixedArray("rav2xf", "rot", rot, 9), fixedArray("rav2xf", "av", av, 3)]);
  }

  xf2eul(xform: NumberArray, axisa: number, axisb: number, axisc: number): EulerAnglesAndRates {
    return this.#invoke("xf2eul", [fixedArray("xf2eul", "xform", xform, 36), axisa, axisb, axisc]);
  }

  eul2xf(eulang: NumberArray, axisa: number, axisb: number, axisc: number): Matrix6 {
    return this.#invoke("eul2xf", [fixedArray("eul2xf", "eulang", eulang, 6), axisa, axisb, axisc]);
  }

  invstm(mat: NumberArray): Matrix6 {
    return this.#invoke("invstm", [fixedArray("invstm", "mat", mat, 36)]);
  }

  rotvec(v1: NumberArray, angle: number, iaxis: number): Vector3 {
    return this.#invoke("rotvec", [fixedArray("rotvec", "v1", v1, 3), angle, iaxis]) as Vector3;
  }

  twovec(axdef: NumberArray, indexa: number, plndef: NumberArray, indexp: number): Matrix3 {
    return this.#invoke("twovec", [fixedArray("twovec", "axdef", axdef, 3), indexa, fixedArray("twovec", "plndef", plndef, 3), indexp]);
  }

  getelm(frstyr: number, lines: readonly string[]): TwoLineElements {
    if (Array.isArray(lines) && lines.length !== 2) {
      throw new RangeError(`getelm: lines must hold the two lines of one element set, got ${lines.length}`);
    }
    return this.#invoke("getelm", [frstyr, lines as string[]]);
  }

  evsgp4(et: number, geophs: NumberArray, elems: NumberArray): State6 {
    return this.#invoke("evsgp4", [et, fixedArray("evsgp4", "geophs", geophs, 8), fixedArray("evsgp4", "elems", elems, 10)]) as State6;
  }

  evsgp4Batch(ets: Float64Array, geophs: NumberArray, elems: NumberArray): Float64Array {
    return this.#invoke("evsgp4Batch", [ets, fixedArray("evsgp4Batch", "geophs", geophs, 8), fixedArray("evsgp4Batch", "elems", elems, 10)]);
  }

  spkw10(handle: number, body: number, center: number, frame: string, first: number, last: number, segid: string,
    consts: NumberArray, elems: NumberArray, epochs: NumberArray): void {
    this.#writers.spkw10([handle, body, center, frame, first, last, segid], consts, elems, epochs);
  }

  // ---- Instruments (issue 12) ----
  getfov(instid: number, room: number): FieldOfView {
    const raw = this.#invoke("getfov", [instid, room]);
    const bounds: [number, number, number][] = [];
    const flat = raw.bounds;
    for (let i = 0; i + 2 < flat.length; i += 3) bounds.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
    return { shape: raw.shape, frame: raw.frame, bsight: raw.bsight as [number, number, number], n: raw.n, bounds };
  }

  // ---- CK writers (issue 12, i12-ckw) ----

  #ckWritersOrNull: CkWriters | undefined;

  get #ckWriters(): CkWriters {
    this.#ckWritersOrNull ??= new CkWriters(
      <T>(operation: string, invoke: (raw: RawContext) => RawResult<T>) => this.#call(operation, invoke),
      this.#outputs,
    );
    return this.#ckWritersOrNull;
  }

  ckopn(file: OutputTarget, ifname: string, ncomch: number): number {
    return this.#ckWriters.ckopn(file, ifname, ncomch);
  }

  ckcls(handle: number): void {
    this.#ckWriters.ckcls(handle);
  }

  ckw01(handle: number, begtim: number, endtim: number, inst: number, ref: string, avflag: boolean, segid: string,
    sclkdp: NumberArray, quats: NumberArray, avvs: NumberArray): void {
    this.#ckWriters.ckw01(handle, begtim, endtim, inst, ref, avflag, segid, sclkdp, quats, avvs);
  }

  ckw02(handle: number, begtim: number, endtim: number, inst: number, ref: string, segid: string, start: NumberArray,
    stop: NumberArray, quats: NumberArray, avvs: NumberArray, rates: NumberArray): void {
    this.#ckWriters.ckw02(handle, begtim, endtim, inst, ref, segid, start, stop, quats, avvs, rates);
  }

  ckw03(handle: number, begtim: number, endtim: number, inst: number, ref: string, avflag: boolean, segid: string,
    sclkdp: NumberArray, quats: NumberArray, avvs: NumberArray, starts: NumberArray): void {
    this.#ckWriters.ckw03(handle, begtim, endtim, inst, ref, avflag, segid, sclkdp, quats, avvs, starts);
  }

  ckw05(handle: number, subtyp: number, degree: number, begtim: number, endtim: number, inst: number, ref: string,
    avflag: boolean, segid: string, sclkdp: NumberArray, packts: NumberArray, rate: number, starts: NumberArray): void {
    this.#ckWriters.ckw05(handle, subtyp, degree, begtim, endtim, inst, ref, avflag, segid, sclkdp, packts, rate, starts);
  }

  ckw06(handle: number, inst: number, ref: string, avflag: boolean, first: number, last: number, segid: string,
    npkts: readonly number[], subtps: readonly number[], degres: readonly number[], packts: NumberArray,
    rates: NumberArray, sclkdp: NumberArray, ivlbds: NumberArray, sellst: boolean): void {
    this.#ckWriters.ckw06(handle, inst, ref, avflag, first, last, segid, npkts, subtps, degres, packts, rates, sclkdp,
      ivlbds, sellst);
  }

  ckw04b(handle: number, begtim: number, inst: number, ref: string, avflag: boolean, segid: string): void {
    this.#ckWriters.ckw04b(handle, begtim, inst, ref, avflag, segid);
  }

  ckw04a(handle: number, pktsiz: readonly number[], pktdat: NumberArray, sclkdp: NumberArray): void {
    this.#ckWriters.ckw04a(handle, pktsiz, pktdat, sclkdp);
  }

  ckw04e(handle: number, endtim: number): void {
    this.#ckWriters.ckw04e(handle, endtim);
  }

  // ---- Issue 12, spacecraft clocks (sclk) ----
  sce2c(sc: number, et: number): number {
    return this.#invoke("sce2c", [sc, et]);
  }

  sce2cBatch(sc: number, ets: Float64Array): Float64Array {
    return this.#invoke("sce2cBatch", [sc, ets]);
  }

  sct2e(sc: number, sclkdp: number): number {
    return this.#invoke("sct2e", [sc, sclkdp]);
  }

  sct2eBatch(sc: number, sclkdps: Float64Array): Float64Array {
    return this.#invoke("sct2eBatch", [sc, sclkdps]);
  }

  sce2t(sc: number, et: number): number {
    return this.#invoke("sce2t", [sc, et]);
  }

  scencd(sc: number, sclkch: string): number {
    return this.#invoke("scencd", [sc, sclkch]);
  }

  scdecd(sc: number, sclkdp: number): string {
    return this.#invoke("scdecd", [sc, sclkdp]);
  }

  sce2s(sc: number, et: number): string {
    return this.#invoke("sce2s", [sc, et]);
  }

  scs2e(sc: number, sclkch: string): number {
    return this.#invoke("scs2e", [sc, sclkch]);
  }

  sctiks(sc: number, clkstr: string): number {
    return this.#invoke("sctiks", [sc, clkstr]);
  }

  scfmt(sc: number, ticks: number): string {
    return this.#invoke("scfmt", [sc, ticks]);
  }

  scpart(sc: number): { pstart: number[]; pstop: number[] } {
    return this.#invoke("scpart", [sc]);
  }

  // ---- Issue 12, CK reading (ck) ----

  ckgp(inst: number, sclkdp: number, tol: number, ref: string): Found<CkPointing> {
    const got = this.#invoke("ckgp", [inst, sclkdp, tol, ref]);
    return got === null ? { found: false } : { found: true, cmat: got.cmat, clkout: got.clkout };
  }

  ckgpav(inst: number, sclkdp: number, tol: number, ref: string): Found<CkPointingAv> {
    const got = this.#invoke("ckgpav", [inst, sclkdp, tol, ref]);
    return got === null ? { found: false } : { found: true, cmat: got.cmat, av: got.av as Vector3, clkout: got.clkout };
  }

  ckobj(file: string, ids?: readonly number[]): number[] {
    const name = this.#resolveName(file, "ckobj");
    const input = Int32Array.from(ids === undefined || ids.length === 0 ? [] : checkNumbers("ckobj", "ids", ids, true));
    return this.#call("ckobj", (r) => r.ckobj(name, input));
  }

  ckcov(file: string, idcode: number, needav: boolean, level: CkCoverageLevel, tol: number, timsys: "SCLK" | "TDB",
    cover?: WindowInput): SpiceWindow {
    const name = this.#resolveName(file, "ckcov");
    const flat = flatWindow("ckcov", cover);
    const args = this.#checkedCkcov(idcode, needav, level, tol, timsys);
    return coverageWindow(this.#call("ckcov", (r) => r.ckcov(name, args.idcode, args.needav, args.level, args.tol, args.timsys, flat)));
  }

  #checkedCkcov(idcode: number, needav: boolean, level: string, tol: number, timsys: string) {
    checkInt("ckcov", "idcode", idcode);
    if (typeof needav !== "boolean") throw new TypeError(`ckcov: needav must be a boolean, got ${typeof needav}`);
    checkString("ckcov", "level", level);
    checkFinite("ckcov", "tol", tol);
    checkString("ckcov", "timsys", timsys);
    return { idcode, needav, level, tol, timsys };
  }

  cklpf(kernel: KernelSource): number {
    this.furnsh(kernel);
    const staged = stageKernel(kernel, this.#host, this.#known);
    const info = this.kinfo(staged.name);
    return info.found ? info.handle : 0;
  }

  ckupf(handle: number): void {
    checkInt("ckupf", "handle", handle);
    const total = this.ktotal("ALL");
    for (let i = 0; i < total; i++) {
      const k = this.kdata(i, "ALL");
      if (k.found && k.handle === handle && handle !== 0) {
        this.unload(k.file);
        return;
      }
    }
  }

  q2m(q: NumberArray): Matrix3 {
    return this.#invoke("q2m", [fixedArray("q2m", "q", q, 4)]);
  }

  m2q(r: NumberArray): [number, number, number, number] {
    return this.#invoke("m2q", [fixedArray("m2q", "r", r, 9)]) as [number, number, number, number];
  }

  // ---- Issue 16, writers: output lifetime (h16-writers) ----

  releaseVirtualOutput(output: VirtualOutput | string): void {
    this.#writers.releaseVirtualOutput(output);
  }

  // ---- Issue 13, vectors (h13-vectors): planes, ellipses, ellipsoid primitives, vector and matrix utilities ----

  nvc2pl(normal: NumberArray, konst: number): Plane {
    return planeOf(this.#invoke("nvc2pl", [vec3("nvc2pl", "normal", normal), konst]));
  }

  pl2nvc(plane: Plane): PlaneNormalConstant {
    const { normal, konst } = this.#invoke("pl2nvc", [planeValues("pl2nvc", "plane", plane)]);
    return { normal: normal as Vector3, konst };
  }

  nvp2pl(normal: NumberArray, point: NumberArray): Plane {
    return planeOf(this.#invoke("nvp2pl", [vec3("nvp2pl", "normal", normal), vec3("nvp2pl", "point", point)]));
  }

  pl2nvp(plane: Plane): PlaneNormalPoint {
    const { normal, point } = this.#invoke("pl2nvp", [planeValues("pl2nvp", "plane", plane)]);
    return { normal: normal as Vector3, point: point as Vector3 };
  }

  psv2pl(point: NumberArray, span1: NumberArray, span2: NumberArray): Plane {
    const op = "psv2pl";
    return planeOf(this.#invoke(op, [vec3(op, "point", point), vec3(op, "span1", span1), vec3(op, "span2", span2)]));
  }

  pl2psv(plane: Plane): PlanePointSpans {
    const { point, span1, span2 } = this.#invoke("pl2psv", [planeValues("pl2psv", "plane", plane)]);
    return { point: point as Vector3, span1: span1 as Vector3, span2: span2 as Vector3 };
  }

  inrypl(vertex: NumberArray, dir: NumberArray, plane: Plane): RayPlaneIntersection {
    const op = "inrypl";
    const { nxpts, xpt } = this.#invoke(op, [vec3(op, "vertex", vertex), vec3(op, "dir", dir), planeValues(op, "plane", plane)]);
    return { nxpts, xpt: xpt as Vector3 };
  }

  nplnpt(linpt: NumberArray, lindir: NumberArray, point: NumberArray): NearPointDistance {
    const op = "nplnpt";
    const { pnear, dist } = this.#invoke(op, [vec3(op, "linpt", linpt), vec3(op, "lindir", lindir), vec3(op, "point", point)]);
    return { pnear: pnear as Vector3, dist };
  }

  cgv2el(center: NumberArray, vec1: NumberArray, vec2: NumberArray): Ellipse {
    const op = "cgv2el";
    return ellipseOf(this.#invoke(op, [vec3(op, "center", center), vec3(op, "vec1", vec1), vec3(op, "vec2", vec2)]));
  }

  el2cgv(ellipse: Ellipse): EllipseVectors {
    const { center, smajor, sminor } = this.#invoke("el2cgv", [ellipseValues("el2cgv", "ellipse", ellipse)]);
    return { center: center as Vector3, smajor: smajor as Vector3, sminor: sminor as Vector3 };
  }

  saelgv(vec1: NumberArray, vec2: NumberArray): EllipseSemiAxes {
    const { smajor, sminor } = this.#invoke("saelgv", [vec3("saelgv", "vec1", vec1), vec3("saelgv", "vec2", vec2)]);
    return { smajor: smajor as Vector3, sminor: sminor as Vector3 };
  }

  pjelpl(elin: Ellipse, plane: Plane): Ellipse {
    return ellipseOf(this.#invoke("pjelpl", [ellipseValues("pjelpl", "elin", elin), planeValues("pjelpl", "plane", plane)]));
  }

  inedpl(a: number, b: number, c: number, plane: Plane): Found<{ ellipse: Ellipse }> {
    const got = this.#invoke("inedpl", [a, b, c, planeValues("inedpl", "plane", plane)]);
    return got === null ? { found: false } : { found: true, ellipse: ellipseOf(got) };
  }

  inelpl(ellipse: Ellipse, plane: Plane): EllipsePlaneIntersection {
    const op = "inelpl";
    const { nxpts, xpt1, xpt2 } = this.#invoke(op, [ellipseValues(op, "ellipse", ellipse), planeValues(op, "plane", plane)]);
    return { nxpts, xpt1: xpt1 as Vector3, xpt2: xpt2 as Vector3 };
  }

  npelpt(point: NumberArray, ellipse: Ellipse): NearPointDistance {
    const op = "npelpt";
    const { pnear, dist } = this.#invoke(op, [vec3(op, "point", point), ellipseValues(op, "ellipse", ellipse)]);
    return { pnear: pnear as Vector3, dist };
  }

  surfpt(positn: NumberArray, u: NumberArray, a: number, b: number, c: number): Found<{ point: Vector3 }> {
    const got = this.#invoke("surfpt", [vec3("surfpt", "positn", positn), vec3("surfpt", "u", u), a, b, c]);
    return got === null ? { found: false } : { found: true, point: got as Vector3 };
  }

  surfnm(a: number, b: number, c: number, point: NumberArray): Vector3 {
    return this.#invoke("surfnm", [a, b, c, vec3("surfnm", "point", point)]) as Vector3;
  }

  edlimb(a: number, b: number, c: number, viewpt: NumberArray): Ellipse {
    return ellipseOf(this.#invoke("edlimb", [a, b, c, vec3("edlimb", "viewpt", viewpt)]));
  }

  npedln(a: number, b: number, c: number, linept: NumberArray, linedr: NumberArray): NearPointDistance {
    const op = "npedln";
    const { pnear, dist } = this.#invoke(op, [a, b, c, vec3(op, "linept", linept), vec3(op, "linedr", linedr)]);
    return { pnear: pnear as Vector3, dist };
  }

  vadd(v1: NumberArray, v2: NumberArray): Vector3 {
    return this.#invoke("vadd", [vec3("vadd", "v1", v1), vec3("vadd", "v2", v2)]) as Vector3;
  }

  vsub(v1: NumberArray, v2: NumberArray): Vector3 {
    return this.#invoke("vsub", [vec3("vsub", "v1", v1), vec3("vsub", "v2", v2)]) as Vector3;
  }

  vscl(s: number, v1: NumberArray): Vector3 {
    return this.#invoke("vscl", [s, vec3("vscl", "v1", v1)]) as Vector3;
  }

  vminus(v1: NumberArray): Vector3 {
    return this.#invoke("vminus", [vec3("vminus", "v1", v1)]) as Vector3;
  }

  vdot(v1: NumberArray, v2: NumberArray): number {
    return this.#invoke("vdot", [vec3("vdot", "v1", v1), vec3("vdot", "v2", v2)]);
  }

  vcrss(v1: NumberArray, v2: NumberArray): Vector3 {
    return this.#invoke("vcrss", [vec3("vcrss", "v1", v1), vec3("vcrss", "v2", v2)]) as Vector3;
  }

  vnorm(v1: NumberArray): number {
    return this.#invoke("vnorm", [vec3("vnorm", "v1", v1)]);
  }

  vhat(v1: NumberArray): Vector3 {
    return this.#invoke("vhat", [vec3("vhat", "v1", v1)]) as Vector3;
  }

  vsep(v1: NumberArray, v2: NumberArray): number {
    return this.#invoke("vsep", [vec3("vsep", "v1", v1), vec3("vsep", "v2", v2)]);
  }

  vproj(a: NumberArray, b: NumberArray): Vector3 {
    return this.#invoke("vproj", [vec3("vproj", "a", a), vec3("vproj", "b", b)]) as Vector3;
  }

  vperp(a: NumberArray, b: NumberArray): Vector3 {
    return this.#invoke("vperp", [vec3("vperp", "a", a), vec3("vperp", "b", b)]) as Vector3;
  }

  vrotv(v: NumberArray, axis: NumberArray, theta: number): Vector3 {
    return this.#invoke("vrotv", [vec3("vrotv", "v", v), vec3("vrotv", "axis", axis), theta]) as Vector3;
  }

  mxv(m: NumberArray, vin: NumberArray): Vector3 {
    return this.#invoke("mxv", [fixedArray("mxv", "m", m, 9), vec3("mxv", "vin", vin)]) as Vector3;
  }

  mtxv(m: NumberArray, vin: NumberArray): Vector3 {
    return this.#invoke("mtxv", [fixedArray("mtxv", "m", m, 9), vec3("mtxv", "vin", vin)]) as Vector3;
  }

  mxm(m1: NumberArray, m2: NumberArray): Matrix3 {
    return this.#invoke("mxm", [fixedArray("mxm", "m1", m1, 9), fixedArray("mxm", "m2", m2, 9)]);
  }

  mxmt(m1: NumberArray, m2: NumberArray): Matrix3 {
    return this.#invoke("mxmt", [fixedArray("mxmt", "m1", m1, 9), fixedArray("mxmt", "m2", m2, 9)]);
  }

  mtxm(m1: NumberArray, m2: NumberArray): Matrix3 {
    return this.#invoke("mtxm", [fixedArray("mtxm", "m1", m1, 9), fixedArray("mtxm", "m2", m2, 9)]);
  }

  xpose(m1: NumberArray): Matrix3 {
    return this.#invoke("xpose", [fixedArray("xpose", "m1", m1, 9)]);
  }

  rotate(angle: number, iaxis: number): Matrix3 {
    return this.#invoke("rotate", [angle, iaxis]);
  }

  rotmat(m1: NumberArray, angle: number, iaxis: number): Matrix3 {
    return this.#invoke("rotmat", [fixedArray("rotmat", "m1", m1, 9), angle, iaxis]);
  }

  axisar(axis: NumberArray, angle: number): Matrix3 {
    return this.#invoke("axisar", [vec3("axisar", "axis", axis), angle]);
  }

  raxisa(matrix: NumberArray): AxisAndAngle {
    const { axis, angle } = this.#invoke("raxisa", [fixedArray("raxisa", "matrix", matrix, 9)]);
    return { axis: axis as Vector3, angle };
  }

  m2eul(r: NumberArray, axis3: number, axis2: number, axis1: number): EulerAngles3 {
    return this.#invoke("m2eul", [fixedArray("m2eul", "r", r, 9), axis3, axis2, axis1]);
  }

  eul2m(angle3: number, angle2: number, angle1: number, axis3: number, axis2: number, axis1: number): Matrix3 {
    return this.#invoke("eul2m", [angle3, angle2, angle1, axis3, axis2, axis1]);
  }

  vdist(v1: NumberArray, v2: NumberArray): number {
    return this.#invoke("vdist", [vec3("vdist", "v1", v1), vec3("vdist", "v2", v2)]);
  }

  vlcom(a: number, v1: NumberArray, b: number, v2: NumberArray): Vector3 {
    return this.#invoke("vlcom", [a, vec3("vlcom", "v1", v1), b, vec3("vlcom", "v2", v2)]) as Vector3;
  }

  vlcom3(a: number, v1: NumberArray, b: number, v2: NumberArray, c: number, v3: NumberArray): Vector3 {
    const op = "vlcom3";
    return this.#invoke(op, [a, vec3(op, "v1", v1), b, vec3(op, "v2", v2), c, vec3(op, "v3", v3)]) as Vector3;
  }

  // ---- Issue 13, coordinates (h13-coords) ----

  reclat(rectan: NumberArray): LatitudinalCoordinates {
    return this.#invoke("reclat", [rectan as Float64Array]);
  }

  latrec(radius: number, lon: number, lat: number): Vector3 {
    return this.#invoke("latrec", [radius, lon, lat]) as Vector3;
  }

  recsph(rectan: NumberArray): SphericalCoordinates {
    return this.#invoke("recsph", [rectan as Float64Array]);
  }

  sphrec(r: number, colat: number, slon: number): Vector3 {
    return this.#invoke("sphrec", [r, colat, slon]) as Vector3;
  }

  reccyl(rectan: NumberArray): CylindricalCoordinates {
    return this.#invoke("reccyl", [rectan as Float64Array]);
  }

  cylrec(r: number, clon: number, z: number): Vector3 {
    return this.#invoke("cylrec", [r, clon, z]) as Vector3;
  }

  recgeo(rectan: NumberArray, re: number, f: number): GeodeticCoordinates {
    return this.#invoke("recgeo", [rectan as Float64Array, re, f]);
  }

  recpgr(body: string, rectan: NumberArray, re: number, f: number): GeodeticCoordinates {
    return this.#invoke("recpgr", [body, rectan as Float64Array, re, f]);
  }

  pgrrec(body: string, lon: number, lat: number, alt: number, re: number, f: number): Vector3 {
    return this.#invoke("pgrrec", [body, lon, lat, alt, re, f]) as Vector3;
  }

  recrad(rectan: NumberArray): RaDecCoordinates {
    return this.#invoke("recrad", [rectan as Float64Array]);
  }

  radrec(range: number, ra: number, dec: number): Vector3 {
    return this.#invoke("radrec", [range, ra, dec]) as Vector3;
  }

  cyllat(r: number, clon: number, z: number): LatitudinalCoordinates {
    return this.#invoke("cyllat", [r, clon, z]);
  }

  cylsph(r: number, clon: number, z: number): CylindricalToSpherical {
    return this.#invoke("cylsph", [r, clon, z]);
  }

  latcyl(radius: number, lon: number, lat: number): CylindricalCoordinates {
    return this.#invoke("latcyl", [radius, lon, lat]);
  }

  latsph(radius: number, lon: number, lat: number): LatitudinalToSpherical {
    return this.#invoke("latsph", [radius, lon, lat]);
  }

  sphcyl(radius: number, colat: number, slon: number): CylindricalCoordinates {
    return this.#invoke("sphcyl", [radius, colat, slon]);
  }

  sphlat(r: number, colat: number, slon: number): LatitudinalCoordinates {
    return this.#invoke("sphlat", [r, colat, slon]);
  }

  dlatdr(x: number, y: number, z: number): Matrix3 {
    return this.#invoke("dlatdr", [x, y, z]);
  }

  drdlat(r: number, lon: number, lat: number): Matrix3 {
    return this.#invoke("drdlat", [r, lon, lat]);
  }

  dcyldr(x: number, y: number, z: number): Matrix3 {
    return this.#invoke("dcyldr", [x, y, z]);
  }

  drdcyl(r: number, clon: number, z: number): Matrix3 {
    return this.#invoke("drdcyl", [r, clon, z]);
  }

  dsphdr(x: number, y: number, z: number): Matrix3 {
    return this.#invoke("dsphdr", [x, y, z]);
  }

  drdsph(r: number, colat: number, slon: number): Matrix3 {
    return this.#invoke("drdsph", [r, colat, slon]);
  }

  dgeodr(x: number, y: number, z: number, re: number, f: number): Matrix3 {
    return this.#invoke("dgeodr", [x, y, z, re, f]);
  }

  drdgeo(lon: number, lat: number, alt: number, re: number, f: number): Matrix3 {
    return this.#invoke("drdgeo", [lon, lat, alt, re, f]);
  }

  dpgrdr(body: string, x: number, y: number, z: number, re: number, f: number): Matrix3 {
    return this.#invoke("dpgrdr", [body, x, y, z, re, f]);
  }

  drdpgr(body: string, lon: number, lat: number, alt: number, re: number, f: number): Matrix3 {
    return this.#invoke("drdpgr", [body, lon, lat, alt, re, f]);
  }

  xfmsta(istate: NumberArray, icosys: string, ocosys: string, body: string): State6 {
    return this.#invoke("xfmsta", [istate as Float64Array, icosys, ocosys, body]) as State6;
  }

  srfs2c(srfstr: string, bodstr: string): Found<{ code: number }> {
    const code = this.#invoke("srfs2c", [srfstr, bodstr]);
    return code === null ? { found: false } : { found: true, code };
  }

  srfscc(srfstr: string, bodyid: number): Found<{ code: number }> {
    const code = this.#invoke("srfscc", [srfstr, bodyid]);
    return code === null ? { found: false } : { found: true, code };
  }

  srfc2s(code: number, bodyid: number): SurfaceString {
    return this.#invoke("srfc2s", [code, bodyid]);
  }

  srfcss(code: number, bodstr: string): SurfaceString {
    return this.#invoke("srfcss", [code, bodstr]);
  }

  // ---- Issue 13, surface geometry (h13-surface) ----

  subpnt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string): SurfacePoint {
    return surfacePoint(this.#invoke("subpnt", [method, target, et, fixref, abcorr, obsrvr]));
  }

  subslr(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string): SurfacePoint {
    return surfacePoint(this.#invoke("subslr", [method, target, et, fixref, abcorr, obsrvr]));
  }

  ilumin(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray): IlluminationAngles {
    return illuminationAngles(this.#invoke("ilumin", [method, target, et, fixref, abcorr, obsrvr, spoint as Float64Array]));
  }

  illumg(method: string, target: string, ilusrc: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray): IlluminationAngles {
    return illuminationAngles(
      this.#invoke("illumg", [method, target, ilusrc, et, fixref, abcorr, obsrvr, spoint as Float64Array]));
  }

  illumf(method: string, target: string, ilusrc: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray): IlluminationFlags {
    const got = this.#invoke("illumf", [method, target, ilusrc, et, fixref, abcorr, obsrvr, spoint as Float64Array]);
    return { ...illuminationAngles(got), visibl: got.visibl, lit: got.lit };
  }

  sincpt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string, dref: string,
    dvec: NumberArray): Found<SurfacePoint> {
    const got = this.#invoke("sincpt", [method, target, et, fixref, abcorr, obsrvr, dref, dvec as Float64Array]);
    return got === null ? { found: false } : { found: true, ...surfacePoint(got) };
  }

  phaseq(et: number, target: string, illmn: string, obsrvr: string, abcorr: AbCorr): number {
    return this.#invoke("phaseq", [et, target, illmn, obsrvr, abcorr]);
  }

  trgsep(et: number, targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string,
    obsrvr: string, abcorr: AbCorr): number {
    return this.#invoke("trgsep", [et, targ1, shape1, frame1, targ2, shape2, frame2, obsrvr, abcorr]);
  }

  lspcn(body: string, et: number, abcorr: AbCorr): number {
    return this.#invoke("lspcn", [body, et, abcorr]);
  }

  et2lst(et: number, body: number, lon: number, type: string): LocalSolarTime {
    return this.#invoke("et2lst", [et, body, lon, type]);
  }

  fovray(inst: string, raydir: NumberArray, rframe: string, abcorr: AbCorr, obsrvr: string, et: number): boolean {
    return this.#invoke("fovray", [inst, raydir as Float64Array, rframe, abcorr, obsrvr, et]);
  }

  fovtrg(inst: string, target: string, tshape: string, tframe: string, abcorr: AbCorr, obsrvr: string,
    et: number): boolean {
    return this.#invoke("fovtrg", [inst, target, tshape, tframe, abcorr, obsrvr, et]);
  }

  edterm(trmtyp: string, source: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    npts: number): EllipsoidTerminator {
    const got = this.#invoke("edterm", [trmtyp, source, target, et, fixref, abcorr, obsrvr, npts]);
    const pts: Vector3[] = [];
    for (let i = 0; i + 2 < got.trmpts.length; i += 3) pts.push([got.trmpts[i]!, got.trmpts[i + 1]!, got.trmpts[i + 2]!]);
    return { trgepc: got.trgepc, obspos: got.obspos as Vector3, trmpts: pts };
  }

  occult(targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string,
    abcorr: AbCorr, obsrvr: string, et: number): number {
    return this.#invoke("occult", [targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, et]);
  }

  tangpt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, corloc: string, obsrvr: string,
    dref: string, dvec: NumberArray): TangentPoint {
    const got = this.#invoke("tangpt", [method, target, et, fixref, abcorr, corloc, obsrvr, dref, dvec as Float64Array]);
    return { tanpt: got.tanpt as Vector3, alt: got.alt, range: got.range, srfpt: got.srfpt as Vector3, trgepc: got.trgepc,
      srfvec: got.srfvec as Vector3 };
  }

  limbpt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, corloc: string, obsrvr: string,
    refvec: NumberArray, rolstp: number, ncuts: number, schstp: number, soltol: number, maxn: number): CutPoints {
    return cutPoints(this.#invoke("limbpt", [method, target, et, fixref, abcorr, corloc, obsrvr, refvec as Float64Array,
      rolstp, ncuts, schstp, soltol, maxn]));
  }

  termpt(method: string, ilusrc: string, target: string, et: number, fixref: string, abcorr: AbCorr, corloc: string,
    obsrvr: string, refvec: NumberArray, rolstp: number, ncuts: number, schstp: number, soltol: number,
    maxn: number): CutPoints {
    return cutPoints(this.#invoke("termpt", [method, ilusrc, target, et, fixref, abcorr, corloc, obsrvr,
      refvec as Float64Array, rolstp, ncuts, schstp, soltol, maxn]));
  }

  // ---- Issue 13, DSK (h13-dsk): files, DLA segment lists, type 2 plates ----

  dskobj(file: string, ids?: readonly number[]): number[] {
    const name = this.#resolveName(file, "dskobj");
    const input = Int32Array.from(ids === undefined || ids.length === 0 ? [] : checkNumbers("dskobj", "ids", ids, true));
    return this.#invoke("dskobj", [name, input]);
  }

  dsksrf(file: string, bodyid: number, ids?: readonly number[]): number[] {
    const name = this.#resolveName(file, "dsksrf");
    const input = Int32Array.from(ids === undefined || ids.length === 0 ? [] : checkNumbers("dsksrf", "ids", ids, true));
    return this.#invoke("dsksrf", [name, bodyid, input]);
  }

  dlabfs(handle: number): Found<{ descr: DlaDescriptor }>;
  dlabfs(file: string): DlaDescriptor[];
  dlabfs(fileOrHandle: string | number): Found<{ descr: DlaDescriptor }> | DlaDescriptor[] {
    if (typeof fileOrHandle === "number") return ComposedBackend.#foundDla(this.#invoke("dlaFirst", [fileOrHandle], "dlabfs"));
    const flat: number[] = this.#invoke("dlabfs", [this.#resolveName(fileOrHandle, "dlabfs")]);
    const out: DlaDescriptor[] = [];
    for (let k = 0; k + 8 <= flat.length; k += 8) out.push(ComposedBackend.#dla(flat.slice(k, k + 8)));
    return out;
  }

  dskgd(file: string, i: number): DskDescriptor {
    return ComposedBackend.#dskDescriptor(this.#invoke("dskgd", [this.#resolveName(file, "dskgd"), i]));
  }

  dskb02(file: string, i: number): DskType2Bounds {
    const r = this.#invoke("dskb02", [this.#resolveName(file, "dskb02"), i]);
    const b: number[] = r.vtxbds;
    return {
      nv: r.nv, np: r.np, nvxtot: r.nvxtot,
      vtxbds: [[b[0]!, b[1]!], [b[2]!, b[3]!], [b[4]!, b[5]!]],
      voxsiz: r.voxsiz, voxori: r.voxori as [number, number, number], vgrext: r.vgrext as [number, number, number],
      cgscal: r.cgscal, vtxnpl: r.vtxnpl, voxnpt: r.voxnpt, voxnpl: r.voxnpl,
    };
  }

  dskz02(file: string, i: number): { nv: number; np: number } {
    const r = this.#invoke("dskz02", [this.#resolveName(file, "dskz02"), i]);
    return { nv: r.nv, np: r.np };
  }

  dskp02(file: string, i: number, start: number, room: number): [number, number, number][] {
    const flat: number[] = this.#invoke("dskp02", [this.#resolveName(file, "dskp02"), i, start, room]);
    return ComposedBackend.#triples(flat) as [number, number, number][];
  }

  dskv02(file: string, i: number, start: number, room: number): Vector3[] {
    const flat: number[] = this.#invoke("dskv02", [this.#resolveName(file, "dskv02"), i, start, room]);
    return ComposedBackend.#triples(flat) as Vector3[];
  }

  dskn02(file: string, i: number, plid: number): Vector3 {
    return this.#invoke("dskn02", [this.#resolveName(file, "dskn02"), i, plid]) as Vector3;
  }

  dski02(file: string, i: number, item: number, start: number, room: number): number[] {
    return this.#invoke("dski02", [this.#resolveName(file, "dski02"), i, item, start, room]);
  }

  dskd02(file: string, i: number, item: number, start: number, room: number): number[] {
    return this.#invoke("dskd02", [this.#resolveName(file, "dskd02"), i, item, start, room]);
  }

  dskxsi(pri: boolean, target: string, srflst: readonly number[], et: number, fixref: string, vertex: NumberArray,
    raydir: NumberArray): Found<DskRayIntercept> {
    const surfaces = Int32Array.from(srflst.length === 0 ? [] : checkNumbers("dskxsi", "srflst", srflst, true));
    const got = this.#invoke("dskxsi", [pri, target, surfaces, et, fixref, fixedArray("dskxsi", "vertex", vertex, 3),
      fixedArray("dskxsi", "raydir", raydir, 3)]);
    if (got === null) return { found: false };
    return {
      found: true, xpt: got.xpt as [number, number, number], dladsc: ComposedBackend.#dla(got.dladsc),
      dskdsc: ComposedBackend.#dskDescriptor(got.dskdsc), dc: got.dc, ic: got.ic,
    };
  }

  dskxv(pri: boolean, target: string, srflst: readonly number[], et: number, fixref: string,
    vtxarr: readonly NumberArray[], dirarr: readonly NumberArray[]): { xptarr: (Vector3 | null)[]; fndarr: boolean[] } {
    if (vtxarr.length !== dirarr.length) {
      throw new RangeError(`dskxv: vtxarr and dirarr must hold as many rays, got ${vtxarr.length} and ${dirarr.length}`);
    }
    const surfaces = Int32Array.from(srflst.length === 0 ? [] : checkNumbers("dskxv", "srflst", srflst, true));
    const got = this.#invoke("dskxv", [pri, target, surfaces, et, fixref, ComposedBackend.#flat("dskxv", "vtxarr", vtxarr, 3),
      ComposedBackend.#flat("dskxv", "dirarr", dirarr, 3)]);
    const fndarr = Array.from(got.fndarr as ArrayLike<number>, (f) => f !== 0);
    const xptarr = fndarr.map((f, i) => (f ? [got.xptarr[3 * i]!, got.xptarr[3 * i + 1]!, got.xptarr[3 * i + 2]!] as Vector3 : null));
    return { xptarr, fndarr };
  }

  latsrf(method: string, target: string, et: number, fixref: string, lonlat: readonly NumberArray[]): Vector3[] {
    const flat = ComposedBackend.#flat("latsrf", "lonlat", lonlat, 2);
    return ComposedBackend.#triples(this.#invoke("latsrf", [method, target, et, fixref, flat])) as Vector3[];
  }

  dskgtl(keywrd: number): number {
    return this.#invoke("dskgtl", [keywrd]);
  }

  dskstl(keywrd: number, dpval: number): void {
    this.#invoke("dskstl", [keywrd, dpval]);
  }

  srfnrm(method: string, target: string, et: number, fixref: string, srfpts: readonly NumberArray[]): Vector3[] {
    const flat = ComposedBackend.#flat("srfnrm", "srfpts", srfpts, 3);
    return ComposedBackend.#triples(this.#invoke("srfnrm", [method, target, et, fixref, flat])) as Vector3[];
  }

  /** Rows of `size` finite numbers each, flat (RangeError for another row length). */
  static #flat(operation: string, name: string, rows: readonly NumberArray[], size: number): Float64Array {
    const out = new Float64Array(rows.length * size);
    rows.forEach((row, i) => out.set(fixedArray(operation, `${name}[${i}]`, row, size), i * size));
    return out;
  }

  // ---- Issue 13, DSK writers (h13-dsk) ----

  #dskOutputsField: DafOutputs | undefined;

  /** DSK outputs: the same host-file handling as SPK and CK, with the DSK's bytes. */
  get #dskOutputs(): DafOutputs {
    this.#dskOutputsField ??= new DafOutputs(this.#host, (operation, handle) =>
      this.#call(operation, (r) => r.dskOutputBytes(handle)) ?? new Uint8Array(0));
    return this.#dskOutputsField;
  }

  dskopn(file: OutputTarget, ifname: string, ncomch: number): number {
    return this.#dskOutputs.openNew("dskopn", file, ifname, ncomch, (name, hostFile) =>
      this.#invoke("dskopn", [name, ifname, ncomch, hostFile]));
  }

  dskmi2(nv: number, vrtces: NumberArray, np: number, plates: readonly number[], finscl: number, corscl: number,
    worksz: number, voxpsz: number, voxlsz: number, makvtl: boolean, spxisz: number): { spaixd: number[]; spaixi: number[] } {
    const r = this.#invoke("dskmi2", [nv, checkFloat64Array("dskmi2", "vrtces", vrtces),
      np, Int32Array.from(checkNumbers("dskmi2", "plates", plates, true)), finscl, corscl, worksz, voxpsz, voxlsz, makvtl, spxisz]);
    return { spaixd: Array.from(r.spaixd as ArrayLike<number>), spaixi: Array.from(r.spaixi as ArrayLike<number>) };
  }

  dskrb2(nv: number, vrtces: NumberArray, np: number, plates: readonly number[], corsys: number): { mncor3: number; mxcor3: number } {
    const b = this.#invoke("dskrb2", [nv, checkFloat64Array("dskrb2", "vrtces", vrtces), np,
      Int32Array.from(checkNumbers("dskrb2", "plates", plates, true)), corsys]);
    return { mncor3: b[0]!, mxcor3: b[1]! };
  }

  dskw02(handle: number, center: number, surfid: number, dclass: number, frame: string, corsys: number,
    corpar: NumberArray, mncor1: number, mxcor1: number, mncor2: number, mxcor2: number, mncor3: number, mxcor3: number,
    first: number, last: number, nv: number, vrtces: NumberArray, np: number, plates: readonly number[],
    spaixd: NumberArray, spaixi: readonly number[]): void {
    this.#invoke("dskw02", [handle, center, surfid, dclass, frame, corsys, fixedArray("dskw02", "corpar", corpar, 10),
      mncor1, mxcor1, mncor2, mxcor2, mncor3, mxcor3, first, last, nv, checkFloat64Array("dskw02", "vrtces", vrtces), np,
      Int32Array.from(checkNumbers("dskw02", "plates", plates, true)), checkFloat64Array("dskw02", "spaixd", spaixd),
      Int32Array.from(checkNumbers("dskw02", "spaixi", spaixi, true))]);
  }

  dskcls(handle: number, optmiz = false): void {
    this.#dskOutputs.close("dskcls", handle, () => this.#invoke("dskcls", [handle, optmiz]));
  }

  static #dla(d: readonly number[]): DlaDescriptor {
    return { bwdptr: d[0]!, fwdptr: d[1]!, ibase: d[2]!, isize: d[3]!, dbase: d[4]!, dsize: d[5]!, cbase: d[6]!, csize: d[7]! };
  }

  static #dskDescriptor(d: readonly number[]): DskDescriptor {
    return {
      surfce: d[0]!, center: d[1]!, dclass: d[2]!, dtype: d[3]!, frmcde: d[4]!, corsys: d[5]!, corpar: d.slice(6, 16),
      co1min: d[16]!, co1max: d[17]!, co2min: d[18]!, co2max: d[19]!, co3min: d[20]!, co3max: d[21]!, start: d[22]!, stop: d[23]!,
    };
  }

  static #triples(flat: readonly number[]): number[][] {
    const out: number[][] = [];
    for (let k = 0; k + 3 <= flat.length; k += 3) out.push([flat[k]!, flat[k + 1]!, flat[k + 2]!]);
    return out;
  }

  // --- Windows and cells (issue 14, h14-windows): the value form (SpiceWindow in and out) and the
  // handle form tspice offers (a number selects it), each through its call of calls.idl.

  wninsd(left: number, right: number, window: WindowInput): SpiceWindow;
  wninsd(left: number, right: number, window: SpiceWindowHandle): void;
  wninsd(left: number, right: number, window: WindowInput | SpiceWindowHandle): SpiceWindow | void {
    if (typeof window === "number") return this.#invoke("cellWninsd", [left, right, window], "wninsd");
    return windowOut(this.#invoke("wninsd", [left, right, windowArg("wninsd", "window", window)]));
  }

  wnunid(a: WindowInput, b: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wnunid", [windowArg("wnunid", "a", a), windowArg("wnunid", "b", b)]));
  }

  wnintd(a: WindowInput, b: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wnintd", [windowArg("wnintd", "a", a), windowArg("wnintd", "b", b)]));
  }

  wndifd(a: WindowInput, b: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wndifd", [windowArg("wndifd", "a", a), windowArg("wndifd", "b", b)]));
  }

  wncomd(left: number, right: number, window: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wncomd", [left, right, windowArg("wncomd", "window", window)]));
  }

  wnexpd(left: number, right: number, window: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wnexpd", [left, right, windowArg("wnexpd", "window", window)]));
  }

  wncond(left: number, right: number, window: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wncond", [left, right, windowArg("wncond", "window", window)]));
  }

  wnfltd(small: number, window: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wnfltd", [small, windowArg("wnfltd", "window", window)]));
  }

  wnfild(small: number, window: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("wnfild", [small, windowArg("wnfild", "window", window)]));
  }

  wnsumd(window: WindowInput): WindowSummary {
    return this.#invoke("wnsumd", [windowArg("wnsumd", "window", window)]);
  }

  wnelmd(point: number, window: WindowInput): boolean {
    return this.#invoke("wnelmd", [point, windowArg("wnelmd", "window", window)]);
  }

  wnincd(left: number, right: number, window: WindowInput): boolean {
    return this.#invoke("wnincd", [left, right, windowArg("wnincd", "window", window)]);
  }

  wnreld(a: WindowInput, op: string, b: WindowInput): boolean {
    return this.#invoke("wnreld", [windowArg("wnreld", "a", a), op, windowArg("wnreld", "b", b)]);
  }

  wncard(window: WindowInput | SpiceWindowHandle): number {
    if (typeof window === "number") return this.#invoke("cellWncard", [window], "wncard");
    return this.#invoke("wncard", [windowArg("wncard", "window", window)]);
  }

  wnfetd(window: WindowInput | SpiceWindowHandle, n: number): readonly [left: number, right: number] {
    const got = typeof window === "number"
      ? this.#invoke("cellWnfetd", [window, n], "wnfetd")
      : this.#invoke("wnfetd", [windowArg("wnfetd", "window", window), n]);
    return [got.left, got.right];
  }

  wnvald(endpoints: WindowEndpoints): SpiceWindow;
  wnvald(size: number, n: number, window: SpiceWindowHandle): void;
  wnvald(first: WindowEndpoints | number, n?: number, window?: SpiceWindowHandle): SpiceWindow | void {
    if (typeof first === "number") {
      if (typeof window !== "number") throw new TypeError("wnvald: window must be a window handle (newWindow)");
      return this.#invoke("cellWnvald", [first, n as number, window], "wnvald");
    }
    return windowOut(this.#invoke("wnvald", [rawEndpoints("wnvald", first)]));
  }

  newWindow(maxIntervals: number): SpiceWindowHandle {
    return this.#invoke("cellNew", [3, maxIntervals, 0], "newWindow") as SpiceWindowHandle;
  }

  newIntCell(size: number): SpiceIntCell {
    return this.#invoke("cellNew", [0, size, 0], "newIntCell") as SpiceIntCell;
  }

  newDoubleCell(size: number): SpiceDoubleCell {
    return this.#invoke("cellNew", [1, size, 0], "newDoubleCell") as SpiceDoubleCell;
  }

  newCharCell(size: number, length: number): SpiceCharCell {
    return this.#invoke("cellNew", [2, size, length], "newCharCell") as SpiceCharCell;
  }

  freeWindow(window: SpiceWindowHandle): void {
    this.#invoke("cellFree", [window], "freeWindow");
  }

  freeCell(cell: SpiceIntCell | SpiceDoubleCell | SpiceCharCell): void {
    this.#invoke("cellFree", [cell], "freeCell");
  }

  card(cell: SpiceCellHandle): number {
    return this.#invoke("cellCard", [cell], "card");
  }

  size(cell: SpiceCellHandle): number {
    return this.#invoke("cellSize", [cell], "size");
  }

  scard(card: number, cell: SpiceCellHandle): void {
    this.#invoke("cellScard", [card, cell], "scard");
  }

  ssize(size: number, cell: SpiceCellHandle): void {
    this.#invoke("cellSsize", [size, cell], "ssize");
  }

  valid(size: number, n: number, cell: SpiceCellHandle): void {
    this.#invoke("cellValid", [size, n, cell], "valid");
  }

  insrtd(item: number, cell: SpiceDoubleCell | SpiceWindowHandle): void {
    this.#invoke("cellInsrtd", [item, cell], "insrtd");
  }

  insrti(item: number, cell: SpiceIntCell): void {
    this.#invoke("cellInsrti", [item, cell], "insrti");
  }

  insrtc(item: string, cell: SpiceCharCell): void {
    this.#invoke("cellInsrtc", [item, cell], "insrtc");
  }

  cellGetd(cell: SpiceDoubleCell | SpiceWindowHandle, index: number): number {
    return this.#invoke("cellGetd", [cell, index]);
  }

  cellGeti(cell: SpiceIntCell, index: number): number {
    return this.#invoke("cellGeti", [cell, index]);
  }

  cellGetc(cell: SpiceCharCell, index: number): string {
    return this.#invoke("cellGetc", [cell, index]);
  }

  windowOf(window: SpiceWindowHandle): SpiceWindow {
    return windowOut(this.#invoke("cellWindow", [window], "windowOf"));
  }

  // ---- Issue 14, GF (h14-gf): geometry finder searches (windows cross the call list as 2n endpoints) ----

  gfstol(value: number): void {
    this.#invoke("gfstol", [value]);
  }

  gfsep(targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string, abcorr: AbCorr,
    obsrvr: string, relate: string, refval: number, adjust: number, step: number, nintvls: number,
    cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfsep", [targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, relate, refval,
      adjust, step, nintvls, windowArg("gfsep", "cnfine", cnfine)]));
  }

  gfdist(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfdist", [target, abcorr, obsrvr, relate, refval, adjust, step, nintvls,
      windowArg("gfdist", "cnfine", cnfine)]));
  }

  gfrr(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfrr", [target, abcorr, obsrvr, relate, refval, adjust, step, nintvls,
      windowArg("gfrr", "cnfine", cnfine)]));
  }

  gfpa(target: string, illmn: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfpa", [target, illmn, abcorr, obsrvr, relate, refval, adjust, step, nintvls,
      windowArg("gfpa", "cnfine", cnfine)]));
  }

  gfoclt(occtyp: string, front: string, fshape: string, fframe: string, back: string, bshape: string, bframe: string,
    abcorr: AbCorr, obsrvr: string, step: number, cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfoclt", [occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, step,
      windowArg("gfoclt", "cnfine", cnfine)]));
  }

  gfilum(method: string, angtyp: string, target: string, illmn: string, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray, relate: string, refval: number, adjust: number, step: number, nintvls: number,
    cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfilum", [method, angtyp, target, illmn, fixref, abcorr, obsrvr,
      spoint as Float64Array, relate, refval, adjust, step, nintvls, windowArg("gfilum", "cnfine", cnfine)]));
  }

  gfposc(target: string, frame: string, abcorr: AbCorr, obsrvr: string, crdsys: string, coord: string, relate: string,
    refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfposc", [target, frame, abcorr, obsrvr, crdsys, coord, relate, refval, adjust, step,
      nintvls, windowArg("gfposc", "cnfine", cnfine)]));
  }

  // ---- Issue 14: GFSSTP's step and GFREFN ----

  gfsstp(step: number): void {
    this.#invoke("gfsstp", [step]);
  }

  gfstep(time: number): number {
    return this.#invoke("gfstep", [time]);
  }

  gfrefn(t1: number, t2: number, s1: boolean, s2: boolean): number {
    return this.#invoke("gfrefn", [t1, t2, s1, s2]);
  }

  // ---- Issue 14: the mid-level GF searches ----

  gfocce(occtyp: string, front: string, fshape: string, fframe: string, back: string, bshape: string, bframe: string,
    abcorr: AbCorr, obsrvr: string, tol: number, udstep: StepFunction, udrefn: RefineFunction, rpt: boolean,
    udrepi: ReportInitFunction | null, udrepu: ReportUpdateFunction | null, udrepf: ReportFinalFunction | null,
    bail: boolean, udbail: InterruptFunction | null, cnfine: WindowInput): SpiceWindow {
    const guard = new CallbackGuard("gfocce");
    const window = SpiceWindow.from(cnfine, "gfocce: cnfine");
    const f = this.#midLevelFunctions(guard, window, "Occultation/transit search ", { udstep, udrefn, rpt, udrepi, udrepu, udrepf, bail, udbail });
    return guard.run(() => windowOut(this.#reentrant(() => this.#invoke("gfocce", [occtyp, front, fshape, fframe, back,
      bshape, bframe, abcorr, obsrvr, tol, f.udstep, f.udrefn, rpt, f.udrep, bail, f.udbail, window.rawEndpoints]))));
  }

  gffove(inst: string, tshape: string, raydir: NumberArray, target: string, tframe: string, abcorr: AbCorr,
    obsrvr: string, tol: number, udstep: StepFunction, udrefn: RefineFunction, rpt: boolean,
    udrepi: ReportInitFunction | null, udrepu: ReportUpdateFunction | null, udrepf: ReportFinalFunction | null,
    bail: boolean, udbail: InterruptFunction | null, cnfine: WindowInput): SpiceWindow {
    const guard = new CallbackGuard("gffove");
    const window = SpiceWindow.from(cnfine, "gffove: cnfine");
    const f = this.#midLevelFunctions(guard, window, "Target visibility search ", { udstep, udrefn, rpt, udrepi, udrepu, udrepf, bail, udbail });
    return guard.run(() => windowOut(this.#reentrant(() => this.#invoke("gffove", [inst, tshape, raydir as Float64Array,
      target, tframe, abcorr, obsrvr, tol, f.udstep, f.udrefn, rpt, f.udrep, bail, f.udbail, window.rawEndpoints]))));
  }

  /**
   * The mid-level searches' functions as the raw call takes them (numsfn): null for this backend's
   * own gfstep and gfrefn (the core runs CSPICE's defaults without crossing to JS), the three report
   * functions as one udrep(code, ...), each guarded. A report or interrupt function is required only
   * when `rpt` or `bail` asks for it.
   */
  #midLevelFunctions(guard: CallbackGuard, cnfine: SpiceWindow, prefix: string, f: {
    udstep: StepFunction; udrefn: RefineFunction; rpt: boolean; udrepi: ReportInitFunction | null;
    udrepu: ReportUpdateFunction | null; udrepf: ReportFinalFunction | null; bail: boolean; udbail: InterruptFunction | null;
  }) {
    const operation = guard.operation;
    const needFunction = (name: string, fn: unknown) => {
      if (typeof fn !== "function") throw new TypeError(`${operation}: ${name} must be a function, got ${fn === null ? "null" : typeof fn}`);
    };
    needFunction("udstep", f.udstep);
    needFunction("udrefn", f.udrefn);
    if (typeof f.rpt !== "boolean") throw new TypeError(`${operation}: rpt must be a boolean`);
    if (typeof f.bail !== "boolean") throw new TypeError(`${operation}: bail must be a boolean`);
    if (f.rpt) for (const [name, fn] of [["udrepi", f.udrepi], ["udrepu", f.udrepu], ["udrepf", f.udrepf]] as const) needFunction(name, fn);
    if (f.bail) needFunction("udbail", f.udbail);
    const udrepi = f.udrepi!;
    const udrepu = f.udrepu!;
    const udrepf = f.udrepf!;
    const udbail = f.udbail!;
    const udstep = f.udstep;
    const udrefn = f.udrefn;
    return {
      udstep: udstep === ComposedBackend.prototype.gfstep ? null : guard.numeric("udstep", "number", (et) => udstep(et)),
      udrefn: udrefn === ComposedBackend.prototype.gfrefn ? null
        : guard.numeric("udrefn", "number", (t1, t2, s1, s2) => udrefn(t1!, t2!, s1 !== 0, s2 !== 0)),
      udrep: !f.rpt ? null : guard.numeric("udrep", "void", (code, ivbeg, ivend, et) => {
        if (code === 0) udrepi(cnfine, prefix, "done.");
        else if (code === 1) udrepu(ivbeg!, ivend!, et!);
        else udrepf();
      }),
      udbail: !f.bail ? null : guard.numeric("udbail", "boolean", () => udbail()),
    };
  }

  // ---- Issue 14: user-defined GF searches (the caller's functions through a CallbackGuard) ----

  uddf(udfunc: ScalarFunction, x: number, dx: number): number {
    const guard = new CallbackGuard("uddf");
    return guard.run(() => this.#reentrant(() => this.#invoke("uddf", [guard.number("udfunc", udfunc), x, dx])));
  }

  uddc(udfunc: ScalarFunction, x: number, dx: number): boolean {
    const guard = new CallbackGuard("uddc");
    return guard.run(() => this.#reentrant(() => this.#invoke("uddc", [guard.number("udfunc", udfunc), x, dx])));
  }

  gfuds(udfuns: ScalarFunction, udqdec: DecreasingFunction, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput): SpiceWindow {
    if (typeof udfuns !== "function") throw new TypeError(`gfuds: udfuns must be a function, got ${typeof udfuns}`);
    if (typeof udqdec !== "function") throw new TypeError(`gfuds: udqdec must be a function, got ${typeof udqdec}`);
    const guard = new CallbackGuard("gfuds");
    return guard.run(() => windowOut(this.#reentrant(() => this.#invoke("gfuds", [guard.number("udfuns", udfuns),
      guard.boolean("udqdec", (et) => udqdec(udfuns, et)), relate, refval, adjust, step, nintvls,
      windowArg("gfuds", "cnfine", cnfine)]))));
  }

  gfudb(udfuns: ScalarFunction, udfunb: ConditionFunction, step: number, cnfine: WindowInput): SpiceWindow {
    if (typeof udfuns !== "function") throw new TypeError(`gfudb: udfuns must be a function, got ${typeof udfuns}`);
    if (typeof udfunb !== "function") throw new TypeError(`gfudb: udfunb must be a function, got ${typeof udfunb}`);
    const guard = new CallbackGuard("gfudb");
    return guard.run(() => windowOut(this.#reentrant(() => this.#invoke("gfudb", [guard.boolean("udfunb", (et) => udfunb(udfuns, et)),
      step, windowArg("gfudb", "cnfine", cnfine)]))));
  }

  // ---- Issue 14: async GF searches (the same raw calls' `_async` forms, through #invokeAsync) ----

  async gfsepAsync(targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string,
    abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number, step: number, nintvls: number,
    cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfsepAsync", [targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr,
      relate, refval, adjust, step, nintvls, windowArg("gfsepAsync", "cnfine", cnfine)], options, "gfsepAsync"));
  }

  async gfdistAsync(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfdistAsync", [target, abcorr, obsrvr, relate, refval, adjust, step, nintvls,
      windowArg("gfdistAsync", "cnfine", cnfine)], options, "gfdistAsync"));
  }

  async gfrrAsync(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfrrAsync", [target, abcorr, obsrvr, relate, refval, adjust, step, nintvls,
      windowArg("gfrrAsync", "cnfine", cnfine)], options, "gfrrAsync"));
  }

  async gfpaAsync(target: string, illmn: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number,
    adjust: number, step: number, nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfpaAsync", [target, illmn, abcorr, obsrvr, relate, refval, adjust, step,
      nintvls, windowArg("gfpaAsync", "cnfine", cnfine)], options, "gfpaAsync"));
  }

  async gfocltAsync(occtyp: string, front: string, fshape: string, fframe: string, back: string, bshape: string,
    bframe: string, abcorr: AbCorr, obsrvr: string, step: number, cnfine: WindowInput,
    options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfocltAsync", [occtyp, front, fshape, fframe, back, bshape, bframe, abcorr,
      obsrvr, step, windowArg("gfocltAsync", "cnfine", cnfine)], options, "gfocltAsync"));
  }

  async gfilumAsync(method: string, angtyp: string, target: string, illmn: string, fixref: string, abcorr: AbCorr,
    obsrvr: string, spoint: NumberArray, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfilumAsync", [method, angtyp, target, illmn, fixref, abcorr, obsrvr,
      spoint, relate, refval, adjust, step, nintvls, windowArg("gfilumAsync", "cnfine", cnfine)], options, "gfilumAsync"));
  }

  async gfposcAsync(target: string, frame: string, abcorr: AbCorr, obsrvr: string, crdsys: string, coord: string,
    relate: string, refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput,
    options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfposcAsync", [target, frame, abcorr, obsrvr, crdsys, coord, relate, refval,
      adjust, step, nintvls, windowArg("gfposcAsync", "cnfine", cnfine)], options, "gfposcAsync"));
  }

  // ---- Issue 14, GF coordinate searches on surface points and field-of-view searches (h14-gfmore) ----

  gfsubc(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, crdsys: string, coord: string,
    relate: string, refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfsubc", [target, fixref, method, abcorr, obsrvr, crdsys, coord, relate, refval,
      adjust, step, nintvls, windowArg("gfsubc", "cnfine", cnfine)]));
  }

  gfsntc(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, dref: string,
    dvec: NumberArray, crdsys: string, coord: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfsntc", [target, fixref, method, abcorr, obsrvr, dref, dvec as Float64Array, crdsys,
      coord, relate, refval, adjust, step, nintvls, windowArg("gfsntc", "cnfine", cnfine)]));
  }

  gftfov(inst: string, target: string, tshape: string, tframe: string, abcorr: AbCorr, obsrvr: string, step: number,
    cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gftfov", [inst, target, tshape, tframe, abcorr, obsrvr, step,
      windowArg("gftfov", "cnfine", cnfine)]));
  }

  gfrfov(inst: string, raydir: NumberArray, rframe: string, abcorr: AbCorr, obsrvr: string, step: number,
    cnfine: WindowInput): SpiceWindow {
    return windowOut(this.#invoke("gfrfov", [inst, raydir as Float64Array, rframe, abcorr, obsrvr, step,
      windowArg("gfrfov", "cnfine", cnfine)]));
  }

  async gfsubcAsync(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, crdsys: string,
    coord: string, relate: string, refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput,
    options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfsubcAsync", [target, fixref, method, abcorr, obsrvr, crdsys, coord,
      relate, refval, adjust, step, nintvls, windowArg("gfsubcAsync", "cnfine", cnfine)], options, "gfsubcAsync"));
  }

  async gfsntcAsync(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, dref: string,
    dvec: NumberArray, crdsys: string, coord: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfsntcAsync", [target, fixref, method, abcorr, obsrvr, dref,
      dvec as Float64Array, crdsys, coord, relate, refval, adjust, step, nintvls,
      windowArg("gfsntcAsync", "cnfine", cnfine)], options, "gfsntcAsync"));
  }

  async gftfovAsync(inst: string, target: string, tshape: string, tframe: string, abcorr: AbCorr, obsrvr: string,
    step: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gftfovAsync", [inst, target, tshape, tframe, abcorr, obsrvr, step,
      windowArg("gftfovAsync", "cnfine", cnfine)], options, "gftfovAsync"));
  }

  async gfrfovAsync(inst: string, raydir: NumberArray, rframe: string, abcorr: AbCorr, obsrvr: string, step: number,
    cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow> {
    return windowOut(await this.#invokeAsync("gfrfovAsync", [inst, raydir as Float64Array, rframe, abcorr, obsrvr, step,
      windowArg("gfrfovAsync", "cnfine", cnfine)], options, "gfrfovAsync"));
  }

  // ---- Issue 14, h14-gfevnt: the mid-level scalar GF search ----

  gfevnt(udstep: StepFunction, udrefn: RefineFunction, gquant: string, qnpars: number, lenvals: number,
    qpnams: readonly string[], qcpars: readonly string[], qdpars: NumberArray, qipars: readonly number[],
    qlpars: readonly boolean[], op: string, refval: number, tol: number, adjust: number, cnfine: WindowInput,
    rpt: boolean, udrepi: ReportInitFunction | null, udrepu: ReportUpdateFunction | null,
    udrepf: ReportFinalFunction | null, nintvls: number, bail: boolean, udbail: InterruptFunction | null): SpiceWindow {
    const guard = new CallbackGuard("gfevnt");
    const strings = (name: string, v: unknown): string[] => {
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new TypeError(`gfevnt: ${name} must be an array of strings`);
      return v as string[];
    };
    if (typeof lenvals !== "number") throw new TypeError("gfevnt: lenvals must be a number (it is not used)");
    const names = strings("qpnams", qpnams);
    const values = strings("qcpars", qcpars);
    if (!Array.isArray(qipars) || qipars.some((x) => !Number.isInteger(x))) throw new TypeError("gfevnt: qipars must be an array of integers");
    if (!Array.isArray(qlpars) || qlpars.some((x) => typeof x !== "boolean")) throw new TypeError("gfevnt: qlpars must be an array of booleans");
    const doubles = Float64Array.from(qdpars as ArrayLike<number>);
    const window = SpiceWindow.from(cnfine, "gfevnt: cnfine");
    const f = this.#midLevelFunctions(guard, window, "", { udstep, udrefn, rpt, udrepi, udrepu, udrepf, bail, udbail });
    // The report's start carries each pass's window and GFEVNT's prefix (call_support.hpp event_hooks).
    const udrep = !rpt ? null : guard.numeric("udrep", "void", (code, ...rest) => {
      if (code === 0) {
        const n = rest[0]!;
        const ends = Float64Array.from(rest.slice(1, 1 + n));
        udrepi!(SpiceWindow.fromTrusted(ends), String.fromCharCode(...rest.slice(1 + n)), "done.");
      } else if (code === 1) udrepu!(rest[0]!, rest[1]!, rest[2]!);
      else udrepf!();
    });
    const count = Math.min(qnpars, names.length, values.length);
    return guard.run(() => windowOut(this.#reentrant(() => this.#invoke("gfevnt", [f.udstep, f.udrefn, gquant, qnpars,
      names.slice(0, Math.max(count, 0)), values.slice(0, Math.max(count, 0)), doubles, op, refval, tol, adjust, rpt,
      udrep, nintvls, bail, f.udbail, window.rawEndpoints]))));
  }

  // CSPICE's default console reporter (gf-console-report.ts): one per program, not per backend,
  // and `this` is not used, so these work as plain functions passed to the mid-level searches.
  gfrepi(window: SpiceWindow, begmss: string, endmss: string): void {
    consoleReporter.gfrepi(SpiceWindow.from(window, "gfrepi: window"), begmss, endmss);
  }

  gfrepu(ivbeg: number, ivend: number, time: number): void {
    consoleReporter.gfrepu(ivbeg, ivend, time);
  }

  gfrepf(): void {
    consoleReporter.gfrepf();
  }

  // ---- Issue 17: the helpers users reach for first (convenience.ts) ----

  getState(query: StateQuery): NamedState {
    return getState(this, query);
  }

  utcToEt(time: string | Date): number {
    return utcToEt(this, time);
  }

  etToUtc(et: number, precision?: number): string {
    return etToUtc(this, et, precision);
  }

  frameTransform(from: string, to: string, at: Epoch): Matrix3x3 {
    return frameTransform(this, from, to, at);
  }

  inventory(file: string): FileInventory {
    return fileInventory(this, checkString("inventory", "file", file));
  }
}

/** A raw call's arguments, each checked (and converted) by the kind calls.idl gives it. */
function checkedArguments(name: RawCallName, args: readonly unknown[], operation: string): unknown[] {
  const kinds = rawCallArgs[name];
  const checked: unknown[] = new Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const [arg, kind, size] = kinds[i]!;
    checked[i] = checkRawArgument(operation, arg, kind, args[i], size);
  }
  return checked;
}

/** Checks an async search's options (issue 14): both members optional, each of its type. */
function checkSearchOptions(operation: string, options: SearchOptions | undefined): SearchOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${operation}: options must be an object ({ onProgress?, signal? })`);
  }
  const { onProgress, signal } = options;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new TypeError(`${operation}: options.onProgress must be a function`);
  }
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof signal.aborted !== "boolean" ||
      typeof signal.addEventListener !== "function")) {
    throw new TypeError(`${operation}: options.signal must be an AbortSignal`);
  }
  const out: SearchOptions = {};
  if (onProgress !== undefined) out.onProgress = onProgress;
  if (signal !== undefined) out.signal = signal;
  return out;
}

function stateLt(raw: { state: number[]; lt: number }): StateLt {
  return { state: raw.state as State6, lt: raw.lt };
}

function positionLt(raw: { pos: number[]; lt: number }): PositionLt {
  return { pos: raw.pos as PositionLt["pos"], lt: raw.lt };
}

/** An array of strings that may be empty (swpool's names, kxtrct's terms: CSPICE takes a count of 0). */
function stringsOrNone(operation: string, name: string, value: readonly string[]): string[] {
  return Array.isArray(value) && value.length === 0 ? [] : checkStrings(operation, name, value);
}

/** ktotal/kdata's kinds as CSPICE takes them: an array becomes CSPICE's blank-separated list. */
function kindList(operation: string, kind: KernelKindInput): string {
  if (typeof kind === "string") return kind;
  if (!Array.isArray(kind)) throw new TypeError(`${operation}: kind must be a string or an array of strings`);
  return checkStrings(operation, "kind", kind as readonly string[]).join(" ");
}

function found<T>(values: T[] | null): Found<{ values: T[] }> {
  return values === null ? { found: false } : { found: true, values };
}

// Observers (issue 15)
function stateLtRate(raw: { starg: number[]; lt: number; dlt: number }): StateLtRate {
  return { starg: raw.starg as State6, lt: raw.lt, dlt: raw.dlt };
}

// ---- Issue 15, frame-rate utilities and two-line elements (astro-frames-tle) ----

/**
 * A vector or a flat row-major matrix of exactly `size` finite numbers, as a Float64Array: a
 * TypeError for anything but numbers, a RangeError for NaN, infinities or another length.
 */
function fixedArray(operation: string, name: string, value: NumberArray, size: number): Float64Array {
  const out = checkFloat64Array(operation, name, value);
  if (out.length !== size) throw new RangeError(`${operation}: ${name} must hold ${size} numbers, got ${out.length}`);
  for (let i = 0; i < out.length; i++) checkFinite(operation, `${name}[${i}]`, out[i]);
  return out;
}

// ---- Issue 13, vectors (h13-vectors): planes and ellipses to and from the call list's flat forms ----

/** A 3-vector of finite numbers (see fixedArray). */
function vec3(operation: string, name: string, value: NumberArray): Float64Array {
  return fixedArray(operation, name, value, 3);
}

/** A Plane `{ normal, constant }` as the call list's 4 numbers; a TypeError for anything else. */
function planeValues(operation: string, name: string, plane: Plane): Float64Array {
  if (plane === null || typeof plane !== "object") {
    throw new TypeError(`${operation}: ${name} must be a plane { normal, constant }, got ${plane === null ? "null" : typeof plane}`);
  }
  const out = new Float64Array(4);
  out.set(vec3(operation, `${name}.normal`, plane.normal));
  out[3] = checkFinite(operation, `${name}.constant`, plane.constant);
  return out;
}

/** An Ellipse `{ center, semiMajor, semiMinor }` as the call list's 9 numbers; a TypeError for anything else. */
function ellipseValues(operation: string, name: string, ellipse: Ellipse): Float64Array {
  if (ellipse === null || typeof ellipse !== "object") {
    const got = ellipse === null ? "null" : typeof ellipse;
    throw new TypeError(`${operation}: ${name} must be an ellipse { center, semiMajor, semiMinor }, got ${got}`);
  }
  const out = new Float64Array(9);
  out.set(vec3(operation, `${name}.center`, ellipse.center), 0);
  out.set(vec3(operation, `${name}.semiMajor`, ellipse.semiMajor), 3);
  out.set(vec3(operation, `${name}.semiMinor`, ellipse.semiMinor), 6);
  return out;
}

/** The call list's 4 numbers (f64[4]) as a Plane. */
function planeOf(raw: readonly number[]): Plane {
  const [n0, n1, n2, constant] = raw as [number, number, number, number];
  return { normal: [n0, n1, n2], constant };
}

/** The call list's 9 numbers (f64[9]) as an Ellipse. */
function ellipseOf(raw: readonly number[]): Ellipse {
  const v = raw as [number, number, number, number, number, number, number, number, number];
  return { center: [v[0], v[1], v[2]], semiMajor: [v[3], v[4], v[5]], semiMinor: [v[6], v[7], v[8]] };
}

// ---- Issue 13, surface geometry (h13-surface) ----
function surfacePoint(raw: { spoint: number[]; trgepc: number; srfvec: number[] }): SurfacePoint {
  return { spoint: raw.spoint as Vector3, trgepc: raw.trgepc, srfvec: raw.srfvec as Vector3 };
}

function illuminationAngles(raw: { trgepc: number; srfvec: number[]; phase: number; incdnc: number; emissn: number }):
  IlluminationAngles {
  return { trgepc: raw.trgepc, srfvec: raw.srfvec as Vector3, phase: raw.phase, incdnc: raw.incdnc, emissn: raw.emissn };
}

/** limbpt/termpt raw outputs (flat x, y, z triples) as arrays of points. */
function cutPoints(raw: { npts: number[]; points: number[]; epochs: number[]; tangts: number[] }): CutPoints {
  const triples = (flat: ArrayLike<number>): Vector3[] => {
    const out: Vector3[] = [];
    for (let i = 0; i + 2 < flat.length; i += 3) out.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
    return out;
  };
  return { npts: Array.from(raw.npts), points: triples(raw.points), epochs: Array.from(raw.epochs), tangts: triples(raw.tangts) };
}
// Issue 13, DSK (h13-dsk): value types of the DSK calls
import type { DlaDescriptor, DskDescriptor, DskRayIntercept, DskType2Bounds } from "@spicecraft/contract";

// ---- Windows and cells (issue 14, h14-windows) ----
/** A window argument as the flat endpoints the call list takes (checked by SpiceWindow.from). */
function windowArg(operation: string, name: string, window: WindowInput): Float64Array {
  return SpiceWindow.from(window, `${operation}: ${name}`).rawEndpoints;
}

/** wnvald's input: pairs or flat endpoints, numbers only, in any order. */
function rawEndpoints(operation: string, input: WindowEndpoints): Float64Array {
  if (input instanceof Float64Array) return input;
  if (!Array.isArray(input)) throw new TypeError(`${operation}: endpoints must be [start, stop] pairs or an array of numbers`);
  const flat: number[] = [];
  (input as ReadonlyArray<unknown>).forEach((item, i) => {
    const values = Array.isArray(item) ? item : [item];
    if (Array.isArray(item) && item.length !== 2) throw new TypeError(`${operation}: endpoints[${i}] must be a [start, stop] pair`);
    for (const v of values) {
      if (typeof v !== "number") throw new TypeError(`${operation}: endpoints[${i}] must hold numbers`);
      flat.push(v);
    }
  });
  return Float64Array.from(flat);
}

/** A window the core returned (valid by construction) as a SpiceWindow. */
function windowOut(flat: readonly number[]): SpiceWindow {
  return SpiceWindow.fromTrusted(Float64Array.from(flat));
}
