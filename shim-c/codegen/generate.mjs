#!/usr/bin/env node
// Generates every binding artefact from shim-c/calls.idl (CMake runs this; see shim-c/CMakeLists.txt):
//   --out DIR   spicecraft_api.h, sc_calls.hpp, sc_calls.cpp, node_methods.hpp, node_methods.cpp,
//               wasm_methods.inc, wasm_registration.inc
//   --ts FILE   the TypeScript RawCalls (contract/src/generated/raw-calls.ts)
// and checks shim-c/abi.lock: the table is append-only, so the lock's entries must be the first
// entries of the list with the same C signatures. New entries are appended to the lock (commit it).
// Files are rewritten only when their text changes, so builds stay incremental.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { lockLine } from "./c-signature.mjs";
import { emitNode, emitWasm } from "./emit-bindings.mjs";
import { emitApiHeader, emitShimHeader, emitShimSource } from "./emit-shim.mjs";
import { emitTs } from "./emit-ts.mjs";
import { readCallList } from "./parse.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const shimDir = resolve(here, "..");

function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, "utf8") === text) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Checks the list against the lock; returns the lock text to write (the list's lines). */
export function checkLock(model, lockText) {
  const wanted = model.entries.map(lockLine);
  const locked = lockText.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  for (let i = 0; i < locked.length; i++) {
    if (wanted[i] !== locked[i]) {
      throw new Error(
        `shim-c/abi.lock: table entry ${i} was\n  ${locked[i]}\nbut calls.idl now has\n  ${wanted[i] ?? "(nothing)"}\n` +
          "The sc_api table is append-only: never move, remove or change an entry; add new calls at the end.",
      );
    }
  }
  return `# The sc_api table, one entry per line in table order (written by shim-c/codegen/generate.mjs).\n# Append-only: the generator refuses a calls.idl whose entries do not start with these.\n${wanted.join("\n")}\n`;
}

function main() {
  const { values } = parseArgs({ options: { out: { type: "string" }, ts: { type: "string" }, idl: { type: "string" } } });
  const idl = values.idl ?? join(shimDir, "calls.idl");
  const model = readCallList(idl);

  const lockPath = join(shimDir, "abi.lock");
  const lock = checkLock(model, existsSync(lockPath) ? readFileSync(lockPath, "utf8") : "");
  writeIfChanged(lockPath, lock);

  if (values.out) {
    const out = values.out;
    writeIfChanged(join(out, "spicecraft_api.h"), emitApiHeader(model));
    writeIfChanged(join(out, "sc_calls.hpp"), emitShimHeader(model));
    writeIfChanged(join(out, "sc_calls.cpp"), emitShimSource(model));
    const node = emitNode(model);
    writeIfChanged(join(out, "node_methods.hpp"), node.decls);
    writeIfChanged(join(out, "node_methods.cpp"), node.defs);
    const wasm = emitWasm(model);
    writeIfChanged(join(out, "wasm_methods.inc"), wasm.methods);
    writeIfChanged(join(out, "wasm_registration.inc"), wasm.registration);
  }
  if (values.ts) writeIfChanged(values.ts, emitTs(model));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
