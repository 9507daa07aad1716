/**
 * Finds and loads the native addon. For now: SPICECRAFT_NATIVE_PATH, else the package-local
 * `native/` folder. (The platform-package / CPU-variant loader replaces this; see the packaging issue.)
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { RawContext } from "@spicecraft/contract";

/** The addon's exports. */
export interface NativeAddon {
  Context: new () => RawContext;
  version: string;
  abiVersion: number;
}

const require = createRequire(import.meta.url);

/** Candidate addon paths, in the order they are tried. */
export function addonCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const local = fileURLToPath(new URL(`../native/spicecraft.${process.platform}-${process.arch}.node`, import.meta.url));
  return [env.SPICECRAFT_NATIVE_PATH, local].filter((p): p is string => typeof p === "string" && p !== "");
}

/** Loads the first candidate that exists; the error lists every path tried and the fix. */
export function loadAddon(): NativeAddon {
  const tried: string[] = [];
  for (const path of addonCandidates()) {
    if (!existsSync(path)) {
      tried.push(`  ${path}: not found`);
      continue;
    }
    try {
      return require(path) as NativeAddon;
    } catch (error) {
      tried.push(`  ${path}: ${(error as Error).message}`);
    }
  }
  throw new Error(
    `Failed to load spicecraft native addon for ${process.platform}-${process.arch}. Tried:\n${tried.join("\n")}\n` +
      `Fix: run \`bash scripts/setup.sh\` to build it, or use createBackend({ backend: "wasm" }).`,
  );
}
