// Zero-configuration bundling, as a new user meets it: the packed tarballs are installed into an
// empty folder, the same small app (tests/bundlers/app: index.html, main.js importing "spicecraft",
// and spice.worker.js importing "spicecraft/worker") is bundled by esbuild, Vite (build, and its dev
// server), webpack 5 and Rollup with no configuration file, no externals, no loaders and no copied
// .wasm or glue files (esbuild and Rollup are given the worker script as a second entry point, as
// they are for any worker), and each result runs in headless Chromium. Every page must compute the
// Moon's state with the WASM backend on the page and in a Web Worker through createWorkerBackend(),
// bit-identical to the native backend under Node, with no failed request and no console error.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify, stripVTControlCharacters as stripAnsi } from "node:util";
import { createBackend } from "../../dist/index.js";
import { startServer } from "../browser/server.mjs";
import { launchChromium } from "../browser/chromium.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = (pkg, file) => join(root, "node_modules", pkg, file);
const KERNELS = ["naif0012.tls", "de430-2015-03-02.bsp"];

const hex = (x) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
};

function findNpm() {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, "npm");
    if (dir && existsSync(candidate)) return realpathSync(candidate);
  }
  throw new Error("npm is not on PATH");
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Requests the given scripts from a Vite dev server and, transitively, every pre-bundled dependency
 * (/node_modules/.vite/deps/...) they import, until two rounds see the same set and every answer is
 * 200: Vite discovers bare imports when it transforms a module and holds requests for new deps until
 * its optimizer has run, so after this no page visit meets a late re-optimization.
 */
async function settleOptimizer(base, scripts, notes) {
  let previous = "";
  for (let round = 1; round <= 10; round++) {
    const seen = new Set(), statuses = [];
    const queue = [...scripts];
    while (queue.length > 0) {
      const path = queue.shift();
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await fetch(base + path);
      statuses.push(`${response.status} ${path}`);
      const text = await response.text();
      for (const [, dep] of text.matchAll(/["'](\/node_modules\/\.vite\/deps\/[^"']+)["']/g)) queue.push(dep);
    }
    const summary = statuses.sort().join(", ");
    notes.push(`HTTP round ${round}: ${summary}`);
    if (summary === previous && statuses.every((s) => s.startsWith("200 "))) return;
    previous = summary;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("zero-config bundling from the packed tarballs", () => {
  let tmp, app, browser, expected;
  const inApp = (args, options = {}) => run(process.execPath, args, { cwd: app, maxBuffer: 1 << 26, ...options });

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), "spicecraft-bundlers-"));
    const { stdout } = await run("bash", [join(root, "scripts/pack.sh"), join(tmp, "tarballs")], { cwd: root });
    app = join(tmp, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true, type: "module" }));
    const env = { ...process.env, npm_config_cache: join(tmp, "npm-cache"), npm_config_update_notifier: "false" };
    await run(process.execPath, [findNpm(), "install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", ...stdout.trim().split("\n")], { cwd: app, env });
    cpSync(join(root, "tests/bundlers/app"), app, { recursive: true });
    // The app's own data (not spicecraft's files): two kernels under public/, which Vite serves and
    // copies; the other bundlers' output folders get the page and the kernels beside the bundle.
    for (const k of KERNELS) cpSync(join(app, "node_modules/spicecraft/kernels", k), join(app, "public/kernels", k));

    const spice = await createBackend({ backend: "node" });
    for (const k of KERNELS) spice.furnsh(join(root, "kernels", k));
    const et = spice.str2et("2015-03-02T12:00:00");
    const { state, lt } = spice.spkezr("MOON", et, "J2000", "LT+S", "EARTH");
    const moon = { kind: "wasm", et: hex(et), state: state.map(hex), lt: hex(lt) };
    expected = { page: moon, worker: moon };
    spice.dispose();

    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** The page and the kernels beside a bundler's output. */
  function withPage(out) {
    cpSync(join(app, "index.html"), join(out, "index.html"));
    cpSync(join(app, "public"), out, { recursive: true });
    return out;
  }

  /** Loads the page and returns what it computed; fails on any failed request or console error. */
  async function compute(url) {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
    try {
      await page.goto(url);
      await page.waitForFunction(() => document.getElementById("out")?.textContent !== "loading", null, { timeout: 60_000 });
      const text = await page.textContent("#out");
      assert.deepEqual(problems, []);
      assert.ok(text.startsWith("{"), text);
      return JSON.parse(text);
    } finally {
      await page.close();
    }
  }

  async function served(dir) {
    const server = await startServer(dir);
    try {
      return await compute(`${server.url}/`);
    } finally {
      await server.close();
    }
  }

  test("esbuild (esbuild main.js spice.worker.js --bundle --format=esm)", async () => {
    const out = join(app, "out-esbuild");
    // esbuild's bin is its native binary (or a JS shim where the install script did not run): run it directly.
    await run(bin("esbuild", "bin/esbuild"), ["main.js", "spice.worker.js", "--bundle", "--format=esm", `--outdir=${out}`, "--log-level=warning"], { cwd: app });
    assert.deepEqual(await served(withPage(out)), expected);
  });

  test("webpack 5 (webpack --mode production, no webpack.config.js)", async () => {
    const out = join(app, "out-webpack");
    await inApp([bin("webpack-cli", "bin/cli.js"), "--mode", "production", "--entry", "./main.js", "--output-path", out]);
    assert.deepEqual(await served(withPage(out)), expected);
  });

  test("Rollup (rollup main.js spice.worker.js -p node-resolve, no rollup.config)", async () => {
    const out = join(app, "out-rollup");
    await inApp([bin("rollup", "dist/bin/rollup"), "main.js", "spice.worker.js", "--dir", out, "--format", "es", "--plugin", bin("@rollup/plugin-node-resolve", "dist/es/index.js"), "--silent"]);
    assert.deepEqual(await served(withPage(out)), expected);
  });

  test("Vite build (vite build, no vite.config)", async () => {
    const out = join(app, "out-vite");
    await inApp([bin("vite", "bin/vite.js"), "build", "--outDir", out, "--logLevel", "warn"]);
    assert.ok(!readFileSync(join(out, "index.html"), "utf8").includes("main.js\""), "Vite rewrote the entry");
    assert.deepEqual(await served(out), expected);
  });

  test("Vite dev server (vite, no vite.config)", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [bin("vite", "bin/vite.js"), "--port", String(port), "--strictPort", "--host", "127.0.0.1"], { cwd: app, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    try {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`vite did not start:\n${stripAnsi(log)}`)), 60_000);
        // CI's environment makes Vite colour its banner ("127.0.0.1:\x1b[1m45677"), so escapes are
        // stripped before looking for the port even though colour is also switched off above.
        child.stdout.on("data", () => stripAnsi(log).includes(`:${port}`) && (clearTimeout(timer), resolve()));
        child.on("exit", (code) => reject(new Error(`vite exited with ${code}:\n${stripAnsi(log)}`)));
      });
      // A fresh dev server's first visits are when Vite's dependency optimizer discovers what the page
      // and its Worker import; when it finds something late (spicecraft/worker, imported only by the
      // Worker's script, which Vite's start-up scan does not follow) it re-bundles, reloads the page
      // and answers requests for the stale bundle with "504 (Outdated Optimize Dep)", a race in Vite
      // itself (vitejs/vite#14284). So the server is first asked over HTTP for both scripts and every
      // pre-bundled module they import, as a browser would, until the set is stable and all answer
      // 200 (the optimizer has then seen everything); then warmed with page visits until one succeeds
      // (at most three; outcomes only logged); the visit after that is checked strictly.
      const base = `http://127.0.0.1:${port}`;
      const warmup = [];
      await settleOptimizer(base, ["/main.js", "/spice.worker.js"], warmup);
      for (let visit = 1; visit <= 3; visit++) {
        try {
          await compute(`${base}/`);
          warmup.push(`visit ${visit}: ok`);
          break;
        } catch (error) {
          warmup.push(`visit ${visit}: ${String(error?.message ?? error).slice(0, 400)}`);
        }
      }
      console.log(`Vite dev server warm-up:\n${warmup.join("\n")}`);
      try {
        assert.deepEqual(await compute(`${base}/`), expected);
      } catch (error) {
        // CI keeps only the failure's text: Vite's own log and the warm-up say what went wrong.
        error.message += `\nwarm-up:\n${warmup.join("\n")}\nvite log (last 3000 characters):\n${stripAnsi(log).slice(-3000)}`;
        throw error;
      }
    } finally {
      child.kill();
    }
  });
});
