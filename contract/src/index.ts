/** spicecraft's backend contract: the interface, its value types, SpiceError and argument checks. */
export { SpiceError, type SpiceErrorCode, type SpiceErrorData } from "./spice-error.js";
export type { SpiceBackend } from "./backend.js";
export type * from "./types.js";
export {
  SpiceWindow,
  type SpiceCellHandle,
  type SpiceCharCell,
  type SpiceDoubleCell,
  type SpiceIntCell,
  type SpiceWindowHandle,
  type WindowEndpoints,
  type WindowInput,
  type WindowSummary,
} from "./window.js"; // windows and cells (issue 14)
export {
  isRawError,
  rawCallArgs,
  rawCallNames,
  type RawArgKind,
  type RawCallName,
  type RawCalls,
  type RawContext,
  type RawControl,
  type RawError,
  type RawKernel,
  type RawResult,
} from "./raw-context.js";
export {
  checkEpochs,
  checkFinite,
  checkFloat64Array,
  checkInt,
  checkInt32Array,
  checkNotDetached,
  isDetached,
  checkNumbers,
  checkRawArgument,
  checkString,
  checkStrings,
  wellFormed,
} from "./checks.js";
