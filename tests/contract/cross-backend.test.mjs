// The backends must agree bit for bit: every golden file's every call gives the same result (or the
// same error code) on node and wasm. Numbers are compared with Object.is, so -0 vs 0 or one ulp fails.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { firstDifference, runGolden } from "../golden/golden.mjs";
import { allGoldenFiles, kernelsDir } from "./fixtures.mjs";

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
