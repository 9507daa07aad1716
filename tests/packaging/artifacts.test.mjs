// The built addon files and the package manifests: release sentinel as a dynamic symbol, the
// instruction sets of the two x64 variants (and no fused multiply-add in either), one version
// everywhere, and platform packages whose os/cpu/libc and files match what the loader looks for.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { addonFileNames, platformPackageName, sentinelName } from "../../backend-node/dist/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(`${root}${path}`, "utf8"));
const version = readJson("package.json").version;
const nativeDir = `${root}backend-node/native/`;
const isLinuxX64 = process.platform === "linux" && process.arch === "x64";
const variants = ["modern", "baseline"].map((v) => ({ v, file: `${nativeDir}spicecraft.linux-x64-${v}.node` }));

function tool(name, args) {
  try {
    return execFileSync(name, args, { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if (error.code === "ENOENT") return undefined;
    throw error;
  }
}

/** Instruction mnemonics of a binary's code, with their counts. */
function mnemonics(file) {
  const text = tool("objdump", ["-d", "--no-show-raw-insn", file]);
  if (text === undefined) return undefined;
  const counts = new Map();
  for (const line of text.split("\n")) {
    const m = /^\s+[0-9a-f]+:\s+([a-z][a-z0-9.]*)\s*(.*)$/.exec(line);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    if (m && m[2].includes("%ymm")) counts.set("<ymm>", (counts.get("<ymm>") ?? 0) + 1);
  }
  return counts;
}

const count = (counts, re) => [...counts].filter(([k]) => re.test(k)).reduce((s, [, n]) => s + n, 0);

test("linux-x64 builds both variants, each exporting the release sentinel as a dynamic symbol", { skip: !isLinuxX64 && "not linux-x64" }, () => {
  for (const { file } of variants) {
    assert.ok(existsSync(file), `${file} is not built`);
    const symbols = tool("nm", ["-D", "--defined-only", file]);
    if (symbols === undefined) continue;
    const sentinels = symbols.split("\n").filter((l) => / __spicecraftV\S*$/.test(l));
    assert.equal(sentinels.length, 1, `${file}: sentinel symbols: ${JSON.stringify(sentinels)}`);
    assert.match(sentinels[0], new RegExp(` [RD] ${sentinelName(version)}$`), "this release's sentinel, as a data symbol");
  }
});

test("modern uses AVX (VEX, ymm), baseline does not, and neither fuses multiply-add", { skip: !isLinuxX64 && "not linux-x64" }, (t) => {
  const [modern, baseline] = variants.map(({ file }) => mnemonics(file));
  if (modern === undefined) return t.skip("objdump not installed");
  const fma = /^vf(n?m(add|sub)|maddsub|msubadd)/;
  assert.equal(count(modern, fma), 0, "modern contains FMA instructions: -ffp-contract=off is not in effect");
  assert.equal(count(baseline, fma), 0);
  assert.ok(count(modern, /^v/) > 1000, "modern is not a VEX (AVX) build");
  assert.ok((modern.get("<ymm>") ?? 0) > 0, "modern never uses 256-bit registers");
  assert.equal(count(baseline, /^v(?!erw|err)/), 0, "baseline contains VEX instructions");
  assert.equal(baseline.get("<ymm>") ?? 0, 0);
});

test("every package has the release version and pins its siblings to it", () => {
  const manifests = ["package.json", ...readJson("package.json").workspaces.map((w) => `${w}/package.json`)].map(readJson);
  const names = new Set(manifests.map((m) => m.name));
  for (const m of manifests) {
    assert.equal(m.version, version, `${m.name} has version ${m.version}`);
    for (const field of ["dependencies", "optionalDependencies"]) {
      for (const [dep, range] of Object.entries(m[field] ?? {})) {
        if (names.has(dep)) assert.equal(range, version, `${m.name} ${field} ${dep}@${range}`);
      }
    }
  }
});

test("platform packages: os/cpu/libc and files match the loader, and the facade lists them as optional", () => {
  const facade = readJson("package.json");
  const backend = readJson("backend-node/package.json");
  const dirs = readdirSync(`${root}packages`).filter((d) => d.startsWith("native-"));
  assert.ok(dirs.includes("native-linux-x64-gnu"));
  for (const dir of dirs) {
    const m = readJson(`packages/${dir}/package.json`);
    const [platform, arch, libcSuffix] = dir.replace(/^native-/, "").split("-");
    const libc = { gnu: "glibc", musl: "musl" }[libcSuffix];
    assert.equal(m.name, platformPackageName(platform, arch, libc));
    assert.deepEqual(m.os, [platform]);
    assert.deepEqual(m.cpu, [arch]);
    if (platform === "linux") assert.deepEqual(m.libc, [libc]);
    const expected = arch === "x64" ? addonFileNames(platform, arch, "modern").slice(0, 2) : addonFileNames(platform, arch, undefined);
    assert.deepEqual([...m.files].sort(), expected.sort());
    assert.equal(facade.optionalDependencies?.[m.name], version, `the facade does not list ${m.name}`);
    assert.equal(backend.optionalDependencies?.[m.name], version, `backend-node (which loads it) does not list ${m.name}`);
  }
  assert.deepEqual(backend.files, ["dist", "src"], "backend-node ships no binaries (they live in the platform packages): its JS and the sources its maps name");
  assert.ok(readJson("backend-wasm/package.json").files.includes("wasm"));
  assert.ok(facade.files.includes("kernels") && facade.files.includes("dist"));
  assert.equal(facade.bin.spicecraft, "./dist/cli.js");
});
