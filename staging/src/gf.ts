// Issue 14, GF (h14-gf): what the geometry finder's calls share on the TypeScript side.
import type { Window } from "@spicecraft/contract";
import { flatWindow } from "./inventory.js";

/**
 * A confinement window as the call list takes it (2n endpoints, f64[]): `[[start, stop], ...]`
 * pairs, or already flat (a Float64Array of even length). TypeError for anything else.
 */
export function confinementWindow(operation: string, cnfine: Window | Float64Array): Float64Array {
  if (cnfine instanceof Float64Array) {
    if (cnfine.length % 2 !== 0) throw new RangeError(`${operation}: cnfine must hold an even number of endpoints`);
    return cnfine;
  }
  if (!Array.isArray(cnfine)) throw new TypeError(`${operation}: cnfine must be an array of [start, stop] pairs`);
  return flatWindow(operation, cnfine);
}
