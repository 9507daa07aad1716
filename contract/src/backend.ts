import type {
  AbCorr,
  BackendKind,
  Found,
  KernelData,
  KernelInfo,
  KernelKind,
  KernelSource,
  PoolType,
  PositionBatch,
  PositionLt,
  State6,
  StateBatch,
  StateLt,
} from "./types.js";

/**
 * The contract every spicecraft backend implements. Method names and argument orders follow
 * CSPICE (and tspice where it has them); indices are 0-based. Failures from the core throw
 * {@link SpiceError}; argument mistakes (wrong types, NaN) throw TypeError or RangeError first.
 */
export interface SpiceBackend {
  /** Which backend this is. */
  readonly kind: BackendKind;
  /** The spicecraft core version, e.g. `0.1.0`. */
  readonly version: string;

  /** Loads a kernel (binary or text, or a meta-kernel and what it lists). Loading a name again replaces it. */
  furnsh(kernel: KernelSource): void;
  /** Unloads a kernel by the name it was loaded by; a meta-kernel takes what it loaded with it. */
  unload(path: string): void;
  /** Unloads every kernel and clears the kernel pool. */
  kclear(): void;
  /** Number of loaded kernels of the given kinds (default `ALL`). */
  ktotal(kind?: KernelKind): number;
  /** The `which`-th (0-based) loaded kernel of the given kinds. */
  kdata(which: number, kind?: KernelKind): Found<KernelData>;
  /** Information about a loaded kernel, by the name it was loaded by. */
  kinfo(path: string): Found<KernelInfo>;

  /** Numeric pool values `name[start .. start+room)`. */
  gdpool(name: string, start: number, room: number): Found<{ values: number[] }>;
  /** Numeric pool values rounded to integers. */
  gipool(name: string, start: number, room: number): Found<{ values: number[] }>;
  /** Character pool values. */
  gcpool(name: string, start: number, room: number): Found<{ values: string[] }>;
  /** Names of pool variables matching a template (`*` any run, `%` one character), in CSPICE's order. */
  gnpool(template: string, start: number, room: number): Found<{ values: string[] }>;
  /** Size and type of a pool variable. */
  dtpool(name: string): Found<{ n: number; type: PoolType }>;
  /** True if a numeric pool variable exists. */
  expool(name: string): boolean;
  /** Puts numbers into the pool, replacing any variable of that name. */
  pdpool(name: string, values: readonly number[]): void;
  /** Puts integers into the pool. */
  pipool(name: string, values: readonly number[]): void;
  /** Puts strings into the pool. */
  pcpool(name: string, values: readonly string[]): void;
  /** Loads text-kernel data statements (no `\begindata` needed) into the pool. */
  lmpool(text: string | readonly string[]): void;

  /** True if `BODY<body>_<item>` is in the pool. */
  bodfnd(body: number, item: string): boolean;
  /** All values of `BODY<body>_<item>` (CSPICE's bodvar). */
  bodvar(body: number, item: string): number[];
  /** Values of `BODY<body>_<item>`, at most `maxn`. */
  bodvcd(body: number, item: string, maxn: number): number[];
  /** Values of `BODY<id>_<item>` for a body given by name or integer string. */
  bodvrd(body: string, item: string, maxn: number): number[];

  /** Body name to NAIF ID code. */
  bodn2c(name: string): Found<{ code: number }>;
  /** Body name or integer string to NAIF ID code. */
  bods2c(name: string): Found<{ code: number }>;
  /** NAIF ID code to body name. */
  bodc2n(code: number): Found<{ name: string }>;
  /** NAIF ID code to body name, or the code as a string when it has no name. */
  bodc2s(code: number): string;
  /** Defines a body name for an ID code in this backend's context. */
  boddef(name: string, code: number): void;

  /** File architecture and type (`DAF`/`SPK`, `KPL`/`LSK`, ...) of a loaded or loadable kernel. */
  getfat(path: string): { arch: string; type: string };

  /** A time string (ISO, day-of-year, month names, JD, UTC/TDB/TDT labels, ...) to ET (TDB seconds past J2000). Needs an LSK. */
  str2et(time: string): number;
  /** ET to UTC: format `C`, `D`, `J`, `ISOC` or `ISOD`, precision 0..14 fraction digits. */
  et2utc(et: number, format: "C" | "D" | "J" | "ISOC" | "ISOD" | (string & {}), precision: number): string;
  /** ET to a string following a picture such as `YYYY-MM-DDTHR:MN:SC.### ::UTC`. */
  timout(et: number, picture: string): string;
  /** ET - UTC, seconds, at an epoch of type `ET` or `UTC`. */
  deltet(epoch: number, epochType: "ET" | "UTC"): number;
  /** Converts an epoch between TAI, TDT, TDB, ET, JDTDB, JDTDT and JED. */
  unitim(epoch: number, from: string, to: string): number;

  /** State of `target` seen from `observer` at ET `et` in frame `ref`, with aberration correction `abcorr`. */
  spkezr(target: string, et: number, ref: string, abcorr: AbCorr, observer: string): StateLt;
  /** Position of `target` seen from `observer` (as spkezr, without velocity). */
  spkpos(target: string, et: number, ref: string, abcorr: AbCorr, observer: string): PositionLt;
  /** spkezr with NAIF ID codes. */
  spkez(target: number, et: number, ref: string, abcorr: AbCorr, observer: number): StateLt;
  /** spkpos with NAIF ID codes. */
  spkezp(target: number, et: number, ref: string, abcorr: AbCorr, observer: number): PositionLt;
  /** Geometric state (no aberration correction) by NAIF ID codes. */
  spkgeo(target: number, et: number, ref: string, observer: number): StateLt;
  /** Geometric position by NAIF ID codes. */
  spkgps(target: number, et: number, ref: string, observer: number): PositionLt;
  /** State relative to the solar-system barycenter. */
  spkssb(target: number, et: number, ref: string): State6;
  /** spkezr for many epochs in one call; bit-identical to the single calls. */
  spkezrBatch(target: string, ets: Float64Array, ref: string, abcorr: AbCorr, observer: string): StateBatch;
  /** spkpos for many epochs in one call; bit-identical to the single calls. */
  spkposBatch(target: string, ets: Float64Array, ref: string, abcorr: AbCorr, observer: string): PositionBatch;

  /** Frees the core context. Any later call throws. */
  dispose(): void;
}
