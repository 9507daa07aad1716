#!/usr/bin/env node
// Builds the demo into `outDir` (default demo/dist/): Vite bundles demo/index.html, its modules and
// the Web Worker against the workspace's packages, then the kernels are put in `outDir`/kernels/.
// Needs the TypeScript and WASM builds (bash scripts/setup.sh). Usage: node demo/scripts/build.mjs [OUT_DIR]
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const demo = fileURLToPath(new URL("../", import.meta.url));
// What the demo bundles and what writes its kernels: the TypeScript and WASM builds' outputs.
const needed = ["dist/index.js", "dist/browser.js", "backend-wasm/wasm/spicecraft.wasm.mjs"];

/** Builds the demo into `outDir` (an absolute path) and returns it. */
export async function buildDemo(outDir = resolve(demo, "dist")) {
  const missing = needed.filter((f) => !existsSync(resolve(demo, "..", f)));
  if (missing.length > 0) throw new Error(`the demo needs the build (${missing.join(", ")} missing): run 'bash scripts/setup.sh' first`);
  const { prepareKernels } = await import("./prepare-kernels.mjs");
  await build({ configFile: resolve(demo, "vite.config.js"), build: { outDir } });
  await prepareKernels(resolve(outDir, "kernels"));
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`demo built in ${await buildDemo(process.argv[2] ? resolve(process.argv[2]) : undefined)}`);
}
