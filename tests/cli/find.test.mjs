// `spicecraft find` (issue 14): the README's examples, run as printed on both backends, print the
// windows the API's GF searches return on the same bundled kernels (interval for interval, the UTC
// strings of the same endpoints; --json gives the ET endpoints bit for bit); Ctrl-C stops a long
// search on the Node addon with SPICE(CANCELLED) and exit code 130; bad options are usage errors.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { bundledKernelsDir, createBackend } from "../../dist/index.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = `${root}dist/cli.js`;

/** The README's `find` examples: the arguments after `node dist/cli.js`, quotes removed. */
function readmeExamples() {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const lines = readme.split("\n").filter((l) => l.startsWith("node dist/cli.js find "));
  assert.equal(lines.length, 2, "the README shows two find examples");
  return lines.map((l) => l.replace(/#.*$/, "").trim().split(/\s+/).slice(2).map((a) => a.replace(/^'(.*)'$/, "$1")));
}

// What the API answers for the same search, on the bundled kernels.
async function apiWindow(backend, args) {
  const spice = await createBackend({ backend });
  try {
    const dir = bundledKernelsDir();
    for (const f of readdirSync(dir).filter((f) => /\.(tls|tpc|tf|bsp)$/.test(f))) spice.furnsh(join(dir, f));
    const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
    const cnfine = [[spice.str2et(opt("from")), spice.str2et(opt("to"))]];
    const relate = opt("relate", ">");
    const window =
      args[1] === "distance"
        ? spice.gfdist(args[2], "NONE", opt("observer", "EARTH"), relate, Number(opt("value", 0)), 0, 3600, 100000, cnfine)
        : spice.gfsep(args[2], "SPHERE", "NULL", args[3], "SPHERE", "NULL", "NONE", opt("observer", "EARTH"), relate,
            (Number(opt("value", 0)) * Math.PI) / 180, 0, 3600, 100000, cnfine);
    return window.toPairs().map(([a, b]) => ({ et: [a, b], text: `${spice.et2utc(a, "ISOC", 3)}  ${spice.et2utc(b, "ISOC", 3)}` }));
  } finally {
    spice.dispose();
  }
}

for (const backend of ["node", "wasm"]) {
  for (const args of readmeExamples()) {
    test(`the README's '${args.slice(0, 3).join(" ")}' prints the API's window (${backend})`, async () => {
      const want = await apiWindow(backend, args);
      assert.ok(want.length > 0, "the example finds something");
      const { stdout } = await run(process.execPath, [cli, ...args, "--backend", backend]);
      const lines = stdout.trim().split("\n");
      assert.equal(lines.length, want.length);
      lines.forEach((line, i) => {
        assert.ok(line.startsWith(want[i].text), `${line} vs ${want[i].text}`);
        const seconds = Number(line.split(/\s+/)[2]);
        assert.ok(Math.abs(seconds - (want[i].et[1] - want[i].et[0])) < 1e-3, line);
      });
      const json = JSON.parse((await run(process.execPath, [cli, ...args, "--backend", backend, "--json"])).stdout);
      assert.deepEqual(json.map((i) => i.et), want.map((w) => w.et));
    });
  }

  test(`find refuses a bad value, a missing window and an unknown search (${backend})`, async () => {
    const base = [cli, "find", "distance", "MOON", "--from", "2015-02-28", "--to", "2015-03-06", "--backend", backend];
    await assert.rejects(run(process.execPath, [...base, "--value", "far"]), (e) => e.code === 1 && /--value must be a number/.test(e.stderr));
    await assert.rejects(run(process.execPath, [cli, "find", "distance", "MOON", "--value", "1", "--backend", backend]), (e) => /--from and --to/.test(e.stderr));
    await assert.rejects(run(process.execPath, [cli, "find", "eclipse", "--from", "2015-02-28", "--to", "2015-03-06", "--backend", backend]), (e) => /'distance', 'separation' or 'occultation'/.test(e.stderr));
  });
}

test("Ctrl-C stops a long find on the Node addon: SPICE(CANCELLED), exit code 130", async () => {
  // A 0.05-second step over six days: minutes of work, stopped after half a second.
  const child = spawn(process.execPath, [cli, "find", "distance", "MOON", "--from", "2015-02-28", "--to", "2015-03-06", "--value", "400000",
    "--step", "0.05", "--backend", "node"]);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const t0 = performance.now();
  setTimeout(() => child.kill("SIGINT"), 500);
  const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
  assert.equal(code, 130, stderr);
  assert.match(stderr, /SPICE\(CANCELLED\)/);
  assert.ok(performance.now() - t0 < 10_000, "the search did not stop");
});
