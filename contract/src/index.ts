/** spicecraft's backend contract: the interface, its value types, SpiceError and argument checks. */
// What users see (re-exported by the spicecraft facade), then what only backend packages need.
export * from "./public.js";
export {
  isRawError,
  rawCallArgs,
  rawCallNames,
  rawLeanCalls,
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
