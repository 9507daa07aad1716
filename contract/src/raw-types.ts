/**
 * The value shapes raw binding calls use (the calls themselves are generated from shim-c/calls.idl
 * into generated/raw-calls.ts).
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

/**
 * What an async raw call (`gfsepAsync`...) reads while it runs (issue 14): `cancel[0]` set to a
 * nonzero value (with `Atomics.store`) stops it between steps with SPICE(CANCELLED); `progress`, if
 * given, receives the fraction done (0 to 1, never decreasing). Node's binding reads `cancel` from
 * another thread, so it lives on a SharedArrayBuffer where one exists.
 */
export interface RawControl {
  cancel: Int32Array;
  progress?: (fraction: number) => void;
}
