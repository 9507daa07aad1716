// Issue 18, item 5: every method of tspice 0.0.8's backend contract (read from the devDependency's
// type declarations, not a copied list) exists on both spicecraft backends.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { createBackend } from "../../dist/index.js";

/** The method names of tspice's backend contract: `name(` or `name<` members of its domain interfaces. */
function tspiceMethods() {
  // The package's own entry, then up to its folder (its exports do not include package.json).
  let root = dirname(fileURLToPath(import.meta.resolve("@rybosome/tspice")));
  while (!existsSync(join(root, "backend-contract"))) {
    if (dirname(root) === root) throw new Error("tspice's backend-contract folder was not found");
    root = dirname(root);
  }
  const dir = join(root, "backend-contract", "dist", "domains");
  const names = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".d.ts"))) {
    for (const m of readFileSync(join(dir, file), "utf8").matchAll(/^ {4}([A-Za-z_][A-Za-z0-9_]*)\s*[(<]/gm)) names.add(m[1]);
  }
  return [...names].sort();
}

for (const backend of ["node", "wasm"]) {
  test(`${backend}: every method of tspice's backend contract is a method of spicecraft's backend`, async () => {
    const names = tspiceMethods();
    assert.ok(names.length >= 170, `only ${names.length} names read from tspice's declarations`);
    const spice = await createBackend({ backend });
    try {
      const missing = names.filter((n) => typeof spice[n] !== "function");
      assert.deepEqual(missing, [], "missing from spicecraft");
    } finally {
      spice.dispose();
    }
  });
}
