/**
 * Host files for the WASM backend's SPK writers under Node: the same atomic writer the native
 * backend uses (staging's createHostWriter over node:fs), so both backends write, refuse and clean
 * up identically. Browsers have none: there every writer output is a virtual output.
 */
import { createHostWriter, type HostFs, type HostWriter } from "@spicecraft/staging";

/** Creates the writer, or undefined where node:fs is not available. */
export async function createNodeHostWriter(): Promise<HostWriter | undefined> {
  if (typeof process === "undefined" || typeof process.versions?.node !== "string") return undefined;
  const fs = await import("node:fs");
  return createHostWriter(fs as unknown as HostFs);
}
