/**
 * Argument checks run in JS before anything reaches C++: a wrong type is a TypeError, a number
 * out of range (NaN, non-integer index, beyond int32) a RangeError. Both backends use these, so
 * they reject the same inputs with the same messages.
 */

import type { RawArgKind } from "./generated/raw-calls.js";

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** A string without NUL characters (C strings would silently cut it there). */
export function checkString(operation: string, name: string, value: unknown): string {
  if (typeof value !== "string") {
    throw new TypeError(`${operation}: ${name} must be a string, got ${describe(value)}`);
  }
  if (value.includes("\0")) throw new TypeError(`${operation}: ${name} must not contain NUL characters`);
  return value;
}

/** An integer that fits CSPICE's 32-bit integers. */
export function checkInt(operation: string, name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${operation}: ${name} must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
    throw new RangeError(`${operation}: ${name} must be a 32-bit integer, got ${value}`);
  }
  return value;
}

/** A finite number (not NaN, not infinite). */
export function checkFinite(operation: string, name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${operation}: ${name} must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${operation}: ${name} must be finite, got ${value}`);
  return value;
}

/** A non-empty array of finite numbers. */
export function checkNumbers(operation: string, name: string, value: unknown, integers = false): number[] {
  if (!Array.isArray(value)) throw new TypeError(`${operation}: ${name} must be an array, got ${describe(value)}`);
  if (value.length === 0) throw new RangeError(`${operation}: ${name} must not be empty`);
  return value.map((v, i) =>
    integers ? checkInt(operation, `${name}[${i}]`, v) : checkFinite(operation, `${name}[${i}]`, v),
  );
}

/** A non-empty array of strings. */
export function checkStrings(operation: string, name: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw new TypeError(`${operation}: ${name} must be an array, got ${describe(value)}`);
  if (value.length === 0) throw new RangeError(`${operation}: ${name} must not be empty`);
  return value.map((v, i) => checkString(operation, `${name}[${i}]`, v));
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "number" && Number.isNaN(value) ? "NaN" : typeof value;
}

/**
 * True when the view's ArrayBuffer has been transferred away (postMessage transfer,
 * `structuredClone(..., { transfer })`, `ArrayBuffer.prototype.transfer`): its contents are gone and
 * it reads as empty. Only an empty view can be detached, and a view cannot be constructed on a
 * detached buffer, which is how engines without `ArrayBuffer.prototype.detached` tell.
 */
export function isDetached(view: ArrayBufferView): boolean {
  if (view.byteLength !== 0) return false;
  const buffer = view.buffer as ArrayBufferLike & { detached?: boolean };
  if (typeof buffer.detached === "boolean") return buffer.detached;
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * The view itself, or a TypeError when its buffer is detached: an empty kernel or an empty batch
 * would otherwise stand in silently for data that was transferred away.
 */
export function checkNotDetached<T extends ArrayBufferView>(operation: string, name: string, view: T): T {
  if (isDetached(view)) {
    throw new TypeError(`${operation}: ${name} is a view of a detached ArrayBuffer (its contents were transferred away)`);
  }
  return view;
}

/** A Float64Array of finite epochs (a NaN epoch would otherwise reach the core). */
export function checkEpochs(operation: string, name: string, value: unknown): Float64Array {
  if (!(value instanceof Float64Array)) {
    throw new TypeError(`${operation}: ${name} must be a Float64Array, got ${describe(value)}`);
  }
  checkNotDetached(operation, name, value);
  for (let i = 0; i < value.length; i++) {
    if (!Number.isFinite(value[i])) throw new RangeError(`${operation}: ${name}[${i}] must be finite, got ${value[i]}`);
  }
  return value;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The string with each lone UTF-16 surrogate replaced by U+FFFD, as Node's own UTF-8 conversion
 * does; the WASM glue would otherwise encode a lone surrogate together with the next character.
 */
export function wellFormed(value: string): string {
  // String.prototype.isWellFormed (ES2024: Node 20, current browsers) answers without a regular
  // expression; names almost never hold a lone surrogate, so the replacement rarely runs.
  const s = value as string & { isWellFormed?: () => boolean };
  if (typeof s.isWellFormed === "function" && s.isWellFormed()) return value;
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

/** Numbers as a Float64Array: a Float64Array as it is, or an array of finite numbers. */
export function checkFloat64Array(operation: string, name: string, value: unknown): Float64Array {
  if (value instanceof Float64Array) return checkNotDetached(operation, name, value);
  if (!Array.isArray(value)) {
    throw new TypeError(`${operation}: ${name} must be a Float64Array or an array of numbers, got ${describe(value)}`);
  }
  return Float64Array.from(value, (v, i) => checkFinite(operation, `${name}[${i}]`, v));
}

/** Integers as an Int32Array: an Int32Array as it is, or an array of 32-bit integers. */
export function checkInt32Array(operation: string, name: string, value: unknown): Int32Array {
  if (value instanceof Int32Array) return checkNotDetached(operation, name, value);
  if (!Array.isArray(value)) {
    throw new TypeError(`${operation}: ${name} must be an Int32Array or an array of integers, got ${describe(value)}`);
  }
  return Int32Array.from(value, (v, i) => checkInt(operation, `${name}[${i}]`, v));
}

function checkSize<T extends { length: number }>(operation: string, name: string, value: T, size: number | undefined): T {
  if (size !== undefined && value.length !== size) {
    throw new RangeError(`${operation}: ${name} must hold ${size} numbers, got ${value.length}`);
  }
  return value;
}

/**
 * One argument of a raw call, checked (and converted where the binding wants another form) by the
 * kind the call list gives it: what the shared TS layer runs before every generated call. `size`
 * is the length a fixed-size array must have (`state: f64[6]`): another length is a RangeError.
 */
export function checkRawArgument(operation: string, name: string, kind: RawArgKind, value: unknown, size?: number): unknown {
  switch (kind) {
    case "str":
      return wellFormed(checkString(operation, name, value));
    case "i32":
      return checkInt(operation, name, value);
    case "f64":
      return checkFinite(operation, name, value);
    case "bool":
      if (typeof value !== "boolean") throw new TypeError(`${operation}: ${name} must be a boolean, got ${describe(value)}`);
      return value;
    case "bytes":
    case "bytesfill":
      if (!(value instanceof Uint8Array)) {
        throw new TypeError(`${operation}: ${name} must be a Uint8Array, got ${describe(value)}`);
      }
      return checkNotDetached(operation, name, value);
    case "f64[]":
      return checkFloat64Array(operation, name, value);
    case "f64[n]":
      return checkSize(operation, name, checkFloat64Array(operation, name, value), size);
    case "i32[]":
      return checkInt32Array(operation, name, value);
    case "i32[n]":
      return checkSize(operation, name, checkInt32Array(operation, name, value), size);
    case "str[]":
      if (!Array.isArray(value)) throw new TypeError(`${operation}: ${name} must be an array of strings, got ${describe(value)}`);
      return value.map((v, i) => wellFormed(checkString(operation, `${name}[${i}]`, v)));
    case "epochs":
      return checkEpochs(operation, name, value);
    case "f64fn":
    case "boolfn":
      if (typeof value !== "function") throw new TypeError(`${operation}: ${name} must be a function, got ${describe(value)}`);
      return value;
    case "numsfn":
      if (value !== null && typeof value !== "function") {
        throw new TypeError(`${operation}: ${name} must be a function or null, got ${describe(value)}`);
      }
      return value;
  }
}
