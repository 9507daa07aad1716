/**
 * The SPK writer calls of the composition layer: argument checks, output targets, the number of
 * records derived from the array lengths (tspice's spkw08 convention, used for every type), and the
 * host-file write when a host output is closed. The core does CSPICE's own validation.
 */
import {
  checkInt,
  checkString,
  checkFinite,
  type NumberArray,
  type OutputTarget,
  type RawContext,
  type RawResult,
  type VirtualOutput,
} from "@spicecraft/contract";
import type { HostCapabilities } from "./kernel-source.js";
import { normalizeVirtualId } from "./virtual-id.js";
import { resolveOutput, type HostWriter } from "./virtual-output.js";

/** Runs a raw call and turns an error record into a SpiceError (ComposedBackend's #call). */
export type RawCall = <T>(operation: string, invoke: (raw: RawContext) => RawResult<T>) => T;

/** CSPICE's largest degree for these types; beyond it the record size cannot be derived. */
const MAX_DEGREE = 27;

interface OpenOutput {
  name: string;
  hostFile: boolean;
  replace: boolean; // spkopa: the host file exists and is replaced
}

/** Numbers as a Float64Array: every element a finite number. */
function float64(operation: string, name: string, value: unknown): Float64Array {
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

/** The descriptor arguments every segment writer takes. */
function checkSegment(operation: string, args: [number, number, number, string, number, number, string]): void {
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
  readonly #host: HostCapabilities;
  readonly #open = new Map<number, OpenOutput>();

  constructor(call: RawCall, host: HostCapabilities) {
    this.#call = call;
    this.#host = host;
  }

  #hostWriter(): HostWriter {
    if (this.#host.hostWriter === undefined) throw new Error("spicecraft: this backend cannot write host files");
    return this.#host.hostWriter;
  }

  spkopn(file: OutputTarget, ifname: string, ncomch: number): number {
    const output = resolveOutput(file, this.#host, "spkopn");
    checkString("spkopn", "ifname", ifname);
    checkInt("spkopn", "ncomch", ncomch);
    if (output.hostFile) this.#hostWriter().checkNew(output.name, "spkopn");
    const handle = this.#call("spkopn", (r) => r.spkopn(output.name, ifname, ncomch, output.hostFile));
    this.#open.set(handle, { name: output.name, hostFile: output.hostFile, replace: false });
    return handle;
  }

  spkopa(file: OutputTarget): number {
    const output = resolveOutput(file, this.#host, "spkopa");
    const handle = this.#call("spkopa", (r) => r.spkopa(output.name, output.hostFile));
    this.#open.set(handle, { name: output.name, hostFile: output.hostFile, replace: true });
    return handle;
  }

  spkcls(handle: number): void {
    checkInt("spkcls", "handle", handle);
    const bytes = this.#call("spkcls", (r) => r.spkcls(handle));
    const output = this.#open.get(handle);
    this.#open.delete(handle);
    if (bytes !== null && output?.hostFile === true) {
      this.#hostWriter().write(output.name, bytes, output.replace, "spkcls");
    }
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

  dafac(handle: number, lines: readonly string[]): void {
    checkInt("dafac", "handle", handle);
    if (!Array.isArray(lines)) throw new TypeError("dafac: lines must be an array of strings");
    const copy = lines.map((line, i) => checkString("dafac", `lines[${i}]`, line));
    this.#call("dafac", (r) => r.dafac(handle, copy));
  }

  readVirtualOutput(output: VirtualOutput | string): Uint8Array {
    const name =
      typeof output === "string"
        ? normalizeVirtualId(checkString("readVirtualOutput", "output", output), "readVirtualOutput")
        : resolveOutput(output, { hostFiles: false }, "readVirtualOutput").name;
    return this.#call("readVirtualOutput", (r) => r.readVirtualOutput(name));
  }
}
