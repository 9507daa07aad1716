// The command line's own interface (src/cli-help.ts and main's option handling): --version, a help
// per command, short messages and exit status 2 for unknown options and commands and missing
// values, --kernels adding to the bundled kernels (--no-default-kernels leaving them out), and time
// values labelled with their scale in text output.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = `${root}dist/cli.js`;
const spicecraft = (args) => run(process.execPath, [cli, ...args], { cwd: root });
const failing = (args) => spicecraft(args).then(() => assert.fail(`${args.join(" ")} succeeded`), (e) => e);
const COMMANDS = ["kernels", "pool", "body", "state", "elements", "time", "frame", "coverage", "comments", "inventory", "azel", "clock", "attitude", "subpoint", "illum", "find"];

test("--version and -v print the package's version", async () => {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
  for (const flag of ["--version", "-v"]) assert.equal((await spicecraft([flag])).stdout, `spicecraft ${version} (CSPICE_N0067 compatible)\n`);
});

test("every command has its own --help: its description, its options and its examples", async () => {
  const all = (await spicecraft(["--help"])).stdout;
  for (const command of COMMANDS) {
    const { stdout } = await spicecraft([command, "--help"]);
    assert.ok(stdout.startsWith(`Usage: spicecraft ${command} `), command);
    assert.match(stdout, new RegExp(`^  ${command}\\b`, "m"), `${command}: description`);
    assert.ok(stdout.length < all.length / 2, `${command}: shorter than the whole usage`);
    assert.match(stdout, /--kernels <file>/);
  }
  const state = (await spicecraft(["state", "-h"])).stdout;
  for (const option of ["--observer", "--at", "--frame", "--abcorr"]) assert.ok(state.includes(option), option);
  assert.ok(!state.includes("--station"), "azel's options are not state's");
  assert.match(state, /^  spicecraft state MOON /m);
});

test("unknown options and commands and missing values: one short line, exit status 2", async () => {
  const cases = [
    [["state", "MOON", "--colour", "red"], "spicecraft: unknown option --colour. See 'spicecraft --help' (or 'spicecraft <command> --help') for the options.\n"],
    [["stat", "MOON"], /^spicecraft: unknown command 'stat'\. The commands are: kernels, pool, .*find \(see 'spicecraft --help'\)\.\n$/],
    [["state", "MOON", "--at"], "spicecraft: option --at needs a value, e.g. --at <value>.\n"],
  ];
  for (const [args, message] of cases) {
    const error = await failing(args);
    assert.equal(error.code, 2, args.join(" "));
    if (typeof message === "string") assert.equal(error.stderr, message);
    else assert.match(error.stderr, message);
  }
});

test("--kernels adds to the bundled kernels; --no-default-kernels leaves them out", async () => {
  const count = async (args) => JSON.parse((await spicecraft(["kernels", "--json", ...args])).stdout).length;
  const bundled = await count([]);
  assert.ok(bundled >= 5);
  const extra = `${root}tests/fixtures/kernels/pck/pck00011.tpc`;
  assert.equal(await count(["--kernels", extra]), bundled + 1);
  assert.equal(await count(["--no-default-kernels", "--kernels", extra]), 1);
});

test("time values are labelled with their scale in text output, and plain in JSON", async () => {
  const text = (await spicecraft(["time", "2015-03-02T12:00:00"])).stdout;
  assert.match(text, /^et = 478569667\.1853986 \(TDB seconds past J2000\)$/m);
  assert.match(text, /^utc = 2015-03-02T12:00:00\.000000 UTC$/m);
  assert.match(text, /^tdb = 2015-03-02T12:01:07\.185398 TDB$/m);
  const json = JSON.parse((await spicecraft(["time", "2015-03-02T12:00:00", "--json"])).stdout);
  assert.equal(json.utc, "2015-03-02T12:00:00.000000");
  assert.equal(json.et, 478569667.1853986);
});
