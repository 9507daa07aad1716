#!/usr/bin/env node
// Writes dist/bundled-kernels-data.js: the kernels of kernels/ as base64 strings in an ES module,
// for `bundledKernels()` in browser builds (where the package's kernels/ folder is not a folder any
// bundler serves). Run by scripts/setup.sh after the TypeScript build; idempotent.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const files = readdirSync(join(root, "kernels")).filter((f) => /\.(tls|tpc|tf|bsp)$/.test(f)).sort();
const entries = files.map((f) => `  ${JSON.stringify(f)}: ${JSON.stringify(readFileSync(join(root, "kernels", f)).toString("base64"))},`);
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(
  join(root, "dist/bundled-kernels-data.js"),
  `// The kernels of kernels/ as base64, written by scripts/embed-kernels.mjs.\nexport default {\n${entries.join("\n")}\n};\n`,
);
