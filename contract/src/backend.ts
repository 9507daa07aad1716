// windows and cells (issue 14)
import type {
  SpiceCellHandle,
  SpiceCharCell,
  SpiceDoubleCell,
  SpiceIntCell,
  SpiceWindow,
  SpiceWindowHandle,
  WindowEndpoints,
  WindowInput,
  WindowSummary,
} from "./window.js";
import type {
  AbCorr,
  GetmsgWhich,
  KernelKindInput,
  SpkPackedDescriptor,
  SpkSegmentDescriptor,
  SpkSegmentLookup,
  BackendKind,
  ConicElements,
  ExtendedConicElements,
  FrameInfo,
  Matrix3,
  Matrix6,
  NamedFrame,
  Found,
  KernelData,
  KernelInfo,
  KernelSource,
  PoolType,
  TimeDefaultItem,
  PositionBatch,
  PositionLt,
  State6,
  StateBatch,
  StateLt,
  NumberArray,
  OutputTarget,
  ReadVirtualOutputOptions, // issue 16, writers
  VirtualOutput,
} from "./types.js";
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
} from "./types.js"; // observers (issue 15)
import type { EulerAnglesAndRates, RotationAndAngularVelocity, TwoLineElements } from "./types.js"; // frame rates, TLEs (issue 15)
import type { FieldOfView } from "./types.js"; // instruments (issue 12)
import type { CkCoverageLevel, CkPointing, CkPointingAv } from "./types.js"; // CK reading (issue 12)
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
} from "./types.js"; // planes, ellipses, vector utilities (issue 13, h13-vectors)
import type {
  CylindricalCoordinates,
  CylindricalToSpherical,
  GeodeticCoordinates,
  LatitudinalCoordinates,
  LatitudinalToSpherical,
  RaDecCoordinates,
  SphericalCoordinates,
  SurfaceString,
} from "./types.js"; // coordinates (issue 13)
import type { SearchOptions } from "./types.js"; // async GF searches (issue 14)
import type { Epoch, Matrix3x3, NamedState, StateQuery } from "./types.js"; // helpers (issue 17)
import type { ConditionFunction, DecreasingFunction, ScalarFunction } from "./types.js"; // user-defined GF searches (issue 14)
import type { InterruptFunction, RefineFunction, ReportFinalFunction, ReportInitFunction, ReportUpdateFunction, StepFunction } from "./types.js"; // mid-level GF (issue 14)
import type { CutPoints, EllipsoidTerminator, IlluminationAngles, IlluminationFlags, LocalSolarTime, SurfacePoint, TangentPoint } from "./types.js"; // surface geometry (issue 13)

/**
 * The contract every spicecraft backend implements. Method names and argument orders follow
 * CSPICE (and tspice where it has them); indices are 0-based. Failures from the core throw
 * {@link SpiceError}; argument mistakes (wrong types, NaN) throw TypeError or RangeError first.
 *
 * Every `…Batch` method runs the core 65,536 epochs at a time into output arrays allocated on the JS
 * side, so memory inside the backend stays bounded whatever the batch size; a failing epoch is named
 * by its index in the whole batch. An output or copy that cannot be allocated (more than 2^32 - 1
 * values, or a full WebAssembly heap) is `SPICE(MALLOCFAILED)`, and the backend stays usable.
 */
export interface SpiceBackend {
  /** Which backend this is. */
  readonly kind: BackendKind;
  /** The spicecraft core version, e.g. `0.1.0`. */
  readonly version: string;

  /**
   * Version string, as CSPICE's tkvrsn("TOOLKIT") gives it: `spicecraft <version>` plus the CSPICE
   * release whose answers the golden tests check (`CSPICE_N0067`).
   */
  tkvrsn(item?: "TOOLKIT"): string;
  /** tspice's name for {@link tkvrsn}: the same string. */
  spiceVersion(): string;

  /** Loads a kernel (binary or text, or a meta-kernel and what it lists). Loading a name again replaces it. */
  furnsh(kernel: KernelSource): void;
  /**
   * Unloads a kernel by the name it was loaded by; a meta-kernel takes what it loaded with it. A name
   * that is not loaded is ignored, as CSPICE's unload_c ignores it. Names are read as furnsh reads
   * them: a virtual id (`/kernels/...`, or on Node a relative name that is a loaded or staged virtual
   * id, such as a VirtualOutput's `path`) or a host path.
   */
  unload(path: string): void;
  /** Unloads every kernel and clears the kernel pool. */
  kclear(): void;
  /**
   * Number of loaded kernels of the given kinds (default `ALL`): a kind, a blank-separated list
   * (`"SPK CK"`) or an array of kinds, case ignored; words CSPICE does not know match nothing.
   * `LSK`, `FK`, `IK` and `SCLK` (tspice's) select text kernels by file extension.
   */
  ktotal(kind?: KernelKindInput): number;
  /** The `which`-th (0-based) loaded kernel of the given kinds (as for {@link ktotal}). */
  kdata(which: number, kind?: KernelKindInput): Found<KernelData>;
  /** Information about a loaded kernel, by the name it was loaded by (names as for {@link unload}). */
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
  // ---- Issue 18 (h18-pool): watchers, the rest of the pool and kernel calls, the error subsystem ----
  // The pool look-ups above (gdpool, gipool, gcpool, gnpool, dtpool, expool) throw
  // SPICE(EMPTYSTRING) for an empty name, as their C wrappers do (a blank name is just not found).
  /**
   * Watches pool variables for `agent` (swpool_c): a later change of any of `names` (a put, a text
   * kernel that assigns it, its deletion) or a clearing of the pool (kclear, unloading a text kernel,
   * clpool) makes the next {@link cvpool} of the agent true. Adds to the agent's earlier watches;
   * `names` may be empty, and need not exist yet. The agent's next cvpool is true in any case. Agents
   * and names are case-sensitive; trailing blanks do not count. SPICE(EMPTYSTRING) for an empty agent.
   */
  swpool(agent: string, names: readonly string[]): void;
  /**
   * Whether a variable `agent` watches may have changed since its last check (cvpool_c); the check
   * clears the flag. False for an agent never seen. SPICE(EMPTYSTRING) for an empty agent.
   */
  cvpool(agent: string): boolean;
  /** Deletes a pool variable (dvpool_c), telling its watchers; nothing happens when there is none. SPICE(EMPTYSTRING). */
  dvpool(name: string): void;
  /**
   * Clears the kernel pool (clpool_c), keeping the watches and telling every agent that watches a
   * name. Loaded kernels stay loaded: unloading a text kernel later reloads the others' variables.
   */
  clpool(): void;
  /**
   * CSPICE's kxtrct_c: finds `keywd` as a word of `wordsq` and takes the words after it, up to the
   * first word that is one of `terms` (or the end). Words are separated by blanks only; case
   * matters. Returns the sequence without the keyword and the words taken (`wordsq`, trailing blanks
   * removed) and the words taken (`substr`, "" when a term follows at once), or `{ found: false }`.
   * SPICE(EMPTYSTRING) for an empty keyword.
   * @example
   * spice.kxtrct("FROM", ["TO"], "FROM 1 JAN 2000 TO 2 JAN 2000");
   * // { found: true, wordsq: " TO 2 JAN 2000", substr: "1 JAN 2000" }
   */
  kxtrct(keywd: string, terms: readonly string[], wordsq: string): Found<{ wordsq: string; substr: string }>;
  /**
   * The IDs of the frames the kernel pool defines of class `frmcls` (kplfrm_c): 2 PCK, 3 CK, 4 TK,
   * 5 dynamic, 6 switch, -1 all (1, built-in inertial, gives none), sorted. A frame counts when
   * `FRAME_<id>_NAME`, `FRAME_<name>` and a class variable define it. With `idset` (tspice's form)
   * the integer cell is emptied and filled as well (SPICE(SETTOOSMALL) when it cannot hold them).
   * SPICE(BADFRAMECLASS) for another class.
   */
  kplfrm(frmcls: number, idset?: SpiceIntCell): number[];
  /**
   * Packs an SPK segment descriptor (spkpds_c): `[first, last, ...]` with body, center, the frame's
   * ID, the type and two zero addresses packed as DAF integers (so the last three numbers are bit
   * patterns, usually denormals). Errors in CSPICE's order: SPICE(BARYCENTEREPHEM) (body 0),
   * SPICE(BODYANDCENTERSAME), SPICE(INVALIDREFFRAME), SPICE(BADDESCRTIMES) (first >= last),
   * SPICE(UNKNOWNSPKTYPE) (type outside 1..1000).
   */
  spkpds(body: number, center: number, frame: string, type: number, first: number, last: number): SpkPackedDescriptor;
  /** Unpacks an SPK segment descriptor (spkuds_c), e.g. one from {@link spkpds} or spksfs's `packed`. */
  spkuds(descr: readonly number[] | Float64Array): SpkSegmentDescriptor;
  /**
   * CSPICE's chkin_c: pushes a name on the traceback that {@link sigerr}'s error reports.
   * SPICE(EMPTYSTRING) for an empty name.
   */
  chkin(module: string): void;
  /** CSPICE's chkout_c: pops the traceback (a name that does not match is not an error). SPICE(EMPTYSTRING). */
  chkout(module: string): void;
  /**
   * CSPICE's failed_c, as the tspice contract has it: every failing call throws its SpiceError and
   * leaves CSPICE's error status reset, so between calls this is always false.
   */
  failed(): boolean;
  /**
   * CSPICE's getmsg_c: `"LONG"` is the message {@link setmsg} set (blank after a signalled error
   * or {@link reset}); `"SHORT"` and `"EXPLAIN"` are blank between calls (see {@link failed}).
   * SPICE(INVALIDMSGTYPE) for another option.
   */
  getmsg(which: GetmsgWhich): string;
  /** CSPICE's reset_c: clears the messages. */
  reset(): void;
  /** CSPICE's setmsg_c: the long message of the next {@link sigerr}. SPICE(EMPTYSTRING) for "". */
  setmsg(message: string): void;
  /**
   * CSPICE's sigerr_c in RETURN mode: throws a SpiceError with short code `short`, the long message
   * {@link setmsg} set and the {@link chkin} names as its trace, then resets the messages.
   * SPICE(EMPTYSTRING) for "".
   * @example
   * spice.setmsg("Bad input: # is negative.");
   * spice.sigerr("SPICE(BADINPUT)"); // throws SpiceError { short: "SPICE(BADINPUT)", long: "Bad input: ..." }
   */
  sigerr(short: string): never;

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
  /**
   * A UTC time string to seconds past J2000 on the formal calendar: every day 86,400 seconds, no
   * leap seconds, so no LSK is needed (CSPICE tparse_c). It reads str2et's calendar, day-of-year and
   * JD forms (`23:59:60` is allowed) without range checks (`2000-02-30` is 1 March) and refuses
   * time systems, zones and A.M./P.M.; TIMDEF's defaults do not apply. A string tparse_c rejects
   * throws SPICE(UNPARSEDTIME) whose `long` is exactly tparse_c's error message.
   *
   * @example spice.tparse("2000-01-01T12:00:00") // 0
   */
  tparse(timstr: string): number;
  /**
   * The timout picture that writes times the way `sample` is written (CSPICE tpictr_c), e.g.
   * `"Tue Mar 03 12:00:00 PST 2020"` gives `"Wkd Mon DD HR:MN:SC PST YYYY ::UTC-8"`. A sample that
   * cannot be described throws SPICE(UNPARSEDTIME) whose `long` is tpictr_c's error message.
   * `pictur` is ignored: it is there because tspice's tpictr takes it.
   */
  tpictr(sample: string, pictur?: string): string;
  /**
   * Reads a default of the time-string language (CSPICE timdef_c): `CALENDAR` (GREGORIAN, JULIAN
   * or MIXED), `SYSTEM` (UTC, TDB, TDT, or `""` while a zone is set) or `ZONE` (`UTC+h[:m]` /
   * `UTC-h[:m]`, `""` when none). Each backend has its own defaults, CSPICE's at creation.
   */
  timdef(action: "GET", item: TimeDefaultItem): string;
  /**
   * Sets a default of the time-string language (CSPICE timdef_c): str2et then reads unlabelled
   * strings in that SYSTEM or ZONE and CALENDAR, and timout writes in them unless its picture says
   * otherwise (et2utc and tparse ignore them). Setting ZONE clears SYSTEM and the other way round;
   * U.S. zone names (`PST`, `EDT`, ...) are stored as their UTC offsets. Errors: SPICE(BADTIMEITEM),
   * SPICE(BADDEFAULTVALUE), SPICE(BADACTION).
   *
   * @example spice.timdef("SET", "SYSTEM", "TDB"); spice.str2et("2000-01-01T12:00:00") // 0
   */
  timdef(action: "SET", item: TimeDefaultItem, value: string): void;

  /** pi, as CSPICE's pi_c computes it (acos(-1)). */
  pi(): number;
  /** pi / 2 (halfpi_c). */
  halfpi(): number;
  /** 2 pi (twopi_c). */
  twopi(): number;
  /** Degrees per radian, 180 / pi (dpr_c). */
  dpr(): number;
  /** Radians per degree, pi / 180 (rpd_c). */
  rpd(): number;
  /** Seconds per day, 86400 (spd_c). */
  spd(): number;
  /** Speed of light in vacuum, 299792.458 km/s (clight_c). */
  clight(): number;
  /** Julian date of 1899 DEC 31 12:00:00 (j1900_c). */
  j1900(): number;
  /** Julian date of 1950 JAN 01 00:00:00 (j1950_c). */
  j1950(): number;
  /** Julian date of 2000 JAN 01 12:00:00 (j2000_c). */
  j2000(): number;
  /** Julian date of 2100 JAN 01 12:00:00 (j2100_c). */
  j2100(): number;
  /** Seconds per Julian year, 31557600 (jyear_c). */
  jyear(): number;
  /** Seconds per tropical year, 31556925.9747 (tyear_c). */
  tyear(): number;
  /** Julian date of the Besselian epoch 1900.0 (b1900_c). */
  b1900(): number;
  /** Julian date of the Besselian epoch 1950.0 (b1950_c). */
  b1950(): number;
  /**
   * Converts a measurement between units of the same kind (CSPICE convrt_c): angles (RADIANS,
   * DEGREES, ARCMINUTES, ARCSECONDS, HOURANGLE, MINUTEANGLE, SECONDANGLE), lengths (METERS, M,
   * KILOMETERS, KM, CENTIMETERS, CM, MILLIMETERS, MM, FEET, INCHES, YARDS, STATUTE_MILES,
   * NAUTICAL_MILES, AU, PARSECS, LIGHTSECS, LIGHTYEARS) and times (SECONDS, MINUTES, HOURS, DAYS,
   * JULIAN_YEARS, TROPICAL_YEARS, YEARS); names in any case. Errors: SPICE(UNITSNOTREC),
   * SPICE(INCOMPATIBLEUNITS).
   *
   * @example spice.convrt(1, "DEGREES", "ARCSECONDS") // 3600
   */
  convrt(x: number, inUnit: string, outUnit: string): number;

  /**
   * Osculating conic elements of a state (CSPICE oscelt_c): `state` (6 numbers: km, km/s, relative
   * to the central body in an inertial frame), its epoch `et` and the central body's GM `mu`
   * (km^3/s^2) give `[rp, ecc, inc, lnode, argp, m0, t0, mu]` (km, radians, TDB s; t0 = et). An
   * eccentricity within 1e-10 of 1 is made 1 (a parabola), an inclination within 1e-10 of 0 or pi
   * exact (then lnode = 0); a circular orbit has argp = 0. Errors: SPICE(NONPOSITIVEMASS) for
   * mu <= 0, SPICE(DEGENERATECASE) for a zero position or velocity or parallel ones. `state` is a
   * number[] or Float64Array of exactly 6 numbers (else a RangeError).
   *
   * @example const [rp, ecc, inc] = spice.oscelt(spice.spkezr("MOON", et, "J2000", "NONE", "EARTH").state, et, 398600.435507)
   */
  oscelt(state: NumberArray, et: number, mu: number): ConicElements;
  /**
   * Extended osculating elements (CSPICE oscltx_c): all SPICE_OSCLTX_NELTS = 20 numbers CSPICE
   * returns, the 8 of {@link oscelt}, then the true anomaly `nu` (radians, [0, 2 pi)), the
   * semi-major axis `a` (km) and the period `tau` (s), then 9 reserved zeros. `a` is 0 for a
   * parabola and `tau` 0 unless the orbit is an ellipse (both also where CSPICE finds them too
   * large to compute). Errors as oscelt.
   */
  oscltx(state: NumberArray, et: number, mu: number): ExtendedConicElements;
  /**
   * The state at `et` of an orbit given by conic elements (CSPICE conics_c), as {@link oscelt}
   * returns them: the state at periapsis propagated with prop2b. Errors: SPICE(BADECCENTRICITY)
   * (ecc < 0), SPICE(BADPERIAPSEVALUE) (rp <= 0), SPICE(BADGM) (mu <= 0), and prop2b's.
   * `elts` holds exactly 8 numbers.
   */
  conics(elts: NumberArray, et: number): State6;
  /** conics for many epochs in one call: `states[6*i .. 6*i+5]` belongs to `ets[i]`; bit-identical to the single calls. */
  conicsBatch(elts: NumberArray, ets: Float64Array): Float64Array;
  /**
   * Two-body propagation (CSPICE prop2b_c): the state `dt` seconds after `pvinit` (6 numbers, km and
   * km/s) about a body of GM `gm` (km^3/s^2), by the universal-variable Kepler equation. Errors:
   * SPICE(NONPOSITIVEMASS) (gm <= 0), SPICE(ZEROPOSITION), SPICE(ZEROVELOCITY),
   * SPICE(NONCONICMOTION) (parallel position and velocity), SPICE(DTOUTOFRANGE).
   */
  prop2b(gm: number, pvinit: NumberArray, dt: number): State6;
  /** prop2b for many time offsets in one call: `states[6*i .. 6*i+5]` belongs to `dts[i]`; bit-identical to the single calls. */
  prop2bBatch(gm: number, pvinit: NumberArray, dts: Float64Array): Float64Array;
  /**
   * State from equinoctial elements (CSPICE eqncpv_c), as SPK type 17 evaluates them: `eqel` is
   * `[a, h, k, mean longitude, p, q, rate of the longitude of periapsis, mean longitude rate, node
   * rate]` (km, radians, rad/s) at `epoch`, relative to the equator whose pole has right ascension
   * `rapol` and declination `decpol` (radians) in the output frame; returns the state at `et`.
   * Errors: SPICE(BADSEMIAXIS) (a <= 0), SPICE(ECCOUTOFRANGE) (sqrt(h^2 + k^2) > 0.9).
   */
  eqncpv(et: number, epoch: number, eqel: NumberArray, rapol: number, decpol: number): State6;
  /** eqncpv for many epochs in one call: `states[6*i .. 6*i+5]` belongs to `ets[i]`; bit-identical to the single calls. */
  eqncpvBatch(ets: Float64Array, epoch: number, eqel: NumberArray, rapol: number, decpol: number): Float64Array;

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

  /**
   * Rotation from frame `from` to frame `to` at ET `et` (pxform_c), row-major 3x3: `v_to = M v_from`.
   * Any frame the loaded kernels define: built-in inertial frames, PCK frames (IAU_* from text PCKs,
   * binary PCK), CK frames (class 3: needs the CK, the spacecraft's SCLK kernel and an LSK), TK
   * frames and dynamic frames (class 5), chained to any depth. Throws SPICE(UNKNOWNFRAME) for an
   * unknown name, SPICE(NOFRAMECONNECT) when no path connects the frames at `et` (e.g. a CK with no
   * attitude then), the frame kernel's own errors for a broken definition, SPICE(NOTSUPPORTED) for
   * switch (class 6) frames.
   *
   * @example
   * const m = spice.pxform("J2000", "TGO_SPACECRAFT", spice.str2et("2017-03-11T15:07:20"));
   */
  pxform(from: string, to: string, et: number): Matrix3;
  /**
   * State transformation from `from` to `to` at `et` (sxform_c), row-major 6x6: the rotation and its
   * time derivative (for CK frames, from the CK's angular velocity: SPICE(NOFRAMECONNECT) when the
   * segment has none). Same frames and errors as {@link pxform}.
   */
  sxform(from: string, to: string, et: number): Matrix6;
  /** Rotation from `from` at `etFrom` to `to` at `etTo`, row-major 3x3. */
  pxfrm2(from: string, to: string, etFrom: number, etTo: number): Matrix3;
  /** pxform for many epochs in one call: `matrices[9*i .. 9*i+8]` belongs to epoch i. */
  pxformBatch(from: string, to: string, ets: Float64Array): Float64Array;
  /** Frame name to frame ID code. */
  namfrm(name: string): Found<{ code: number }>;
  /** Frame ID code to frame name. */
  frmnam(code: number): Found<{ name: string }>;
  /** Center, class and class ID of a frame. */
  frinfo(code: number): Found<FrameInfo>;
  /** The body-fixed frame associated with a body, by NAIF ID. */
  cidfrm(center: number): Found<NamedFrame>;
  /** The body-fixed frame associated with a body, by name. */
  cnmfrm(centerName: string): Found<NamedFrame>;
  /** The frame of a class and class ID. */
  ccifrm(frameClass: number, classId: number): Found<NamedFrame & { center: number }>;

  /**
   * Opens a new SPK for writing (CSPICE spkopn_c) and returns its handle. `file` is a
   * {@link VirtualOutput} or virtual id (the file is built in memory: `readVirtualOutput` returns it
   * after `spkcls`, and `furnsh` loads it), or on Node a host path that must not exist yet (written
   * atomically by `spkcls`). `ncomch` characters are reserved for comments.
   */
  spkopn(file: OutputTarget, ifname: string, ncomch: number): number;
  /** Opens an existing SPK (a closed output, a loaded byte kernel or a host file) to add segments (spkopa_c). */
  spkopa(file: OutputTarget): number;
  /** Closes an SPK writer (spkcls_c): a virtual output becomes readable, a host file is written. */
  spkcls(handle: number): void;
  /**
   * Writes a type 2 segment (spkw02_c): Chebyshev position records of `intlen` seconds from `btime`,
   * `3 * (polydg + 1)` coefficients each; the number of records is `cdata.length / (3 * (polydg + 1))`.
   */
  spkw02(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    intlen: number,
    polydg: number,
    cdata: NumberArray,
    btime: number,
  ): void;
  /** Writes a type 3 segment (spkw03_c): as spkw02 with `6 * (polydg + 1)` coefficients per record. */
  spkw03(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    intlen: number,
    polydg: number,
    cdata: NumberArray,
    btime: number,
  ): void;
  /**
   * Writes a type 5 segment (spkw05_c): discrete states between which readers propagate two-body
   * motion about the center, whose gravitational parameter is `gm` (km^3/s^2). `states` holds 6
   * numbers (km, km/s) per epoch; `epochs` strictly increasing.
   */
  spkw05(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    gm: number,
    states: NumberArray,
    epochs: NumberArray,
  ): void;
  /** Writes a type 8 segment (spkw08_c, tspice's argument list): `states` holds 6 numbers per state, at `epoch1 + i * step`. */
  spkw08(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    degree: number,
    states: NumberArray,
    epoch1: number,
    step: number,
  ): void;
  /** Writes a type 9 segment (spkw09_c): one state (6 numbers) per epoch, epochs strictly increasing. */
  spkw09(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    degree: number,
    states: NumberArray,
    epochs: NumberArray,
  ): void;
  /** Writes a type 12 segment (spkw12_c): as spkw08, Hermite interpolation of odd degree. */
  spkw12(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    degree: number,
    states: NumberArray,
    epoch1: number,
    step: number,
  ): void;
  /** Writes a type 13 segment (spkw13_c): as spkw09, Hermite interpolation of odd degree. */
  spkw13(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    degree: number,
    states: NumberArray,
    epochs: NumberArray,
  ): void;
  /**
   * Writes a type 14 segment (spkw14: CSPICE's spk14b + spk14a + spk14e in one call): Chebyshev
   * records at unequal steps. Each record holds `2 + 6 * (chbdeg + 1)` numbers (midpoint, radius,
   * then the x, y, z, vx, vy, vz coefficients); `epochs[i]` is record i's start, strictly increasing.
   */
  spkw14(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    chbdeg: number,
    records: NumberArray,
    epochs: NumberArray,
  ): void;
  /**
   * Writes a type 15 segment (spkw15_c): a precessing conic. `tp` is the trajectory pole, `pa` the
   * periapsis direction, `pv` the central body's pole (3 numbers each); `p` the semi-latus rectum
   * (km), `ecc` the eccentricity, `j2flg` CSPICE's J2 processing flag, `gm` (km^3/s^2), `j2`, `radius` (km).
   */
  spkw15(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    epoch: number,
    tp: NumberArray,
    pa: NumberArray,
    p: number,
    ecc: number,
    j2flg: number,
    pv: NumberArray,
    gm: number,
    j2: number,
    radius: number,
  ): void;
  /**
   * Writes a type 17 segment (spkw17_c): equinoctial elements at `epoch`. `eqel` holds 9 numbers
   * (a, h, k, mean longitude, p, q, rates of the longitude of periapse, mean longitude and node;
   * km, radians, radians/s); `rapol`, `decpol` locate the reference plane's pole (radians).
   */
  spkw17(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    epoch: number,
    eqel: NumberArray,
    rapol: number,
    decpol: number,
  ): void;
  /**
   * Writes a type 18 segment (spkw18_c): subtype 0 (Hermite, 12 numbers per packet: position,
   * velocity, velocity, acceleration) or 1 (Lagrange, 6 numbers per packet), one packet per epoch.
   */
  spkw18(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    subtype: number,
    degree: number,
    packets: NumberArray,
    epochs: NumberArray,
  ): void;
  /**
   * Writes a type 19 segment (spkw19_c): interval i (bounds `ivlbds[i]`, `ivlbds[i + 1]`) is a
   * mini-segment of `npkts[i]` packets of subtype `subtps[i]` (0: 12 numbers, Hermite; 1: 6,
   * Lagrange; 2: 6, Hermite) and degree `degres[i]`, its packets and epochs following the previous
   * interval's in `packets` and `epochs`. `sellst`: a time on a shared bound uses the later interval.
   */
  spkw19(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    npkts: readonly number[],
    subtps: readonly number[],
    degres: readonly number[],
    packets: NumberArray,
    epochs: NumberArray,
    ivlbds: NumberArray,
    sellst: boolean,
  ): void;
  /**
   * Writes a type 20 segment (spkw20_c): Chebyshev velocity records of `intlen` days from the TDB
   * Julian date `initjd + initfr`; per record and component, `polydg + 1` velocity coefficients then
   * the position at the midpoint, in units of `dscale` km and `tscale` seconds.
   */
  spkw20(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    intlen: number,
    polydg: number,
    cdata: NumberArray,
    dscale: number,
    tscale: number,
    initjd: number,
    initfr: number,
  ): void;
  /**
   * Writes a type 21 segment (spkw21_c): extended modified difference arrays, as JPL's integrators
   * produce them. `dlines` holds one difference line of `dlsize` numbers (4 * MAXDIM + 11, MAXDIM
   * 15 to 25) per epoch; `epochs[i]` is the final epoch of line i, strictly increasing.
   */
  spkw21(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    dlsize: number,
    dlines: NumberArray,
    epochs: NumberArray,
  ): void;
  /** Appends lines to the comment area of a file open for writing (dafac_c); trailing blanks are dropped. */
  dafac(handle: number, lines: readonly string[]): void;
  /**
   * The bytes of a closed virtual output (a copy). Throws SPICE(OUTPUTSTILLOPEN) while its writer
   * is open, SPICE(NOSUCHFILE) for outputs no writer produced, SPICE(OUTPUTRELEASED) after release.
   * With `{ release: true }` the output is released once copied (see `releaseVirtualOutput`).
   */
  readVirtualOutput(output: VirtualOutput | string, options?: ReadVirtualOutputOptions): Uint8Array;

  /**
   * Coverage of body `idcode` in an SPK (spkcov_c): the segments' intervals merged into a window,
   * united with `cover` when given (CSPICE adds to the window it is passed). `file` is named as
   * kernels are loaded (a virtual id, or on Node a host path) and need not be loaded. An id the file
   * lacks gives `cover` unchanged (or the empty window). `cover` is any {@link WindowInput}; its
   * intervals are inserted one by one as CSPICE's wninsd does (SPICE(BADENDPOINTS) for a start
   * after its stop). Returns a {@link SpiceWindow}, like every call that returns a window.
   * SPICE(INVALIDFILETYPE) for a DAF that is not an SPK, SPICE(INVALIDARCHTYPE) for a file that is
   * not a DAF.
   * @example
   * const [[start, stop]] = spice.spkcov("/kernels/de430.bsp", 301); // a SpiceWindow iterates its pairs
   */
  spkcov(file: string, idcode: number, cover?: WindowInput): SpiceWindow;
  /** The bodies of an SPK (spkobj_c), united with `ids` when given: sorted, without duplicates. */
  spkobj(file: string, ids?: readonly number[]): number[];
  /** Coverage of frame class ID `idcode` in a binary PCK (pckcov_c); see {@link spkcov}. */
  pckcov(file: string, idcode: number, cover?: WindowInput): SpiceWindow;
  /** The frame class IDs of a binary PCK (pckfrm_c), united with `ids` when given. */
  pckfrm(file: string, ids?: readonly number[]): number[];
  /**
   * The loaded SPK segment that supplies `body`'s state at `et` (spksfs_c): the last loaded file
   * first, and in a file the last segment first. `{ found: false }` when no segment covers `et`;
   * SPICE(NOLOADEDFILES) when no SPK is loaded.
   */
  spksfs(body: number, et: number): Found<SpkSegmentLookup>;
  /** Every line of a DAF's comment area (dafec_c, all at once). `file` as for {@link spkcov}. */
  dafec(file: string): string[];

  // --- Low-level file access (issue 18): DAF and DAS files by handle, as CSPICE's DAF/DAS/DLA calls.
  // A handle comes from dafopr/dasopr or is a loaded kernel's (kdata/kinfo). Each DAF call names its
  // file: it does what CSPICE's dafcs_c(handle) followed by the call does, so searches of several
  // files interleave (each continues where it stopped).

  /** Whether a file can be found under `file` (a virtual id or staged bytes, else a host path), as exists_c. SPICE(EMPTYSTRING) for "". */
  exists(file: string): boolean;
  /**
   * Opens a DAF for reading (dafopr_c) and returns its handle; opening an open file again returns
   * the same handle (close it as often). SPICE(FILENOTFOUND), SPICE(FILARCHMISMATCH) for a DAS file,
   * SPICE(UNKNOWNFILARC) for a file that is neither. Array addresses are not checked (CSPICE lists
   * the arrays of a truncated file; data past its end read as zeros).
   */
  dafopr(file: string): number;
  /**
   * Closes a DAF (dafcls_c): one link of a handle from {@link dafopr}; a handle open for writing
   * ({@link dafopw}, `spkopn`, `ckopn`, ...) is closed as `spkcls` closes it (a host file is written
   * first) but needs no segment. Other handles are left alone.
   */
  dafcls(handle: number): void;
  /**
   * Opens an existing DAF of any type for writing (dafopw_c): a host path (rewritten at
   * {@link dafcls}) or a virtual output or staged kernel by its id. Its comments can then be
   * added ({@link dafac}) or deleted ({@link dafdc}). SPICE(FILENOTFOUND), SPICE(FILEOPENFAIL) when
   * it is being written already, SPICE(FILARCHMISMATCH) for a DAS file, SPICE(UNKNOWNFILARC) for a
   * file that is neither, SPICE(UNSUPPORTEDBFF) for a BIG-IEEE file.
   * @example
   * const h = spice.dafopw({ path: "ephemeris.bsp" });
   * spice.dafdc(h);
   * spice.dafac(h, ["Comments rewritten."]);
   * spice.dafcls(h);
   */
  dafopw(file: OutputTarget): number;
  /**
   * Deletes the whole comment area of a DAF open for writing (dafdc_c): the reserved records go,
   * the summary, name and data records move up, and every array's addresses shift; the file keeps
   * its length, as CSPICE's does. SPICE(DAFNOSUCHHANDLE) for a handle not open for writing.
   */
  dafdc(handle: number): void;
  /** Begins a forward search of the DAF's arrays (dafbfs_c): before the first array. SPICE(DAFNOSUCHHANDLE). */
  dafbfs(handle: number): void;
  /** Begins a backward search (dafbbs_c): after the last array. */
  dafbbs(handle: number): void;
  /**
   * Moves to the next array (daffna_c): true when there is one; false once past the last (and
   * again on later calls). SPICE(DAFNOSEARCH) when no search was begun on the handle.
   */
  daffna(handle: number): boolean;
  /** Moves to the previous array (daffpa_c); see {@link daffna}. */
  daffpa(handle: number): boolean;
  /**
   * The current array's summary, packed (dafgs_c): ND doubles, then NI integers two to a double in
   * this machine's byte order; unpack it with {@link dafus}. A Float64Array (array-like, as CSPICE's
   * double array): the packed words are bit patterns, and an integer pair can form a NaN, which the
   * typed array keeps bit for bit where a JS number array would not; pass it to dafus as it is.
   * SPICE(NOCURRENTARRAY) when the last search step found nothing.
   */
  dafgs(handle: number): Float64Array;
  /** The current array's name (dafgn_c), trailing blanks removed. Errors as {@link dafgs}. */
  dafgn(handle: number): string;
  /**
   * The double words at addresses `baddr` .. `eaddr` (dafgda_c). SPICE(DAFNEGADDR) for baddr < 1,
   * SPICE(DAFBEGGTEND) for baddr > eaddr; words past the end of the file are 0 as in CSPICE, but a
   * range beyond the file's last record is SPICE(VALUEOUTOFRANGE).
   */
  dafgda(handle: number, baddr: number, eaddr: number): number[];
  /** The DAF's summary format (dafhsf_c): ND doubles and NI integers per summary. */
  dafhsf(handle: number): { nd: number; ni: number };
  /** Unpacks a summary (dafus_c): ND in 0..125, NI in 0..250-2ND as CSPICE takes them. SPICE(BADARRAYSIZE) for a short `sum`. */
  dafus(sum: readonly number[] | Float64Array, nd: number, ni: number): { dc: number[]; ic: number[] };
  /** Packs a summary (dafps_c), the inverse of {@link dafus}; a Float64Array for the reason {@link dafgs} gives. */
  dafps(nd: number, ni: number, dc: readonly number[], ic: readonly number[]): Float64Array;
  /** Opens a DAS file (a DSK or an EK) for reading (dasopr_c). Errors as {@link dafopr}, the other way round. */
  dasopr(file: string): number;
  /**
   * Closes a DAS file (dascls_c): one opened by {@link dasopr} for reading, or one opened by
   * {@link dlaopn} for writing, which is then written (a VirtualOutput kept in the backend, or the
   * host file; as {@link dskcls}).
   */
  dascls(handle: number): void;
  /** dlacls_c: the same as {@link dascls}. */
  dlacls(handle: number): void;
  /**
   * Opens a new DAS file of DLA segments of file type `ftype` (its ID word is `DAS/` and the type's
   * first four characters) for writing (dlaopn_c), with `ncomch` characters of comment area: a
   * VirtualOutput or a host path, as {@link dskopn}. Close it with {@link dascls} or {@link dlacls}.
   * SPICE(BADRECORDCOUNT) for a negative `ncomch`, SPICE(BLANKFILENAME), SPICE(BLANKFILETYPE),
   * SPICE(ILLEGALCHARACTER) for a type with non-printing characters, SPICE(FILEOPENFAIL) for a
   * name already being written.
   */
  dlaopn(file: OutputTarget, ftype: string, ifname: string, ncomch: number): number;
  /** The last DLA segment descriptor (dlabbs_c); see {@link dlabfs}. */
  dlabbs(handle: number): Found<{ descr: import("./types.js").DlaDescriptor }>;
  /** The DLA segment descriptor after `descr` (dlafns_c): `{ found: false }` at the end of the list. */
  dlafns(handle: number, descr: import("./types.js").DlaDescriptor): Found<{ descr: import("./types.js").DlaDescriptor }>;
  /** The DLA segment descriptor before `descr` (dlafps_c). */
  dlafps(handle: number, descr: import("./types.js").DlaDescriptor): Found<{ descr: import("./types.js").DlaDescriptor }>;

  // --- EK (issue 18): event kernels. Load an EK with furnsh to query it; ekopr opens one by handle.

  /**
   * Opens an EK for reading (ekopr_c) and returns its handle. SPICE(FILENOTFOUND),
   * SPICE(FILARCHMISMATCH) for a DAF, SPICE(UNKNOWNFILARC) for a file that is not a DAS,
   * SPICE(WRONGARCHITECTURE) for a DAS that is not an EK (a DSK).
   */
  ekopr(file: string): number;
  /**
   * Closes an EK (ekcls_c): one opened by {@link ekopr}, or one being written ({@link ekopn},
   * {@link ekopw}), whose file is then complete (a host file is written first; if that fails the
   * handle stays open).
   */
  ekcls(handle: number): void;
  /** The number of segments of the EK open under `handle` (eknseg_c): ekopr's, or a loaded EK's (kdata). */
  eknseg(handle: number): number;
  /** The number of tables the loaded EKs hold (ekntab_c); 0 when none is loaded. */
  ekntab(): number;
  /**
   * The name of loaded table `n`, 0-based in the order the tables became known (ektnam_c).
   * SPICE(NOLOADEDFILES) when no EK is loaded, SPICE(INVALIDINDEX) for `n` outside 0 .. ekntab() - 1.
   */
  ektnam(n: number): string;
  /**
   * Runs an EK query on the loaded EKs (ekfind_c): `SELECT ... FROM ... [WHERE ...] [ORDER BY ...]`
   * in the EK query language (ek.req: comparisons, LIKE with `*` and `%`, BETWEEN, IS NULL, AND, OR,
   * NOT, joins of up to ten tables with aliases, TIME values as time strings). `{ ok: true, nmrows }`
   * and the rows are kept for {@link ekgc}, {@link ekgd} and {@link ekgi}, in CSPICE's order (that of
   * ORDER BY, ties and unordered queries included); `{ ok: false, errmsg }` with CSPICE's message for
   * a query that does not parse or names a table or column that is not loaded (the previous rows are
   * kept). Throws SPICE(EMPTYSTRING) for an empty query, a time string's error, SPICE(NOLOADEDFILES).
   *
   * @example
   * spice.furnsh("events.bes");
   * const r = spice.ekfind("SELECT EVENT_ID, EVENT_TIME FROM EVENT_LOG WHERE SEVERITY >= 4 ORDER BY EVENT_TIME");
   * if (r.ok) for (let row = 0; row < r.nmrows; row++) console.log(spice.ekgi(0, row, 0), spice.ekgd(1, row, 0));
   */
  ekfind(query: string): import("./types.js").EkFindResult;
  /**
   * A character element of the last query's result (ekgc_c): SELECT item `selidx`, result row
   * `row`, element `elment` (all 0-based), without trailing blanks. Errors in CSPICE's order:
   * SPICE(NOLOADEDFILES), SPICE(INVALIDINDEX) (row, element, SELECT index), SPICE(INVALIDTYPE)
   * for a column that is not CHARACTER. As CSPICE, a scalar column answers its value for any element.
   */
  ekgc(selidx: number, row: number, elment: number): import("./types.js").EkGetResult<string>;
  /** A DOUBLE PRECISION or TIME (TDB seconds past J2000) element of the last query's result (ekgd_c); see {@link ekgc}. */
  ekgd(selidx: number, row: number, elment: number): import("./types.js").EkGetResult<number>;
  /** An INTEGER element of the last query's result (ekgi_c); see {@link ekgc}. */
  ekgi(selidx: number, row: number, elment: number): import("./types.js").EkGetResult<number>;

  // --- EK writers (issue 18): CSPICE's fast load, byte-identical to CSPICE's files.

  /**
   * Creates a new EK for writing (ekopn_c) and returns its handle: a {@link VirtualOutput} (kept in
   * this backend, loadable by its id with furnsh or ekopr once closed) or a host path (Node: the file
   * is written when {@link ekcls} closes the handle). `ifname` is the internal file name, `ncomch` the
   * comment characters to reserve. Segments are written with {@link ekifld}, one `ekacl*` call per
   * column and {@link ekffld}; {@link ekcls} closes the file. SPICE(INVALIDCOUNT) for ncomch < 0,
   * SPICE(BLANKFILENAME), SPICE(FILEOPENFAIL) when the name is being written already.
   *
   * @example
   * const h = spice.ekopn({ path: "events.bes" }, "EVENTS", 0);
   * const { segno, rcptrs } = spice.ekifld(h, "EVENTS", 2, ["ID", "NOTE"],
   *   ["DATATYPE = INTEGER, INDEXED = TRUE", "DATATYPE = CHARACTER*(*), NULLS_OK = TRUE"]);
   * spice.ekacli(h, segno, "ID", [7, 3], [1, 1], [false, false], rcptrs);
   * spice.ekaclc(h, segno, "NOTE", ["first", ""], [1, 1], [false, true], rcptrs);
   * spice.ekffld(h, segno, rcptrs);
   * spice.ekcls(h);
   * spice.furnsh("events.bes");
   */
  ekopn(file: OutputTarget, ifname: string, ncomch: number): number;
  /**
   * Opens an existing EK to add segments (ekopw_c): a host path (rewritten at {@link ekcls}) or a
   * virtual output or staged kernel by its id. SPICE(FILENOTFOUND), SPICE(FILEOPENFAIL), the readers'
   * errors for a file that is not an EK (SPICE(WRONGARCHITECTURE), ...).
   */
  ekopw(file: OutputTarget): number;
  /**
   * Begins a segment of `nrows` rows of table `tabnam` (ekifld_c): column names and declarations
   * (`"DATATYPE = INTEGER | DOUBLE PRECISION | TIME | CHARACTER*(n) | CHARACTER*(*)"`, optionally
   * `SIZE = n | VARIABLE`, `INDEXED = TRUE`, `NULLS_OK = TRUE`, or `FIXED_COUNT = TRUE` for every
   * column of a segment of scalars). Returns the 0-based segment number and the record pointers to
   * pass to the `ekacl*` calls and {@link ekffld} (zeros for FIXED_COUNT segments, as CSPICE leaves
   * them). Errors as EKBSEG's: SPICE(INVALIDCOUNT), SPICE(INVALIDNAME), SPICE(IDSTRINGTOOLONG),
   * SPICE(BADCOLUMNDECL), SPICE(BADATTRIBUTES) for FIXED_COUNT and other columns mixed, ...
   */
  ekifld(handle: number, tabnam: string, nrows: number, cnames: readonly string[], decls: readonly string[]): {
    segno: number;
    rcptrs: number[];
  };
  /**
   * One INTEGER column's entries for every row of the segment being loaded (ekacli_c). `ivals` is
   * packed row after row: one value per row for scalar columns (a placeholder for a null row), the
   * row's `entszs[i]` values for arrays (none for a null row of a VARIABLE column). `entszs`,
   * `nlflgs` and `rcptrs` have one entry per row. SPICE(WRONGDATATYPE) for a column of another type.
   */
  ekacli(handle: number, segno: number, column: string, ivals: readonly number[] | Int32Array,
    entszs: readonly number[], nlflgs: readonly boolean[], rcptrs: readonly number[]): void;
  /** One DOUBLE PRECISION or TIME (TDB seconds past J2000) column's entries (ekacld_c); see {@link ekacli}. */
  ekacld(handle: number, segno: number, column: string, dvals: NumberArray,
    entszs: readonly number[], nlflgs: readonly boolean[], rcptrs: readonly number[]): void;
  /**
   * One CHARACTER column's entries (ekaclc_c); see {@link ekacli}. Trailing blanks are not stored
   * (a blank string is stored as one blank); strings longer than a fixed-length column are cut.
   */
  ekaclc(handle: number, segno: number, column: string, cvals: readonly string[],
    entszs: readonly number[], nlflgs: readonly boolean[], rcptrs: readonly number[]): void;
  /**
   * Finishes the segment begun by {@link ekifld} (ekffld_c) once every column was added:
   * SPICE(UNINITIALIZEDVALUE) names a column not added (CSPICE itself would abort).
   */
  ekffld(handle: number, segno: number, rcptrs: readonly number[]): void;
  /**
   * Begins an empty segment of table `tabnam` for record-by-record writing (ekbseg_c); returns its
   * 0-based number. Column names and declarations as for {@link ekifld} (FIXED_COUNT segments take
   * no records: write them with the fast load). Records are then added with {@link ekappr} or
   * {@link ekinsr} and filled one entry at a time with `ekace*`.
   *
   * @example
   * const h = spice.ekopn({ path: "log.bes" }, "LOG", 0);
   * const segno = spice.ekbseg(h, "LOG", ["ID", "NOTE"],
   *   ["DATATYPE = INTEGER, INDEXED = TRUE", "DATATYPE = CHARACTER*(*), NULLS_OK = TRUE"]);
   * const r = spice.ekappr(h, segno);
   * spice.ekacei(h, segno, r, "ID", [7], false);
   * spice.ekacec(h, segno, r, "NOTE", [""], true);
   * spice.ekcls(h);
   */
  ekbseg(handle: number, tabnam: string, cnames: readonly string[], decls: readonly string[]): number;
  /**
   * Inserts an empty record before record `recno` (0-based; the record count appends) of segment
   * `segno` (ekinsr_c): later records are renumbered. SPICE(INVALIDINDEX) outside 0..count.
   */
  ekinsr(handle: number, segno: number, recno: number): void;
  /** Appends an empty record to segment `segno` (ekappr_c) and returns its 0-based number. */
  ekappr(handle: number, segno: number): number;
  /**
   * Writes the INTEGER entry of `column` in record `recno` (ekacei_c): one value for a scalar
   * column, the array for an array column (at least one value, even when null, as CSPICE requires).
   * Indexed columns are indexed as they are written. SPICE(WRONGDATATYPE), SPICE(BADATTRIBUTE) for
   * a null where nulls are not allowed, SPICE(INVALIDCOUNT) for a size that does not match the
   * declaration, SPICE(NONEMPTYENTRY) for a scalar entry written twice.
   */
  ekacei(handle: number, segno: number, recno: number, column: string, ivals: readonly number[] | Int32Array,
    isnull: boolean): void;
  /** The DOUBLE PRECISION or TIME entry of `column` in record `recno` (ekaced_c); see {@link ekacei}. */
  ekaced(handle: number, segno: number, recno: number, column: string, dvals: NumberArray, isnull: boolean): void;
  /**
   * The CHARACTER entry of `column` in record `recno` (ekacec_c); see {@link ekacei}. A scalar's
   * trailing blanks are not stored; array elements are padded or cut to the declared length.
   */
  ekacec(handle: number, segno: number, recno: number, column: string, cvals: readonly string[],
    isnull: boolean): void;
  /**
   * Deletes record `recno` (0-based) of segment `segno` (ekdelr_c): its entries, their index
   * entries and the pages left empty (reused by later writes); later records move up by one.
   * SPICE(INVALIDINDEX) outside 0..count-1.
   */
  ekdelr(handle: number, segno: number, recno: number): void;
  /**
   * Replaces the INTEGER entry of `column` in record `recno` (ekucei_c), moving its index entry.
   * As in CSPICE, a scalar entry may be set to null even in a column declared without nulls.
   */
  ekucei(handle: number, segno: number, recno: number, column: string, ivals: readonly number[] | Int32Array,
    isnull: boolean): void;
  /** Replaces the DOUBLE PRECISION or TIME entry of `column` in record `recno` (ekuced_c); see {@link ekucei}. */
  ekuced(handle: number, segno: number, recno: number, column: string, dvals: NumberArray, isnull: boolean): void;
  /** Replaces the CHARACTER entry of `column` in record `recno` (ekucec_c); see {@link ekucei}. */
  ekucec(handle: number, segno: number, recno: number, column: string, cvals: readonly string[],
    isnull: boolean): void;

  /** Frees the core context. Any later call throws. */
  dispose(): void;

  // --- Observers (issue 15): fixed observers and targets, azimuth/elevation, light-time building blocks

  /**
   * State of `target` seen from an observer fixed at `obspos` (km) in frame `obsref`, which is
   * relative to body `obsctr` (spkcpo_c): a ground station, a lander, a surface point. `outref`
   * is the output frame, evaluated at the locus `refloc` when it is not inertial (`OBSERVER`: at et,
   * for frames centered at the observer; `TARGET`: at the target's epoch; `CENTER`: as spkezr does);
   * every aberration correction of spkezr. Errors in CSPICE's order: SPICE(EMPTYSTRING),
   * SPICE(INVALIDOPTION) (abcorr), SPICE(IDCODENOTFOUND) (obsctr, then target),
   * SPICE(UNKNOWNFRAME) (outref), SPICE(NOTSUPPORTED) (refloc), then frame and ephemeris errors
   * (SPICE(SPKINSUFFDATA), SPICE(NOLOADEDFILES) when no SPK is loaded).
   *
   * @example
   * // DSS-14 (Goldstone) in IAU_EARTH, the Moon in the station's own frame
   * spice.spkcpo("MOON", et, "IAU_EARTH", "OBSERVER", "LT+S", [-2353.6, -4641.3, 3677.1], "EARTH", "IAU_EARTH");
   */
  spkcpo(
    target: string,
    et: number,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obspos: NumberArray,
    obsctr: string,
    obsref: string,
  ): StateLt;
  /**
   * State of a target fixed at `trgpos` (km) in frame `trgref`, relative to body `trgctr`, seen
   * from the ephemeris body `obsrvr` (spkcpt_c); `outref`, `refloc`, `abcorr` and the errors as
   * {@link spkcpo} (SPICE(IDCODENOTFOUND) for trgctr, then obsrvr).
   */
  spkcpt(
    trgpos: NumberArray,
    trgctr: string,
    trgref: string,
    et: number,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obsrvr: string,
  ): StateLt;
  /**
   * {@link spkcpo} for an observer moving with constant velocity in `obsref`: `obssta` (km, km/s) is
   * its state relative to `obsctr` at TDB `obsepc`, extrapolated linearly to each epoch (spkcvo_c).
   */
  spkcvo(
    target: string,
    et: number,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obssta: NumberArray,
    obsepc: number,
    obsctr: string,
    obsref: string,
  ): StateLt;
  /**
   * {@link spkcpt} for a target moving with constant velocity in `trgref`: `trgsta` (km, km/s) at
   * TDB `trgepc` relative to `trgctr` (spkcvt_c).
   */
  spkcvt(
    trgsta: NumberArray,
    trgepc: number,
    trgctr: string,
    trgref: string,
    et: number,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obsrvr: string,
  ): StateLt;
  /** {@link spkcpo} for many epochs in one call (`states[6*i ..]`, `lts[i]`); bit-identical to the single calls. */
  spkcpoBatch(
    target: string,
    ets: Float64Array,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obspos: NumberArray,
    obsctr: string,
    obsref: string,
  ): StateBatch;
  /** {@link spkcpt} for many epochs in one call; bit-identical to the single calls. */
  spkcptBatch(
    trgpos: NumberArray,
    trgctr: string,
    trgref: string,
    ets: Float64Array,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obsrvr: string,
  ): StateBatch;
  /** {@link spkcvo} for many epochs in one call; bit-identical to the single calls. */
  spkcvoBatch(
    target: string,
    ets: Float64Array,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obssta: NumberArray,
    obsepc: number,
    obsctr: string,
    obsref: string,
  ): StateBatch;
  /** {@link spkcvt} for many epochs in one call; bit-identical to the single calls. */
  spkcvtBatch(
    trgsta: NumberArray,
    trgepc: number,
    trgctr: string,
    trgref: string,
    ets: Float64Array,
    outref: string,
    refloc: ReferenceLocus,
    abcorr: AbCorr,
    obsrvr: string,
  ): StateBatch;

  /**
   * Range, azimuth and elevation (and their rates) of `target` seen from an observer fixed at
   * `obspos` (km) in the body-fixed frame `obsref` centered at body `obsctr` (azlcpo_c, N0067).
   * `method` is `ELLIPSOID`: the local zenith is the normal of the body's reference ellipsoid
   * (BODYnnn_RADII) at the point nearest the observer, north is towards the body's +z axis.
   * `azccw`: azimuth counterclockwise about the zenith (true: north through west) or clockwise
   * (false: north through east, the compass azimuth); `elplsz`: elevation positive towards the
   * zenith (true) or the nadir. Angles in radians, range in km, rates per second. Errors in
   * CSPICE's order: SPICE(EMPTYSTRING), SPICE(IDCODENOTFOUND) (obsctr), SPICE(UNKNOWNFRAME),
   * SPICE(INVALIDFRAME) (obsref not centered at obsctr, e.g. an inertial frame),
   * SPICE(INVALIDMETHOD), SPICE(KERNELVARNOTFOUND) (no radii), SPICE(DEPENDENTVECTORS) (an observer
   * over a pole), then {@link spkcpo}'s errors (SPICE(INVALIDOPTION) for abcorr).
   *
   * @example
   * const { azlsta: [range, az, el] } = spice.azlcpo("ELLIPSOID", "MOON", et, "LT+S", false, true,
   *   station, "EARTH", "IAU_EARTH");
   */
  azlcpo(
    method: string,
    target: string,
    et: number,
    abcorr: AbCorr,
    azccw: boolean,
    elplsz: boolean,
    obspos: NumberArray,
    obsctr: string,
    obsref: string,
  ): AzElStateLt;
  /** {@link azlcpo} for many epochs in one call (`azlstas[6*i ..]`, `lts[i]`); bit-identical to the single calls. */
  azlcpoBatch(
    method: string,
    target: string,
    ets: Float64Array,
    abcorr: AbCorr,
    azccw: boolean,
    elplsz: boolean,
    obspos: NumberArray,
    obsctr: string,
    obsref: string,
  ): AzElBatch;
  /** Rectangular coordinates of range, azimuth and elevation (radians) with the senses of {@link azlcpo} (azlrec_c). */
  azlrec(range: number, az: number, el: number, azccw: boolean, elplsz: boolean): Vector3;
  /** Range, azimuth in [0, 2 pi) and elevation (radians) of a vector (recazl_c); all 0 for the zero vector. */
  recazl(rectan: NumberArray, azccw: boolean, elplsz: boolean): RangeAzEl;

  /**
   * `targ` (NAIF ID) corrected for light time only, seen from an observer whose state `stobs`
   * (km, km/s) relative to the solar-system barycenter in the inertial frame `ref` comes from
   * anywhere (spkltc_c); with the light-time rate `dlt`. A `+S` in abcorr is ignored here.
   * SPICE(EMPTYSTRING), SPICE(INVALIDOPTION), SPICE(BADFRAME) (not one of the 21 built-in inertial
   * frames), SPICE(SPKINSUFFDATA).
   */
  spkltc(targ: number, et: number, ref: string, abcorr: AbCorr, stobs: NumberArray): StateLtRate;
  /**
   * {@link spkltc} plus stellar aberration when abcorr asks for it (spkaps_c): `accobs` (km/s^2) is
   * the observer's acceleration, which the aberration's rate needs.
   */
  spkaps(targ: number, et: number, ref: string, abcorr: AbCorr, stobs: NumberArray, accobs: NumberArray): StateLtRate;
  /**
   * {@link spkaps} for an ephemeris body `obs` as the observer (spkacs_c); its acceleration is the
   * central difference of its velocity over et -+ 1 s. Equal to spkez in an inertial frame, with `dlt`.
   */
  spkacs(targ: number, et: number, ref: string, abcorr: AbCorr, obs: number): StateLtRate;
  /** {@link spkacs} for many epochs in one call; bit-identical to the single calls. */
  spkacsBatch(targ: number, ets: Float64Array, ref: string, abcorr: AbCorr, obs: number): StateLtRateBatch;
  /**
   * Apparent position of `targ` seen from `sobs` (km, km/s, relative to the SSB in the inertial
   * frame `ref`) (spkapo_c): LT one iteration, CN three, then stellar aberration of the position.
   * SPICE(EMPTYSTRING), SPICE(SPKINVALIDOPTION), SPICE(BADFRAME), SPICE(SPKINSUFFDATA).
   */
  spkapo(targ: number, et: number, ref: string, sobs: NumberArray, abcorr: AbCorr): ApparentPosition;
  /**
   * State of the `i`-th (0-based, in file order) SPK segment of `file` at `et` (spkpvn_c on that
   * segment): its target relative to its center in its own frame. `file` is named as kernels are
   * loaded (virtual id or host path) and need not be loaded; like spkpvn_c, `et` is not checked
   * against the segment's coverage. SPICE(INDEXOUTOFRANGE), SPICE(SPKTYPENOTSUPP), the file errors
   * of {@link spkcov}.
   */
  spkpvn(file: string, i: number, et: number): SegmentState;
  /**
   * When a signal sent (`dir` `->`) or received (`<-`) by body `obs` at `etobs` is at body `targ`,
   * and how long it travels (ltime_c): three light-time iterations between SSB positions.
   * SPICE(EMPTYSTRING), SPICE(BADDIRECTION), SPICE(SPKINSUFFDATA).
   */
  ltime(etobs: number, obs: number, dir: SignalDirection, targ: number): SignalTime;
  /** {@link ltime} for many epochs in one call; bit-identical to the single calls. */
  ltimeBatch(etobs: Float64Array, obs: number, dir: SignalDirection, targ: number): SignalTimeBatch;
  /**
   * `pobj` (observer to object, any unit) corrected for stellar aberration due to the observer's
   * velocity `vobs` (km/s, relative to the SSB) (stelab_c). SPICE(VALUEOUTOFRANGE) when |vobs| >= c.
   */
  stelab(pobj: NumberArray, vobs: NumberArray): Vector3;
  /** {@link stelab} for a signal sent by the observer (stlabx_c: the observer's velocity negated). */
  stlabx(pobj: NumberArray, vobs: NumberArray): Vector3;
  /**
   * Rectangular coordinates of a point given by planetodetic longitude and latitude (radians) and
   * altitude above a spheroid of equatorial radius `re` and flattening `f` = (re - rp) / re
   * (georec_c): a ground station's body-fixed position. SPICE(VALUEOUTOFRANGE) when re <= 0 or f >= 1.
   *
   * @example
   * const [re, , rp] = spice.bodvrd("EARTH", "RADII", 3);
   * const dss14 = spice.georec(-116.889 * spice.rpd(), 35.426 * spice.rpd(), 1.002, re, (re - rp) / re);
   */
  georec(lon: number, lat: number, alt: number, re: number, f: number): Vector3;
  // ---- Issue 15, frame-rate utilities and two-line elements (astro-frames-tle) ----

  /**
   * The rotation and angular velocity of a state transformation (xf2rav_c). `xform` is a 6x6
   * state transformation from frame 1 to frame 2, row-major (36 numbers); `rot` is its rotation
   * block (row-major 3x3) and `av` the angular velocity of frame 2 relative to frame 1, in frame 1
   * (rad/s), read from the skew matrix `(dR/dt)^T R`. No checks: any 36 numbers are accepted.
   *
   * @example
   * const { rot, av } = spice.xf2rav(spice.sxform("J2000", "IAU_EARTH", et)); // av ~ 7.29e-5 rad/s along Earth's pole
   */
  xf2rav(xform: NumberArray): RotationAndAngularVelocity;
  /**
   * The state transformation of a rotation `rot` (row-major 3x3) and angular velocity `av` (rad/s,
   * in the "from" frame) (rav2xf_c): `[[R, 0], [R W^T, R]]` as a row-major 6x6 (36 numbers), W the
   * skew matrix of `av`. The inverse of {@link xf2rav}.
   */
  rav2xf(rot: NumberArray, av: NumberArray): Matrix6;
  /**
   * Euler angles and their rates of a state transformation (xf2eul_c): `eulang` is
   * `[alpha, beta, gamma, dalpha, dbeta, dgamma]` (rad, rad/s) with `R = [alpha]_axisa
   * [beta]_axisb [gamma]_axisc`, `R` the rotation block of `xform` (row-major 6x6). Axes are 1, 2, 3
   * (x, y, z). For an a-b-a sequence beta is in [0, pi], for a-b-c in [-pi/2, pi/2]; alpha and gamma
   * in [-pi, pi]. Throws SPICE(BADAXISNUMBERS) for an axis outside 1..3 or a middle axis equal to a
   * neighbour, SPICE(NOTAROTATION) when the rotation block is not a rotation (column norms and
   * determinant within 0.1 of 1).
   */
  xf2eul(xform: NumberArray, axisa: number, axisb: number, axisc: number): EulerAnglesAndRates;
  /**
   * The state transformation (row-major 6x6) of Euler angles and their rates (eul2xf_c): `eulang`
   * is `[alpha, beta, gamma, dalpha, dbeta, dgamma]` (rad, rad/s) for `R = [alpha]_axisa
   * [beta]_axisb [gamma]_axisc`. A middle axis equal to a neighbour is allowed (its angle joins the
   * neighbour's). Throws SPICE(BADAXISNUMBERS) for an axis outside 1..3.
   */
  eul2xf(eulang: NumberArray, axisa: number, axisb: number, axisc: number): Matrix6;
  /**
   * The inverse of a state transformation (invstm_c): each 3x3 block of the row-major 6x6 `mat`
   * transposed in place, `[[R^T, 0], [(dR/dt)^T, R^T]]`. Exact (only copies numbers).
   */
  invstm(mat: NumberArray): Matrix6;
  /**
   * The components of vector `v1` in the frame rotated by `angle` radians about axis `iaxis`
   * (1 = x, 2 = y, 3 = z; other integers are taken mod 3) (rotvec_c): `rotate(angle, iaxis) v1`.
   *
   * @example
   * spice.rotvec([1, 0, 0], Math.PI / 2, 3); // [6.123233995736766e-17, -1, 0]
   */
  rotvec(v1: NumberArray, angle: number, iaxis: number): Vector3;
  /**
   * The rotation (row-major 3x3) from the frame of `axdef` and `plndef` to the frame whose axis
   * `indexa` (1..3) points along `axdef` and whose axis `indexp` lies in the plane of `axdef` and
   * `plndef`, on `plndef`'s side (twovec_c); its rows are the new axes. Throws SPICE(BADINDEX) when
   * an index is outside 1..3, SPICE(UNDEFINEDFRAME) when they are equal, SPICE(DEPENDENTVECTORS)
   * when the vectors are parallel or one is zero.
   *
   * @example
   * spice.twovec(sunDirection, 1, northPole, 3); // x toward the Sun, z as close to north as possible
   */
  twovec(axdef: NumberArray, indexa: number, plndef: NumberArray, indexp: number): Matrix3;
  /**
   * Parses a NORAD two-line element set (getelm_c). `lines` are the set's two lines (69
   * characters; the last non-blank one must be in column 68 or 69, so a name line or trailing
   * columns must be left off). The two-digit year maps to the year from `frstyr` to `frstyr + 99`
   * with the same last two digits (1957, the start of the space age, is a good choice). Returns
   * the epoch (TDB seconds past J2000, converted from UTC with the loaded LSK) and the elements in
   * radians and minutes (see {@link TwoLineElements}). Throws SPICE(BADTLE) for a set it cannot
   * read (lines of two satellites, misplaced columns, a field that is not a number, an angle out
   * of range, a mean motion above 20 rev/day), the LSK's errors (SPICE(NOLEAPSECONDS) ...) when
   * none is loaded; a RangeError unless `lines` holds two strings.
   *
   * @example
   * const { epoch, elems } = spice.getelm(1957, [
   *   "1 43908U 18111AJ  20146.60805006  .00000806  00000-0  34965-4 0  9999",
   *   "2 43908  97.2676  47.2136 0020001 220.6050 139.3698 15.24999521 78544",
   * ]);
   */
  getelm(frstyr: number, lines: readonly string[]): TwoLineElements;
  /**
   * The state (km, km/s) of an Earth satellite at `et` (TDB seconds past J2000) from two-line
   * elements (evsgp4_c): SGP4, or SDP4 for periods of 225 minutes or more, as Vallado et al.'s
   * "Revisiting Spacetrack Report #3" (2006) in AFSPC mode, relative to the Earth in the TEME
   * frame (true equator, mean equinox of the elements' epoch). `geophs` are the 8 constants
   * `[J2, J3, J4, KE (Earth radii^1.5/min), QO (km), SO (km), ER (km), AE]` (NAIF's
   * geophysical.ker has them; QO, SO and AE are not used), `elems` getelm's 10 elements. Needs an
   * LSK (the epoch is converted to UTC). Throws SPICE(SUBORBITAL), SPICE(BADMEANMOTION),
   * SPICE(BADMECCENTRICITY), SPICE(BADMSEMIMAJOR), SPICE(BADPECCENTRICITY), SPICE(BADSEMILATUS)
   * or SPICE(ORBITDECAY) when the elements cannot be propagated to `et`.
   *
   * @example
   * const geophs = [1.082616e-3, -2.53881e-6, -1.65597e-6, 7.43669161e-2, 120, 78, 6378.135, 1];
   * const state = spice.evsgp4(spice.str2et("2020-05-26 02:25:00"), geophs, elems);
   */
  evsgp4(et: number, geophs: NumberArray, elems: NumberArray): State6;
  /** evsgp4 for many epochs in one call: `states[6*i .. 6*i+5]` belongs to `ets[i]`. */
  evsgp4Batch(ets: Float64Array, geophs: NumberArray, elems: NumberArray): Float64Array;
  /**
   * Writes a type 10 segment (spkw10_c): NORAD two-line element sets, which readers evaluate with
   * SGP4 (blending the two sets around each epoch) and return in J2000, so `frame` should be
   * "J2000" and `center` 399. `consts` are the 8 geophysical constants of {@link evsgp4}, `elems`
   * holds 10 numbers per set (getelm's elements) and `epochs` the sets' epochs (TDB seconds,
   * strictly increasing; getelm's epochs). The number of sets is `epochs.length`. Throws
   * SPKPDS's errors (SPICE(BARYCENTEREPHEM), SPICE(BODYANDCENTERSAME), SPICE(INVALIDREFFRAME),
   * SPICE(BADDESCRTIMES) for first >= last), SPICE(SEGIDTOOLONG), SPICE(NONPRINTINGCHARS),
   * SPICE(UNORDEREDREFS); a RangeError unless `consts` has 8 numbers and `elems` 10 per epoch.
   *
   * @example
   * const sets = tles.map((pair) => spice.getelm(1957, pair));
   * spice.spkw10(h, -118123, 399, "J2000", sets[0].epoch - 43200, sets.at(-1).epoch + 43200, "NORAD 18123",
   *   geophs, sets.flatMap((s) => s.elems), sets.map((s) => s.epoch));
   */
  spkw10(
    handle: number,
    body: number,
    center: number,
    frame: string,
    first: number,
    last: number,
    segid: string,
    consts: NumberArray,
    elems: NumberArray,
    epochs: NumberArray,
  ): void;

  // ---- Instruments (issue 12) ----
  /**
   * An instrument's field of view from its IK (getfov_c): the frame, shape, boresight and boundary
   * vectors of instrument `instid`. `room` is the most boundary vectors the caller takes (CSPICE's
   * ROOM; 10 is plenty for most IKs). CORNERS specifications return the IK's vectors; ANGLES
   * specifications (CIRCLE, ELLIPSE, RECTANGLE) are turned into boundary vectors as CSPICE does.
   * Throws SPICE(FRAMEMISSING), SPICE(SHAPEMISSING), SPICE(SHAPENOTSUPPORTED),
   * SPICE(BORESIGHTMISSING), SPICE(BADBORESIGHTSPEC), SPICE(ZEROBORESIGHT), SPICE(BOUNDARYMISSING),
   * SPICE(BOUNDARYTOOBIG) (more vectors than `room`), SPICE(BADBOUNDARY), SPICE(REFVECTORMISSING),
   * SPICE(BADREFVECTORSPEC), SPICE(REFANGLEMISSING), SPICE(CROSSANGLEMISSING), SPICE(UNITSMISSING),
   * SPICE(UNSUPPORTEDSPEC), in CSPICE's order of checks.
   *
   * @example
   * spice.furnsh("ik/mro_ctx_v11.ti");
   * const fov = spice.getfov(-74021, 10); // { shape: "RECTANGLE", frame: "MRO_CTX", n: 4, ... }
   */
  getfov(instid: number, room: number): FieldOfView;
  // ---- CK writers (issue 12, i12-ckw) ----

  /**
   * Opens a new CK for writing (CSPICE ckopn_c) and returns its handle. `file` is a
   * {@link VirtualOutput} or virtual id (the file is built in memory: `readVirtualOutput` returns it
   * after `ckcls`, and `furnsh` loads it), or on Node a host path that must not exist yet (written
   * atomically by `ckcls`). `ncomch` characters are reserved for comments (`dafac` adds them).
   * Throws SPICE(EMPTYSTRING), SPICE(BLANKFILENAME), or SPICE(FILEOPENFAIL) when `file` is already
   * open for writing.
   *
   * @example
   * const out = { kind: "virtual-output", path: "/kernels/out/att.bc" } as const;
   * const h = spice.ckopn(out, "attitude", 0);
   * spice.ckw03(h, sclk[0], sclk.at(-1), -143000, "J2000", false, "BUS", sclk, quats, [], [sclk[0]]);
   * spice.ckcls(h);
   * spice.furnsh(out.path);
   */
  ckopn(file: OutputTarget, ifname: string, ncomch: number): number;
  /**
   * Closes a CK writer (ckcls_c): a virtual output becomes readable (and loadable by its id), a host
   * file is written. Throws SPICE(NOSEGMENTSFOUND) when no segment was written (the writer stays
   * open) and SPICE(DAFNOSUCHHANDLE) for a handle that is not open.
   */
  ckcls(handle: number): void;
  /**
   * Writes a type 1 segment (ckw01_c): discrete pointing instances. All times are encoded SCLK
   * (ticks, as sce2c gives them). `sclkdp` holds the n strictly increasing times, `quats` 4 numbers
   * per time (SPICE-style quaternions, C-matrix from `ref` to the instrument frame) and `avvs` 3
   * per time (angular velocity in `ref`, rad/s) when `avflag`; without `avflag` `avvs` may be empty.
   * Throws, in CKW01's order: SPICE(INVALIDNUMREC) (no times), SPICE(INVALIDDESCRTIME) (`begtim`
   * after the first time or `endtim` before the last), SPICE(INVALIDREFFRAME),
   * SPICE(NONPRINTABLECHARS), SPICE(SEGIDTOOLONG) (over 40 characters), SPICE(INVALIDSCLKTIME)
   * (first time negative), SPICE(TIMESOUTOFORDER), SPICE(ZEROQUATERNION); a RangeError when the
   * array lengths disagree.
   */
  ckw01(
    handle: number,
    begtim: number,
    endtim: number,
    inst: number,
    ref: string,
    avflag: boolean,
    segid: string,
    sclkdp: NumberArray,
    quats: NumberArray,
    avvs: NumberArray,
  ): void;
  /**
   * Writes a type 2 segment (ckw02_c): intervals of constant angular rate. Interval i runs from
   * `start[i]` to `stop[i]` (encoded SCLK) with the attitude `quats[4i..4i+3]` at its start, the
   * angular velocity `avvs[3i..3i+2]` (rad/s, in `ref`) and the clock rate `rates[i]` (seconds per
   * tick). Throws, in CKW02's order: SPICE(INVALIDNUMREC), SPICE(INVALIDDESCRTIME),
   * SPICE(INVALIDREFFRAME), SPICE(NONPRINTABLECHARS), SPICE(SEGIDTOOLONG), SPICE(INVALIDSCLKTIME),
   * SPICE(DEGENERATEINTERVAL) (stop <= start), SPICE(TIMESOUTOFORDER), SPICE(BADSTOPTIME)
   * (overlapping intervals), SPICE(ZEROQUATERNION); a RangeError when the array lengths disagree.
   */
  ckw02(
    handle: number,
    begtim: number,
    endtim: number,
    inst: number,
    ref: string,
    segid: string,
    start: NumberArray,
    stop: NumberArray,
    quats: NumberArray,
    avvs: NumberArray,
    rates: NumberArray,
  ): void;
  /**
   * Writes a type 3 segment (ckw03_c): pointing instances as in {@link ckw01}, linearly
   * interpolated within the intervals that start at `starts` (each one of the times in `sclkdp`,
   * the first equal to `sclkdp[0]`). Throws, in CKW03's order: SPICE(INVALIDNUMREC),
   * SPICE(INVALIDNUMINT), SPICE(INVALIDDESCRTIME), SPICE(INVALIDREFFRAME), SPICE(NONPRINTABLECHARS),
   * SPICE(SEGIDTOOLONG), SPICE(INVALIDSCLKTIME), SPICE(TIMESOUTOFORDER), SPICE(TIMESDONTMATCH),
   * SPICE(TIMESOUTOFORDER) (starts), SPICE(INVALIDSTARTTIME), SPICE(ZEROQUATERNION).
   */
  ckw03(
    handle: number,
    begtim: number,
    endtim: number,
    inst: number,
    ref: string,
    avflag: boolean,
    segid: string,
    sclkdp: NumberArray,
    quats: NumberArray,
    avvs: NumberArray,
    starts: NumberArray,
  ): void;
  /**
   * Writes a type 5 segment (ckw05_c): packets interpolated by Hermite (subtypes 0, 2) or Lagrange
   * (1, 3) polynomials of degree `degree` within the intervals starting at `starts` (times of
   * packets). Packets are 8 (subtype 0: quaternion, its derivative), 4 (1: quaternion), 14 (2:
   * quaternion, its derivative, angular velocity, its derivative) or 7 numbers (3: quaternion,
   * angular velocity) per time in `sclkdp`; `rate` is the clock's seconds per tick. Throws, in
   * CKW05's order: SPICE(TOOFEWPACKETS), SPICE(INVALIDNUMINTS), SPICE(INVALIDREFFRAME),
   * SPICE(SEGIDTOOLONG), SPICE(NONPRINTABLECHARS), SPICE(INVALIDSCLKTIME), SPICE(TIMESOUTOFORDER),
   * SPICE(INVALIDSTARTTIME), SPICE(NOTSUPPORTED) (subtype), SPICE(ZEROQUATERNION),
   * SPICE(INVALIDDEGREE) (outside 1..23, or not 3 mod 4 for Hermite / odd for Lagrange),
   * SPICE(BADDESCRTIMES), SPICE(EMPTYSEGMENT) (no packet in [begtim, endtim]), SPICE(INVALIDVALUE)
   * (rate 0); a RangeError when `packts` does not hold one packet per time.
   */
  ckw05(
    handle: number,
    subtyp: number,
    degree: number,
    begtim: number,
    endtim: number,
    inst: number,
    ref: string,
    avflag: boolean,
    segid: string,
    sclkdp: NumberArray,
    packts: NumberArray,
    rate: number,
    starts: NumberArray,
  ): void;
  /**
   * Writes a type 6 segment (CSPICE's Fortran CKW06; N0067 has no ckw06_c): mini-segment i covers
   * [`ivlbds[i]`, `ivlbds[i + 1]`] with `npkts[i]` packets of subtype `subtps[i]` (sizes as in
   * {@link ckw05}), degree `degres[i]` and clock rate `rates[i]`, its packets and times following
   * the previous mini-segment's in `packts` and `sclkdp`. `sellst`: a time on a shared bound uses
   * the later mini-segment. Throws, in CKW06's order: SPICE(BADDESCRTIMES), SPICE(INVALIDREFFRAME),
   * SPICE(SEGIDTOOLONG), SPICE(NONPRINTABLECHARS), SPICE(INVALIDCOUNT), SPICE(BOUNDSOUTOFORDER),
   * SPICE(COVERAGEGAP), then per mini-segment SPICE(TOOFEWPACKETS), SPICE(INVALIDSUBTYPE),
   * SPICE(INVALIDDEGREE), SPICE(BADWINDOWSIZE), SPICE(TIMESOUTOFORDER), SPICE(BOUNDSDISAGREE),
   * SPICE(ZEROQUATERNION), SPICE(BADQUATSIGN) (Hermite: a quaternion nearer its predecessor's
   * negative); a RangeError when the arrays' lengths disagree.
   */
  ckw06(
    handle: number,
    inst: number,
    ref: string,
    avflag: boolean,
    first: number,
    last: number,
    segid: string,
    npkts: readonly number[],
    subtps: readonly number[],
    degres: readonly number[],
    packts: NumberArray,
    rates: NumberArray,
    sclkdp: NumberArray,
    ivlbds: NumberArray,
    sellst: boolean,
  ): void;
  /**
   * Begins a type 4 segment (CSPICE's Fortran CKW04B; N0067 has no C wrapper): Chebyshev packets
   * added by {@link ckw04a}, ended by {@link ckw04e}, which also sets the segment's end time.
   * `begtim` is encoded SCLK. Throws SPICE(INVALIDREFFRAME), SPICE(NONPRINTABLECHARS),
   * SPICE(SEGIDTOOLONG) (CKW04B's order), SPICE(DAFNEWCONFLICT) when a type 4 segment is already
   * being written to `handle` (other writers on that handle throw it too until ckw04e).
   *
   * @example
   * spice.ckw04b(h, sclk0, -143904, "J2000", true, "CHEBYSHEV");
   * spice.ckw04a(h, [79, 79], packets, [sclk0, sclk1]);
   * spice.ckw04e(h, sclkEnd);
   */
  ckw04b(handle: number, begtim: number, inst: number, ref: string, avflag: boolean, segid: string): void;
  /**
   * Adds packets to the type 4 segment begun by {@link ckw04b} (CKW04A). Packet i holds
   * `pktsiz[i]` numbers: the interval's midpoint and radius (encoded SCLK ticks), the numbers of
   * Chebyshev coefficients of q0, q1, q2, q3, AV1, AV2, AV3 (0 for the angular velocity without
   * it), then the coefficients; `sclkdp[i]` is its start time (strictly increasing across calls).
   * Unlike N0067's CKW04A, which corrupts packets 2 onward of one call, several packets per call
   * give the same file as one per call. Throws SPICE(INVALIDARGUMENT) (a size <= 0 or >= 143),
   * SPICE(CALLEDOUTOFORDER) (no segment begun), SPICE(NUMPACKETSNOTPOS), SPICE(UNORDEREDREFS),
   * SPICE(NONPOSPACKETSIZE) (a size <= 6); a RangeError when the lengths disagree.
   */
  ckw04a(handle: number, pktsiz: readonly number[], pktdat: NumberArray, sclkdp: NumberArray): void;
  /**
   * Ends the type 4 segment begun by {@link ckw04b} (CKW04E) with `endtim` (encoded SCLK, not
   * checked, as in CSPICE) as its end time. Throws SPICE(CALLEDOUTOFORDER) without a segment.
   */
  ckw04e(handle: number, endtim: number): void;
  // ---- Issue 12, spacecraft clocks (sclk): SCLK type 1 conversions ----
  // Clock strings are "[p/]f1<d>f2...", p the partition, fields most significant first, <d> any
  // of . : - , and blank. Encoded ticks (SCLKDP, the clock CKs are indexed by) count from the
  // start of partition 1 across all partitions. Every call needs the clock's SCLK kernel (and an
  // LSK for clocks whose parallel time system is TDT) and throws SpiceError:
  // SPICE(KERNELVARNOTFOUND) when SCLK_DATA_TYPE_<id> or a SCLK01 variable is missing,
  // SPICE(NOTSUPPORTED) for a clock type other than 1, the kernel's own errors
  // (SPICE(VALUEOUTOFRANGE), SPICE(INVALIDSIZE) ...), then the call's.
  /**
   * ET (TDB seconds past J2000) to continuous encoded ticks, not rounded (sce2c_c). Throws
   * SPICE(VALUEOUTOFRANGE) before the clock's first coefficient record or after its last partition.
   *
   * @example spice.sce2c(-143, spice.str2et("2021-09-18T12:00:00")) // 11407302190331.057 (TGO)
   */
  sce2c(sc: number, et: number): number;
  /** sce2c for many epochs in one call: `sclkdps[i]` belongs to `ets[i]`. */
  sce2cBatch(sc: number, ets: Float64Array): Float64Array;
  /**
   * Encoded ticks to ET, TDB seconds past J2000 (sct2e_c). Throws SPICE(VALUEOUTOFRANGE) below
   * the first coefficient record's ticks or past the end of the last partition.
   *
   * @example spice.sct2e(-143, 11346801538567) // 684315301.9307654
   */
  sct2e(sc: number, sclkdp: number): number;
  /** sct2e for many encoded tick values in one call: `ets[i]` belongs to `sclkdps[i]`. */
  sct2eBatch(sc: number, sclkdps: Float64Array): Float64Array;
  /**
   * ET to encoded ticks rounded to a whole tick (sce2t_c); before the first coefficient record the
   * first record's rate is extrapolated. Throws SPICE(VALUEOUTOFRANGE) when the ticks fall before
   * the first record's or past the last partition's end.
   */
  sce2t(sc: number, et: number): number;
  /**
   * A clock string to encoded ticks (scencd_c). Without "p/", the first partition holding the
   * count. Throws SPICE(EMPTYSTRING) for "", SPICE(INVALIDSCLKSTRING) (blank, nothing after "/",
   * too many fields, a field that is not a number or below its offset; also an empty first field
   * such as "-5", as CSPICE answers after a failed call), SPICE(BADPARTNUMBER) (unreadable or
   * out-of-range partition), SPICE(NOTINPART), SPICE(NOPARTITION).
   *
   * @example spice.scencd(-143, "1/0173138451:13831") // 11346801538567
   */
  scencd(sc: number, sclkch: string): number;
  /**
   * Encoded ticks (rounded to a whole tick) to "p/<fields>", each field zero-padded to its width
   * and joined by the clock's output delimiter (scdecd_c). Throws SPICE(VALUEOUTOFRANGE) for ticks
   * outside every partition.
   *
   * @example spice.scdecd(-143, 11346801538567) // "1/0173138451:13831"
   */
  scdecd(sc: number, sclkdp: number): string;
  /**
   * ET to a clock string "p/<fields>" (sce2s_c: sce2t, then scdecd).
   *
   * @example spice.sce2s(-74, spice.str2et("2009-06-27T12:00:00")) // "6/0930571222.098" (MRO)
   */
  sce2s(sc: number, et: number): string;
  /**
   * A clock string to ET, TDB seconds past J2000 (scs2e_c: scencd, then sct2e).
   *
   * @example spice.scs2e(-143, "1/0173138451:13831") // 684315301.9307654
   */
  scs2e(sc: number, sclkch: string): number;
  /**
   * A clock string without partition to a tick count from the clock's zero, ignoring partitions
   * (sctiks_c). Missing trailing fields count as their offsets. Throws SPICE(EMPTYSTRING),
   * SPICE(INVALIDSCLKSTRING).
   *
   * @example spice.sctiks(-74, "0000000001:001") // 257 (MRO: 256 ticks per second)
   */
  sctiks(sc: number, clkstr: string): number;
  /**
   * A tick count (rounded to a whole tick) to a clock string without partition (scfmt_c), the
   * inverse of sctiks. Throws SPICE(VALUEOUTOFRANGE) for negative ticks.
   *
   * @example spice.scfmt(-74, 257) // "0000000001.001" (MRO writes "." between its fields)
   */
  scfmt(sc: number, ticks: number): string;
  /**
   * The clock's partitions (scpart_c): start and stop tick counts (as sctiks counts them) of each,
   * `pstart.length` partitions. Reads the SCLK01 variables without checking the clock's type, as
   * CSPICE does.
   */
  scpart(sc: number): { pstart: number[]; pstop: number[] };

  // ---- Issue 12, CK reading (ck) ----
  /**
   * Pointing of CK instrument `inst` at encoded SCLK `sclkdp` (ticks) relative to frame `ref`
   * (ckgp_c). The loaded CK segments are searched as CSPICE does: the last loaded file first, in a
   * file the last segment first; a segment whose interval widened by `tol` ticks holds the request
   * but has no data within `tol` of it lets the search go on. Pointing between data points is
   * interpolated as the segment's type prescribes (types 1 to 6); outside them the nearest data
   * within `tol` serve and `clkout` says which time. `{ found: false }` when nothing is within
   * `tol` (also for `tol < 0`). Throws SPICE(NOLOADEDFILES) when no CK is loaded,
   * SPICE(UNKNOWNFRAME) for an unknown `ref` (only once pointing is found), the frame system's
   * errors when `ref` differs from the segment's base frame (which needs the instrument's
   * spacecraft clock unless both frames are inertial), and a corrupt segment's errors.
   *
   * @example
   * const p = spice.ckgp(-143000, spice.sce2c(-143, et), 0, "J2000");
   * if (p.found) console.log(p.cmat, p.clkout);
   */
  ckgp(inst: number, sclkdp: number, tol: number, ref: string): Found<CkPointing>;
  /**
   * {@link ckgp} with angular velocity (ckgpav_c): only segments that carry angular velocity
   * serve; `av` is the instrument frame's angular velocity relative to `ref`, in `ref` (rad/s).
   * Throws SPICE(NOAVDATA) from a segment whose type needs it but whose data lack it.
   */
  ckgpav(inst: number, sclkdp: number, tol: number, ref: string): Found<CkPointingAv>;
  /** The instruments (CK IDs) of a CK (ckobj_c), united with `ids` when given: sorted, without duplicates. */
  ckobj(file: string, ids?: readonly number[]): number[];
  /**
   * Coverage of instrument `idcode` in a CK (ckcov_c), united with `cover` when given. `level`
   * "SEGMENT" takes each segment's interval, "INTERVAL" the intervals over which the data give
   * pointing (type 1: each instance; type 3/5: interpolation intervals up to their last instance;
   * ...). With `needav` only segments with angular velocity count. Each interval is widened by
   * `tol` ticks (never below tick 0); `timsys` "SCLK" gives ticks, "TDB" TDB seconds through the
   * instrument's clock. `file` is named as kernels are loaded and need not be loaded. Throws
   * SPICE(VALUEOUTOFRANGE) for `tol < 0`, SPICE(INVALIDOPTION) for another level,
   * SPICE(INVALIDARCHTYPE)/SPICE(INVALIDFILETYPE) for a file that is no CK, SPICE(NOTSUPPORTED)
   * for another time system.
   *
   * @example
   * spice.ckcov("/kernels/ck/mro.bc", -74000, false, "INTERVAL", 0, "SCLK").toPairs(); // [[start, stop], ...]
   */
  ckcov(
    file: string,
    idcode: number,
    needav: boolean,
    level: CkCoverageLevel,
    tol: number,
    timsys: "SCLK" | "TDB",
    cover?: WindowInput,
  ): SpiceWindow;
  /**
   * Loads a CK (cklpf_c): as {@link furnsh}, returning the file's DAF handle (as kinfo reports it).
   * The handle unloads it again with {@link ckupf}.
   */
  cklpf(kernel: KernelSource): number;
  /** Unloads the kernel with DAF handle `handle` (ckupf_c); a handle of no loaded kernel does nothing. */
  ckupf(handle: number): void;
  /**
   * The rotation matrix of a SPICE quaternion (q2m_c): `q` = (cos(theta/2), sin(theta/2) axis),
   * scalar first, gives the row-major matrix that rotates vectors by theta about axis (the
   * C-matrix convention of CKs). A quaternion that is not of unit length is used scaled by 1/|q|^2.
   * RangeError unless `q` has 4 numbers.
   */
  q2m(q: NumberArray): Matrix3;
  /**
   * The unit quaternion of a rotation matrix (m2q_c), scalar part non-negative. Throws
   * SPICE(NOTAROTATION) when `r` (row-major 3x3) is not a rotation within 0.1 in its columns' norms
   * and determinant.
   */
  m2q(r: NumberArray): [number, number, number, number];
  // ---- Issue 16, writers: output lifetime (h16-writers) ----
  /**
   * Frees a closed virtual output. A closed output's bytes stay in the backend (in core memory,
   * for `readVirtualOutput` and for a later `furnsh` of its id) until this call or `dispose`:
   * `kclear` does not free them, because outputs are not kernels (CSPICE's kclear unloads kernels
   * only). After release, `readVirtualOutput` and `furnsh` of the id throw (SPICE(OUTPUTRELEASED),
   * SPICE(NOSUCHFILE)); a kernel loaded from the output keeps its own bytes until it is unloaded.
   * Writing the id again makes a new output. Releasing twice does nothing; SPICE(OUTPUTSTILLOPEN)
   * while its writer is open, SPICE(NOSUCHFILE) for an id no writer produced. On the WASM backend
   * the module's memory does not shrink (WebAssembly memory never does): the freed bytes are reused
   * by later allocations, so writing and releasing outputs in a loop stays within the same memory.
   *
   * @example
   * const out = { kind: "virtual-output", path: "tmp/a.bsp" } as const;
   * const h = spice.spkopn(out, "a", 0); spice.spkw08(h, ...); spice.spkcls(h);
   * const bytes = spice.readVirtualOutput(out, { release: true }); // now only `bytes` holds the file
   */
  releaseVirtualOutput(output: VirtualOutput | string): void;

  // ---- Issue 13, vectors (h13-vectors): planes, ellipses, ellipsoid primitives, vector and matrix utilities ----
  // Vectors are 3 numbers, 3x3 matrices 9 row-major numbers (number[] or Float64Array in, number[]
  // out); every argument must be finite (RangeError otherwise, before anything reaches the core).
  /**
   * The plane `dot(x, normal) = konst` (nvc2pl_c): the normal made a unit vector and the constant
   * divided by its length; both negated when the constant comes out negative. SPICE(ZEROVECTOR) for a
   * zero normal.
   * @example
   * spice.nvc2pl([0, 0, 2], 4); // { normal: [0, 0, 1], constant: 2 }
   */
  nvc2pl(normal: NumberArray, konst: number): Plane;
  /** A plane's normal and constant (pl2nvc_c). */
  pl2nvc(plane: Plane): PlaneNormalConstant;
  /** The plane through `point` orthogonal to `normal` (nvp2pl_c). SPICE(ZEROVECTOR) for a zero normal. */
  nvp2pl(normal: NumberArray, point: NumberArray): Plane;
  /** A plane's unit normal and its point nearest the origin (pl2nvp_c). */
  pl2nvp(plane: Plane): PlaneNormalPoint;
  /**
   * The plane through `point` spanned by `span1` and `span2` (psv2pl_c); its normal is the unit
   * vector along span1 x span2 (negated when the constant would be negative). SPICE(DEGENERATECASE)
   * when the spanning vectors are parallel.
   */
  psv2pl(point: NumberArray, span1: NumberArray, span2: NumberArray): Plane;
  /** A plane's point nearest the origin and two orthonormal spanning vectors (pl2psv_c). */
  pl2psv(plane: Plane): PlanePointSpans;
  /**
   * Where the ray from `vertex` along `dir` meets `plane` (inrypl_c). SPICE(VECTORTOOBIG) when the
   * vertex or the plane is farther from the origin than DPMAX/3, SPICE(ZEROVECTOR) for a zero `dir`.
   */
  inrypl(vertex: NumberArray, dir: NumberArray, plane: Plane): RayPlaneIntersection;
  /**
   * The point of the line through `linpt` along `lindir` nearest to `point`, and the distance
   * (nplnpt_c). SPICE(ZEROVECTOR) for a zero direction.
   */
  nplnpt(linpt: NumberArray, lindir: NumberArray, point: NumberArray): NearPointDistance;
  /**
   * The ellipse `center + cos(t) vec1 + sin(t) vec2` with its semi-axes (cgv2el_c): any two
   * generating vectors, even parallel or zero ones, give orthogonal semi-axes.
   * @example
   * spice.cgv2el([0, 0, 0], [1, 1, 0], [1, -1, 0]); // semi-axes of length sqrt(2) along the diagonals
   */
  cgv2el(center: NumberArray, vec1: NumberArray, vec2: NumberArray): Ellipse;
  /** An ellipse's center and semi-axes (el2cgv_c). */
  el2cgv(ellipse: Ellipse): EllipseVectors;
  /** The semi-axes of the ellipse generated by `vec1` and `vec2` (saelgv_c); zeros for zero vectors. */
  saelgv(vec1: NumberArray, vec2: NumberArray): EllipseSemiAxes;
  /** The orthogonal projection of an ellipse onto a plane (pjelpl_c). */
  pjelpl(elin: Ellipse, plane: Plane): Ellipse;
  /**
   * The ellipse where `plane` cuts the ellipsoid x^2/a^2 + y^2/b^2 + z^2/c^2 = 1 (inedpl_c), or
   * `{ found: false }`. SPICE(DEGENERATECASE) for a semi-axis that is not positive.
   */
  inedpl(a: number, b: number, c: number, plane: Plane): Found<{ ellipse: Ellipse }>;
  /**
   * Where an ellipse meets a plane (inelpl_c). SPICE(INVALIDPLANE) for a zero normal or a negative
   * constant, SPICE(INVALIDELLIPSE) for semi-axes that are not orthogonal (within 1e-9 rad).
   */
  inelpl(ellipse: Ellipse, plane: Plane): EllipsePlaneIntersection;
  /**
   * The point of an ellipse nearest to `point`, and the distance (npelpt_c). SPICE(DEGENERATECASE)
   * when a semi-axis is zero.
   */
  npelpt(point: NumberArray, ellipse: Ellipse): NearPointDistance;
  /**
   * Where the ray from `positn` along `u` first meets the ellipsoid with semi-axes a, b, c along x, y,
   * z (surfpt_c), or `{ found: false }`. SPICE(ZEROVECTOR) for a zero `u`, then SPICE(BADAXISLENGTH)
   * for a semi-axis that is not positive.
   * @example
   * spice.surfpt([5, 0, 0], [-1, 0, 0], 1, 1, 1); // { found: true, point: [1, 0, 0] }
   */
  surfpt(positn: NumberArray, u: NumberArray, a: number, b: number, c: number): Found<{ point: Vector3 }>;
  /** The outward unit normal at a surface point of the ellipsoid (surfnm_c). SPICE(BADAXISLENGTH) for a semi-axis <= 0. */
  surfnm(a: number, b: number, c: number, point: NumberArray): Vector3;
  /**
   * The limb of the ellipsoid seen from `viewpt` (edlimb_c). SPICE(DEGENERATECASE) for a semi-axis
   * that is not positive, a viewpoint inside the ellipsoid, or geometry too extreme to find the limb.
   */
  edlimb(a: number, b: number, c: number, viewpt: NumberArray): Ellipse;
  /**
   * The point of the ellipsoid nearest to the line through `linept` along `linedr`, and its distance
   * from the line (npedln_c; 0 and the intercept when the line meets the ellipsoid).
   * SPICE(ZEROVECTOR) for a zero direction, SPICE(INVALIDAXISLENGTH) for a semi-axis <= 0.
   */
  npedln(a: number, b: number, c: number, linept: NumberArray, linedr: NumberArray): NearPointDistance;
  /** v1 + v2 (vadd_c). */
  vadd(v1: NumberArray, v2: NumberArray): Vector3;
  /** v1 - v2 (vsub_c). */
  vsub(v1: NumberArray, v2: NumberArray): Vector3;
  /** s * v1 (vscl_c). */
  vscl(s: number, v1: NumberArray): Vector3;
  /** -v1 (vminus_c; a zero component becomes -0, as in C). */
  vminus(v1: NumberArray): Vector3;
  /** The dot product (vdot_c). */
  vdot(v1: NumberArray, v2: NumberArray): number;
  /** The cross product v1 x v2 (vcrss_c). */
  vcrss(v1: NumberArray, v2: NumberArray): Vector3;
  /** The length, computed from the vector scaled by its largest component so it cannot overflow (vnorm_c). */
  vnorm(v1: NumberArray): number;
  /** The unit vector along v1, or the zero vector for the zero vector (vhat_c). */
  vhat(v1: NumberArray): Vector3;
  /**
   * The angle between two vectors, radians in [0, pi] (vsep_c; 0 when either is zero), from the
   * chord between their unit vectors, accurate near 0 and pi.
   */
  vsep(v1: NumberArray, v2: NumberArray): number;
  /** The projection of `a` onto `b` (vproj_c; zero when either is zero). */
  vproj(a: NumberArray, b: NumberArray): Vector3;
  /** The component of `a` orthogonal to `b` (vperp_c; zero when either is zero). */
  vperp(a: NumberArray, b: NumberArray): Vector3;
  /** `v` rotated by `theta` radians about `axis`, right-handed (vrotv_c); `v` itself for a zero axis. */
  vrotv(v: NumberArray, axis: NumberArray, theta: number): Vector3;
  /** m * vin for a row-major 3x3 `m` (mxv_c). */
  mxv(m: NumberArray, vin: NumberArray): Vector3;
  /** m^T * vin (mtxv_c). */
  mtxv(m: NumberArray, vin: NumberArray): Vector3;
  /** m1 * m2 (mxm_c), row-major 3x3. */
  mxm(m1: NumberArray, m2: NumberArray): Matrix3;
  /** m1 * m2^T (mxmt_c). */
  mxmt(m1: NumberArray, m2: NumberArray): Matrix3;
  /** m1^T * m2 (mtxm_c). */
  mtxm(m1: NumberArray, m2: NumberArray): Matrix3;
  /** The transpose (xpose_c). */
  xpose(m1: NumberArray): Matrix3;
  /**
   * The frame rotation [angle]_iaxis (rotate_c): the matrix taking components in a frame to components
   * in that frame rotated by `angle` radians about its axis `iaxis` (1 = x, 2 = y, 3 = z; other
   * integers taken mod 3). Exact zeros and ones off the rotation's plane.
   * @example
   * spice.rotate(Math.PI / 2, 3); // [6.1e-17, 1, 0, -1, 6.1e-17, 0, 0, 0, 1]
   */
  rotate(angle: number, iaxis: number): Matrix3;
  /** [angle]_iaxis * m1 (rotmat_c), computed row by row as CSPICE does. */
  rotmat(m1: NumberArray, angle: number, iaxis: number): Matrix3;
  /** The matrix that rotates vectors by `angle` radians about `axis`, right-handed (axisar_c). */
  axisar(axis: NumberArray, angle: number): Matrix3;
  /**
   * The axis and angle of a rotation matrix (raxisa_c): angle in [0, pi], axis (0, 0, 1) for the
   * identity. SPICE(NOTAROTATION) when `matrix` is not a rotation.
   */
  raxisa(matrix: NumberArray): AxisAndAngle;
  /**
   * The Euler angles of a rotation for the axis sequence axis3-axis2-axis1 (m2eul_c):
   * r = [angle3]_axis3 [angle2]_axis2 [angle1]_axis1. SPICE(BADAXISNUMBERS) for an axis outside
   * 1..3 or a middle axis equal to a neighbour, then SPICE(NOTAROTATION).
   */
  m2eul(r: NumberArray, axis3: number, axis2: number, axis1: number): EulerAngles3;
  /**
   * The rotation [angle3]_axis3 [angle2]_axis2 [angle1]_axis1 (eul2m_c). SPICE(BADAXISNUMBERS) unless
   * each axis is 1, 2 or 3.
   */
  eul2m(angle3: number, angle2: number, angle1: number, axis3: number, axis2: number, axis1: number): Matrix3;
  /** The distance between two points, |v1 - v2| (vdist_c). */
  vdist(v1: NumberArray, v2: NumberArray): number;
  /** a*v1 + b*v2 (vlcom_c). */
  vlcom(a: number, v1: NumberArray, b: number, v2: NumberArray): Vector3;
  /** a*v1 + b*v2 + c*v3 (vlcom3_c). */
  vlcom3(a: number, v1: NumberArray, b: number, v2: NumberArray, c: number, v3: NumberArray): Vector3;
  // ---- Issue 13, coordinates (h13-coords) ----
  // Angles are radians; distances are in whatever unit the caller's numbers are. Jacobians are 3x3
  // matrices, row-major (9 numbers): row i is the derivative of output coordinate i.

  /**
   * Latitudinal coordinates of a rectangular vector (reclat_c): radius, longitude in (-pi, pi],
   * latitude in [-pi/2, pi/2]. All 0 for the zero vector; longitude 0 on the z-axis. RangeError
   * unless `rectan` has 3 numbers.
   *
   * @example
   * const { radius, lon, lat } = spice.reclat([1, 1, Math.SQRT2]); // 2, pi/4, pi/4
   */
  reclat(rectan: NumberArray): LatitudinalCoordinates;
  /** Rectangular coordinates of latitudinal ones (latrec_c): `radius * (cos lon cos lat, sin lon cos lat, sin lat)`. */
  latrec(radius: number, lon: number, lat: number): Vector3;
  /**
   * Spherical coordinates of a rectangular vector (recsph_c): radius, colatitude (from +z) in
   * [0, pi], longitude in (-pi, pi]. All 0 for the zero vector.
   */
  recsph(rectan: NumberArray): SphericalCoordinates;
  /** Rectangular coordinates of spherical ones (sphrec_c): `r * (cos slon sin colat, sin slon sin colat, cos colat)`. */
  sphrec(r: number, colat: number, slon: number): Vector3;
  /**
   * Cylindrical coordinates of a rectangular vector (reccyl_c): distance from the z-axis,
   * longitude in [0, 2 pi) (0 on the axis), z.
   */
  reccyl(rectan: NumberArray): CylindricalCoordinates;
  /** Rectangular coordinates of cylindrical ones (cylrec_c): `(r cos clon, r sin clon, z)`. */
  cylrec(r: number, clon: number, z: number): Vector3;
  /**
   * Geodetic coordinates of a point (recgeo_c) relative to the spheroid of equatorial radius `re`
   * and flattening `f = (re - rp) / re`: longitude in (-pi, pi], latitude of the surface normal,
   * altitude above the nearest surface point (negative inside). SPICE(VALUEOUTOFRANGE) when
   * re <= 0 or f >= 1.
   *
   * @example
   * const [re, , rp] = spice.bodvrd("EARTH", "RADII", 3);
   * const { lon, lat, alt } = spice.recgeo([-2353.6, -4641.4, 3677.1], re, (re - rp) / re);
   */
  recgeo(rectan: NumberArray, re: number, f: number): GeodeticCoordinates;
  /**
   * Planetographic coordinates of a point (recpgr_c): geodetic latitude and altitude on the spheroid
   * (`re`, `f`), longitude in [0, 2 pi) positive in the body's planetographic sense: west for
   * bodies whose prime meridian rate (second value of `BODY<id>_PM`) is >= 0, east when it is
   * negative, east for Earth, Moon and Sun; `BODY<id>_PGR_POSITIVE_LON = 'EAST' | 'WEST'` in the
   * pool overrides. Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(IDCODENOTFOUND) for an
   * unknown body, SPICE(VALUEOUTOFRANGE) (re <= 0, f >= 1), SPICE(INVALIDOPTION) for another
   * override value, SPICE(MISSINGDATA) when neither the override nor `BODY<id>_PM` is available
   * (Earth needs neither).
   *
   * @example
   * spice.furnsh("pck00010.tpc");
   * const [re, , rp] = spice.bodvrd("MARS", "RADII", 3);
   * spice.recpgr("MARS", [0, -2620.678914818178, 2592.408908856967], re, (re - rp) / re); // lon 90 deg W
   */
  recpgr(body: string, rectan: NumberArray, re: number, f: number): GeodeticCoordinates;
  /** Rectangular coordinates of planetographic ones (pgrrec_c); the body, sense and errors as {@link recpgr}. */
  pgrrec(body: string, lon: number, lat: number, alt: number, re: number, f: number): Vector3;
  /** Range, right ascension in [0, 2 pi) and declination of a vector (recrad_c). All 0 for the zero vector. */
  recrad(rectan: NumberArray): RaDecCoordinates;
  /** Rectangular coordinates of range, right ascension and declination (radrec_c). */
  radrec(range: number, ra: number, dec: number): Vector3;
  /** Cylindrical to latitudinal (cyllat_c); the longitude passes through unchanged. */
  cyllat(r: number, clon: number, z: number): LatitudinalCoordinates;
  /** Cylindrical to spherical (cylsph_c); the longitude passes through unchanged. */
  cylsph(r: number, clon: number, z: number): CylindricalToSpherical;
  /** Latitudinal to cylindrical (latcyl_c); the longitude passes through unchanged. */
  latcyl(radius: number, lon: number, lat: number): CylindricalCoordinates;
  /** Latitudinal to spherical (latsph_c): colatitude = pi/2 - latitude. */
  latsph(radius: number, lon: number, lat: number): LatitudinalToSpherical;
  /** Spherical to cylindrical (sphcyl_c); the longitude passes through unchanged. */
  sphcyl(radius: number, colat: number, slon: number): CylindricalCoordinates;
  /** Spherical to latitudinal (sphlat_c): latitude = pi/2 - colatitude. */
  sphlat(r: number, colat: number, slon: number): LatitudinalCoordinates;
  /**
   * Jacobian d(radius, lon, lat)/d(x, y, z) at a rectangular point (dlatdr_c), row-major.
   * SPICE(POINTONZAXIS) when x = y = 0.
   */
  dlatdr(x: number, y: number, z: number): Matrix3;
  /** Jacobian d(x, y, z)/d(radius, lon, lat) at latitudinal coordinates (drdlat_c), row-major. */
  drdlat(r: number, lon: number, lat: number): Matrix3;
  /**
   * Jacobian d(r, clon, z)/d(x, y, z) at a rectangular point (dcyldr_c), row-major.
   * SPICE(POINTONZAXIS) when x = y = 0.
   */
  dcyldr(x: number, y: number, z: number): Matrix3;
  /** Jacobian d(x, y, z)/d(r, clon, z) at cylindrical coordinates (drdcyl_c), row-major. */
  drdcyl(r: number, clon: number, z: number): Matrix3;
  /**
   * Jacobian d(radius, colat, lon)/d(x, y, z) at a rectangular point (dsphdr_c), row-major.
   * SPICE(POINTONZAXIS) when x = y = 0.
   */
  dsphdr(x: number, y: number, z: number): Matrix3;
  /** Jacobian d(x, y, z)/d(radius, colat, slon) at spherical coordinates (drdsph_c), row-major. */
  drdsph(r: number, colat: number, slon: number): Matrix3;
  /**
   * Jacobian d(lon, lat, alt)/d(x, y, z) at a rectangular point (dgeodr_c), row-major, on the
   * spheroid (`re`, `f`). SPICE(VALUEOUTOFRANGE) when f >= 1, SPICE(BADRADIUS) when re <= 0,
   * SPICE(POINTONZAXIS) when x = y = 0, in that order.
   */
  dgeodr(x: number, y: number, z: number, re: number, f: number): Matrix3;
  /**
   * Jacobian d(x, y, z)/d(lon, lat, alt) at geodetic coordinates (drdgeo_c), row-major.
   * SPICE(VALUEOUTOFRANGE) when f >= 1, SPICE(BADRADIUS) when re <= 0.
   */
  drdgeo(lon: number, lat: number, alt: number, re: number, f: number): Matrix3;
  /**
   * Jacobian d(lon, lat, alt)/d(x, y, z) of planetographic coordinates (dpgrdr_c), row-major: the
   * geodetic one with its longitude row times the body's sense. Errors as {@link recpgr}, then
   * SPICE(POINTONZAXIS).
   */
  dpgrdr(body: string, x: number, y: number, z: number, re: number, f: number): Matrix3;
  /**
   * Jacobian d(x, y, z)/d(lon, lat, alt) at planetographic coordinates (drdpgr_c), row-major. Errors
   * as {@link recpgr}.
   */
  drdpgr(body: string, lon: number, lat: number, alt: number, re: number, f: number): Matrix3;
  /**
   * A state (position and velocity, 6 numbers) converted from coordinate system `icosys` to
   * `ocosys` (xfmsta_c; the names of `CoordinateSystem`, any case, blanks ignored). The position's
   * three numbers are each system's coordinates in the order of its conversion routine (RECTANGULAR
   * x, y, z; CYLINDRICAL r, clon, z; LATITUDINAL radius, lon, lat; SPHERICAL radius, colat, lon;
   * GEODETIC and PLANETOGRAPHIC lon, lat, alt), the velocity their time derivatives. GEODETIC and
   * PLANETOGRAPHIC use the spheroid of `body`'s `BODY<id>_RADII` (re = radii[0], f = (radii[0] -
   * radii[2]) / radii[0]); `body` is otherwise unused but must not be empty. Errors in CSPICE's
   * order: SPICE(EMPTYSTRING), SPICE(COORDSYSNOTREC); equal systems return the input;
   * SPICE(IDCODENOTFOUND), the radii's errors (SPICE(KERNELVARNOTFOUND) ...), SPICE(NOTSUPPORTED)
   * for unequal equatorial radii; the conversions' errors; SPICE(NUMERICOVERFLOW);
   * SPICE(INVALIDSTATE) for a position on the z-axis moving off it. On the z-axis with a velocity
   * along it, CSPICE gives the z rate as the rate of z/altitude (cylindrical, geodetic,
   * planetographic) or of the radius (latitudinal, spherical), without a sign change below the x-y
   * plane.
   *
   * @example
   * const geo = spice.xfmsta(state, "RECTANGULAR", "GEODETIC", "EARTH"); // [lon, lat, alt, dlon, dlat, dalt]
   */
  xfmsta(istate: NumberArray, icosys: string, ocosys: string, body: string): State6;

  /**
   * The ID code of the surface named `srfstr` on the body `bodstr` (srfs2c_c). Surface names come
   * from the pool's NAIF_SURFACE_NAME / NAIF_SURFACE_CODE / NAIF_SURFACE_BODY (parallel arrays,
   * usually in an FK): names compare without case, leading blanks or repeated blanks, and the last
   * assignment of a name to a body wins. A string holding an integer ("425000001") is accepted as
   * the code itself when no name matches. `bodstr` is a body name or integer string; when it is
   * neither, the surface is not found. SPICE(EMPTYSTRING) for an empty argument; SPICE(BADSURFACEMAP),
   * SPICE(BADVARIABLETYPE), SPICE(ARRAYSIZEMISMATCH), SPICE(TOOMANYSURFACES),
   * SPICE(BLANKNAMEASSIGNED) for a malformed table.
   *
   * @example
   * spice.srfs2c("APOPHIS_ORX_G_25M", "APOPHIS"); // { found: true, code: 425000001 } with the Apophis FK
   */
  srfs2c(srfstr: string, bodstr: string): Found<{ code: number }>;
  /** {@link srfs2c} with the body given by its NAIF ID code (srfscc_c). */
  srfscc(srfstr: string, bodyid: number): Found<{ code: number }>;
  /**
   * The name of surface `code` on body `bodyid` (srfc2s_c), or the code as a decimal string with
   * `isname` false when it has none. A code named twice for a body gives the later name; a code
   * whose name a later entry reassigned to another code has no name. Errors as {@link srfs2c}.
   */
  srfc2s(code: number, bodyid: number): SurfaceString;
  /** {@link srfc2s} with the body given as a name or integer string (srfcss_c); an unknown body gives the code's string. */
  srfcss(code: number, bodstr: string): SurfaceString;


  // ---- Issue 13, surface geometry (h13-surface) ----
  /**
   * The sub-observer point on `target` (subpnt_c, CSPICE N0067). `method`: `"NEAR POINT/ELLIPSOID"`
   * (or `NADIR`: the point of the reference ellipsoid nearest the observer) or
   * `"INTERCEPT/ELLIPSOID"` (where the line to the target's center meets it); keywords separated by
   * `/`, in any order, case and blanks ignored; the legacy `"Near point: ellipsoid"` and
   * `"Intercept: ellipsoid"` too. `fixref` is a body-fixed frame centered on the target; `abcorr`
   * any of the nine corrections. Returns the point (km, `fixref` at `trgepc`), the target epoch and
   * the observer-to-point vector. Errors in CSPICE's order: SPICE(INVALIDOPTION) (abcorr),
   * SPICE(IDCODENOTFOUND) (target, observer), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME),
   * SPICE(INVALIDFRAME) (fixref not centered on the target), SPICE(BADMETHODSYNTAX) /
   * SPICE(INVALIDSUBTYPE) (method), then SPICE(SPKINSUFFDATA), SPICE(KERNELVARNOTFOUND) (no radii)
   * and the frame errors; for DSK methods (`"NADIR/DSK/UNPRIORITIZED"`,
   * `"INTERCEPT/DSK/UNPRIORITIZED[/SURFACES = ...]"`) SPICE(DSKDATANOTFOUND) when the body has no DSK.
   *
   * @example
   * const { spoint, trgepc, srfvec } = spice.subpnt("NEAR POINT/ELLIPSOID", "MOON", et, "IAU_MOON", "LT+S", "EARTH");
   */
  subpnt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string): SurfacePoint;
  /**
   * The sub-solar point on `target` (subslr_c): as {@link subpnt} with the direction of the Sun seen
   * from the target at `trgepc`; `srfvec` goes from the observer to the point. Also
   * SPICE(NOTSUPPORTED) for the transmission corrections (`X...`) and SPICE(INVALIDTARGET) when the
   * target is the Sun.
   */
  subslr(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string): SurfacePoint;
  /**
   * Illumination angles at the surface point `spoint` (km, in `fixref`) of `target`, lit by the Sun
   * (ilumin_c): phase, incidence and emission angles in radians, the point's epoch and the
   * observer-to-point vector. `method` is `"ELLIPSOID"` (the normal of the reference ellipsoid).
   * Errors: SPICE(INVALIDOPTION), SPICE(IDCODENOTFOUND), SPICE(BADMETHODSYNTAX), SPICE(INVALIDMETHOD)
   * (a sub-point type in `method`), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME), SPICE(INVALIDFRAME),
   * then the ephemeris errors.
   */
  ilumin(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray): IlluminationAngles;
  /** {@link ilumin} with any light source `ilusrc` (illumg_c): a body name or ID string. */
  illumg(method: string, target: string, ilusrc: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray): IlluminationAngles;
  /**
   * {@link illumg} plus flags (illumf_c): `visibl` when the emission angle is at most pi/2, `lit` when
   * the incidence angle is.
   *
   * @example
   * const { phase, incdnc, emissn, lit } = spice.illumf("ELLIPSOID", "MOON", "SUN", et, "IAU_MOON", "CN+S", "EARTH", spoint);
   */
  illumf(method: string, target: string, ilusrc: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray): IlluminationFlags;
  /**
   * The surface intercept of a ray from the observer (sincpt_c): `dvec` (3 numbers, any length) in
   * frame `dref` at et (or, with light time, at et -+ the light time to `dref`'s center when that
   * center is neither the observer nor the frame inertial). `method` `"ELLIPSOID"`. `{ found: false }`
   * when the ray misses the target; otherwise the point (`fixref` at `trgepc`), `trgepc` and the
   * observer-to-point vector, which is parallel to the (un-aberrated) ray. Errors:
   * SPICE(INVALIDOPTION), SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME) (fixref),
   * SPICE(INVALIDFRAME), SPICE(ZEROVECTOR), SPICE(NOFRAME) (dref), SPICE(BADMETHODSYNTAX),
   * SPICE(INVALIDMETHOD), then the ephemeris and frame errors.
   *
   * @example
   * const hit = spice.sincpt("ELLIPSOID", "MOON", et, "IAU_MOON", "CN+S", "EARTH", "J2000", direction);
   * if (hit.found) console.log(hit.spoint);
   */
  sincpt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string, dref: string,
    dvec: NumberArray): Found<SurfacePoint>;
  /**
   * The phase angle at the center of `target` between the directions to `obsrvr` and to `illmn`
   * (phaseq_c), radians in [0, pi]: the target seen from the observer with `abcorr`, the
   * illuminator seen from the target at et - lt. Reception corrections only. Errors:
   * SPICE(IDCODENOTFOUND), SPICE(INVALIDOPTION) (also for `X...`), SPICE(BODIESNOTDISTINCT), then
   * the ephemeris errors.
   */
  phaseq(et: number, target: string, illmn: string, obsrvr: string, abcorr: AbCorr): number;
  /**
   * The angular separation of two targets seen from `obsrvr` (trgsep_c), radians: between their
   * centers for shapes `"POINT"`, between their limbs for `"SPHERE"` (the largest of
   * BODYnnn_RADII; negative when the spheres overlap). The frames are not used by these shapes.
   * Errors: SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION),
   * SPICE(NOTRECOGNIZED) (shape), then the radii and ephemeris errors, SPICE(INSIDEBODY).
   */
  trgsep(et: number, targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string,
    obsrvr: string, abcorr: AbCorr): number;
  /**
   * The planetocentric longitude of the Sun, L_s, seen from `body` (lspcn_c): radians in [0, 2 pi),
   * the Sun's direction in the frame of the body's orbit plane whose +X is the equinox (the body's
   * north pole crossed with its orbital angular momentum). Errors: SPICE(NOTRANSLATION) (body),
   * SPICE(DEPENDENTVECTORS) (e.g. the Sun itself), then the orientation and ephemeris errors.
   */
  lspcn(body: string, et: number, abcorr: AbCorr): number;
  /**
   * The occultation state of two targets seen from `obsrvr` at `et` (occult_c): 0 none; 1, 2, 3 when
   * `targ1` partially occults, transits (annularly) or totally occults `targ2`; -1, -2, -3 the same
   * with `targ2` in front. Shapes `"ELLIPSOID"` (with the body-fixed frame) or `"POINT"` (frame
   * ignored, e.g. `" "`); two points are SPICE(INVALIDSHAPECOMBO). `abcorr` NONE, LT, CN, XLT, XCN
   * (stellar aberration is ignored). Errors: SPICE(IDCODENOTFOUND), SPICE(BADMETHODSYNTAX) (shape),
   * SPICE(BODIESNOTDISTINCT), SPICE(INVALIDSHAPECOMBO), SPICE(INVALIDOPTION), SPICE(INVALIDFRAME),
   * then the ephemeris, radii and frame errors; SPICE(NOTDISJOINT) for intersecting bodies.
   */
  occult(targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string,
    abcorr: AbCorr, obsrvr: string, et: number): number;
  /**
   * The point of a ray nearest a target's reference ellipsoid (tangpt_c): `tanpt` on the ray, its
   * altitude `alt` above `srfpt` (the ellipsoid point nearest the ray; 0 when the ray hits), the
   * `range` from the observer to `tanpt`, the target epoch and the observer-to-`srfpt` vector, all in
   * `fixref` at `trgepc` (km). `corloc` `"TANGENT POINT"` or `"SURFACE POINT"` says where the
   * corrections apply. Errors: SPICE(INVALIDOPTION), SPICE(NOTSUPPORTED) (method, corloc),
   * SPICE(ZEROVECTOR), SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME),
   * SPICE(INVALIDFRAME), then the ephemeris errors, SPICE(INVALIDGEOMETRY) (observer inside).
   */
  tangpt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, corloc: string, obsrvr: string,
    dref: string, dvec: NumberArray): TangentPoint;
  /**
   * Limb points of `target` (limbpt_c): `ncuts` half-planes about the observer-target axis, the
   * first containing `refvec`, each rolled by `rolstp` radians; `npts[i]` points in cut `i` (always 1
   * on an ellipsoid; 0, 1 or more on a DSK shape, whose limb need not be one curve), each with its
   * epoch and the observer-to-point vector (`tangts`), in `fixref` (km). `method`
   * `"TANGENT/ELLIPSOID"`, `"GUIDED/ELLIPSOID"`, `"TANGENT/DSK/UNPRIORITIZED[/SURFACES = ...]"` (rays
   * from the observer swept across the surface in steps of `schstp` radians, tangencies refined to
   * `soltol` radians: CSPICE's ZZTANGNT) or `"GUIDED/DSK/UNPRIORITIZED"` (the surface point under
   * the reference ellipsoid's limb point); `corloc` `"CENTER"` or `"ELLIPSOID LIMB"` (TANGENT only).
   * Errors: SPICE(INVALIDLOCUS), SPICE(BADLIMBLOCUSMIX), SPICE(ZEROVECTOR), SPICE(INVALIDCOUNT)
   * (ncuts < 1 or > maxn), SPICE(INVALIDSEARCHSTEP)/SPICE(INVALIDTOLERANCE) (DSK), SPICE(DSKDATANOTFOUND),
   * SPICE(OUTOFROOM) (more than `maxn` points in one cut), ...
   *
   * @example
   * const { npts, points } = spice.limbpt("TANGENT/DSK/UNPRIORITIZED", "APOPHIS", et, "APOPHIS_FIXED", "CN",
   *   "CENTER", "SPICECRAFT_PROBE", [0, 0, 1], Math.PI / 2, 4, 1e-4, 1e-7, 1000);
   */
  limbpt(method: string, target: string, et: number, fixref: string, abcorr: AbCorr, corloc: string, obsrvr: string,
    refvec: NumberArray, rolstp: number, ncuts: number, schstp: number, soltol: number, maxn: number): CutPoints;
  /**
   * Terminator points of `target` lit by `ilusrc` (termpt_c): as {@link limbpt} with half-planes about
   * the target-source axis and a spherical source (its largest radius); `method`
   * `"UMBRAL|PENUMBRAL/TANGENT|GUIDED/ELLIPSOID"` or `".../DSK/UNPRIORITIZED[/SURFACES = ...]"`
   * (TANGENT: rays tangent to the source swept across the surface; GUIDED: the outermost surface
   * point above the ellipsoid's terminator point), `corloc` `"CENTER"` or `"ELLIPSOID TERMINATOR"`;
   * `tangts` are the observer-to-point vectors. Errors: SPICE(INVALIDSHADOW), SPICE(BADTERMLOCUSMIX),
   * SPICE(BODIESNOTDISTINCT) (source = target), SPICE(OBJECTSTOOCLOSE), SPICE(OUTOFROOM), ...
   */
  termpt(method: string, ilusrc: string, target: string, et: number, fixref: string, abcorr: AbCorr, corloc: string,
    obsrvr: string, refvec: NumberArray, rolstp: number, ncuts: number, schstp: number, soltol: number,
    maxn: number): CutPoints;
  /**
   * Whether the ray `raydir` (3 numbers, frame `rframe`) from `obsrvr` lies in the field of view of
   * instrument `inst` (a name or ID string; FOV from the loaded IK) at `et` (fovray_c). `abcorr`
   * NONE, S or XS (light time does not apply to rays). Errors: SPICE(IDCODENOTFOUND),
   * SPICE(INVALIDFRAME), SPICE(INVALIDOPTION), SPICE(ZEROVECTOR), getfov's (SPICE(FRAMEMISSING) ...).
   */
  fovray(inst: string, raydir: NumberArray, rframe: string, abcorr: AbCorr, obsrvr: string, et: number): boolean;
  /**
   * Whether `target` (shape `"POINT"`, or `"ELLIPSOID"` with its body-fixed frame `tframe`) is at
   * least partly in the field of view of `inst` seen from `obsrvr` at `et` (fovtrg_c). Errors:
   * SPICE(INVALIDSHAPE), SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT), SPICE(INVALIDFRAME),
   * SPICE(INVALIDOPTION), then the FOV, ephemeris and radii errors.
   */
  fovtrg(inst: string, target: string, tshape: string, tframe: string, abcorr: AbCorr, obsrvr: string,
    et: number): boolean;
  /**
   * The terminator of `target`'s reference ellipsoid lit by `source` (a sphere of the source's
   * largest radius) (edterm_c): `npts` points at equal angles about the target-source axis, on the
   * UMBRAL (total shadow) or PENUMBRAL (full light) boundary, in `fixref` at `trgepc` (km), with the
   * observer's position relative to the target. Errors: SPICE(NOTRANSLATION) (frame or bodies),
   * SPICE(INVALIDFIXREF), the radii and ephemeris errors, SPICE(NOTSUPPORTED) (type),
   * SPICE(INVALIDSIZE) (npts < 1), SPICE(OBJECTSTOOCLOSE).
   */
  edterm(trmtyp: string, source: string, target: string, et: number, fixref: string, abcorr: AbCorr, obsrvr: string,
    npts: number): EllipsoidTerminator;
  // ---- Issue 13, DSK (h13-dsk): files, DLA segment lists, type 2 plates ----
  /**
   * The bodies with segments in a DSK file (dskobj_c), united with `ids` when given, sorted and
   * without duplicates. `file` is named as kernels are loaded and need not be loaded. Throws
   * SPICE(FILENOTFOUND) for no such file, SPICE(INVALIDARCHTYPE) for a file that is not DAS (an SPK,
   * a text kernel), SPICE(INVALIDFILETYPE) for a DAS file that is not a DSK.
   *
   * @example
   * spice.dskobj("/kernels/dsk/apophis.bds"); // [2099942]
   */
  dskobj(file: string, ids?: readonly number[]): number[];
  /**
   * The surfaces a DSK file has segments for on body `bodyid` (dsksrf_c), united with `ids` when
   * given, sorted. `[]` for a body the file lacks. Errors as dskobj.
   */
  dsksrf(file: string, bodyid: number, ids?: readonly number[]): number[];
  /**
   * The first DLA segment descriptor of a DAS file opened with {@link dasopr} (or of a loaded DSK,
   * by its kdata handle), as dlabfs_c: `{ found: false }` for a file without segments.
   * SPICE(DASNOSUCHHANDLE) for a handle that is not open.
   */
  dlabfs(handle: number): Found<{ descr: import("./types.js").DlaDescriptor }>;
  /**
   * spicecraft's older form, kept: every DLA segment descriptor of a DSK file named by path or
   * virtual id, in the order dlabfs_c/dlafns_c walk them. Errors as dskobj.
   */
  dlabfs(file: string): import("./types.js").DlaDescriptor[];
  /**
   * The DSK descriptor of a file's segment `i` (0-based, in DLA order; dskgd_c). Errors as dskobj;
   * SPICE(INDEXOUTOFRANGE) when the file has no segment `i`.
   */
  dskgd(file: string, i: number): import("./types.js").DskDescriptor;
  /**
   * The sizes and voxel-grid parameters of a file's type 2 segment `i` (dskb02_c). Errors as dskgd;
   * SPICE(WRONGDATATYPE) for a segment of another type.
   */
  dskb02(file: string, i: number): import("./types.js").DskType2Bounds;
  /** The vertex and plate counts of a file's type 2 segment `i` (dskz02_c). Errors as dskb02. */
  dskz02(file: string, i: number): { nv: number; np: number };
  /**
   * Up to `room` plates of a file's type 2 segment `i` from the 1-based plate `start` (dskp02_c),
   * each as its three 1-based vertex IDs. Throws SPICE(INDEXOUTOFRANGE) for `start` outside 1..np,
   * SPICE(VALUEOUTOFRANGE) for `room < 1`; errors as dskb02.
   */
  dskp02(file: string, i: number, start: number, room: number): [number, number, number][];
  /**
   * Up to `room` vertices (km, in the segment's frame) of a file's type 2 segment `i` from the
   * 1-based vertex `start` (dskv02_c). Errors as dskp02 (with 1..nv).
   */
  dskv02(file: string, i: number, start: number, room: number): Vector3[];
  /**
   * The outward unit normal of plate `plid` (1-based) of a file's type 2 segment `i` (dskn02_c).
   * Throws SPICE(INDEXOUTOFRANGE) for `plid` outside 1..np; errors as dskb02.
   */
  dskn02(file: string, i: number, plid: number): Vector3;
  /**
   * Integer data of a file's type 2 segment `i` (dski02_c): up to `room` values of item `item`
   * (dsk02.inc codes: 1 NV, 2 NP, 3 NVXTOT, 4 VGREXT, 5 CGSCAL, 6 VOXNPT, 7 VOXNPL, 8 VTXNPL,
   * 9 plates, 10 voxel-plate pointers, 11 voxel-plate list, 12 vertex-plate pointers, 13
   * vertex-plate list, 14 coarse grid) from its 1-based element `start`. Throws
   * SPICE(VALUEOUTOFRANGE) for `room < 1`, SPICE(NOTSUPPORTED) for another item,
   * SPICE(INDEXOUTOFRANGE) for `start` outside the item.
   */
  dski02(file: string, i: number, item: number, start: number, room: number): number[];
  /**
   * Double precision data of a file's type 2 segment `i` (dskd02_c): item 15 the descriptor,
   * 16 the vertex bounds, 17 the voxel origin, 18 the voxel size, 19 the vertices (flat). Errors as
   * dski02.
   */
  dskd02(file: string, i: number, item: number, start: number, room: number): number[];
  // ---- Issue 13, DSK (h13-dsk): ray-surface intercepts, latsrf, tolerances ----
  /**
   * Where a ray meets the surface of `target` given by the loaded DSK segments (dskxsi_c):
   * unprioritized over the segments for the surfaces `srflst` (all when empty) that cover `et`,
   * the nearest intercept wins. `vertex` and `raydir` are in the body-fixed frame `fixref` (km,
   * relative to the target). With the intercept: the segment's DLA and DSK descriptors and, for a
   * type 2 segment, the plate ID in `ic[0]` (`dc` is `[0]`). Throws SPICE(BADPRIORITYSPEC) for
   * `pri` true (CSPICE N0067 searches unprioritized only), SPICE(IDCODENOTFOUND) for an unknown
   * target or frame, SPICE(INVALIDFRAME) for a frame not centered on the target,
   * SPICE(DSKDATANOTFOUND) when no loaded DSK of the target has the surfaces (or none of the
   * target is loaded), SPICE(ZEROVECTOR) for a zero direction.
   *
   * @example
   * const r = spice.dskxsi(false, "APOPHIS", [], et, "APOPHIS_FIXED", [-0.75, 0.06, -0.54], [0.72, 0.03, 0.5]);
   * if (r.found) console.log(r.xpt, r.ic[0]); // the point (km) and the plate hit
   */
  dskxsi(pri: boolean, target: string, srflst: readonly number[], et: number, fixref: string, vertex: NumberArray,
    raydir: NumberArray): Found<import("./types.js").DskRayIntercept>;
  /**
   * dskxsi for many rays (dskxv_c): `vtxarr[i]`, `dirarr[i]` (km, in `fixref`). `xptarr[i]` is the
   * intercept or null where the ray misses, `fndarr[i]` whether it hit. Errors as dskxsi; a
   * RangeError when the arrays' lengths differ or a ray is not 3 numbers.
   */
  dskxv(pri: boolean, target: string, srflst: readonly number[], et: number, fixref: string,
    vtxarr: readonly NumberArray[], dirarr: readonly NumberArray[]): { xptarr: (Vector3 | null)[]; fndarr: boolean[] };
  /**
   * Surface points of `target` at planetocentric `[lon, lat]` pairs (radians) in the body-fixed
   * frame `fixref` (latsrf_c). `method` is "ELLIPSOID" (the body's RADII) or
   * "DSK/UNPRIORITIZED[/SURFACES = <names or IDs>]" (where the ray from far outside toward the
   * center meets the DSK surface). Throws SPICE(IDCODENOTFOUND), SPICE(NOFRAME), SPICE(INVALIDFRAME),
   * SPICE(BADMETHODSYNTAX) / SPICE(BADPRIORITYSPEC) for a bad method, SPICE(DSKDATANOTFOUND) when
   * no DSK data match, SPICE(POINTNOTFOUND) where no surface lies on a ray.
   */
  latsrf(method: string, target: string, et: number, fixref: string, lonlat: readonly NumberArray[]): Vector3[];
  /**
   * A DSK tolerance or margin (dskgtl_c): keyword 1 XFRACT (plate expansion, 1e-10), 2 SGREED
   * (segment greedy margin, 1e-8), 3 SGPADM (segment pad, 1e-10), 4 PTMEMM (point membership, 1e-7),
   * 5 ANGMRG (1e-12), 6 LONALI (1e-12). Per backend instance. SPICE(INDEXOUTOFRANGE) for another keyword.
   */
  dskgtl(keywrd: number): number;
  /**
   * Sets a DSK tolerance (dskstl_c) for this backend instance. SPICE(INDEXOUTOFRANGE) for a keyword
   * outside 1..6, SPICE(IMMUTABLEVALUE) for 5 and 6.
   */
  dskstl(keywrd: number, dpval: number): void;
  /**
   * Outward unit normals at surface points of `target` (srfnrm_c), points and normals in the
   * body-fixed frame `fixref` (km). `method` "ELLIPSOID" (each point must lie on the RADII
   * ellipsoid within the PTMEMM margin: SPICE(POINTNOTONSURFACE)) or "DSK/UNPRIORITIZED[/SURFACES =
   * ...]" (the normal of the plate under each point: SPICE(POINTNOTINSEGMENT),
   * SPICE(POINTOFFSURFACE)). Target, frame and method errors as latsrf.
   */
  srfnrm(method: string, target: string, et: number, fixref: string, srfpts: readonly NumberArray[]): Vector3[];
  // ---- Issue 13, DSK writers (h13-dsk) ----
  /**
   * Opens a new DSK for writing (dskopn_c): a VirtualOutput (kept in the backend: readVirtualOutput,
   * furnsh by its id) or a host path (written when the handle closes; Node only). `ncomch`
   * characters of comment area are reserved. Throws SPICE(FILEOPENFAIL) for a name already being
   * written, SPICE(EMPTYSTRING)/SPICE(BLANKFILENAME) for empty names.
   *
   * @example
   * const h = spice.dskopn({ kind: "virtual-output", path: "out/shape.bds" }, "shape", 0);
   * const { spaixd, spaixi } = spice.dskmi2(nv, vrtces, np, plates, 5, 2, 1_000_000, 200_000, 1_000_000, false, 3_000_000);
   * spice.dskw02(h, 2099942, 1, 2, "APOPHIS_FIXED", 1, new Array(10).fill(0), -Math.PI, Math.PI, -Math.PI / 2, Math.PI / 2,
   *   ...Object.values(spice.dskrb2(nv, vrtces, np, plates, 1)), -1e9, 1e9, nv, vrtces, np, plates, spaixd, spaixi);
   * spice.dskcls(h);
   */
  dskopn(file: OutputTarget, ifname: string, ncomch: number): number;
  /**
   * The spatial index of a type 2 plate model (dskmi2_c): `vrtces` flat (3 per vertex, km),
   * `plates` flat (3 one-based vertex IDs per plate); `finscl` the fine voxel size as a multiple of
   * the average plate extent, `corscl` the coarse voxel scale; `worksz`, `voxpsz`, `voxlsz`,
   * `spxisz` the sizes CSPICE's caller would allocate (checked as CSPICE checks them); `makvtl`
   * also builds the vertex-plate map. Returns SPAIXD (10 numbers) and the used part of SPAIXI.
   * Errors: SPICE(BADFINEVOXELSCALE), SPICE(BADCOARSEVOXSCALE), SPICE(BADVERTEXCOUNT),
   * SPICE(BADPLATECOUNT), SPICE(WORKSPACETOOSMALL), SPICE(PTRARRAYTOOSMALL),
   * SPICE(PLATELISTTOOSMALL), SPICE(INTINDEXTOOSMALL), SPICE(COARSEGRIDOVERFLOW),
   * SPICE(INCOMPATIBLESCALE), SPICE(CELLARRAYTOOSMALL).
   */
  dskmi2(nv: number, vrtces: NumberArray, np: number, plates: readonly number[], finscl: number, corscl: number,
    worksz: number, voxpsz: number, voxlsz: number, makvtl: boolean, spxisz: number): { spaixd: number[]; spaixi: number[] };
  /**
   * The range of the third coordinate over a plate model (dskrb2_c): latitudinal (1) radius, or
   * rectangular (3) z, in km. SPICE(NOTSUPPORTED) for another system (planetodetic is not yet).
   */
  dskrb2(nv: number, vrtces: NumberArray, np: number, plates: readonly number[], corsys: number): { mncor3: number; mxcor3: number };
  /**
   * Writes a type 2 segment (dskw02_c) to a DSK opened by dskopn: body `center`, surface `surfid`,
   * data class, frame name, coordinate system with its 10 parameters and coverage bounds, time
   * bounds (TDB s), the plates and vertices (flat) and the spatial index from dskmi2. Errors as
   * dskw02_c (SPICE(FRAMEIDNOTFOUND), SPICE(TIMESOUTOFORDER), SPICE(BADVERTEXINDEX), bounds errors, ...).
   */
  dskw02(handle: number, center: number, surfid: number, dclass: number, frame: string, corsys: number,
    corpar: NumberArray, mncor1: number, mxcor1: number, mncor2: number, mxcor2: number, mncor3: number, mxcor3: number,
    first: number, last: number, nv: number, vrtces: NumberArray, np: number, plates: readonly number[],
    spaixd: NumberArray, spaixi: readonly number[]): void;
  /**
   * Closes a DSK (dskcls_c): a host file is written first (a failed write keeps the handle open),
   * a virtual output becomes readable and loadable by its id. SPICE(DASNOSUCHHANDLE).
   */
  dskcls(handle: number, optmiz?: boolean): void;
  /**
   * Local solar time at longitude `lon` (radians; `type` `"PLANETOCENTRIC"` or `"PLANETOGRAPHIC"`)
   * on body `body` at `et` (et2lst_c): hours, minutes, seconds after local midnight (noon: the Sun
   * overhead), `time` "HH:MM:SS" and `ampm` "HH:MM:SS A.M.". Errors: SPICE(UNKNOWNSYSTEM),
   * SPICE(CANTFINDFRAME), SPICE(CANTGETROTATIONTYPE), the ephemeris errors.
   */
  et2lst(et: number, body: number, lon: number, type: string): LocalSolarTime;

  // --- Windows and cells (issue 14, h14-windows): CSPICE's window algebra on SpiceWindow values
  // (every window argument is a WindowInput: a SpiceWindow, [start, stop] pairs or a Float64Array of
  // endpoints; TypeError/RangeError for one that is not a window), and CSPICE's cells behind handles
  // with tspice's names and argument order, for ported code. Handles belong to this backend and are
  // freed with it; a freed handle is SPICE(NOSUCHHANDLE).

  /**
   * The window with `[left, right]` inserted (wninsd_c), merged with every interval it overlaps or
   * touches. SPICE(BADENDPOINTS) when left > right. With a handle, inserts in place: then
   * SPICE(WINDOWEXCESS) when the window is full, SPICE(TYPEMISMATCH) for a cell not of doubles.
   * @example
   * backend.wninsd(3, 5, [[1, 3], [7, 9]]).toPairs(); // [[1, 5], [7, 9]]
   */
  wninsd(left: number, right: number, window: WindowInput): SpiceWindow;
  wninsd(left: number, right: number, window: SpiceWindowHandle): void;
  /**
   * The union of two windows (wnunid_c).
   * @example
   * backend.wnunid([[1, 3], [7, 11]], [[2, 6]]).toPairs(); // [[1, 6], [7, 11]]
   */
  wnunid(a: WindowInput, b: WindowInput): SpiceWindow;
  /**
   * The intersection of two windows (wnintd_c); touching intervals meet in a single point.
   * @example
   * backend.wnintd([[1, 3], [7, 11]], [[2, 8]]).toPairs(); // [[2, 3], [7, 8]]
   */
  wnintd(a: WindowInput, b: WindowInput): SpiceWindow;
  /**
   * The difference a - b (wndifd_c). As in CSPICE, a single point of `b` removes nothing.
   * @example
   * backend.wndifd([[1, 11]], [[3, 5]]).toPairs(); // [[1, 3], [5, 11]]
   */
  wndifd(a: WindowInput, b: WindowInput): SpiceWindow;
  /**
   * The complement of `window` within `[left, right]` (wncomd_c): its gaps, closed at their ends.
   * SPICE(BADENDPOINTS) when left > right. CSPICE's quirk is kept: when `[left, right]` lies inside
   * a gap, the result runs from `left` to the start of the next interval.
   * @example
   * backend.wncomd(0, 20, [[1, 3], [7, 11]]).toPairs(); // [[0, 1], [3, 7], [11, 20]]
   */
  wncomd(left: number, right: number, window: WindowInput): SpiceWindow;
  /**
   * Each interval widened to `[start - left, stop + right]` (wnexpd_c; negative amounts shrink),
   * intervals that then cross removed and those that overlap or touch merged.
   * @example
   * backend.wnexpd(1, 1, [[1, 3], [5, 7]]).toPairs(); // [[0, 8]]
   */
  wnexpd(left: number, right: number, window: WindowInput): SpiceWindow;
  /**
   * Each interval shrunk to `[start + left, stop - right]` (wncond_c: wnexpd by -left, -right);
   * intervals that vanish are removed, single points stay.
   * @example
   * backend.wncond(1, 1, [[1, 3], [5, 6]]).toPairs(); // [[2, 2]]
   */
  wncond(left: number, right: number, window: WindowInput): SpiceWindow;
  /**
   * The window without its intervals of length `<= small` (wnfltd_c).
   * @example
   * backend.wnfltd(1, [[0, 1], [3, 6]]).toPairs(); // [[3, 6]]
   */
  wnfltd(small: number, window: WindowInput): SpiceWindow;
  /**
   * The window with its gaps of length `<= small` filled (wnfild_c).
   * @example
   * backend.wnfild(2, [[0, 1], [3, 4], [10, 11]]).toPairs(); // [[0, 4], [10, 11]]
   */
  wnfild(small: number, window: WindowInput): SpiceWindow;
  /**
   * Measure, average and standard deviation of the intervals' lengths, and where the shortest and
   * longest intervals are (wnsumd_c; endpoint indices, -1 for an empty window).
   */
  wnsumd(window: WindowInput): WindowSummary;
  /** Whether `point` is in an interval of the window, ends included (wnelmd_c). */
  wnelmd(point: number, window: WindowInput): boolean;
  /** Whether `[left, right]` lies inside one interval of the window (wnincd_c). */
  wnincd(left: number, right: number, window: WindowInput): boolean;
  /**
   * Whether `a op b` holds (wnreld_c): `op` is `=`, `<>`, `<=` (subset), `<` (proper subset), `>=` or
   * `>` (trailing blanks ignored). SPICE(EMPTYSTRING) for `""`, SPICE(INVALIDOPERATION) otherwise.
   */
  wnreld(a: WindowInput, op: string, b: WindowInput): boolean;
  /**
   * The number of intervals (wncard_c). With a handle, SPICE(INVALIDSIZE) when its cardinality
   * (set by `scard`) is odd.
   */
  wncard(window: WindowInput | SpiceWindowHandle): number;
  /**
   * The `n`-th interval, counting from 0 (wnfetd_c). SPICE(NOINTERVAL) when there is none.
   * @example
   * backend.wnfetd([[1, 3], [7, 9]], 1); // [7, 9]
   */
  wnfetd(window: WindowInput | SpiceWindowHandle, n: number): readonly [left: number, right: number];
  /**
   * Endpoints in any order, as pairs or flat, made a window (wnvald_c): the pairs inserted in turn
   * (overlapping and touching ones merged). SPICE(UNMATCHENDPTS) for an odd count, SPICE(BADENDPOINTS)
   * for a pair with left > right.
   * @example
   * backend.wnvald([[7, 9], [1, 3], [2, 5]]).toPairs(); // [[1, 5], [7, 9]]
   */
  wnvald(endpoints: WindowEndpoints): SpiceWindow;
  /**
   * wnvald_c on a handle: the window's first `n` values (set with `insrtd`/`scard` ...) made a window
   * of capacity `size` values, in place. SPICE(UNMATCHENDPTS), SPICE(WINDOWTOOSMALL) when n > size,
   * SPICE(BADENDPOINTS).
   */
  wnvald(size: number, n: number, window: SpiceWindowHandle): void;

  /** A new empty window with room for `maxIntervals` intervals (tspice's newWindow). SPICE(INVALIDSIZE) when negative. */
  newWindow(maxIntervals: number): SpiceWindowHandle;
  /** A new empty integer cell of capacity `size` (tspice's newIntCell). SPICE(INVALIDSIZE) when negative. */
  newIntCell(size: number): SpiceIntCell;
  /** A new empty double precision cell of capacity `size` (tspice's newDoubleCell). */
  newDoubleCell(size: number): SpiceDoubleCell;
  /**
   * A new empty character cell of `size` strings of up to `length - 1` characters (`length` counts
   * CSPICE's terminating NUL; tspice's newCharCell). SPICE(INVALIDSIZE) for size < 0 or length < 1.
   */
  newCharCell(size: number, length: number): SpiceCharCell;
  /** Frees a window handle; using it afterwards is SPICE(NOSUCHHANDLE). */
  freeWindow(window: SpiceWindowHandle): void;
  /** Frees a cell handle; using it afterwards is SPICE(NOSUCHHANDLE). */
  freeCell(cell: SpiceIntCell | SpiceDoubleCell | SpiceCharCell): void;
  /** The cardinality of a cell (card_c): values for cells, endpoints (2 per interval) for windows. */
  card(cell: SpiceCellHandle): number;
  /** The capacity of a cell (size_c), in values (endpoints for windows). */
  size(cell: SpiceCellHandle): number;
  /** Sets the cardinality (scard_c). SPICE(INVALIDCARDINALITY) outside 0..size. */
  scard(card: number, cell: SpiceCellHandle): void;
  /** Sets the capacity and empties the cell (ssize_c). SPICE(INVALIDSIZE) when negative. */
  ssize(size: number, cell: SpiceCellHandle): void;
  /**
   * Makes the cell's first `n` values a set of capacity `size` (valid_c): sorted, duplicates removed.
   * SPICE(INVALIDSIZE) when n > size.
   */
  valid(size: number, n: number, cell: SpiceCellHandle): void;
  /** Inserts into a set of doubles (insrtd_c). SPICE(SETEXCESS) when full, SPICE(TYPEMISMATCH) for another type. */
  insrtd(item: number, cell: SpiceDoubleCell | SpiceWindowHandle): void;
  /** Inserts into a set of integers (insrti_c). SPICE(SETEXCESS), SPICE(TYPEMISMATCH). */
  insrti(item: number, cell: SpiceIntCell): void;
  /** Inserts into a set of strings (insrtc_c), keeping `length - 1` characters. SPICE(SETEXCESS), SPICE(TYPEMISMATCH). */
  insrtc(item: string, cell: SpiceCharCell): void;
  /** The `index`-th value (from 0) of a double precision cell. SPICE(INDEXOUTOFRANGE) past the cardinality. */
  cellGetd(cell: SpiceDoubleCell | SpiceWindowHandle, index: number): number;
  /** The `index`-th value of an integer cell. SPICE(INDEXOUTOFRANGE), SPICE(TYPEMISMATCH). */
  cellGeti(cell: SpiceIntCell, index: number): number;
  /** The `index`-th string of a character cell, trailing blanks removed. SPICE(INDEXOUTOFRANGE), SPICE(TYPEMISMATCH). */
  cellGetc(cell: SpiceCharCell, index: number): string;
  /** A window handle's current contents as a SpiceWindow value (a copy; not checked, as CSPICE does not). */
  windowOf(window: SpiceWindowHandle): SpiceWindow;
  // ---- Issue 14, GF (h14-gf): geometry finder searches ----
  /**
   * Sets the convergence tolerance of this backend's GF searches (gfstol_c), in TDB seconds; the
   * default is 1e-6 s. It changes answers: a transition is located to within this tolerance.
   * SPICE(INVALIDTOLERANCE) for a value that is not positive.
   */
  gfstol(value: number): void;
  /**
   * Times within `cnfine` when the angular separation of two bodies seen from `obsrvr` satisfies a
   * relation (gfsep_c). Each body is a `"POINT"` or a `"SPHERE"` (the largest of its radii); the
   * separation is limb to limb, in radians, from aberration-corrected J2000 positions. `relate` is
   * `"<"`, `"="`, `">"`, `"LOCMIN"`, `"ABSMIN"`, `"LOCMAX"` or `"ABSMAX"` (with `adjust` >= 0 for
   * the absolute extrema: within `adjust` of the extremum); `step` (seconds) must be shorter than
   * the shortest interval on which the separation is monotone; `nintvls` bounds the intervals of
   * the workspace (SPICE(WINDOWEXCESS) beyond). `cnfine` is a window (TDB seconds: a SpiceWindow,
   * `[[start, stop], ...]` pairs or a flat Float64Array; RangeError when it is not a valid window)
   * and the result a SpiceWindow. Errors as gfsep_c, in its order:
   * SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls < 1), SPICE(INVALIDSTEP),
   * SPICE(NOTRECOGNIZED) (relation), SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT),
   * SPICE(INVALIDOPTION) (abcorr), SPICE(NOTRECOGNIZED) (shape), then the ephemeris's.
   * @example
   * // When is the Moon within 10 degrees of the Sun, seen from Earth?
   * spice.gfsep("MOON", "SPHERE", "NULL", "SUN", "SPHERE", "NULL", "LT+S", "EARTH", "<", 10 * spice.rpd(), 0,
   *   3600, 1000, [[et0, et0 + 30 * 86400]]);
   */
  gfsep(targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string, abcorr: AbCorr,
    obsrvr: string, relate: string, refval: number, adjust: number, step: number, nintvls: number,
    cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when the distance (km) from `obsrvr` to `target`, aberration-corrected,
   * satisfies a relation (gfdist_c); `relate`, `adjust`, `step`, `nintvls` and the windows as in
   * {@link gfsep}. Errors: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE), SPICE(INVALIDSTEP),
   * SPICE(NOTRECOGNIZED), SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION),
   * then the ephemeris's (SPICE(SPKINSUFFDATA)).
   * @example
   * // When is the Moon closer than 370,000 km?
   * spice.gfdist("MOON", "NONE", "EARTH", "<", 370000, 0, 3600, 1000, [[et0, et0 + 30 * 86400]]);
   */
  gfdist(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when the range rate (km/s, positive when receding) of `target` seen from
   * `obsrvr`, aberration-corrected, satisfies a relation (gfrr_c); arguments, windows and errors as
   * {@link gfdist}.
   */
  gfrr(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when the phase angle (radians, at the target's center between the
   * directions to `obsrvr` and to `illmn`) satisfies a relation (gfpa_c). Only reception
   * corrections: a transmission one is SPICE(INVALIDOPTION); target, illuminator and observer must
   * be distinct (SPICE(BODIESNOTDISTINCT)). Windows and the other errors as {@link gfdist}.
   */
  gfpa(target: string, illmn: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when `front` occults `back` as seen from `obsrvr` (gfoclt_c): `occtyp`
   * `"FULL"`, `"ANNULAR"`, `"PARTIAL"` or `"ANY"`; each body an `"ELLIPSOID"` (with its body-fixed
   * frame), a `"POINT"` (frame ignored; only `"ANY"` then) or a DSK shape
   * (`"DSK/UNPRIORITIZED[/SURFACES = ...]"`, the other body then a `"POINT"`). Light time applies to the bodies'
   * centers (stellar aberration is ignored, as in CSPICE). `step` (s) must be shorter than the
   * shortest occultation and the shortest gap between them. Errors as gfoclt_c:
   * SPICE(EMPTYSTRING), SPICE(INVALIDSTEP), SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT),
   * SPICE(INVALIDSHAPE), SPICE(INVALIDSHAPECOMBO), SPICE(INVALIDOCCTYPE), SPICE(BADTYPESHAPECOMBO),
   * then the frame, radii and ephemeris errors.
   */
  gfoclt(occtyp: string, front: string, fshape: string, fframe: string, back: string, bshape: string, bframe: string,
    abcorr: AbCorr, obsrvr: string, step: number, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when an illumination angle at the surface point `spoint` (km, in the
   * target's body-fixed frame `fixref`) satisfies a relation (gfilum_c): `angtyp` `"PHASE"`,
   * `"INCIDENCE"` or `"EMISSION"` (radians), lit by `illmn`, seen from `obsrvr`; `method`
   * `"ELLIPSOID"`; reception corrections only (transmission: SPICE(NOTSUPPORTED)). Windows and
   * the search arguments as {@link gfdist}. Errors in gfilum_c's order: SPICE(EMPTYSTRING),
   * SPICE(VALUEOUTOFRANGE), SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED), SPICE(IDCODENOTFOUND),
   * SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION), the radii's, SPICE(INVALIDMETHOD),
   * SPICE(UNKNOWNFRAME), SPICE(INVALIDFRAME), SPICE(NOTSUPPORTED) (angle type), then the ephemeris's.
   */
  gfilum(method: string, angtyp: string, target: string, illmn: string, fixref: string, abcorr: AbCorr, obsrvr: string,
    spoint: NumberArray, relate: string, refval: number, adjust: number, step: number, nintvls: number,
    cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when a coordinate of the position of `target` seen from `obsrvr`, in
   * frame `frame`, satisfies a relation (gfposc_c). `crdsys`: `"RECTANGULAR"` (X, Y, Z),
   * `"LATITUDINAL"` (RADIUS, LONGITUDE, LATITUDE), `"RA/DEC"` (RANGE, RIGHT ASCENSION,
   * DECLINATION), `"SPHERICAL"` (RADIUS, COLATITUDE, LONGITUDE), `"CYLINDRICAL"` (RADIUS,
   * LONGITUDE, Z), `"GEODETIC"` or `"PLANETOGRAPHIC"` (LONGITUDE, LATITUDE, ALTITUDE; the frame's
   * center needs radii, else SPICE(BADFRAME)); km and radians. LONGITUDE and RIGHT ASCENSION are
   * searched as CSPICE does (through their sines and cosines, away from the branch cut; an `adjust`
   * with another relation than ABSMIN/ABSMAX is SPICE(INVALIDVALUE)). Windows and the search
   * arguments as {@link gfdist}; errors as gfposc_c (SPICE(NOTSUPPORTED) for an unknown system or
   * coordinate).
   */
  gfposc(target: string, frame: string, abcorr: AbCorr, obsrvr: string, crdsys: string, coord: string, relate: string,
    refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput): SpiceWindow;

  // ---- Issue 14: async GF searches (same arguments, then SearchOptions; same windows, bit for bit) ----

  /**
   * {@link gfsep} as a Promise, off the JS thread on Node, with progress and cancellation
   * ({@link SearchOptions}). Resolves to the window gfsep returns; rejects with the SpiceError it
   * throws, or SPICE(CANCELLED) when `options.signal` aborts.
   * @example
   * const ac = new AbortController();
   * const win = await spice.gfsepAsync("MOON", "SPHERE", "NULL", "SUN", "SPHERE", "NULL", "LT+S", "EARTH", "<",
   *   10 * spice.rpd(), 0, 3600, 1000, [[et0, et0 + 365 * 86400]],
   *   { onProgress: (f) => console.log(`${(100 * f).toFixed(0)}%`), signal: ac.signal });
   */
  gfsepAsync(targ1: string, shape1: string, frame1: string, targ2: string, shape2: string, frame2: string,
    abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number, step: number, nintvls: number,
    cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;
  /**
   * {@link gfdist} as a Promise with progress and cancellation, as {@link gfsepAsync}.
   * @example
   * const far = await spice.gfdistAsync("MOON", "NONE", "EARTH", ">", 400000, 0, 3600, 1000, [[et0, et1]],
   *   { signal: AbortSignal.timeout(10_000) });
   */
  gfdistAsync(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;
  /** {@link gfrr} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfrrAsync(target: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;
  /** {@link gfpa} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfpaAsync(target: string, illmn: string, abcorr: AbCorr, obsrvr: string, relate: string, refval: number,
    adjust: number, step: number, nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;
  /** {@link gfoclt} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfocltAsync(occtyp: string, front: string, fshape: string, fframe: string, back: string, bshape: string,
    bframe: string, abcorr: AbCorr, obsrvr: string, step: number, cnfine: WindowInput,
    options?: SearchOptions): Promise<SpiceWindow>;
  /** {@link gfilum} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfilumAsync(method: string, angtyp: string, target: string, illmn: string, fixref: string, abcorr: AbCorr,
    obsrvr: string, spoint: NumberArray, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;
  // ---- Issue 14: GFSSTP's step and GFREFN, as tspice exposes them ----

  /**
   * Sets this backend's saved GF step (gfsstp_c), in TDB seconds, which {@link gfstep} returns.
   * Every GF search with a step also sets it, as in CSPICE. SPICE(INVALIDSTEP) unless positive
   * (the saved step is then unchanged).
   */
  gfsstp(step: number): void;
  /** The saved GF step (gfstep_c); `time` is not used. SPICE(NOTINITIALIZED) before any was set. */
  gfstep(time: number): number;
  /**
   * GF's default refinement (gfrefn_c): the midpoint `t1 * 0.5 + t2 * 0.5`, kept between `t1` and
   * `t2` (either order); `s1` and `s2` (the states at t1 and t2) are not used.
   */
  gfrefn(t1: number, t2: number, s1: boolean, s2: boolean): number;

  // ---- Issue 14: the mid-level GF searches (the caller's step, refinement, report, interrupt) ----

  /**
   * Times within `cnfine` when `front` occults `back` (gfocce_c): {@link gfoclt}'s search with the
   * caller's convergence tolerance `tol` (seconds) and functions, called as CSPICE calls them:
   * `udstep(et)` the step to take (`spice.gfstep` for the step set by {@link gfsstp}), `udrefn` the
   * next epoch to try while refining (`spice.gfrefn`, the midpoint); with `rpt`, `udrepi(cnfine,
   * "Occultation/transit search ", "done.")` once, `udrepu(ivbeg, ivend, et)` as the search goes and
   * `udrepf()` at the end; with `bail`, `udbail()` between steps and intervals: true stops the
   * search, which returns what it found so far. With `spice.gfstep` and `spice.gfrefn` the windows
   * are gfoclt's, bit for bit. Errors as gfocce_c: SPICE(EMPTYSTRING), SPICE(INVALIDTOLERANCE),
   * SPICE(INVALIDSHAPECOMBO), gfoclt's; SPICE(NOTINITIALIZED) from `spice.gfstep` before any step
   * was set; a function that throws stops the search and its exception is thrown.
   * @example
   * spice.gfsstp(300);
   * const eclipses = spice.gfocce("ANY", "MOON", "ELLIPSOID", "IAU_MOON", "SUN", "ELLIPSOID", "IAU_SUN", "LT",
   *   "EARTH", 1e-6, spice.gfstep, spice.gfrefn, false, null, null, null, true, () => userPressedStop, [[et0, et1]]);
   */
  gfocce(occtyp: string, front: string, fshape: string, fframe: string, back: string, bshape: string, bframe: string,
    abcorr: AbCorr, obsrvr: string, tol: number, udstep: StepFunction, udrefn: RefineFunction, rpt: boolean,
    udrepi: ReportInitFunction | null, udrepu: ReportUpdateFunction | null, udrepf: ReportFinalFunction | null,
    bail: boolean, udbail: InterruptFunction | null, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when a target (`tshape` "ELLIPSOID" or "POINT") or a ray (`tshape` "RAY",
   * direction `raydir` in frame `tframe`; `target` unused) is in instrument `inst`'s field of view
   * (gffove_c): {@link gftfov}/{@link gfrfov}'s search with the caller's tolerance and functions as
   * in {@link gfocce} (the report's prefix is "Target visibility search ").
   */
  gffove(inst: string, tshape: string, raydir: NumberArray, target: string, tframe: string, abcorr: AbCorr,
    obsrvr: string, tol: number, udstep: StepFunction, udrefn: RefineFunction, rpt: boolean,
    udrepi: ReportInitFunction | null, udrepu: ReportUpdateFunction | null, udrepf: ReportFinalFunction | null,
    bail: boolean, udbail: InterruptFunction | null, cnfine: WindowInput): SpiceWindow;

  // ---- Issue 14: user-defined GF searches (callbacks, so no async forms) ----

  /**
   * The derivative of `udfunc` at `x` (uddf_c): CSPICE's three-point estimate from its values at
   * `x - dx` and `x + dx`. SPICE(DIVIDEBYZERO) when `dx` is 0; what `udfunc` throws is thrown.
   */
  uddf(udfunc: ScalarFunction, x: number, dx: number): number;
  /** Whether {@link uddf}'s derivative is negative (uddc_c): a ready-made `udqdec` for {@link gfuds}. */
  uddc(udfunc: ScalarFunction, x: number, dx: number): boolean;
  /**
   * Times within `cnfine` when the caller's quantity `udfuns` satisfies a relation (gfuds_c):
   * relations, `refval`, `adjust`, `step`, `nintvls` and the windows as in {@link gfdist};
   * `udqdec(udfuns, et)` says whether the quantity decreases at `et` (`(f, et) => spice.uddc(f, et,
   * 1)` estimates it from `udfuns`). Both are called synchronously, thousands of times, and may
   * call this backend (e.g. `spkpos`). Errors as gfuds_c (SPICE(EMPTYSTRING),
   * SPICE(VALUEOUTOFRANGE), SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED)); a callback that throws stops
   * the search and its exception is thrown; one returning another type is a TypeError.
   * @example
   * // When is the Moon more than 400,000 km from the Earth? (what gfdist answers, by hand)
   * const range = (et) => spice.vnorm(spice.spkpos("MOON", et, "J2000", "NONE", "EARTH").pos);
   * const far = spice.gfuds(range, (f, et) => spice.uddc(f, et, 1), ">", 400_000, 0, 3600, 100, [[et0, et1]]);
   */
  gfuds(udfuns: ScalarFunction, udqdec: DecreasingFunction, relate: string, refval: number, adjust: number,
    step: number, nintvls: number, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when the caller's condition `udfunb(udfuns, et)` is true (gfudb_c): each
   * confinement interval is sampled every `step` seconds and each change refined to the GF
   * tolerance ({@link gfstol}); `udfuns` is passed to `udfunb` as CSPICE passes it. Errors:
   * SPICE(INVALIDSTEP); callbacks as in {@link gfuds}.
   */
  gfudb(udfuns: ScalarFunction, udfunb: ConditionFunction, step: number, cnfine: WindowInput): SpiceWindow;

  /** {@link gfposc} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfposcAsync(target: string, frame: string, abcorr: AbCorr, obsrvr: string, crdsys: string, coord: string,
    relate: string, refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput,
    options?: SearchOptions): Promise<SpiceWindow>;
  // ---- Issue 14, GF coordinate searches on surface points and field-of-view searches (h14-gfmore) ----
  /**
   * Times within `cnfine` when a coordinate of the sub-observer point on `target` (the vector from
   * the target's center to the point, in its body-fixed frame `fixref`) satisfies a relation
   * (gfsubc_c). `method` is one of the legacy spellings `"Near point: ellipsoid"` or
   * `"Intercept: ellipsoid"` (case and blanks free): CSPICE's GF accepts no other
   * (SPICE(NOTSUPPORTED), raised at the first evaluation). Systems and coordinates as
   * {@link gfposc}; windows and the search arguments as {@link gfdist}. Errors as gfsubc_c, in its
   * order: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls), SPICE(INVALIDSTEP),
   * SPICE(NOTRECOGNIZED) (relation), SPICE(VALUEOUTOFRANGE) (adjust < 0), SPICE(IDCODENOTFOUND),
   * SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION) (abcorr), SPICE(NOTSUPPORTED) (system,
   * coordinate), SPICE(NOFRAME), SPICE(INVALIDFRAME) (fixref not centered on the target),
   * SPICE(BADFRAME) (no radii), then the method's, frame and ephemeris errors.
   * @example
   * // When is the sub-Earth point on the Moon north of 5 degrees latitude?
   * spice.gfsubc("MOON", "IAU_MOON", "Near point: ellipsoid", "LT+S", "EARTH", "LATITUDINAL", "LATITUDE", ">",
   *   5 * spice.rpd(), 0, 3600, 1000, [[et0, et0 + 30 * 86400]]);
   */
  gfsubc(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, crdsys: string, coord: string,
    relate: string, refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when a coordinate of the intercept on `target` of the ray from `obsrvr`
   * along `dvec` (3 numbers, in frame `dref`) satisfies a relation (gfsntc_c); the intercept is the
   * vector from the target's center to the point, in its body-fixed frame `fixref`; `method`
   * `"ELLIPSOID"`. The search is confined to where the intercept and its velocity exist, less
   * tol + 1 s at each end (CSPICE's "existence window"). Systems and coordinates as {@link gfposc};
   * windows and the search arguments as {@link gfdist}. Errors as {@link gfsubc}, and
   * SPICE(ZEROVECTOR) for a zero `dvec`, SPICE(NOFRAME) for an unknown `dref`.
   */
  gfsntc(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, dref: string,
    dvec: NumberArray, crdsys: string, coord: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when `target` is in the field of view of instrument `inst` (its IK's
   * FOV: circle, ellipse, rectangle or polygon), seen from `obsrvr` (gftfov_c). `tshape`
   * `"POINT"` (the target's center; `tframe` ignored, e.g. `" "`) or `"ELLIPSOID"` (any part of the
   * target's reference ellipsoid; `tframe` its body-fixed frame). `abcorr` as spkezr's. `step`
   * (s) must be shorter than the shortest time in and the shortest time out of the FOV. Windows as
   * {@link gfdist}. Errors as gftfov_c, in its order: SPICE(EMPTYSTRING), SPICE(INVALIDOPTION)
   * (`tshape` "RAY": use {@link gfrfov}), SPICE(INVALIDSTEP), SPICE(IDCODENOTFOUND) (observer),
   * SPICE(INVALIDSHAPE), SPICE(IDCODENOTFOUND) (target), SPICE(BODIESNOTDISTINCT),
   * SPICE(INVALIDFRAME), the aberration correction's and the radii's, SPICE(IDCODENOTFOUND)
   * (instrument), the IK's (getfov), SPICE(FOVTOOWIDE), then the ephemeris and frame errors.
   * @example
   * // When is the Moon in the camera's field of view?
   * spice.gftfov("-990101", "MOON", "ELLIPSOID", "IAU_MOON", "LT+S", "EARTH", 300, [[et0, et0 + 86400]]);
   */
  gftfov(inst: string, target: string, tshape: string, tframe: string, abcorr: AbCorr, obsrvr: string, step: number,
    cnfine: WindowInput): SpiceWindow;
  /**
   * Times within `cnfine` when the ray from `obsrvr` along `raydir` (3 numbers, in frame `rframe`)
   * is in the field of view of instrument `inst` (gfrfov_c). `abcorr` `"NONE"`, `"S"` or `"XS"`
   * (stellar aberration of the ray; light time is SPICE(INVALIDOPTION)). A zero `raydir` is
   * SPICE(ZEROVECTOR). `step`, windows and the other errors as {@link gftfov}.
   */
  gfrfov(inst: string, raydir: NumberArray, rframe: string, abcorr: AbCorr, obsrvr: string, step: number,
    cnfine: WindowInput): SpiceWindow;
  /** {@link gfsubc} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfsubcAsync(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, crdsys: string,
    coord: string, relate: string, refval: number, adjust: number, step: number, nintvls: number, cnfine: WindowInput,
    options?: SearchOptions): Promise<SpiceWindow>;
  /** {@link gfsntc} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfsntcAsync(target: string, fixref: string, method: string, abcorr: AbCorr, obsrvr: string, dref: string,
    dvec: NumberArray, crdsys: string, coord: string, relate: string, refval: number, adjust: number, step: number,
    nintvls: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;
  /** {@link gftfov} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gftfovAsync(inst: string, target: string, tshape: string, tframe: string, abcorr: AbCorr, obsrvr: string,
    step: number, cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;
  /** {@link gfrfov} as a Promise with progress and cancellation, as {@link gfsepAsync}. */
  gfrfovAsync(inst: string, raydir: NumberArray, rframe: string, abcorr: AbCorr, obsrvr: string, step: number,
    cnfine: WindowInput, options?: SearchOptions): Promise<SpiceWindow>;

  // ---- Issue 14, h14-gfevnt: the mid-level scalar GF search ----

  /**
   * Times within `cnfine` when a geometric quantity satisfies a relation (gfevnt_c, GFEVNT), with
   * the caller's convergence tolerance `tol` (seconds) and functions, called as CSPICE calls them
   * (see {@link gfocce}: `udstep` — `spice.gfstep` for {@link gfsstp}'s step — `udrefn` —
   * `spice.gfrefn` — and, with `rpt`, the report; with `bail`, `udbail`).
   *
   * `gquant` is "ANGULAR SEPARATION", "DISTANCE", "COORDINATE", "RANGE RATE", "PHASE ANGLE" or
   * "ILLUMINATION ANGLE" (any case); the quantity is defined by the first `qnpars` entries of
   * `qpnams` (parameter names) and `qcpars` (their string values), as GFEVNT names them:
   * ANGULAR SEPARATION: TARGET1 FRAME1 SHAPE1 TARGET2 FRAME2 SHAPE2 OBSERVER ABCORR;
   * DISTANCE and RANGE RATE: TARGET OBSERVER ABCORR; PHASE ANGLE: TARGET OBSERVER ILLUM ABCORR;
   * COORDINATE: TARGET OBSERVER ABCORR "COORDINATE SYSTEM" COORDINATE "REFERENCE FRAME"
   * "VECTOR DEFINITION" ("POSITION", "SUB-OBSERVER POINT" or "SURFACE INTERCEPT POINT") METHOD
   * DVEC DREF; ILLUMINATION ANGLE: TARGET ILLUM OBSERVER ABCORR "REFERENCE FRAME" ANGTYP METHOD
   * SPOINT. DVEC and SPOINT are `qdpars[0..2]` (their `qcpars` entries are not used). As GFEVNT,
   * COORDINATE SYSTEM, COORDINATE, VECTOR DEFINITION and METHOD are matched and used exactly as
   * given (upper case needed); the other names and values are left-justified and upper-cased.
   * `lenvals` (C's string length) is accepted and ignored; `qipars` (integers) and `qlpars`
   * (booleans) are checked and not used, as in CSPICE. `op` is "<", "=", ">", "LOCMIN", "ABSMIN",
   * "LOCMAX" or "ABSMAX" (`adjust` >= 0 for the absolute extrema, else 0); `nintvls` bounds the
   * workspace windows.
   *
   * With `rpt`, `udrepi(window, prefix, "done.")` starts each pass over the confinement window
   * (prefix GFEVNT's, e.g. "Distance pass 1 of 2 ", "Angular separation pass 2 of 2"; COORDINATE:
   * "Coordinate pass 1 of 2 ", and "Intercept existence pass 1 of 1" first for intercepts), then
   * `udrepu(ivbeg, ivend, et)`, then `udrepf()`. An interrupt (`udbail` true) stops the search: in
   * the first pass it returns an empty window, in the second the intervals below the reference
   * value found so far, as ZZGFRELX leaves them. With `spice.gfstep` (after `gfsstp(step)`) and
   * `spice.gfrefn` the windows are those of {@link gfsep}, {@link gfdist}, {@link gfposc}, ... for
   * the same step and tolerance (`gfstol`), bit for bit.
   *
   * Errors in gfevnt_c's order: SPICE(INVALIDCOUNT) (`qnpars` outside 0..10, or fewer names or
   * values than `qnpars`), SPICE(EMPTYSTRING) (`gquant`, `op`), SPICE(VALUEOUTOFRANGE) (`nintvls` <
   * 1), SPICE(NOTRECOGNIZED) (quantity), SPICE(MISSINGVALUE) (a required parameter not named),
   * SPICE(NOTRECOGNIZED) (`op`), the quantity's own (as the high-level search's), the adjust checks,
   * SPICE(INVALIDTOLERANCE) (`tol` <= 0), SPICE(NOTINITIALIZED) from `spice.gfstep` before any
   * step was set; a function that throws stops the search and its exception is thrown.
   * @example
   * spice.gfsstp(3600);
   * const near = spice.gfevnt(spice.gfstep, spice.gfrefn, "DISTANCE", 3, 80, ["TARGET", "OBSERVER", "ABCORR"],
   *   ["MOON", "EARTH", "NONE"], [], [], [], "<", 400000, 1e-6, 0, [[et0, et1]], false, null, null, null, 1000,
   *   false, null);
   */
  gfevnt(udstep: StepFunction, udrefn: RefineFunction, gquant: string, qnpars: number, lenvals: number,
    qpnams: readonly string[], qcpars: readonly string[], qdpars: NumberArray, qipars: readonly number[],
    qlpars: readonly boolean[], op: string, refval: number, tol: number, adjust: number, cnfine: WindowInput,
    rpt: boolean, udrepi: ReportInitFunction | null, udrepu: ReportUpdateFunction | null,
    udrepf: ReportFinalFunction | null, nintvls: number, bail: boolean, udbail: InterruptFunction | null): SpiceWindow;

  /**
   * CSPICE's default GF progress reporter, start of a pass (gfrepi_c; GFREPI): writes a newline,
   * then `begmss xxx.xx% endmss` at 0.00% followed by as many backspaces as it has characters, so
   * later reports rewrite it in place (CSPICE's C output, byte for byte). `window` (seconds) is the work of the pass: its measure.
   * The text goes to `process.stdout` on Node, else to `console.log` line by line. There is one
   * reporter for the whole program, as in CSPICE, and these methods do not use `this`: pass
   * `spice.gfrepi`, `spice.gfrepu` and `spice.gfrepf` as {@link gfevnt}'s, {@link gfocce}'s or
   * {@link gffove}'s report functions. Errors: SPICE(EMPTYSTRING), SPICE(MESSAGETOOLONG) (`begmss` over 55 characters,
   * `endmss` over 13, trailing blanks aside), SPICE(NONPRINTABLECHARS).
   * @example
   * spice.gfsstp(3600);
   * spice.gfevnt(spice.gfstep, spice.gfrefn, "DISTANCE", 3, 80, ["TARGET", "OBSERVER", "ABCORR"],
   *   ["MOON", "EARTH", "NONE"], [], [], [], "<", 400000, 1e-6, 0, [[et0, et1]],
   *   true, spice.gfrepi, spice.gfrepu, spice.gfrepf, 1000, false, null);
   * // Distance pass 1 of 2 100.00% done.
   * // Distance pass 2 of 2 100.00% done.
   */
  gfrepi(window: SpiceWindow, begmss: string, endmss: string): void;
  /**
   * The default reporter's update (gfrepu_c; GFREPU): the search has reached `time` in the
   * interval [`ivbeg`, `ivend`] of the pass's window; the percentage done is rewritten at most
   * once a wall-clock second (the clock read every fourth update), as CSPICE does. Errors:
   * SPICE(BADENDPOINTS) (`ivend` < `ivbeg`), SPICE(VALUEOUTOFRANGE) (`time` outside them).
   */
  gfrepu(ivbeg: number, ivend: number, time: number): void;
  /** The default reporter's end of a pass (gfrepf_c; GFREPF): the final percentage, then two newlines. */
  gfrepf(): void;

  // ---- Issue 17: the helpers users reach for first (built from the calls above; no numerics of their own) ----

  /**
   * The state of `target` seen from `observer`: `spkezr` with named fields. `at` is ET, a `Date`
   * (its UTC instant) or a time string; `frame` defaults to J2000 and `abcorr` to NONE. Errors are
   * spkezr's (and str2et's for a string `at`).
   * @example
   * const { position, velocity, lightTime } = spice.getState({ target: "MOON", observer: "EARTH",
   *   at: new Date("2015-03-02T12:00:00Z"), abcorr: "LT+S" });
   */
  getState(query: StateQuery): NamedState;
  /**
   * ET (TDB seconds past J2000) of a UTC `Date` or of any time string `str2et` reads; an ISO string
   * may end in `Z`. Needs a leapseconds kernel.
   * @example
   * spice.utcToEt(new Date("2015-03-02T12:00:00Z")); // 478569667.1853986
   */
  utcToEt(time: string | Date): number;
  /**
   * UTC of an ET as an ISO string ending in `Z` (`et2utc(et, "ISOC", precision)`; default 3 decimals),
   * which `new Date(...)` parses. A leap second reads `...T23:59:60.000Z`, which Date cannot hold.
   * @example
   * spice.etToUtc(478569667.1853986); // "2015-03-02T12:00:00.000Z"
   */
  etToUtc(et: number, precision?: number): string;
  /**
   * The rotation from frame `from` to frame `to` at `at` (ET, Date or time string) as three rows:
   * `pxform`'s matrix, `m[r][c]`. `v_to = m · v_from`.
   * @example
   * const [row0, row1, row2] = spice.frameTransform("J2000", "IAU_EARTH", "2015-03-02T12:00:00");
   */
  frameTransform(from: string, to: string, at: Epoch): Matrix3x3;
  /**
   * What an SPK, CK, binary PCK or DSK holds, segment by segment in file order (bodies, centers,
   * frames, data types, coverage), in the spirit of NAIF's brief, ckbrief and dskbrief; built from
   * dafopr/daffna/dafgs/dafus and dasopr/dlabfs/dskgd. `file` is a virtual id or host path, loaded
   * or not. Text kernels and EKs have no segments (`segments: []`).
   *
   * @example
   * const { ids, segments } = spice.inventory("kernels/de430-2015-03-02.bsp");
   * // ids: the bodies; segments[0]: { kind: "SPK", body, center, frame: "J2000", dataType: 2, start, stop, ... }
   */
  inventory(file: string): import("./types.js").FileInventory;
}
