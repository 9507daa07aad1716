// Issue 19 item 4: @spicecraft/native-linux-arm64-gnu installs from the packed tarballs and the arm64
// Node runs the installed spicecraft natively. scripts/pack.sh packs every tarball (the arm64 platform
// package from the cross build, into other-platforms/ as it does not fit x64); npm installs the
// facade and its packages into a fresh folder as an arm64 machine would (--os=linux --cpu=arm64
// --libc=glibc), offline with an empty cache, and picks the platform package from the facade's
// optionalDependencies by itself.
// npm 11 applies --os/--cpu/--libc to optional dependencies only: a platform package named on the
// command line becomes a direct dependency, which npm checks against the real machine (x64) and
// refuses (EBADPLATFORM; arborist build-ideal-tree). So the platform tarballs are offered through
// `overrides` instead (what the registry would serve), and npm chooses among them as it would from
// the registry: the arm64 one installed, the x64 one skipped.
// Then the arm64 Node under qemu-aarch64, with no SPICECRAFT_NATIVE_PATH, loads the addon from the
// installed platform package, and the installed `spicecraft` CLI computes the Moon's state on the
// native backend, bit-identical to the x64 checkout.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { after, before, describe, test } from "node:test";
import { parseBits } from "../packaging/bits-json.mjs";
import { root, runArm64Node, unavailable } from "./emulator.mjs";

const run = promisify(execFile);
const ARM64_PKG = "@spicecraft/native-linux-arm64-gnu";
const X64_PKG = "@spicecraft/native-linux-x64-gnu";
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const moonArgs = ["state", "MOON", "--observer", "EARTH", "--at", "2015-03-02T12:00:00", "--abcorr", "LT+S", "--json"];

describe("the linux-arm64 platform package, installed from the packed tarballs", { skip: unavailable(), timeout: 15 * 60_000 }, () => {
  let tmp, app, env;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), "spicecraft-arm64-install-"));
    const { stdout } = await run("bash", [join(root, "scripts/pack.sh"), join(tmp, "tarballs")], { cwd: root });
    // pack.sh lists what installs on this machine; the arm64 package is in other-platforms/.
    const others = join(tmp, "tarballs", "other-platforms");
    const all = [...stdout.trim().split("\n"), ...(existsSync(others) ? readdirSync(others).map((f) => join(others, f)) : [])];
    const isPlatform = (t) => /\/spicecraft-native-[^/]*\.tgz$/.test(t);
    assert.ok(all.some((t) => t.endsWith(`/spicecraft-native-linux-arm64-gnu-${version}.tgz`)), `pack.sh did not pack ${ARM64_PKG}: ${stdout}`);
    // @spicecraft/native-<target> -> file:<its tarball>, for every platform package packed here.
    const overrides = Object.fromEntries(
      all.filter(isPlatform).map((t) => [`@spicecraft/${t.split("/").pop().replace(/^spicecraft-/, "").replace(`-${version}.tgz`, "")}`, `file:${t}`]),
    );
    const { SPICECRAFT_NATIVE_PATH: _, ...inherited } = process.env;
    env = { ...inherited, HOME: join(tmp, "home"), npm_config_cache: join(tmp, "npm-cache"), npm_config_update_notifier: "false" };
    mkdirSync(env.HOME);
    app = join(tmp, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true, type: "module", overrides }));
    const npmArgs = ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", "--os=linux", "--cpu=arm64", "--libc=glibc"];
    await run("npm", [...npmArgs, ...all.filter((t) => !isPlatform(t))], {
      cwd: app,
      env,
      maxBuffer: 1 << 26,
    });
    copyFileSync(join(root, "tests/packaging/installed-check.mjs"), join(app, "check.mjs"));
    copyFileSync(join(root, "tests/packaging/bits-json.mjs"), join(app, "bits-json.mjs"));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("npm picks the arm64 package (its one .node and README) from the facade's optional dependencies, not the x64 one", async () => {
    const dir = join(app, "node_modules", ARM64_PKG);
    assert.ok(lstatSync(dir).isDirectory() && !lstatSync(dir).isSymbolicLink());
    assert.ok(existsSync(join(dir, "spicecraft.linux-arm64.node")));
    assert.ok(existsSync(join(dir, "README.md")));
    assert.ok(!existsSync(join(app, "node_modules", X64_PKG)), "the x64 package does not fit arm64");
    const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8"));
    assert.deepEqual(lock.packages[`node_modules/${ARM64_PKG}`].cpu, ["arm64"]);
    assert.equal(lock.packages[`node_modules/${ARM64_PKG}`].optional, true, "installed as the facade's optional dependency");
  });

  test("the arm64 Node loads the addon from the installed platform package and computes natively, bit for bit as x64", async () => {
    const r = await runArm64Node(["check.mjs", "node", "auto"], { cwd: app, env, nativePath: null });
    assert.equal(r.code, 0, r.stderr);
    const out = parseBits(r.stdout);
    assert.equal(out.addon?.path, join(realpathSync(app), "node_modules", ARM64_PKG, "spicecraft.linux-arm64.node"), out.addonError);
    assert.equal(out.addon.variant, undefined, "no variants on arm64");
    assert.equal(out.backends.node.kind, "node");
    assert.equal(out.backends.auto.kind, "node", out.backends.auto.fallbackReason);
    // The same computation on this machine (the x64 checkout, WASM backend) gives the same bits.
    const here = parseBits((await run(process.execPath, [join(root, "tests/packaging/installed-check.mjs"), "wasm"], { cwd: root })).stdout);
    for (const key of ["et", "lt"]) assert.ok(Object.is(out.backends.node[key], here.backends.wasm[key]), key);
    here.backends.wasm.state.forEach((x, i) => assert.ok(Object.is(out.backends.node.state[i], x), `state[${i}]: ${out.backends.node.state[i]} vs ${x}`));
  });

  test("the installed spicecraft CLI runs under the arm64 Node on the native backend, as the x64 CLI does", async () => {
    const cli = join(app, "node_modules/spicecraft/dist/cli.js");
    const arm64 = await runArm64Node([cli, ...moonArgs, "--backend", "node"], { cwd: app, env, nativePath: null });
    assert.equal(arm64.code, 0, arm64.stderr);
    const x64 = await run(process.execPath, [join(root, "dist/cli.js"), ...moonArgs, "--backend", "wasm"], { cwd: root });
    assert.deepEqual(JSON.parse(arm64.stdout), JSON.parse(x64.stdout));
    assert.equal(JSON.parse(arm64.stdout).utc, "2015-03-02T12:00:00.000");
  });
});
