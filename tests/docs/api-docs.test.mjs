// The API reference (`npm run docs`: TypeDoc over the spicecraft entry, typedoc.json) builds with no
// warning, which with its validation settings means every exported symbol and member is documented
// and every {@link} resolves, and it has pages for the main entry points.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../../", import.meta.url));

test("TypeDoc builds the API reference without a warning", async (t) => {
  const out = mkdtempSync(join(tmpdir(), "spicecraft-api-"));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(root, "node_modules/typedoc/bin/typedoc"), "--out", out], { cwd: root });
  assert.equal(`${stdout}${stderr}`.trim(), "");
  for (const page of ["functions/createBackend.html", "functions/createWorkerBackend.html", "functions/fetchKernel.html", "interfaces/SpiceBackend.html", "classes/SpiceError.html"]) {
    assert.ok(existsSync(join(out, page)), page);
  }
  const backend = readFileSync(join(out, "interfaces/SpiceBackend.html"), "utf8");
  for (const method of ["spkezr", "getState", "gfdistAsync", "furnsh"]) assert.ok(backend.includes(`id="${method.toLowerCase()}"`) || backend.includes(`id="${method}"`), method);
});
