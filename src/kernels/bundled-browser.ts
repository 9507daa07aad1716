/**
 * The kernels bundled with spicecraft (kernels/: an LSK, text PCKs, an FK and a one-day SPK) for
 * browser builds, where they come from a JS module holding them as base64 (loaded on first use).
 */
import { decodeBase64 } from "@spicecraft/backend-wasm";
import type { KernelBytes } from "@spicecraft/contract";
import { inLoadOrder } from "./load-order.js";

/** The bundled kernels in load order, as `{ path: "kernels/<name>", bytes }` for `furnsh`. */
export async function bundledKernelsInline(): Promise<KernelBytes[]> {
  const { default: data } = await import("../bundled-kernels-data.js");
  return inLoadOrder(Object.keys(data)).map((file) => ({ path: `kernels/${file}`, bytes: decodeBase64(data[file]!) }));
}
