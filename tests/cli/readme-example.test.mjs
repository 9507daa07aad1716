// The README's TypeScript example must run as printed (it is plain JS apart from `as const`): it is
// extracted, written next to the repository's package.json (so `import "spicecraft"` resolves to
// this package) and run with node from the repository root.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));

test("the README's program example runs and writes a loadable SPK", async () => {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const match = /```ts\n(import \{ readFileSync \}[\s\S]*?)```/.exec(readme);
  assert.ok(match, "README has the program example");
  const code = match[1].replaceAll(" as const", "") +
    '\nconsole.log(JSON.stringify({ n: state.length, lt, m: m.length, cover, bytes: bytes.length, ' +
    'back: spice.spkgeo(-301, et + 900, "J2000", 399).state }));\n';
  mkdirSync(`${root}build/tmp`, { recursive: true });
  const file = `${root}build/tmp/readme-example.mjs`;
  writeFileSync(file, code);
  const out = JSON.parse((await run(process.execPath, [file], { cwd: root })).stdout);
  assert.equal(out.n, 6);
  assert.ok(out.lt > 1 && out.lt < 1.4, String(out.lt));
  assert.equal(out.m, 9);
  assert.equal(out.cover.length, 1);
  assert.ok(out.bytes >= 3072 && out.bytes % 1024 === 0);
  assert.ok(Math.hypot(...out.back.slice(0, 3)) > 356000); // the Moon's distance, from the written file
});
