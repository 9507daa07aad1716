// The demo page (demo/, issue 17): built with Vite into a temporary folder, served, loaded in
// headless Chromium; the slider is moved to chosen times and every number the page shows (text and
// full-precision data-value) must equal what the native backend computes under Node with the same
// kernels and the same functions (demo/src/compute.js, demo/src/format.js). The page computes with
// the WASM backend in a Web Worker, so this also checks the two backends agree bit for bit. No failed
// request and no console error. The Vite dev server (npm run demo -- --dev) serves the same page. With SPICECRAFT_DEMO_SCREENSHOT=1 the test writes docs/demo.png (or
// to the path the variable gives); otherwise it writes nothing in the repository.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createBackend } from "../../dist/index.js";
import { buildDemo } from "../../demo/scripts/build.mjs";
import { serveDev, serveFolder } from "../../demo/scripts/serve.mjs";
import { loadKernels, moonMonth, sliderHours, snapshot } from "../../demo/src/compute.js";
import { shownValues } from "../../demo/src/format.js";
import { launchChromium } from "../browser/chromium.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
// The times the slider is moved to: an equinox morning, just after 2015's leap second, both ends of the slider.
const TIMES = ["2015-03-20T09:00:00", "2015-07-01T00:00:00", "2015-01-01T00:00:00", "2015-12-31T23:00:00"];

describe("the demo page", () => {
  let tmp, out, server, browser, page, spice;
  const problems = [];

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), "spicecraft-demo-"));
    out = await buildDemo(join(tmp, "dist"));
    server = await serveFolder(out);
    spice = await createBackend({ backend: "node" });
    await loadKernels(spice, async (name) => ({ path: name, bytes: readFileSync(join(out, "kernels", name)) }));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.shown !== undefined, null, { timeout: 60_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    spice?.dispose();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Moves the slider to `utc` as a user would (an input event) and waits for the page's numbers. */
  async function showAt(utc) {
    await page.$eval("#time", (el, hours) => {
      el.value = String(hours);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }, sliderHours(utc));
    await page.waitForFunction((t) => document.body.dataset.shown === t, utc, { timeout: 60_000 });
    return page.$$eval("[data-value]", (els) => Object.fromEntries(els.map((el) => [el.id, { text: el.textContent, value: el.dataset.value }])));
  }

  for (const utc of TIMES) {
    test(`at ${utc} the page shows the native backend's numbers`, async () => {
      const expected = shownValues(await snapshot(spice, utc));
      assert.equal(expected.utc.text, utc);
      assert.deepEqual(await showAt(utc), expected);
      assert.deepEqual(problems, []);
    });
  }

  test("the computations behave: distances, phase, sub-solar latitude", async () => {
    const s = await snapshot(spice, "2015-06-21T12:00:00");
    const au = Object.fromEntries(s.planets.map((p) => [p.name, p.distanceAu]));
    assert.ok(au.MERCURY > 0.3 && au.MERCURY < 0.47 && au.VENUS > 0.71 && au.VENUS < 0.73, JSON.stringify(au));
    assert.ok(au.EARTH > 1.01 && au.EARTH < 1.02 && au.MARS > 1.38 && au.MARS < 1.67, JSON.stringify(au));
    assert.ok(Math.abs(s.subsolar.latDeg - 23.44) < 0.05, `solstice sub-solar latitude ${s.subsolar.latDeg}`);
    assert.ok(Math.abs(s.subsolar.lonDeg) < 3, `sub-solar longitude at 12 UTC ${s.subsolar.lonDeg}`);
    // Over a month the Moon goes from new to full: the fraction spans nearly 0..1.
    const month = await moonMonth(spice, "2015-06-21T12:00:00");
    const fractions = month.samples.map((x) => x.fraction);
    assert.ok(Math.min(...fractions) < 0.02 && Math.max(...fractions) > 0.98, `${Math.min(...fractions)} .. ${Math.max(...fractions)}`);
    assert.equal(month.samples.length, 30 * 4 + 1);
  });

  test("the Vite dev server (npm run demo -- --dev) serves the same page", async () => {
    const utc = "2015-09-28T02:00:00"; // the full Moon of that night's lunar eclipse
    const dev = await serveDev({ port: 0, publicDir: join(tmp, "public"), cacheDir: join(tmp, "vite-cache") });
    const devPage = await browser.newPage();
    const devProblems = [];
    devPage.on("pageerror", (e) => devProblems.push(`page error: ${e.message}`));
    devPage.on("console", (m) => m.type() === "error" && devProblems.push(`console: ${m.text()}`));
    devPage.on("response", (r) => r.status() >= 400 && devProblems.push(`HTTP ${r.status()} ${r.url()}`));
    try {
      await devPage.goto(`${dev.url}?t=${utc}`);
      await devPage.waitForFunction((t) => document.body.dataset.shown === t, utc, { timeout: 60_000 });
      const shown = await devPage.$$eval("[data-value]", (els) => Object.fromEntries(els.map((el) => [el.id, { text: el.textContent, value: el.dataset.value }])));
      assert.deepEqual(shown, shownValues(await snapshot(spice, utc)));
      assert.deepEqual(devProblems, []);
    } finally {
      await devPage.close();
      await dev.close();
    }
  });

  test("screenshot (docs/demo.png only when SPICECRAFT_DEMO_SCREENSHOT asks)", async () => {
    await showAt("2015-03-20T09:00:00");
    const png = await page.screenshot({ fullPage: true });
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const target = process.env.SPICECRAFT_DEMO_SCREENSHOT;
    if (target) writeFileSync(target === "1" ? join(root, "docs/demo.png") : target, png);
    assert.deepEqual(problems, []);
  });
});
