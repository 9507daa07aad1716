// The two x64 builds on this machine: SPICECRAFT_NATIVE_VARIANT picks the file, and the modern
// (AVX2) and baseline (x86-64-v2) addons give bit-identical results on every golden file.
// Each variant runs in its own process, as a user would pick it: through the environment.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { detectAvx2, nodeLoaderHost } from "../../backend-node/dist/index.js";
import { firstDifference } from "../golden/golden.mjs";
import { parseBits } from "../packaging/bits-json.mjs";

const run = promisify(execFile);
const child = fileURLToPath(new URL("./variant-dump.mjs", import.meta.url));
const isX64 = process.arch === "x64";
const avx2 = isX64 && detectAvx2(nodeLoaderHost()) === true;

async function dumpWith(variant) {
  const env = { ...process.env, SPICECRAFT_NATIVE_VARIANT: variant, SPICECRAFT_DEBUG: "1" };
  delete env.SPICECRAFT_NATIVE_PATH;
  const { stdout, stderr } = await run(process.execPath, [child], { env, maxBuffer: 1 << 28 });
  return { ...parseBits(stdout), stderr };
}

const runs = isX64 ? { baseline: dumpWith("baseline"), modern: avx2 ? dumpWith("modern") : undefined } : {};
// Rejections are awaited by the tests; keep Node from reporting them as unhandled meanwhile.
for (const p of Object.values(runs)) p?.catch(() => {});

test("SPICECRAFT_NATIVE_VARIANT=baseline loads the baseline file", { skip: !isX64 && "not x64" }, async () => {
  const r = await runs.baseline;
  assert.ok(r.path.endsWith(`spicecraft.${process.platform}-x64-baseline.node`), r.path);
  assert.equal(r.variant, "baseline");
  assert.equal(r.addonVariant, "baseline", "the loaded binary says it was built as baseline");
  assert.match(r.stderr, /\[spicecraft\] native addon: variant baseline \(SPICECRAFT_NATIVE_VARIANT\)\n/);
  assert.match(r.stderr, /-baseline\.node: loaded\n/);
  assert.doesNotMatch(r.stderr, /-modern\.node/, "the modern file is not even tried");
});

test("SPICECRAFT_NATIVE_VARIANT=modern loads the modern file", { skip: !avx2 && "this CPU has no AVX2" }, async () => {
  const r = await runs.modern;
  assert.ok(r.path.endsWith(`spicecraft.${process.platform}-x64-modern.node`), r.path);
  assert.equal(r.addonVariant, "modern");
});

test("modern and baseline give bit-identical golden dumps", { skip: !avx2 && "this CPU has no AVX2" }, async () => {
  const [b, m] = await Promise.all([runs.baseline, runs.modern]);
  const files = Object.keys(b.dumps);
  assert.ok(files.length >= 10, `only ${files.length} golden files`);
  let values = 0;
  for (const file of files) {
    const ids = Object.keys(b.dumps[file]);
    assert.deepEqual(Object.keys(m.dumps[file]).sort(), [...ids].sort(), file);
    for (const id of ids) {
      const d = firstDifference(b.dumps[file][id], m.dumps[file][id], `${file} ${id}`);
      assert.equal(d, null, d ?? "");
      if (!("error" in Object(b.dumps[file][id]))) values++;
    }
  }
  // Not vacuous: most cases produce values rather than errors.
  assert.ok(values > 1500, `only ${values} cases produced a value`);
});
