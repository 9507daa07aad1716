// The conformance suite and the required golden files, on every backend.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defineConformance } from "@spicecraft/contract/conformance";
import { createBackend } from "../../dist/index.js";
import { runGolden } from "../golden/golden.mjs";
import { fixturesDir, goldenFile, kernelsDir, requiredGolden } from "./fixtures.mjs";

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  defineConformance({ name: backend, makeBackend, fixturesDir });

  describe(`golden CSPICE answers: ${backend}`, () => {
    for (const name of requiredGolden) {
      for (const mode of ["bytes", "path"]) {
        test(`${name}.json loaded as ${mode}`, async () => {
          const r = await runGolden(makeBackend, goldenFile(name), { kernelsDir, mode });
          assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
          assert.ok(r.passed > 0);
        });
      }
    }
  });
}
