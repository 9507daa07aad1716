// `npm install spicecraft` for real: scripts/pack.sh makes the tarballs, npm installs them into a
// fresh temporary folder with --offline and an empty cache (so the registry is never asked), and
// with PATH holding nothing but node and npm (no compiler, cmake or emcc). There, the installed
// package must import, load its bundled kernels and compute a state on the native and the WASM
// backend, bit-identical to this checkout; run its `spicecraft` bin; pick the baseline variant on
// request; and, once the platform package is gone, fall back to WASM with the loader's reason.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve as resolvePath } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { detectAvx2, nodeLoaderHost } from "../../backend-node/dist/index.js";
import { parseBits } from "./bits-json.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const isLinuxX64 = process.platform === "linux" && process.arch === "x64";
const expectedVariant = detectAvx2(nodeLoaderHost()) === true ? "modern" : "baseline";
const PLATFORM_PKG = "@spicecraft/native-linux-x64-gnu";
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

/** The real npm-cli.js behind the `npm` on PATH. */
function findNpm() {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, "npm");
    if (dir && existsSync(candidate)) return realpathSync(candidate);
  }
  throw new Error("npm is not on PATH");
}

describe("clean-directory install from the packed tarballs", { skip: !isLinuxX64 && "the platform package is built for linux-x64 only" }, () => {
  let tmp, app, tarballs, env;
  const inApp = (file, args, extraEnv = {}) =>
    run(file, args, { cwd: app, env: { ...env, ...extraEnv }, maxBuffer: 1 << 26 });
  const check = async (kinds, extraEnv) => parseBits((await inApp(process.execPath, ["check.mjs", ...kinds], extraEnv)).stdout);

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), "spicecraft-install-"));
    const { stdout } = await run("bash", [join(root, "scripts/pack.sh"), join(tmp, "tarballs")], { cwd: root });
    tarballs = stdout.trim().split("\n");

    // PATH: node and npm only. HOME and the npm cache: empty, so no user config or cached package helps.
    const bin = join(tmp, "bin");
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, "node"));
    symlinkSync(findNpm(), join(bin, "npm"));
    env = { PATH: bin, HOME: join(tmp, "home"), npm_config_cache: join(tmp, "npm-cache"), npm_config_update_notifier: "false" };
    mkdirSync(env.HOME);

    app = join(tmp, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true, type: "module" }));
    await inApp(join(bin, "npm"), ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs]);
    copyFileSync(join(root, "tests/packaging/installed-check.mjs"), join(app, "check.mjs"));
    copyFileSync(join(root, "tests/packaging/bits-json.mjs"), join(app, "bits-json.mjs"));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("the tarballs carry what an install needs, and binaries only where they belong", async () => {
    const names = tarballs.map((t) => t.split("/").pop()).sort();
    const packages = ["", "-backend-node", "-backend-wasm", "-contract", "-native-linux-x64-gnu", "-staging"];
    assert.deepEqual(names, packages.map((p) => `spicecraft${p}-${version}.tgz`).sort());
    const list = async (name) => (await run("tar", ["-tzf", tarballs.find((t) => t.endsWith(name))])).stdout.split("\n").filter(Boolean);
    const native = await list(`native-linux-x64-gnu-${version}.tgz`);
    assert.deepEqual(native.sort(), ["package/LICENSE", "package/README.md", "package/package.json", "package/spicecraft.linux-x64-baseline.node", "package/spicecraft.linux-x64-modern.node"]);
    const facade = await list(`/spicecraft-${version}.tgz`);
    for (const f of ["package/dist/index.js", "package/dist/cli.js", "package/kernels/naif0012.tls", "package/kernels/de430-2015-03-02.bsp"]) assert.ok(facade.includes(f), f);
    const wasm = await list(`backend-wasm-${version}.tgz`);
    for (const f of ["package/wasm/spicecraft.wasm", "package/wasm/spicecraft.mjs", "package/dist/index.js"]) assert.ok(wasm.includes(f), f);
    assert.ok(!(await list(`backend-node-${version}.tgz`)).some((f) => f.endsWith(".node")), "backend-node ships no binary");
  });

  test("every package carries the LICENSE, and every source map and declaration map resolves inside the install", async () => {
    const packages = ["spicecraft", "@spicecraft/contract", "@spicecraft/staging", "@spicecraft/backend-node", "@spicecraft/backend-wasm", PLATFORM_PKG];
    let maps = 0;
    for (const name of packages) {
      const dir = join(app, "node_modules", name);
      assert.match(readFileSync(join(dir, "LICENSE"), "utf8"), /^MIT License/, `${name}/LICENSE`);
      if (name === PLATFORM_PKG) continue;
      for (const file of readdirSync(join(dir, "dist"), { recursive: true }).filter((f) => f.endsWith(".map"))) {
        const map = JSON.parse(readFileSync(join(dir, "dist", file), "utf8"));
        for (const source of map.sources) {
          const path = resolvePath(dirname(join(dir, "dist", file)), map.sourceRoot ?? "", source);
          assert.ok(existsSync(path), `${name}/dist/${file}: its source ${source} is not in the package`);
        }
        maps++;
      }
    }
    assert.ok(maps > 100, `${maps} maps checked`);
  });

  test("installed as real folders, not workspace links, and everything resolves inside the install", async () => {
    for (const name of ["spicecraft", "@spicecraft/contract", "@spicecraft/staging", "@spicecraft/backend-node", "@spicecraft/backend-wasm", PLATFORM_PKG]) {
      const path = join(app, "node_modules", name);
      assert.ok(lstatSync(path).isDirectory() && !lstatSync(path).isSymbolicLink(), `${name} is not a real folder`);
    }
    const out = await check([]);
    for (const [name, url] of Object.entries(out.resolved)) {
      assert.ok(fileURLToPath(url).startsWith(join(realpathSync(app), "node_modules") + "/"), `${name} resolved to ${url}`);
    }
  });

  test("native and WASM compute the same state from the bundled kernels, bit for bit as this checkout", async () => {
    const out = await check(["node", "wasm", "auto"]);
    const { node, wasm, auto } = out.backends;
    assert.equal(node.kind, "node");
    assert.equal(wasm.kind, "wasm");
    assert.equal(auto.kind, "node");
    assert.equal(auto.fallbackReason, undefined);
    assert.equal(node.loaded, out.kernels.length);
    assert.equal(out.addon.path, join(realpathSync(app), "node_modules", PLATFORM_PKG, `spicecraft.linux-x64-${expectedVariant}.node`));
    assert.equal(out.addon.addonVariant, expectedVariant);
    const distance = Math.hypot(...node.state.slice(0, 3));
    assert.ok(distance > 356000 && distance < 407000, `Earth-Moon distance ${distance} km`);
    for (const [name, b] of Object.entries({ wasm, auto })) {
      for (const key of ["et", "lt"]) assert.ok(Object.is(b[key], node[key]), `${name} ${key}`);
      b.state.forEach((x, i) => assert.ok(Object.is(x, node.state[i]), `${name} state[${i}]: ${x} vs ${node.state[i]}`));
    }
    // The same computation in this checkout (workspace build) gives the same bits.
    const here = parseBits((await run(process.execPath, [join(root, "tests/packaging/installed-check.mjs"), "wasm"], { cwd: root })).stdout);
    here.backends.wasm.state.forEach((x, i) => assert.ok(Object.is(x, node.state[i]), `checkout state[${i}]`));
  });

  test("Deno and Bun (from npm) run the installed package: native and WASM, bit for bit as Node", async () => {
    const inNode = await check(["node", "wasm"]);
    const bun = existsSync(join(root, "node_modules/@oven/bun-linux-x64/bin/bun")) ? join(root, "node_modules/@oven/bun-linux-x64/bin/bun") : join(root, "node_modules/bun/bin/bun.exe");
    for (const [runtime, command] of [["deno", [join(root, "node_modules/deno/deno"), "run", "-A", "check.mjs"]], ["bun", [bun, "check.mjs"]]]) {
      const out = parseBits((await run(command[0], [...command.slice(1), "node", "wasm"], { cwd: app, env: { ...env, DENO_NO_UPDATE_CHECK: "1" }, maxBuffer: 1 << 26 })).stdout);
      assert.equal(out.resolved.spicecraft, inNode.resolved.spicecraft, `${runtime} resolves the Node entry`);
      assert.equal(out.addon.path, inNode.addon.path, `${runtime} loads the same addon`);
      for (const kind of ["node", "wasm"]) {
        assert.equal(out.backends[kind].kind, kind);
        out.backends[kind].state.forEach((x, i) => assert.ok(Object.is(x, inNode.backends.node.state[i]), `${runtime} ${kind} state[${i}]`));
        assert.ok(Object.is(out.backends[kind].lt, inNode.backends.node.lt));
      }
    }
  });

  test("the spicecraft bin runs on both backends", async () => {
    const bin = join(app, "node_modules/.bin/spicecraft");
    const results = {};
    for (const backend of ["node", "wasm"]) {
      const { stdout } = await inApp(bin, ["state", "MOON", "--observer", "EARTH", "--at", "2015-03-02T12:00:00", "--abcorr", "LT+S", "--json", "--backend", backend]);
      results[backend] = JSON.parse(stdout);
    }
    assert.deepEqual(results.node, results.wasm);
    assert.equal(results.node.utc, "2015-03-02T12:00:00.000");
    const out = await check(["node"]);
    assert.deepEqual(results.node.position_km, out.backends.node.state.slice(0, 3));
    const { stdout } = await inApp(bin, ["--help"]);
    assert.match(stdout, /^Usage: spicecraft <command>/);
  });

  test("SPICECRAFT_NATIVE_VARIANT=baseline loads the platform package's baseline file", async () => {
    const out = await check(["node"], { SPICECRAFT_NATIVE_VARIANT: "baseline" });
    assert.equal(out.addon.path, join(realpathSync(app), "node_modules", PLATFORM_PKG, "spicecraft.linux-x64-baseline.node"));
    assert.equal(out.addon.addonVariant, "baseline");
  });

  // Last: removes the platform package, as npm does where it does not fit (or with --omit=optional).
  test("without the platform package, auto falls back to WASM and says why; node fails with the same text", async () => {
    rmSync(join(app, "node_modules", PLATFORM_PKG), { recursive: true });
    const out = await check(["auto", "wasm"]);
    assert.equal(out.backends.auto.kind, "wasm");
    const reason = out.backends.auto.fallbackReason;
    assert.ok(reason.startsWith(`Failed to load spicecraft native addon for linux-x64 (${expectedVariant}). Tried:\n`), reason);
    assert.match(reason, /\n {2}@spicecraft\/native-linux-x64-gnu: package not installed\n/);
    assert.match(reason, /\/node_modules\/@spicecraft\/backend-node\/native\/spicecraft\.linux-x64-baseline\.node: not found\n/);
    assert.ok(reason.endsWith('createBackend({ backend: "wasm" }).'));
    out.backends.auto.state.forEach((x, i) => assert.ok(Object.is(x, out.backends.wasm.state[i])));
    assert.equal(out.addonError, reason);
    await assert.rejects(inApp(join(app, "node_modules/.bin/spicecraft"), ["kernels", "--backend", "node"]), (e) => {
      assert.match(e.stderr, /Failed to load spicecraft native addon for linux-x64/);
      return true;
    });
    const { stdout } = await inApp(join(app, "node_modules/.bin/spicecraft"), ["time", "2015-03-02T12:00:00", "--json"]);
    assert.equal(typeof JSON.parse(stdout).et, "number");
  });
});
