/**
 * The SPK writer calls of the composition layer: argument checks, output targets, the number of
 * records derived from the array lengths (tspice's spkw08 convention, used for every type), and the
 * host-file write when a host output is closed. The core does CSPICE's own validation.
 */
import {
  checkInt,
  checkNumbers,
  checkString,
  checkFinite,
  type NumberArray,
  type OutputTarget,
  type RawContext,
  type RawResult,
  type ReadVirtualOutputOptions,
  type VirtualOutput,
} from "@spicecraft/contract";
import type { DafOutputs } from "./daf-outputs.js";
import { normalizeVirtualId } from "./virtual-id.js";
import { resolveOutput } from "./virtual-output.js";

/** The core's name of a virtual output given as a VirtualOutput or a virtual id. */
function outputName(output: VirtualOutput | string, operation: string): string {
  return typeof output === "string"
    ? normalizeVirtualId(checkString(operation, "output", output), operation)
    : resolveOutput(output, { hostFiles: false }, operation).name;
}

/** Runs a raw call and turns an error record into a SpiceError (ComposedBackend's #call). */
export type RawCall = <T>(operation: string, invoke: (raw: RawContext) => RawResult<T>) => T;

/** CSPICE's largest degree for these types; beyond it the record size cannot be derived. */
const MAX_DEGREE = 27;


/** Numbers as a Float64Array: every element a finite number (TypeError / RangeError otherwise). */
export function float64(operation: string, name: string, value: unknown): Float64Array {
  if (!(value instanceof Float64Array) && !Array.isArray(value)) {
    throw new TypeError(`${operation}: ${name} must be an array of numbers or a Float64Array`);
  }
  const out = value instanceof Float64Array ? value : new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (typeof v !== "number") throw new TypeError(`${operation}: ${name}[${i}] must be a number, got ${typeof v}`);
    if (!Number.isFinite(v)) throw new RangeError(`${operation}: ${name}[${i}] must be finite, got ${v}`);
    out[i] = v;
  }
  return out;
}

/** handle, body, center, frame, first, last, segid: the arguments every segment writer starts with. */
type SegmentArgs = [number, number, number, string, number, number, string];

/** A fixed-size vector (spkw15's tp, pa, pv; spkw17's eqel) as a Float64Array of exactly `size` numbers. */
function vector(operation: string, name: string, value: unknown, size: number): Float64Array {
  const out = float64(operation, name, value);
  if (out.length !== size) throw new RangeError(`${operation}: ${name} must hold ${size} numbers, got ${out.length}`);
  return out;
}

/** The descriptor arguments every segment writer takes. */
function checkSegment(operation: string, args: SegmentArgs): void {
  const [handle, body, center, frame, first, last, segid] = args;
  checkInt(operation, "handle", handle);
  checkInt(operation, "body", body);
  checkInt(operation, "center", center);
  checkString(operation, "frame", frame);
  checkFinite(operation, "first", first);
  checkFinite(operation, "last", last);
  checkString(operation, "segid", segid);
}

/** Records in `values` of `components * (degree + 1)` numbers each. */
function recordCount(operation: string, values: Float64Array, degree: number, components: number): number {
  if (degree < 0 || degree > MAX_DEGREE) return values.length > 0 ? 1 : 0; // the core reports the degree
  const size = components * (degree + 1);
  if (values.length % size !== 0) {
    throw new RangeError(`${operation}: cdata.length (${values.length}) must be a multiple of ${size} (${components} * (polydg + 1))`);
  }
  return values.length / size;
}

function stateCount(operation: string, states: Float64Array): number {
  if (states.length % 6 !== 0) {
    throw new RangeError(`${operation}: states.length (${states.length}) must be a multiple of 6`);
  }
  return states.length / 6;
}

/** The writer side of one backend: open outputs by handle, and the calls. */
export class SpkWriters {
  readonly #call: RawCall;
  readonly #outputs: DafOutputs;

  constructor(call: RawCall, outputs: DafOutputs) {
    this.#call = call;
    this.#outputs = outputs;
  }

  spkopn(file: OutputTarget, ifname: string, ncomch: number): number {
    return this.#outputs.openNew("spkopn", file, ifname, ncomch, (name, hostFile) =>
      this.#call("spkopn", (r) => r.spkopn(name, ifname, ncomch, hostFile)),
    );
  }

  spkopa(file: OutputTarget): number {
    return this.#outputs.openExisting("spkopa", file, (name, hostFile) =>
      this.#call("spkopa", (r) => r.spkopa(name, hostFile)),
    );
  }

  spkcls(handle: number): void {
    this.#outputs.close("spkcls", handle, () => this.#call("spkcls", (r) => r.spkcls(handle)));
  }

  /** DAFOPW: any existing DAF opened for writing (comments: dafac, dafdc). */
  dafopw(file: OutputTarget): number {
    return this.#outputs.openExisting("dafopw", file, (name, hostFile) =>
      this.#call("dafopw", (r) => r.dafopw(name, hostFile)),
    );
  }

  /** Whether `handle` is a DAF open for writing here (spkopn, spkopa, ckopn, dafopw, ...). */
  has(handle: number): boolean {
    return this.#outputs.has(handle);
  }

  /** DAFCLS of a writer's handle: closes it as spkcls does, without demanding a segment. */
  dafcls(handle: number): void {
    this.#outputs.close("dafcls", handle, () => this.#call("dafcls", (r) => r.dafCloseOutput(handle)));
  }

  spkw02(
    op: "spkw02" | "spkw03",
    args: [number, number, number, string, number, number, string],
    intlen: number,
    polydg: number,
    cdata: NumberArray,
    btime: number,
  ): void {
    checkSegment(op, args);
    checkFinite(op, "intlen", intlen);
    checkInt(op, "polydg", polydg);
    const values = float64(op, "cdata", cdata);
    checkFinite(op, "btime", btime);
    const n = recordCount(op, values, polydg, op === "spkw02" ? 3 : 6);
    this.#call(op, (r) => r[op](...args, intlen, n, polydg, values, btime));
  }

  spkw05(args: SegmentArgs, gm: number, states: NumberArray, epochs: NumberArray): void {
    const op = "spkw05";
    checkSegment(op, args);
    checkFinite(op, "gm", gm);
    const values = float64(op, "states", states);
    const times = float64(op, "epochs", epochs);
    if (values.length !== 6 * times.length) {
      throw new RangeError(`${op}: states.length (${values.length}) must be 6 * epochs.length (${6 * times.length})`);
    }
    this.#call(op, (r) => r.spkw05(...args, gm, times.length, values, times));
  }

  spkw08(
    op: "spkw08" | "spkw12",
    args: [number, number, number, string, number, number, string],
    degree: number,
    states: NumberArray,
    epoch1: number,
    step: number,
  ): void {
    checkSegment(op, args);
    checkInt(op, "degree", degree);
    const values = float64(op, "states", states);
    checkFinite(op, "epoch1", epoch1);
    checkFinite(op, "step", step);
    const n = stateCount(op, values);
    this.#call(op, (r) => r[op](...args, degree, n, values, epoch1, step));
  }

  spkw09(
    op: "spkw09" | "spkw13",
    args: [number, number, number, string, number, number, string],
    degree: number,
    states: NumberArray,
    epochs: NumberArray,
  ): void {
    checkSegment(op, args);
    checkInt(op, "degree", degree);
    const values = float64(op, "states", states);
    const times = float64(op, "epochs", epochs);
    if (values.length !== 6 * times.length) {
      throw new RangeError(`${op}: states.length (${values.length}) must be 6 * epochs.length (${6 * times.length})`);
    }
    this.#call(op, (r) => r[op](...args, degree, times.length, values, times));
  }

  spkw14(args: SegmentArgs, chbdeg: number, records: NumberArray, epochs: NumberArray): void {
    const op = "spkw14";
    checkSegment(op, args);
    checkInt(op, "chbdeg", chbdeg);
    const values = float64(op, "records", records);
    const times = float64(op, "epochs", epochs);
    if (chbdeg >= 0 && values.length !== times.length * (2 + 6 * (chbdeg + 1))) {
      throw new RangeError(`${op}: records.length (${values.length}) must be epochs.length * (2 + 6 * (chbdeg + 1)) = ${times.length * (2 + 6 * (chbdeg + 1))}`);
    }
    this.#call(op, (r) => r.spkw14(...args, times.length, chbdeg, values, times));
  }

  spkw15(args: SegmentArgs, epoch: number, tp: NumberArray, pa: NumberArray, p: number, ecc: number, j2flg: number,
    pv: NumberArray, gm: number, j2: number, radius: number): void {
    const op = "spkw15";
    checkSegment(op, args);
    checkFinite(op, "epoch", epoch);
    const [t, a, v] = [vector(op, "tp", tp, 3), vector(op, "pa", pa, 3), vector(op, "pv", pv, 3)];
    for (const [name, value] of [["p", p], ["ecc", ecc], ["j2flg", j2flg], ["gm", gm], ["j2", j2], ["radius", radius]] as const) {
      checkFinite(op, name, value);
    }
    this.#call(op, (r) => r.spkw15(...args, epoch, t, a, p, ecc, j2flg, v, gm, j2, radius));
  }

  spkw17(args: SegmentArgs, epoch: number, eqel: NumberArray, rapol: number, decpol: number): void {
    const op = "spkw17";
    checkSegment(op, args);
    checkFinite(op, "epoch", epoch);
    const elements = vector(op, "eqel", eqel, 9);
    checkFinite(op, "rapol", rapol);
    checkFinite(op, "decpol", decpol);
    this.#call(op, (r) => r.spkw17(...args, epoch, elements, rapol, decpol));
  }

  spkw18(args: SegmentArgs, subtype: number, degree: number, packets: NumberArray, epochs: NumberArray): void {
    const op = "spkw18";
    checkSegment(op, args);
    checkInt(op, "subtype", subtype);
    checkInt(op, "degree", degree);
    const values = float64(op, "packets", packets);
    const times = float64(op, "epochs", epochs);
    const size = subtype === 0 ? 12 : 6;
    if ((subtype === 0 || subtype === 1) && values.length !== size * times.length) {
      throw new RangeError(`${op}: packets.length (${values.length}) must be ${size} * epochs.length (${size * times.length})`);
    }
    this.#call(op, (r) => r.spkw18(...args, subtype, degree, times.length, values, times));
  }

  spkw19(args: SegmentArgs, npkts: readonly number[], subtps: readonly number[], degres: readonly number[],
    packets: NumberArray, epochs: NumberArray, ivlbds: NumberArray, sellst: boolean): void {
    const op = "spkw19";
    checkSegment(op, args);
    const counts = Int32Array.from(checkNumbers(op, "npkts", npkts, true));
    const subtypes = Int32Array.from(checkNumbers(op, "subtps", subtps, true));
    const degrees = Int32Array.from(checkNumbers(op, "degres", degres, true));
    const values = float64(op, "packets", packets);
    const times = float64(op, "epochs", epochs);
    const bounds = float64(op, "ivlbds", ivlbds);
    if (typeof sellst !== "boolean") throw new TypeError(`${op}: sellst must be a boolean`);
    const n = counts.length;
    if (subtypes.length !== n || degrees.length !== n || bounds.length !== n + 1) {
      throw new RangeError(`${op}: npkts, subtps and degres must have one entry per interval (${n}), and ivlbds ${n + 1}`);
    }
    this.#call(op, (r) => r.spkw19(...args, n, counts, subtypes, degrees, values, times, bounds, sellst));
  }

  spkw20(args: SegmentArgs, intlen: number, polydg: number, cdata: NumberArray, dscale: number, tscale: number,
    initjd: number, initfr: number): void {
    const op = "spkw20";
    checkSegment(op, args);
    checkFinite(op, "intlen", intlen);
    checkInt(op, "polydg", polydg);
    const values = float64(op, "cdata", cdata);
    for (const [name, value] of [["dscale", dscale], ["tscale", tscale], ["initjd", initjd], ["initfr", initfr]] as const) {
      checkFinite(op, name, value);
    }
    // Per record and component: polydg + 1 velocity coefficients and one position.
    const size = 3 * (polydg + 2);
    if (polydg >= 0 && values.length % size !== 0) {
      throw new RangeError(`${op}: cdata.length (${values.length}) must be a multiple of ${size} (3 * (polydg + 2))`);
    }
    const n = polydg >= 0 ? values.length / size : values.length > 0 ? 1 : 0; // a bad degree: the core reports it
    this.#call(op, (r) => r.spkw20(...args, intlen, n, polydg, values, dscale, tscale, initjd, initfr));
  }

  spkw21(args: SegmentArgs, dlsize: number, dlines: NumberArray, epochs: NumberArray): void {
    const op = "spkw21";
    checkSegment(op, args);
    checkInt(op, "dlsize", dlsize);
    const values = float64(op, "dlines", dlines);
    const times = float64(op, "epochs", epochs);
    // A negative size cannot describe any array: the core reports it (DIFFLINETOOSMALL).
    if (dlsize >= 0 && values.length !== dlsize * times.length) {
      throw new RangeError(`${op}: dlines.length (${values.length}) must be dlsize * epochs.length (${dlsize * times.length})`);
    }
    this.#call(op, (r) => r.spkw21(...args, times.length, dlsize, values, times));
  }

  dafac(handle: number, lines: readonly string[]): void {
    checkInt("dafac", "handle", handle);
    if (!Array.isArray(lines)) throw new TypeError("dafac: lines must be an array of strings");
    const copy = lines.map((line, i) => checkString("dafac", `lines[${i}]`, line));
    this.#call("dafac", (r) => r.dafac(handle, copy));
  }

  readVirtualOutput(output: VirtualOutput | string, options?: ReadVirtualOutputOptions): Uint8Array {
    const op = "readVirtualOutput";
    const name = outputName(output, op);
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      throw new TypeError(`${op}: options must be an object such as { release: true }`);
    }
    const release = options?.release ?? false;
    if (typeof release !== "boolean") throw new TypeError(`${op}: options.release must be a boolean`);
    // A closed virtual output always has bytes; the raw type also covers spkcls's "no bytes".
    const bytes = this.#call(op, (r) => r.readVirtualOutput(name)) ?? new Uint8Array(0);
    if (release) this.#call(op, (r) => r.releaseVirtualOutput(name));
    return bytes;
  }

  /** Issue 16: frees a closed virtual output's bytes in the core (see SpiceBackend.releaseVirtualOutput). */
  releaseVirtualOutput(output: VirtualOutput | string): void {
    const op = "releaseVirtualOutput";
    const name = outputName(output, op);
    this.#call(op, (r) => r.releaseVirtualOutput(name));
  }

  // ---- Issue 15, two-line elements (astro-frames-tle) ----

  spkw10(args: SegmentArgs, consts: NumberArray, elems: NumberArray, epochs: NumberArray): void {
    const op = "spkw10";
    checkSegment(op, args);
    const constants = vector(op, "consts", consts, 8);
    const values = float64(op, "elems", elems);
    const times = float64(op, "epochs", epochs);
    if (values.length !== 10 * times.length) {
      throw new RangeError(`${op}: elems.length (${values.length}) must be 10 * epochs.length (${10 * times.length})`);
    }
    this.#call(op, (r) => r.spkw10(...args, constants, times.length, values, times));
  }
}
