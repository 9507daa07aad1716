// Every example of examples/ runs and prints what it says: the Node ones as scripts (their output
// checked against the same computation done here), the browser one in Chromium.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { bundledKernelsDir, createBackend } from "../../dist/index.js";
import { startServer } from "../browser/server.mjs";
import { launchChromium } from "../browser/chromium.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const example = async (name) => (await run(process.execPath, [join(root, "examples/node", name)], { cwd: root })).stdout;

async function moon(backend) {
  const spice = await createBackend({ backend });
  for (const f of ["naif0012.tls", "pck00010.tpc", "de430-2015-03-02.bsp"]) spice.furnsh(join(bundledKernelsDir(), f));
  const r = spice.spkezr("MOON", spice.str2et("2015-03-02T12:00:00"), "J2000", "LT+S", "EARTH");
  spice.dispose();
  return r;
}

test("every Node example is covered here", () => {
  assert.deepEqual(readdirSync(join(root, "examples/node")).sort(), ["errors.mjs", "moon-state.mjs", "worker-search.mjs", "write-spk.mjs"]);
});

test("node/moon-state.mjs prints spkezr's state", async () => {
  const out = await example("moon-state.mjs");
  const { state, lt } = await moon("node");
  assert.match(out, /^backend: (node|wasm)$/m);
  assert.ok(out.includes(`position (km): ${state.slice(0, 3).join(", ")}\n`), out);
  assert.ok(out.includes(`velocity (km/s): ${state.slice(3).join(", ")}\n`), out);
  assert.ok(out.includes(`light time (s): ${lt}\n`), out);
});

test("node/errors.mjs shows a SpiceError's code and a TypeError", async () => {
  const out = await example("errors.mjs");
  assert.match(out, /^SPICE\(NOLEAPSECONDS\) from str2et: /m);
  assert.match(out, /^TypeError: str2et: time must be a string, got number$/m);
});

test("node/worker-search.mjs finds the Moon's far intervals of March 2015", async () => {
  const lines = (await example("worker-search.mjs")).trim().split("\n");
  assert.ok(lines.length >= 1 && lines.every((l) => /^2015-03-\d\dT\d\d:\d\d:\d\dZ \.\. 2015-0[34]-\d\dT\d\d:\d\d:\d\dZ$/.test(l)), lines.join("\n"));
});

test("node/write-spk.mjs writes a file and reads back what it wrote", async () => {
  const out = await example("write-spk.mjs");
  assert.match(out, /^wrote \d+ bytes$/m);
  const diff = Number(/largest difference from the original at a sample: (\S+) /.exec(out)?.[1]);
  assert.ok(diff < 1e-9, out);
});

describe("browser/ in Chromium", () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the page computes the Moon's state with the WASM backend, bit for bit as under Node", async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(`${server.url}/examples/browser/`);
    await page.waitForFunction(() => !document.getElementById("out").textContent.startsWith("computing"));
    const text = await page.textContent("#out");
    const { state, lt } = await moon("wasm");
    assert.ok(text.startsWith("backend: wasm\n"), text);
    assert.ok(text.includes(`position (km): ${state.slice(0, 3).join(", ")}\n`), text);
    assert.ok(text.includes(`light time (s): ${lt}`), text);
    assert.deepEqual(problems, []);
  });
});
