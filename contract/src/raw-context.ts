/**
 * What a binding (the Node addon or the Embind module) provides: the shim's calls, one for one,
 * generated from shim-c/calls.idl. Every method returns its value, `null` for "not found", or a
 * {@link RawError} record: bindings do not throw for SPICE failures, so both backends' errors pass
 * through the same code in staging.
 */
import type { RawCalls } from "./generated/raw-calls.js";

export { isRawError, type RawControl, type RawError, type RawKernel, type RawResult } from "./raw-types.js";
export { rawCallArgs, rawCallNames, rawLeanCalls, type RawArgKind, type RawCallName, type RawCalls } from "./generated/raw-calls.js";

/** The binding-level context. Implemented by the Node addon and the Embind module. */
export interface RawContext extends RawCalls {
  /** Frees the context now; later calls answer SPICE(DISPOSED). */
  dispose(): void;
  /**
   * The array the lean methods (`<call>Into`, see rawLeanCalls) write their outputs into. On WASM a
   * view of the heap: once the heap grows it is detached (length 0) and must be asked for again.
   */
  scratch(): Float64Array;
}
