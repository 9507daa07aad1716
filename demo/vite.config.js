// Vite builds the demo (demo/index.html and its modules) against the workspace's packages: the
// `spicecraft` import resolves to the repository root (the package itself, through its `exports`
// `browser` condition), so the demo runs the code in dist/ and backend-wasm/wasm/ as built.
// The kernels are not in the source tree: demo/scripts/build.mjs writes them into the output's kernels/.
import { defineConfig } from "vite";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  base: "./",
  publicDir: false,
  logLevel: "warn",
  worker: { format: "es" },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 8000 },
});
