// Host files that are not kernels (issue 16, item 2): a FIFO, a directory, /proc pseudo-files and
// an empty file get the same SpiceError on both backends and never block. Each load runs in a child
// process with a time limit, because a blocking open() in the native addon would stop this process's
// event loop (and its test timeouts) with it.
import assert from "node:assert/strict";
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const dir = mkdtempSync(join(tmpdir(), "spicecraft-host-files-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const distIndex = new URL("../../dist/index.js", import.meta.url).href;

/** furnsh(path) on one backend in a child process: the error's short code and text, or "loaded". */
function load(backend, path) {
  const script = `
    const { createBackend } = await import(${JSON.stringify(distIndex)});
    const spice = await createBackend({ backend: ${JSON.stringify(backend)} });
    try { spice.furnsh(${JSON.stringify(path)}); console.log(JSON.stringify({ loaded: true })); }
    catch (e) { console.log(JSON.stringify({ short: e.short, long: e.long })); }`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { timeout: 30_000, encoding: "utf8" });
  assert.equal(run.error, undefined, `${backend} ${path}: ${run.error?.message} (blocked?)`);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}

function bothBackends(path) {
  const node = load("node", path);
  const wasm = load("wasm", path);
  assert.deepEqual(node, wasm, `node and wasm disagree on ${path}`);
  return node;
}

test("a FIFO is refused at once, by path and when a meta-kernel names it", () => {
  const fifo = join(dir, "pipe.tls");
  execFileSync("mkfifo", [fifo]);
  const direct = bothBackends(fifo);
  assert.equal(direct.short, "SPICE(FILEOPENFAILED)");
  assert.match(direct.long, /is not a regular file/);
  const meta = join(dir, "meta.tm");
  writeFileSync(meta, `\\begindata\nKERNELS_TO_LOAD = ( '${fifo}' )\n`);
  const viaMeta = bothBackends(meta);
  assert.equal(viaMeta.short, "SPICE(FILEOPENFAILED)");
});

test("a directory is refused on both backends", () => {
  const got = bothBackends(dir);
  assert.equal(got.short, "SPICE(FILEOPENFAILED)");
  assert.match(got.long, /is a directory/);
});

test("an empty file and /proc/self/mem fail as CSPICE fails on an empty file (GETFAT)", () => {
  const empty = join(dir, "empty.tls");
  writeFileSync(empty, "");
  for (const path of [empty, "/proc/self/mem"]) {
    const got = bothBackends(path);
    assert.equal(got.short, "SPICE(FILEREADFAILED)", path);
    assert.match(got.long, /is empty/);
  }
});
