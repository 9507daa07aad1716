/**
 * The kernels bundled with spicecraft (kernels/: an LSK, text PCKs, an FK and a one-day SPK) for
 * browser builds, where they come from a JS module holding them as base64 (loaded on first use).
 */
import type { KernelBytes } from "@spicecraft/contract";

// Leapseconds first, then constants, frames and ephemerides, as the CLI loads them.
const ORDER = [".tls", ".tpc", ".tf", ".bsp"];
const rank = (file: string) => ORDER.findIndex((ext) => file.endsWith(ext));

function decode(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bundled kernels in load order, as `{ path: "kernels/<name>", bytes }` for `furnsh`. */
export async function bundledKernelsInline(): Promise<KernelBytes[]> {
  const { default: data } = await import("../bundled-kernels-data.js");
  return Object.keys(data)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((file) => ({ path: `kernels/${file}`, bytes: decode(data[file]!) }));
}
