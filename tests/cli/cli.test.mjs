// The spicecraft command line on its bundled kernels, on both backends.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

for (const backend of ["node", "wasm"]) {
  test(`pool shows Earth's radii from the bundled PCK (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "pool", "BODY399_RADII", "--backend", backend, "--json"]);
    assert.deepEqual(JSON.parse(stdout), { BODY399_RADII: [6378.1366, 6378.1366, 6356.7519] });
  });

  test(`body MOON resolves the name and lists its constants (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "body", "moon", "--backend", backend, "--json"]);
    const out = JSON.parse(stdout);
    assert.equal(out.code, 301);
    assert.equal(out.name, "MOON");
    assert.deepEqual(out.constants.BODY301_RADII, [1737.4, 1737.4, 1737.4]);
    assert.equal(typeof out.constants.BODY301_GM[0], "number");
  });

  test(`kernels lists the bundled kernels with their types (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "kernels", "--backend", backend, "--json"]);
    const types = JSON.parse(stdout).map((k) => k.type).sort();
    assert.deepEqual(types, ["SPK", "TEXT", "TEXT", "TEXT", "TEXT"]);
  });
}

test("a bad kernel path exits 1 with the SPICE short code", async () => {
  await assert.rejects(run(process.execPath, [cli, "kernels", "--kernels", "/no/such/file.bsp", "--backend", "wasm"]), (e) => {
    assert.equal(e.code, 1);
    assert.match(e.stderr, /SPICE\(NOSUCHFILE\).*\/no\/such\/file\.bsp/);
    return true;
  });
});

test("no command prints the usage and exits 2", async () => {
  await assert.rejects(run(process.execPath, [cli]), (e) => e.code === 2 && /Usage: spicecraft/.test(e.stdout));
});
