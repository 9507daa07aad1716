// fetchKernel in Chromium: the browser entry's Cache API store. The first call downloads and stores,
// the second answers from the cache without a request, and the kernel loads into the WASM backend.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startServer } from "../browser/server.mjs";
import { launchChromium } from "../browser/chromium.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("cache: true stores the kernel in the Cache API and answers from it", async () => {
  const page = await browser.newPage();
  const kernelRequests = [];
  page.on("request", (r) => r.url().endsWith("/kernels/naif0012.tls") && kernelRequests.push(r.url()));
  // The examples page has the import map naming the packages' browser entries.
  await page.goto(`${server.url}/examples/browser/`);
  // The example itself fetches the kernel once when it loads: count only this test's requests.
  await page.waitForFunction(() => !document.getElementById("out").textContent.startsWith("computing"));
  kernelRequests.length = 0;
  const result = await page.evaluate(async () => {
    const { createBackend, fetchKernel } = await import("spicecraft");
    const progress = [];
    const first = await fetchKernel("/kernels/naif0012.tls", { cache: true, onProgress: (l, t) => progress.push([l, t]) });
    const second = await fetchKernel("/kernels/naif0012.tls", { cache: true });
    const spice = await createBackend();
    spice.furnsh(second);
    const et = spice.str2et("2015-03-02T12:00:00");
    spice.dispose();
    const cached = await (await caches.open("spicecraft-kernels")).keys();
    return { path: first.path, same: first.bytes.length === second.bytes.length && first.bytes.every((b, i) => b === second.bytes[i]), et, progress, cached: cached.map((r) => r.url) };
  });
  assert.equal(result.path, "naif0012.tls");
  assert.ok(result.same);
  assert.equal(result.et, 478569667.1853986);
  assert.equal(result.progress.at(-1)[0], 4967, "progress reached the file size (this server sends no Content-Length)");
  assert.deepEqual(result.cached, [`${server.url}/kernels/naif0012.tls`]);
  assert.equal(kernelRequests.length, 1, "the second call made no request");
});

test("bundledKernels() in the browser: the package's kernels, inlined, load and compute", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/examples/browser/`);
  const result = await page.evaluate(async () => {
    const { bundledKernels, createBackend } = await import("spicecraft");
    const kernels = await bundledKernels();
    const spice = await createBackend();
    for (const k of kernels) spice.furnsh(k);
    const state = spice.getState({ target: "MOON", observer: "EARTH", at: "2015-03-02T12:00:00" });
    const count = spice.ktotal("ALL");
    spice.dispose();
    return { paths: kernels.map((k) => k.path), count, position: state.position };
  });
  assert.deepEqual(result.paths, ["kernels/naif0012.tls", "kernels/gm_de440.tpc", "kernels/pck00010.tpc", "kernels/moon_080317.tf", "kernels/de430-2015-03-02.bsp"]);
  assert.equal(result.count, 5);
  const { createBackend, bundledKernels } = await import("../../dist/index.js");
  const spice = await createBackend({ backend: "wasm" });
  const here = await bundledKernels();
  assert.deepEqual(here.map((k) => k.path), result.paths, "the Node entry gives the same list");
  for (const k of here) spice.furnsh(k);
  assert.deepEqual(result.position, spice.getState({ target: "MOON", observer: "EARTH", at: "2015-03-02T12:00:00" }).position);
  spice.dispose();
});
