// `spicecraft clock` (issue 12, sclk): the README's example, run as printed, against CSPICE's answers
// for the same clock string in sclk.json; the way back from a time; clock IDs as numbers or names;
// errors.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = `${root}dist/cli.js`;
const golden = JSON.parse(readFileSync(`${root}tests/fixtures/golden/sclk.json`, "utf8"));
const kernels = ["--kernels", `${root}kernels/naif0012.tls`, "--kernels", `${root}tests/fixtures/kernels/sclk/mroSCLK.tsc`];

// The README's `clock` example: `node dist/cli.js clock MRO <clock string> --kernels ...`.
function readmeExample() {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const line = readme.split("\n").find((l) => l.startsWith("node dist/cli.js clock "));
  assert.ok(line, "the README's CLI examples include `clock`");
  return line.replace(/#.*$/, "").trim().split(/\s+/).slice(2);
}

/** CSPICE's answer for `call` on MRO's clock (-74) with this argument, from sclk.json. */
function cspice(call, arg) {
  const c = golden.cases.find((k) => k.call === call && k.args[0] === -74 && k.args[1] === arg && "expect" in k);
  assert.ok(c, `sclk.json has ${call}(-74, ${JSON.stringify(arg)})`);
  return c.expect;
}

for (const backend of ["node", "wasm"]) {
  test(`the README's clock example prints CSPICE's ET and encoded ticks (${backend})`, async () => {
    const args = readmeExample();
    const out = JSON.parse((await run(process.execPath, [cli, ...args, "--json", "--backend", backend], { cwd: root })).stdout);
    const value = args[2];
    assert.equal(out.sclk_id, -74);
    assert.equal(out.kind, "clock string");
    assert.equal(out.et, cspice("scs2e", ` ${value} `));
    assert.equal(out.ticks, cspice("scencd", ` ${value} `));
    assert.equal(out.clock, value);
    assert.match(out.utc, /^2011-08-30T18:03:08\./);

    // And back: the printed UTC gives the same clock string (to the tick) and ticks near the input's.
    const back = JSON.parse((await run(process.execPath, [cli, "clock", "-74", out.utc, ...kernels, "--json", "--backend", backend], { cwd: root })).stdout);
    assert.equal(back.kind, "time");
    assert.equal(back.clock, value);
    assert.ok(Math.abs(back.ticks - out.ticks) < 1, `${back.ticks} vs ${out.ticks}`);
    assert.equal(back.ticks_rounded, out.ticks);
  });
}

test("clock in text form; a clock string without partition; errors", async () => {
  const { stdout } = await run(process.execPath, [cli, "clock", "MRO", "0999194620.121", ...kernels], { cwd: root });
  assert.match(stdout, /^clock = 10\/0999194620\.121$/m);
  assert.match(stdout, /^et = 367999454\.21670586 \(TDB seconds past J2000\)$/m);
  await assert.rejects(run(process.execPath, [cli, "clock", "-74", "99/12345", ...kernels], { cwd: root }),
    (e) => e.code === 1 && /SPICE\(BADPARTNUMBER\)/.test(e.stderr));
  await assert.rejects(run(process.execPath, [cli, "clock", "-74", "12:34:56:78", ...kernels], { cwd: root }),
    (e) => e.code === 1 && /SPICE\(INVALIDSCLKSTRING\)/.test(e.stderr));
  await assert.rejects(run(process.execPath, [cli, "clock", "-999", "1/100", ...kernels], { cwd: root }),
    (e) => e.code === 1 && /SPICE\(KERNELVARNOTFOUND\)/.test(e.stderr));
  await assert.rejects(run(process.execPath, [cli, "clock", "NOSUCHCRAFT", "1/100", ...kernels], { cwd: root }),
    (e) => e.code === 1 && /SPICE\(IDCODENOTFOUND\)/.test(e.stderr));
  await assert.rejects(run(process.execPath, [cli, "clock", "MRO", ...kernels], { cwd: root }),
    (e) => e.code === 1 && /clock: give a clock ID/.test(e.stderr));
});
