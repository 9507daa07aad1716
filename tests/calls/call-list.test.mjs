// The call list (shim-c/calls.idl) is the one source of the API surface: the Node addon (both x64
// variants), the WASM module and the generated TypeScript must expose exactly its methods (the
// bindings also the lean forms shim-c/codegen/lean.mjs derives from it), and the
// C table must only ever grow at its end (shim-c/abi.lock).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

import { checkLock } from "../../shim-c/codegen/generate.mjs";
import { leanLayout } from "../../shim-c/codegen/lean.mjs";
import { methodNames, parseCallList, readCallList } from "../../shim-c/codegen/parse.mjs";
import { rawCallNames } from "../../contract/dist/index.js";
import { loadWasmModule } from "../../backend-wasm/dist/module.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const idl = `${root}shim-c/calls.idl`;
const model = readCallList(idl);
const listed = methodNames(model);
// What a binding's Context has besides: the lean forms of the numeric calls and their scratch.
const bindingMethods = [...listed, ...model.entries.filter((e) => leanLayout(e) !== null).map((e) => `${e.jsName}Into`), "scratch"];
const require = createRequire(import.meta.url);

/** The methods a binding's Context exposes (its prototype's functions), dispose aside. */
function methodsOf(context) {
  const proto = Object.getPrototypeOf(context);
  return Object.getOwnPropertyNames(proto).filter(
    (name) => name !== "constructor" && name !== "dispose" && typeof proto[name] === "function",
  );
}

/** Differences between a binding's methods and the list, as readable lines (empty when equal). */
export function differences(label, methods, list) {
  const have = new Set(methods);
  const want = new Set(list);
  return [
    ...list.filter((m) => !have.has(m)).map((m) => `${label} lacks ${m}`),
    ...methods.filter((m) => !want.has(m)).map((m) => `${label} has ${m}, which calls.idl does not list`),
  ];
}

test("the comparison finds a missing and an extra method", () => {
  assert.deepEqual(differences("x", ["a", "c"], ["a", "b"]), ["x lacks b", "x has c, which calls.idl does not list"]);
  assert.deepEqual(differences("x", ["b", "a"], ["a", "b"]), []);
});

test("the list has every CSPICE call the bindings had before the list existed", () => {
  for (const name of ["furnsh", "str2et", "spkezr", "spkezrBatch", "pxformBatch", "spkw21", "readVirtualOutput"]) {
    assert.ok(listed.includes(name), name);
  }
});

test("every Node addon variant exposes exactly the listed methods", () => {
  const dir = `${root}backend-node/native/`;
  const files = readdirSync(dir).filter((f) => f.endsWith(".node"));
  assert.ok(files.length > 0, `no addon in ${dir}`);
  for (const file of files) {
    const addon = require(dir + file);
    const context = new addon.Context();
    try {
      assert.deepEqual(differences(file, methodsOf(context), bindingMethods), []);
    } finally {
      context.dispose();
    }
  }
});

test("the WASM module exposes exactly the listed methods", async () => {
  const mod = await loadWasmModule();
  const context = new mod.Context(null);
  try {
    assert.deepEqual(differences("spicecraft.wasm", methodsOf(context), bindingMethods), []);
  } finally {
    context.dispose();
    context.delete();
  }
});

test("the TypeScript raw calls are the list's, in table order", () => {
  assert.deepEqual([...rawCallNames], listed);
});

test("abi.lock holds exactly the list's table entries", () => {
  const lock = readFileSync(`${root}shim-c/abi.lock`, "utf8");
  assert.equal(checkLock(model, lock), lock, "run the build (or shim-c/codegen/generate.mjs) and commit shim-c/abi.lock");
});

test("the table is append-only: moving, removing or changing an entry is refused", () => {
  const lock = readFileSync(`${root}shim-c/abi.lock`, "utf8");
  const source = readFileSync(idl, "utf8");
  const moved = source.replace(/^(unload\(.*)\n(kclear\(.*)$/m, "$2\n$1");
  assert.throws(() => checkLock(parseCallList(moved), lock), /append-only/);
  const changed = source.replace("ktotal(kinds: str) -> count: i32", "ktotal(kinds: str) -> count: f64");
  assert.throws(() => checkLock(parseCallList(changed), lock), /table entry 8 was\n  ktotal/);
  const appended = `${source}\nzzz_new_call(x: f64) -> y: f64 = x\n`;
  assert.match(checkLock(parseCallList(appended), lock), /zzz_new_call: sc_status\(sc_context\*, double, double\*, sc_error\*\)\n$/);
});
