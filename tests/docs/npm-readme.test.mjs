// The users' guide that the npm package shows (docs/npm-readme.md, swapped in as README by
// scripts/pack.sh): its Node example runs as written and prints spkezr's answer twice (getState and
// the CSPICE call agree).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../../", import.meta.url));

test("the Node example of the npm README runs", async (t) => {
  const text = readFileSync(join(root, "docs/npm-readme.md"), "utf8");
  const node = text.slice(text.indexOf("## Node"));
  const code = /```js\n([\s\S]*?)```/.exec(node)?.[1];
  assert.ok(code?.includes("createBackend"), "found the example");
  // Inside the repository, so that `import "spicecraft"` resolves to this package.
  const dir = join(root, "build/docs-example");
  mkdirSync(dir, { recursive: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "node-example.mjs"), code);
  const { stdout } = await promisify(execFile)(process.execPath, [join(dir, "node-example.mjs")], { cwd: root });
  assert.match(stdout, /-236545\.01490612508/, "the Moon's LT+S position");
  assert.equal(stdout.match(/-236545\.01490612508/g).length, 2, "getState and spkezr agree");
});
