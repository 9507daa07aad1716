#!/usr/bin/env node
// Builds the spicecraft CLI as single-file executables that carry the native addon and the bundled
// kernels inside them:
//   <out>/spicecraft-bun   Bun `build --compile` (bun from npm)
//   <out>/spicecraft-sea   a Node single executable application: esbuild bundles the CLI into one
//                          CommonJS file, `node --experimental-sea-config` makes the blob, postject
//                          (npm) injects it into a copy of this Node
// Both embed `spicecraft.manifest` (backend-node/src/compiled-mode.ts: version, platform tag, and the
// size and SHA-256 of every embedded file), the addon variants of this platform from
// backend-node/native/ and the kernels of kernels/. At run time the loader extracts the right
// variant into ~/.cache/spicecraft/<version>/ once and loads it from there.
//
// Usage: node scripts/build-single-file.mjs [--out DIR] [--only bun|sea]
// Needs the build (bash scripts/setup.sh): dist/, backend-node/native/*.node.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: { out: { type: "string", default: join(root, "build/single-file") }, only: { type: "string" } } });
const out = resolve(values.out);
const work = join(out, "work");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const { targetName, addonFileNames } = await import(join(root, "backend-node/dist/loader.js"));
const libc = process.platform === "linux" ? "glibc" : undefined;
const target = targetName(process.platform, process.arch, libc);

// The embedded files: every addon variant of this platform that is built, and the bundled kernels.
const nativeDir = join(root, "backend-node/native");
const variantNames = addonFileNames(process.platform, process.arch, process.arch === "x64" ? "modern" : undefined);
const addonFiles = variantNames.filter((f) => existsSync(join(nativeDir, f))).map((f) => join(nativeDir, f));
if (addonFiles.length === 0) throw new Error(`no addon for ${target} in ${nativeDir}: run bash scripts/setup.sh first`);
const kernelDir = join(root, "kernels");
const kernelFiles = readdirSync(kernelDir).filter((f) => !f.endsWith(".md")).map((f) => join(kernelDir, f));
const entry = (path) => {
  const bytes = readFileSync(path);
  return { file: path.split("/").pop(), size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
};
const manifest = { format: 1, version, target, addons: addonFiles.map(entry), kernels: kernelFiles.map(entry) };
const manifestPath = join(work, "spicecraft.manifest");
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
const embedded = [...addonFiles, ...kernelFiles, manifestPath];

// The bundler replaces this identifier: package.json is not on disk inside an executable.
const define = { __SPICECRAFT_VERSION__: JSON.stringify(version) };
const esbuild = await import("esbuild");
const run = (file, args, options = {}) => execFileSync(file, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
const say = (line) => process.stdout.write(`==> ${line}\n`);

/** Bun's binary: its install script moves it from the platform package into bun/bin/bun.exe. */
function bunBinary() {
  const platformCopy = join(root, `node_modules/@oven/bun-${process.platform}-${process.arch}/bin/bun`);
  return existsSync(platformCopy) ? platformCopy : require.resolve("bun/bin/bun.exe");
}

if (values.only !== "sea") {
  // Bun bundles the ESM CLI itself; the extra entry points become embedded files, named as they are
  // (--asset-naming), served beside the bundled code from Bun's $bunfs root.
  say(`Bun single-file executable (bun ${execFileSync(bunBinary(), ["--version"]).toString().trim()})`);
  const bunEntry = join(work, "bun-entry.mjs");
  await esbuild.build({ entryPoints: [join(root, "dist/cli.js")], bundle: true, platform: "node", format: "esm", target: "node20", outfile: bunEntry, define, logLevel: "warning" });
  run(bunBinary(), ["build", "--compile", bunEntry, ...embedded, "--asset-naming=[name].[ext]", "--outfile", join(out, "spicecraft-bun")], { cwd: work });
}

if (values.only !== "bun") {
  // Node's SEA runs one CommonJS script; import.meta.url does not exist there, so it is defined as
  // the executable's own file URL (only used to locate package files, which the manifest replaces).
  say(`Node single executable application (node ${process.version})`);
  const seaEntry = join(work, "sea-entry.cjs");
  await esbuild.build({
    entryPoints: [join(root, "dist/cli.js")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: seaEntry, logLevel: "error",
    define: { ...define, "import.meta.url": "__scModuleUrl" },
    banner: { js: "const __scModuleUrl = require('node:url').pathToFileURL(process.execPath).href;" },
  });
  const assets = Object.fromEntries(embedded.map((path) => [path.split("/").pop(), path]));
  const config = join(work, "sea-config.json");
  writeFileSync(config, JSON.stringify({ main: seaEntry, output: join(work, "sea.blob"), disableExperimentalSEAWarning: true, assets }));
  run(process.execPath, ["--experimental-sea-config", config], { cwd: work, stdio: ["ignore", "ignore", "inherit"] });
  const exe = join(out, "spicecraft-sea");
  rmSync(exe, { force: true });
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  run(process.execPath, [require.resolve("postject/dist/cli.js"), exe, "NODE_SEA_BLOB", join(work, "sea.blob"),
    "--sentinel-fuse", "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2"], { stdio: ["ignore", "ignore", "inherit"] });
}
say(`Built in ${out}: ${manifest.addons.map((a) => a.file).join(", ")} and ${manifest.kernels.length} kernels embedded`);
