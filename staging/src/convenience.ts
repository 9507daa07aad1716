/**
 * The helpers users reach for first (issue 17), built from CSPICE-named calls: a state by named
 * fields, times from `Date`s and ISO strings, a rotation as three rows. They add no numerics of their
 * own: each result is exactly what the underlying call returns.
 */
import type { Epoch, Matrix3, Matrix3x3, NamedState, StateLt, StateQuery, Vector3 } from "@spicecraft/contract";

/** The calls the helpers are built from. */
export interface ConvenienceCalls {
  str2et(time: string): number;
  et2utc(et: number, format: string, precision: number): string;
  spkezr(target: string, et: number, ref: string, abcorr: string, observer: string): StateLt;
  pxform(from: string, to: string, et: number): Matrix3;
}

/**
 * An epoch as TDB seconds past J2000. A number is that already; a `Date` is its UTC instant (to the
 * millisecond, `Date`'s resolution); a string is any time string `str2et` reads (ISO, calendar,
 * Julian, with TDB/TDT labels); an ISO string's trailing `Z` (UTC) is accepted.
 */
export function epochToEt(calls: Pick<ConvenienceCalls, "str2et">, at: Epoch, what = "at"): number {
  if (typeof at === "number") {
    if (!Number.isFinite(at)) throw new RangeError(`${what} must be a finite ET (TDB seconds past J2000), got ${at}`);
    return at;
  }
  if (at instanceof Date) {
    const ms = at.getTime();
    if (Number.isNaN(ms)) throw new RangeError(`${what} is an invalid Date`);
    // toISOString ends in Z; str2et takes the same instant without it (UTC is its default).
    return calls.str2et(at.toISOString().slice(0, -1));
  }
  if (typeof at === "string") return calls.str2et(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(at.trim()) ? at.trim().slice(0, -1) : at);
  throw new TypeError(`${what} must be an ET number, a Date or a time string, got ${at === null ? "null" : typeof at}`);
}

/** A body or frame named by a string or given by its NAIF ID. */
const nameOf = (value: string | number, what: string): string => {
  if (typeof value === "string") return value;
  if (Number.isInteger(value)) return String(value);
  throw new TypeError(`${what} must be a name or an integer NAIF ID, got ${typeof value === "number" ? value : typeof value}`);
};

/** `spkezr` with named fields (see SpiceBackend.getState). */
export function getState(calls: ConvenienceCalls, query: StateQuery): NamedState {
  if (typeof query !== "object" || query === null) throw new TypeError("getState: give { target, observer, at, frame?, abcorr? }");
  const et = epochToEt(calls, query.at, "getState: at");
  const { state, lt } = calls.spkezr(nameOf(query.target, "getState: target"), et, query.frame ?? "J2000", query.abcorr ?? "NONE", nameOf(query.observer, "getState: observer"));
  return { position: [state[0], state[1], state[2]] as Vector3, velocity: [state[3], state[4], state[5]] as Vector3, lightTime: lt, et };
}

/** `str2et` of a Date or time string (see SpiceBackend.utcToEt). */
export function utcToEt(calls: ConvenienceCalls, time: string | Date): number {
  if (typeof time !== "string" && !(time instanceof Date)) throw new TypeError(`utcToEt: give a time string or a Date, got ${typeof time}`);
  return epochToEt(calls, time, "utcToEt: time");
}

/** `et2utc` in ISO calendar form with `Z` (see SpiceBackend.etToUtc). */
export function etToUtc(calls: ConvenienceCalls, et: number, precision = 3): string {
  return `${calls.et2utc(epochToEt(calls, et, "etToUtc: et"), "ISOC", precision)}Z`;
}

/** `pxform` as three rows (see SpiceBackend.frameTransform). */
export function frameTransform(calls: ConvenienceCalls, from: string, to: string, at: Epoch): Matrix3x3 {
  const m = calls.pxform(from, to, epochToEt(calls, at, "frameTransform: at"));
  return [
    [m[0]!, m[1]!, m[2]!],
    [m[3]!, m[4]!, m[5]!],
    [m[6]!, m[7]!, m[8]!],
  ];
}
