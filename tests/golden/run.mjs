#!/usr/bin/env node
// Golden runner: node tests/golden/run.mjs --backend node|wasm --kernels DIR [--load bytes|path]
//                [--dump OUT.json] FILE.json...
// Prints a line per file and finally "N passed, N failed"; exits non-zero on any failure.
// --dump writes every case's result as { [file]: { [case id]: result } } with each number as its
// IEEE-754 bit pattern (tests/packaging/bits-json.mjs: -0, NaN, Infinity survive), so dumps made by
// other processes (the arm64 addon under qemu: tests/arm64/) can be compared bit for bit.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createBackend } from "../../dist/index.js";
import { stringifyBits } from "../packaging/bits-json.mjs";
import { runGolden } from "./golden.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    backend: { type: "string", default: "node" },
    kernels: { type: "string" },
    load: { type: "string", default: "bytes" },
    dump: { type: "string" },
    verbose: { type: "boolean", short: "v", default: false },
  },
});
if (!values.kernels || positionals.length === 0 || !["bytes", "path"].includes(values.load)) {
  console.error("usage: run.mjs --backend node|wasm --kernels DIR [--load bytes|path] [--dump OUT.json] FILE.json...");
  process.exit(2);
}

let passed = 0, failed = 0;
const dump = {};
for (const file of positionals) {
  const r = await runGolden(() => createBackend({ backend: values.backend }), file, {
    kernelsDir: values.kernels,
    mode: values.load,
  });
  passed += r.passed;
  failed += r.failed;
  dump[r.name] = r.dump;
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
  for (const f of r.failures.slice(0, values.verbose ? Infinity : 5)) console.log(`  ${f.id}: ${f.why}`);
  if (!values.verbose && r.failures.length > 5) console.log(`  ... ${r.failures.length - 5} more (use --verbose)`);
}
if (values.dump) writeFileSync(values.dump, stringifyBits(dump));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
