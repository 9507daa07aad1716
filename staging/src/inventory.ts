/** Conversions for the coverage and inventory calls: windows between pairs and flat arrays, and the packed SPK descriptor. */
import { SpiceWindow, type SpkSegmentDescriptor } from "@spicecraft/contract";

/** A caller's window (any WindowInput) as the flat array the core takes; endpoints must be numbers and not NaN. */
export function flatWindow(operation: string, cover: unknown): Float64Array {
  if (cover === undefined) return new Float64Array(0);
  // A SpiceWindow is valid by construction; flat endpoints go to the core as given (it inserts
  // them with wninsd, whose errors are CSPICE's), NaN refused here.
  if (cover instanceof SpiceWindow) return cover.rawEndpoints;
  if (cover instanceof Float64Array) {
    if (cover.length % 2 !== 0) throw new TypeError(`${operation}: cover must hold an even number of endpoints`);
    if (cover.some(Number.isNaN)) throw new RangeError(`${operation}: cover holds NaN`);
    return cover;
  }
  if (!Array.isArray(cover)) throw new TypeError(`${operation}: cover must be a SpiceWindow, [start, end] pairs or a Float64Array`);
  const flat = new Float64Array(2 * cover.length);
  cover.forEach((interval: unknown, i) => {
    if (!Array.isArray(interval) || interval.length !== 2) {
      throw new TypeError(`${operation}: cover[${i}] must be a [start, end] pair`);
    }
    for (const [k, v] of interval.entries()) {
      if (typeof v !== "number") throw new TypeError(`${operation}: cover[${i}][${k}] must be a number`);
      if (Number.isNaN(v)) throw new RangeError(`${operation}: cover[${i}][${k}] is NaN`);
      flat[2 * i + k] = v;
    }
  });
  return flat;
}

/** The core's flat window (valid: the core built it) as a SpiceWindow. */
export function coverageWindow(flat: readonly number[]): SpiceWindow {
  return SpiceWindow.fromTrusted(Float64Array.from(flat));
}

/**
 * The descriptor packed as a DAF summary with ND = 2, NI = 6: the two doubles, then the six
 * integers two to a double, in little-endian order (the byte order of x86-64, arm64 and WASM, where
 * CSPICE's spksfs_c returns the same five numbers).
 */
export function packSpkDescriptor(d: SpkSegmentDescriptor): [number, number, number, number, number] {
  const view = new DataView(new ArrayBuffer(40));
  view.setFloat64(0, d.first, true);
  view.setFloat64(8, d.last, true);
  [d.body, d.center, d.frame, d.type, d.baddr, d.eaddr].forEach((v, i) => view.setInt32(16 + 4 * i, v, true));
  return [0, 1, 2, 3, 4].map((i) => view.getFloat64(8 * i, true)) as [number, number, number, number, number];
}
