/**
 * What the `spicecraft` package re-exports to its users: the contract's interface, value types,
 * SpiceError and SpiceWindow. The argument checks (`check*`) and the bindings' raw call table
 * (`Raw*`, `rawCall*`) stay internal: they are for backend packages, from `@spicecraft/contract`.
 */
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
} from "./window.js";
