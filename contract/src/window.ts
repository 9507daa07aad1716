/**
 * SpiceWindow: a SPICE window as a JS value (CSPICE's windows.req): closed intervals
 * `[start, stop]` in increasing order, held as one Float64Array of endpoints
 * `start0, stop0, start1, stop1, ...`. Every call that takes a window accepts a {@link WindowInput};
 * every call that returns one returns a SpiceWindow.
 */

/**
 * What a window argument may be: a {@link SpiceWindow}, `[start, stop]` pairs (as `spkcov` and the
 * golden files write windows), or a flat Float64Array of endpoints.
 */
export type WindowInput = SpiceWindow | Float64Array | ReadonlyArray<readonly [number, number]>;

/**
 * A SPICE window: closed intervals `[start, stop]` with `start <= stop` (an interval may be a single
 * point), in increasing order, disjoint or touching. Immutable: the window algebra (`wnunid`,
 * `wnexpd`, ...) returns new windows.
 *
 * @example
 * const w = SpiceWindow.from([[0, 10], [20, 30]]);
 * w.count;            // 2
 * w.interval(1);      // [20, 30]
 * [...w];             // [[0, 10], [20, 30]]
 * w.endpoints;        // Float64Array [0, 10, 20, 30]
 */
export class SpiceWindow implements Iterable<[number, number]> {
  readonly #ends: Float64Array;

  private constructor(ends: Float64Array) {
    this.#ends = ends;
  }

  /** The empty window. */
  static empty(): SpiceWindow {
    return new SpiceWindow(new Float64Array(0));
  }

  /**
   * A window from pairs, a flat Float64Array of endpoints (copied) or another SpiceWindow (returned
   * as is). TypeError for something else or an odd number of endpoints; RangeError for a NaN, an
   * interval with start > stop, or intervals out of order or overlapping (`wnvald` sorts and merges
   * such input into a window).
   * @example
   * SpiceWindow.from(new Float64Array([1, 2, 5, 7])).count; // 2
   */
  static from(input: WindowInput, what = "window"): SpiceWindow {
    if (input instanceof SpiceWindow) return input;
    return new SpiceWindow(checkWindow(endpointsOf(input, what), what));
  }

  /**
   * A window from endpoints the caller guarantees valid (the bindings' outputs): not copied, not
   * checked.
   * @internal
   */
  static fromTrusted(ends: Float64Array): SpiceWindow {
    return new SpiceWindow(ends);
  }

  /** The endpoints `start0, stop0, start1, stop1, ...` (a copy: the window stays immutable). */
  get endpoints(): Float64Array {
    return this.#ends.slice();
  }

  /** The number of intervals (CSPICE's wncard). */
  get count(): number {
    return this.#ends.length / 2;
  }

  /** The `i`-th interval, counted from 0, as `[start, stop]`. RangeError when there is none. */
  interval(i: number): [number, number] {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) {
      throw new RangeError(`SpiceWindow.interval: index ${i} is outside 0..${this.count - 1}`);
    }
    return [this.#ends[2 * i]!, this.#ends[2 * i + 1]!];
  }

  /** The intervals as `[start, stop]` pairs. */
  toPairs(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.#ends.length; i += 2) out.push([this.#ends[i]!, this.#ends[i + 1]!]);
    return out;
  }

  /** JSON and structured comparisons see the pairs, as golden files write windows. */
  toJSON(): Array<[number, number]> {
    return this.toPairs();
  }

  /** Iterates over the intervals as `[start, stop]` pairs. */
  *[Symbol.iterator](): Iterator<[number, number]> {
    yield* this.toPairs();
  }

  /** Read-only view of the endpoints for the backends (no copy). @internal */
  get rawEndpoints(): Float64Array {
    return this.#ends;
  }
}

/** The endpoints of pairs or a flat array, as a fresh Float64Array. */
function endpointsOf(input: unknown, what: string): Float64Array {
  if (input instanceof Float64Array) {
    if (input.length % 2 !== 0) throw new TypeError(`${what}: a window needs pairs of endpoints, got ${input.length}`);
    return input.slice();
  }
  if (!Array.isArray(input)) {
    throw new TypeError(`${what} must be a SpiceWindow, [start, stop] pairs or a Float64Array of endpoints`);
  }
  const ends = new Float64Array(2 * input.length);
  input.forEach((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError(`${what}[${i}] must be a [start, stop] pair`);
    for (const k of [0, 1]) {
      const v: unknown = pair[k];
      if (typeof v !== "number") throw new TypeError(`${what}[${i}][${k}] must be a number`);
      ends[2 * i + k] = v;
    }
  });
  return ends;
}

/** Checks what a window promises; returns `ends`. */
function checkWindow(ends: Float64Array, what: string): Float64Array {
  for (let i = 0; i < ends.length; i += 2) {
    const start = ends[i]!;
    const stop = ends[i + 1]!;
    if (Number.isNaN(start) || Number.isNaN(stop)) throw new RangeError(`${what}: interval ${i / 2} has a NaN endpoint`);
    if (start > stop) throw new RangeError(`${what}: interval ${i / 2} starts after it stops (${start} > ${stop})`);
    if (i > 0 && start < ends[i - 1]!) {
      throw new RangeError(
        `${what}: interval ${i / 2} starts before interval ${i / 2 - 1} stops (out of order or overlapping; wnvald normalises)`,
      );
    }
  }
  return ends;
}

/**
 * Input for `wnvald`: endpoints in any order, as pairs or flat (a Float64Array or numbers),
 * not yet a window.
 */
export type WindowEndpoints = Float64Array | readonly number[] | ReadonlyArray<readonly [number, number]>;

/** What `wnsumd` reports about a window (wnsumd_c). */
export interface WindowSummary {
  /** Total measure: the sum of the intervals' lengths. */
  meas: number;
  /** Average measure (0 for an empty window). */
  avg: number;
  /** Standard deviation of the measures (CSPICE's formula; NaN where it rounds below 0). */
  stddev: number;
  /** Endpoint index (0, 2, 4 ...) of the left end of the shortest interval, the first of equals; -1 when empty. */
  shortest: number;
  /** Endpoint index of the left end of the longest interval, the first of equals; -1 when empty. */
  longest: number;
}

declare const intCellBrand: unique symbol;
declare const doubleCellBrand: unique symbol;
declare const charCellBrand: unique symbol;
declare const windowHandleBrand: unique symbol;
/** Handle to a CSPICE integer cell (`newIntCell`), owned by the backend that made it. */
export type SpiceIntCell = number & { readonly [intCellBrand]: true };
/** Handle to a CSPICE double precision cell (`newDoubleCell`). */
export type SpiceDoubleCell = number & { readonly [doubleCellBrand]: true };
/** Handle to a CSPICE character cell (`newCharCell`). */
export type SpiceCharCell = number & { readonly [charCellBrand]: true };
/**
 * Handle to a CSPICE window (`newWindow`: a double precision cell read as intervals), the form
 * ported CSPICE/tspice code uses; {@link SpiceWindow} is the value form.
 */
export type SpiceWindowHandle = number & { readonly [windowHandleBrand]: true };
/** Any cell handle. */
export type SpiceCellHandle = SpiceIntCell | SpiceDoubleCell | SpiceCharCell | SpiceWindowHandle;
