// The WASM backend in Debian's Chromium (headless, driven by playwright-core): golden files pass in
// the page, give bit-identical results to the WASM backend under Node, and a Web Worker works.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { build } from "esbuild";
import { createBackend } from "../../dist/index.js";
import { firstDifference, runGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir, requiredGolden } from "../contract/fixtures.mjs";
import { startServer } from "./server.mjs";
import { launchChromium } from "./chromium.mjs";

let server, browser, page;
const pageErrors = [];

before(async () => {
  await build({
    entryPoints: [new URL("./worker.mjs", import.meta.url).pathname],
    outfile: new URL("./.build/worker.js", import.meta.url).pathname,
    bundle: true,
    format: "esm",
    platform: "browser",
    logLevel: "error",
  });
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/tests/browser/page.html`);
  await page.waitForFunction(() => document.getElementById("out")?.textContent === "ready");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// lowlevel.json is about files that are not loaded, which its cases reach by host path (Node runs it
// in tests/contract/low-level-files.test.mjs): a page has no file system to reach them by.
const inBrowser = requiredGolden.filter((name) => name !== "lowlevel");

test("the required golden files pass in Chromium, bit-identical to the WASM backend under Node", async () => {
  const inPage = await page.evaluate((names) => window.spicecraft.runGoldenFiles(names), inBrowser);
  for (const name of inBrowser) {
    assert.deepEqual(inPage[name].failures, [], `${name} in the browser`);
    assert.ok(inPage[name].passed > 0);
    const inNode = await runGolden(() => createBackend({ backend: "wasm" }), goldenFile(name), { kernelsDir });
    for (const id of Object.keys(inNode.dump)) {
      const d = firstDifference(inPage[name].dump[id], inNode.dump[id], id);
      assert.equal(d, null, d ?? "");
    }
  }
  assert.deepEqual(pageErrors, []);
});

test("a Web Worker runs a backend and its SpiceError crosses back intact", async () => {
  const r = await page.evaluate(async () => {
    const { value, error, isSpiceError } = await window.spicecraft.runInWorker();
    return { value, short: error.short, message: error.message, isSpiceError };
  });
  assert.deepEqual(r.value, { found: true, values: [0.001657] });
  assert.equal(r.short, "SPICE(NOSUCHFILE)");
  assert.equal(r.isSpiceError, true);
  assert.match(r.message, /^furnsh: SPICE\(NOSUCHFILE\): /);
});

test("in a browser a plain string is a virtual id, never a host file", async () => {
  assert.equal(await page.evaluate(() => window.spicecraft.hostFiles()), "SPICE(NOSUCHFILE)");
});
