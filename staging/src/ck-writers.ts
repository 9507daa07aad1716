/**
 * The CK writer calls of the composition layer (issue 12): argument checks, output targets, the
 * record counts derived from the array lengths (as for the SPK writers), and the host-file write
 * when a host output is closed. The core does CSPICE's own validation, in CSPICE's order.
 */
import {
  checkInt,
  checkString,
  checkFinite,
  type NumberArray,
  type OutputTarget,
  type RawContext,
} from "@spicecraft/contract";
import type { DafOutputs } from "./daf-outputs.js";
import { float64, type RawCall } from "./spk-writers.js";

/** CK type 5/6 packet sizes by subtype (ck05.inc, ck06.inc). */
const PACKET_SIZES = [8, 4, 14, 7];

/** 32-bit integers (an empty array too: CKW06 reports a count below 1 itself). */
function int32s(operation: string, name: string, value: unknown): Int32Array {
  if (!Array.isArray(value)) throw new TypeError(`${operation}: ${name} must be an array of integers`);
  return Int32Array.from(value.map((v, i) => checkInt(operation, `${name}[${i}]`, v)));
}

function checkBoolean(operation: string, name: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw new TypeError(`${operation}: ${name} must be a boolean`);
  return value;
}

/** `values` holds `per` numbers for each of `n` records. */
function checkLength(operation: string, name: string, values: Float64Array, per: number, n: number, what: string): void {
  if (values.length !== per * n) {
    throw new RangeError(`${operation}: ${name}.length (${values.length}) must be ${per} * ${what} (${per * n})`);
  }
}

/** The descriptor arguments the CK writers share. */
function checkDescriptor(operation: string, handle: number, begtim: number, endtim: number, inst: number, ref: string,
  segid: string): void {
  checkInt(operation, "handle", handle);
  checkFinite(operation, "begtim", begtim);
  checkFinite(operation, "endtim", endtim);
  checkInt(operation, "inst", inst);
  checkString(operation, "ref", ref);
  checkString(operation, "segid", segid);
}

/** Angular velocities: 3 per record with `avflag`; without it, none or 3 per record (then ignored). */
function angularVelocities(operation: string, avvs: NumberArray, avflag: boolean, n: number): Float64Array {
  const values = float64(operation, "avvs", avvs);
  if (avflag || values.length !== 0) checkLength(operation, "avvs", values, 3, n, "sclkdp.length");
  return values;
}


/** The CK writer side of one backend: open outputs by handle, and the calls. */
export class CkWriters {
  readonly #call: RawCall;
  readonly #outputs: DafOutputs;

  constructor(call: RawCall, outputs: DafOutputs) {
    this.#call = call;
    this.#outputs = outputs;
  }

  ckopn(file: OutputTarget, ifname: string, ncomch: number): number {
    return this.#outputs.openNew("ckopn", file, ifname, ncomch, (name, hostFile) =>
      this.#call("ckopn", (r: RawContext) => r.ckopn(name, ifname, ncomch, hostFile)),
    );
  }

  ckcls(handle: number): void {
    this.#outputs.close("ckcls", handle, () => this.#call("ckcls", (r: RawContext) => r.ckcls(handle)));
  }

  ckw01(handle: number, begtim: number, endtim: number, inst: number, ref: string, avflag: boolean, segid: string,
    sclkdp: NumberArray, quats: NumberArray, avvs: NumberArray): void {
    const op = "ckw01";
    checkDescriptor(op, handle, begtim, endtim, inst, ref, segid);
    checkBoolean(op, "avflag", avflag);
    const times = float64(op, "sclkdp", sclkdp);
    const q = float64(op, "quats", quats);
    checkLength(op, "quats", q, 4, times.length, "sclkdp.length");
    const av = angularVelocities(op, avvs, avflag, times.length);
    this.#call(op, (r: RawContext) => r.ckw01(handle, begtim, endtim, inst, ref, avflag, segid, times.length, times, q, av));
  }

  ckw02(handle: number, begtim: number, endtim: number, inst: number, ref: string, segid: string, start: NumberArray,
    stop: NumberArray, quats: NumberArray, avvs: NumberArray, rates: NumberArray): void {
    const op = "ckw02";
    checkDescriptor(op, handle, begtim, endtim, inst, ref, segid);
    const starts = float64(op, "start", start);
    const n = starts.length;
    const stops = float64(op, "stop", stop);
    checkLength(op, "stop", stops, 1, n, "start.length");
    const q = float64(op, "quats", quats);
    checkLength(op, "quats", q, 4, n, "start.length");
    const av = float64(op, "avvs", avvs);
    checkLength(op, "avvs", av, 3, n, "start.length");
    const rate = float64(op, "rates", rates);
    checkLength(op, "rates", rate, 1, n, "start.length");
    this.#call(op, (r: RawContext) => r.ckw02(handle, begtim, endtim, inst, ref, segid, n, starts, stops, q, av, rate));
  }

  ckw03(handle: number, begtim: number, endtim: number, inst: number, ref: string, avflag: boolean, segid: string,
    sclkdp: NumberArray, quats: NumberArray, avvs: NumberArray, starts: NumberArray): void {
    const op = "ckw03";
    checkDescriptor(op, handle, begtim, endtim, inst, ref, segid);
    checkBoolean(op, "avflag", avflag);
    const times = float64(op, "sclkdp", sclkdp);
    const q = float64(op, "quats", quats);
    checkLength(op, "quats", q, 4, times.length, "sclkdp.length");
    const av = angularVelocities(op, avvs, avflag, times.length);
    const begins = float64(op, "starts", starts);
    this.#call(op, (r: RawContext) =>
      r.ckw03(handle, begtim, endtim, inst, ref, avflag, segid, times.length, times, q, av, begins.length, begins));
  }

  ckw05(handle: number, subtyp: number, degree: number, begtim: number, endtim: number, inst: number, ref: string,
    avflag: boolean, segid: string, sclkdp: NumberArray, packts: NumberArray, rate: number, starts: NumberArray): void {
    const op = "ckw05";
    checkDescriptor(op, handle, begtim, endtim, inst, ref, segid);
    checkInt(op, "subtyp", subtyp);
    checkInt(op, "degree", degree);
    checkBoolean(op, "avflag", avflag);
    checkFinite(op, "rate", rate);
    const times = float64(op, "sclkdp", sclkdp);
    const packets = float64(op, "packts", packts);
    // An unknown subtype has no packet size: the core reports it (SPICE(NOTSUPPORTED)).
    const size = PACKET_SIZES[subtyp];
    if (size !== undefined) checkLength(op, "packts", packets, size, times.length, "sclkdp.length");
    const begins = float64(op, "starts", starts);
    this.#call(op, (r: RawContext) =>
      r.ckw05(handle, subtyp, degree, begtim, endtim, inst, ref, avflag, segid, times.length, times, packets, rate,
        begins.length, begins));
  }

  ckw06(handle: number, inst: number, ref: string, avflag: boolean, first: number, last: number, segid: string,
    npkts: readonly number[], subtps: readonly number[], degres: readonly number[], packts: NumberArray,
    rates: NumberArray, sclkdp: NumberArray, ivlbds: NumberArray, sellst: boolean): void {
    const op = "ckw06";
    checkDescriptor(op, handle, first, last, inst, ref, segid);
    checkBoolean(op, "avflag", avflag);
    checkBoolean(op, "sellst", sellst);
    const counts = int32s(op, "npkts", npkts);
    const subtypes = int32s(op, "subtps", subtps);
    const degrees = int32s(op, "degres", degres);
    const packets = float64(op, "packts", packts);
    const clockRates = float64(op, "rates", rates);
    const times = float64(op, "sclkdp", sclkdp);
    const bounds = float64(op, "ivlbds", ivlbds);
    const n = counts.length;
    if (subtypes.length !== n || degrees.length !== n || clockRates.length !== n || bounds.length !== (n > 0 ? n + 1 : 0)) {
      throw new RangeError(`${op}: npkts, subtps, degres and rates must have one entry per mini-segment (${n}), and ivlbds ${n > 0 ? n + 1 : 0}`);
    }
    const epochs = counts.reduce((sum, c) => sum + Math.max(c, 0), 0);
    if (times.length !== epochs) throw new RangeError(`${op}: sclkdp.length (${times.length}) must be the sum of npkts (${epochs})`);
    // Unknown subtypes have no packet size: the core reports them (SPICE(INVALIDSUBTYPE)).
    if (subtypes.every((s) => PACKET_SIZES[s] !== undefined)) {
      const words = counts.reduce((sum, c, i) => sum + Math.max(c, 0) * (PACKET_SIZES[subtypes[i] ?? -1] ?? 0), 0);
      if (packets.length !== words) {
        throw new RangeError(`${op}: packts.length (${packets.length}) must be the sum of npkts[i] * packet size (${words})`);
      }
    }
    this.#call(op, (r: RawContext) =>
      r.ckw06(handle, inst, ref, avflag, first, last, segid, n, counts, subtypes, degrees, packets, clockRates, times,
        bounds, sellst));
  }

  ckw04b(handle: number, begtim: number, inst: number, ref: string, avflag: boolean, segid: string): void {
    const op = "ckw04b";
    checkDescriptor(op, handle, begtim, begtim, inst, ref, segid);
    checkBoolean(op, "avflag", avflag);
    this.#call(op, (r: RawContext) => r.ckw04b(handle, begtim, inst, ref, avflag, segid));
  }

  ckw04a(handle: number, pktsiz: readonly number[], pktdat: NumberArray, sclkdp: NumberArray): void {
    const op = "ckw04a";
    checkInt(op, "handle", handle);
    const sizes = int32s(op, "pktsiz", pktsiz);
    const data = float64(op, "pktdat", pktdat);
    const times = float64(op, "sclkdp", sclkdp);
    if (times.length !== sizes.length) {
      throw new RangeError(`${op}: sclkdp.length (${times.length}) must be pktsiz.length (${sizes.length})`);
    }
    const words = sizes.reduce((sum, s) => sum + Math.max(s, 0), 0);
    if (data.length !== words) throw new RangeError(`${op}: pktdat.length (${data.length}) must be the sum of pktsiz (${words})`);
    this.#call(op, (r: RawContext) => r.ckw04a(handle, sizes.length, sizes, data, times));
  }

  ckw04e(handle: number, endtim: number): void {
    checkInt("ckw04e", "handle", handle);
    checkFinite("ckw04e", "endtim", endtim);
    this.#call("ckw04e", (r: RawContext) => r.ckw04e(handle, endtim));
  }
}
