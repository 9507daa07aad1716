// Single-file executables for real: scripts/build-single-file.mjs builds the CLI with Bun --compile
// and as a Node single executable application (both tools from npm), each carrying the native addon
// and the bundled kernels. Each executable is copied alone into an empty folder and run with an empty
// PATH and a fresh home: it must compute the Moon's state natively (--backend node), equal to this
// checkout's CLI to the last digit, extract the addon into ~/.cache/spicecraft/<version>/ on the first
// start and reuse that file on the second; a damaged cached file is replaced; an unusable cache folder
// is reported in the loader's error, and an addon beside the executable is then used.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { detectAvx2, nodeLoaderHost } from "../../backend-node/dist/index.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const supported = process.platform === "linux" && process.arch === "x64";
const variant = detectAvx2(nodeLoaderHost()) === true ? "modern" : "baseline";
const addonFile = `spicecraft.linux-x64-${variant}.node`;
const STATE = ["state", "MOON", "--at", "2015-03-02T12:00:00", "--backend", "node", "--json"];

describe("single-file executables (Bun --compile, Node SEA)", { skip: !supported && "built for linux-x64 here" }, () => {
  let tmp, built, expected;
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), "spicecraft-single-file-"));
    built = join(tmp, "out");
    await run(process.execPath, [join(root, "scripts/build-single-file.mjs"), "--out", built], { cwd: root, maxBuffer: 1 << 24 });
    expected = (await run(process.execPath, [join(root, "dist/cli.js"), ...STATE], { cwd: root })).stdout;
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  /** A copy of the executable alone in an empty folder, with its own empty home. */
  function isolated(kind) {
    const dir = mkdtempSync(join(tmp, `${kind}-`));
    const app = join(dir, "app");
    const home = join(dir, "home");
    const path = join(dir, "empty-path");
    for (const d of [app, home, path]) mkdirSync(d);
    const exe = join(app, `spicecraft-${kind}`);
    copyFileSync(join(built, `spicecraft-${kind}`), exe);
    const start = (extraEnv = {}, args = STATE) =>
      run(exe, args, { cwd: app, env: { HOME: home, PATH: path, SPICECRAFT_DEBUG: "1", ...extraEnv }, maxBuffer: 1 << 24 });
    return { app, home, exe, start, cached: join(home, ".cache/spicecraft", version, addonFile) };
  }

  for (const kind of ["bun", "sea"]) {
    test(`${kind}: alone in an empty folder, computes the Moon's state natively; the second start reuses the extracted addon`, async () => {
      const { start, cached } = isolated(kind);
      const first = await start();
      assert.equal(first.stdout, expected);
      assert.match(first.stderr, new RegExp(`compiled mode \\(${kind}\\): embedded linux-x64-gnu ${version} addon`));
      assert.ok(first.stderr.includes(`${cached}: extracted the embedded addon`), first.stderr);
      assert.ok(first.stderr.includes(`${cached}: loaded`), first.stderr);
      const extracted = statSync(cached);
      const second = await start();
      assert.equal(second.stdout, expected);
      assert.ok(second.stderr.includes(`${cached}: reusing the extracted addon`), second.stderr);
      const reused = statSync(cached);
      assert.equal(reused.ino, extracted.ino, "the file is not rewritten");
      assert.equal(reused.mtimeMs, extracted.mtimeMs);
      // The WASM backend is inside too (its bytes inlined in the bundle), bit-identical to native.
      const wasm = await start({}, STATE.map((arg) => (arg === "node" ? "wasm" : arg)));
      assert.equal(wasm.stdout, expected);
    });

    test(`${kind}: a damaged cached addon is replaced; an unusable cache is reported and the executable's folder is searched`, async () => {
      const { app, home, start, cached } = isolated(kind);
      await start();
      writeFileSync(cached, "truncated");
      const repaired = await start();
      assert.equal(repaired.stdout, expected);
      assert.ok(repaired.stderr.includes(`${cached}: extracted the embedded addon`), repaired.stderr);

      // XDG_CACHE_HOME under a regular file: the cache folder cannot be created.
      const blocker = join(home, "not-a-folder");
      writeFileSync(blocker, "");
      const failed = await start({ XDG_CACHE_HOME: blocker }).then(
        () => assert.fail("expected the native backend to fail"),
        (error) => error,
      );
      assert.match(failed.stderr, new RegExp(`${blocker}/spicecraft/${version}/${addonFile}: extraction failed: ENOTDIR`));
      assert.match(failed.stderr, /Failed to load spicecraft native addon/);

      copyFileSync(join(root, "backend-node/native", addonFile), join(app, addonFile));
      const beside = await start({ XDG_CACHE_HOME: blocker });
      assert.equal(beside.stdout, expected);
      assert.ok(beside.stderr.includes(`${join(app, addonFile)}: loaded`), beside.stderr);
    });
  }
});
