// The backends must agree bit for bit: every golden file's every call gives the same result (or the
// same error code) on node and wasm. Numbers are compared with Object.is, so -0 vs 0 or one ulp fails.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { allGoldenFiles, kernelsDir } from "./fixtures.mjs";

function firstDifference(a, b, path = "") {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b) ? null : `${path}: ${a} vs ${b}`;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return `${path}: shapes differ`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (k === "handle") continue;  // handles are informational
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

for (const file of allGoldenFiles()) {
  test(`node and wasm agree bit for bit on ${file.split("/").pop()}`, async () => {
    const [n, w] = await Promise.all(
      ["node", "wasm"].map((backend) => runGolden(() => createBackend({ backend }), file, { kernelsDir })),
    );
    const ids = Object.keys(n.dump);
    assert.ok(ids.length > 0);
    for (const id of ids) {
      const d = firstDifference(n.dump[id], w.dump[id], id);
      assert.equal(d, null, d ?? "");
    }
  });
}
