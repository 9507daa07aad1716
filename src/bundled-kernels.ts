/**
 * The CLI's default kernels: the files in this package's `kernels/` folder, or, inside a single-file
 * executable (scripts/build-single-file.mjs) where that folder is not on disk, the same kernels
 * embedded in the executable and listed in its manifest, loaded from their bytes.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST_ASSET, parseManifest, readEmbeddedFile } from "@spicecraft/backend-node";
import type { KernelSource } from "@spicecraft/contract";
import { inLoadOrder } from "./kernels/load-order.js";


/** The kernels the CLI loads when no --kernels is given, in load order. */
export function defaultKernelSources(kernelsDir: string): KernelSource[] {
  if (existsSync(kernelsDir)) return inLoadOrder(readdirSync(kernelsDir)).map((file) => join(kernelsDir, file));
  const text = readEmbeddedFile(MANIFEST_ASSET);
  const manifest = text === undefined ? undefined : parseManifest(new TextDecoder().decode(text));
  if (manifest === undefined || typeof manifest === "string") {
    throw new Error(`The bundled kernels are missing: ${kernelsDir} does not exist and no kernels are embedded. Give them with --kernels.`);
  }
  return inLoadOrder(manifest.kernels.map((k) => k.file)).map((file) => {
    const bytes = readEmbeddedFile(file);
    if (bytes === undefined) throw new Error(`The executable's manifest lists the kernel ${file}, but it is not embedded.`);
    return { path: `kernels/${file}`, bytes };
  });
}
