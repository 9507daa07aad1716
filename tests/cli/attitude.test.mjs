// `spicecraft attitude`: the README's example, run as printed (plus --json and --backend), against
// CSPICE itself (tspice: pxform, sxform at the printed epoch; the quaternion through Q2M); the text form; the
// missing-argument and no-attitude errors.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = `${root}dist/cli.js`;

/** The README's `attitude` example: the arguments after `node dist/cli.js`. */
function readmeExample() {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const line = readme.split("\n").find((l) => l.startsWith("node dist/cli.js attitude "));
  assert.ok(line, "the README's CLI examples include `attitude`");
  return line.replace(/#.*$/, "").trim().split(/\s+/).slice(2);
}

const tspice = cspiceOracle({
  setup: (raw) => {
    const args = readmeExample();
    for (let i = 0; i < args.length; i++) {
      if (args[i] !== "--kernels") continue;
      const path = args[i + 1];
      raw.furnsh({ path: path.replaceAll("/", "-"), bytes: readFileSync(`${root}${path}`) });
    }
  },
});

for (const backend of ["node", "wasm"]) {
  test(`the README's attitude example prints CSPICE's orientation and rate (${backend})`, async () => {
    const args = readmeExample();
    const out = JSON.parse((await run(process.execPath, [cli, ...args, "--json", "--backend", backend], { cwd: root })).stdout);
    assert.equal(out.frame, "TGO_SPACECRAFT");
    assert.equal(out.ref, "J2000");
    assert.equal(out.et, tspice.str2et("2017-03-11T15:07:20"));
    const m = tspice.pxform("J2000", "TGO_SPACECRAFT", out.et);
    assert.deepEqual(out.rotation.flat(), Array.from(m));
    // The quaternion (M2Q: scalar part first and non-negative) gives the matrix back (Q2M).
    assert.ok(out.quaternion[0] >= 0);
    const [c, x, y, z] = out.quaternion;
    const back = [1 - 2 * (y * y + z * z), 2 * (x * y - c * z), 2 * (x * z + c * y),
      2 * (x * y + c * z), 1 - 2 * (x * x + z * z), 2 * (y * z - c * x),
      2 * (x * z - c * y), 2 * (y * z + c * x), 1 - 2 * (x * x + y * y)];
    back.forEach((v, i) => assert.ok(Math.abs(v - m[i]) < 1e-15, `q2m(q)[${i}] ${v} vs ${m[i]}`));
    // XF2RAV of CSPICE's state transformation: the skew matrix (dR/dt)^T R holds the rate.
    const xf = Array.from(tspice.sxform("J2000", "TGO_SPACECRAFT", out.et));
    const at = (r, c) => xf[6 * r + c];
    const w = (i, j) => at(3, i) * at(0, j) + at(4, i) * at(1, j) + at(5, i) * at(2, j); // ((dR)^T R)(i, j)
    const av = [w(2, 1), w(0, 2), w(1, 0)];
    out.angular_velocity_rad_s.forEach((v, i) => assert.ok(Math.abs(v - av[i]) <= 1e-22, `av[${i}] ${v} vs ${av[i]}`));
    assert.ok(out.angle_deg > 0 && out.angle_deg <= 180);
  });
}

test("attitude in text form names the quaternion, the matrix and the rate", async () => {
  const { stdout } = await run(process.execPath, [cli, ...readmeExample(), "--backend", "wasm"], { cwd: root });
  for (const key of ["quaternion = ", "rotation = ", "angular_velocity_rad_s = ", "utc = 2017-03-11T15:07:20.000"]) {
    assert.ok(stdout.includes(key), `${key} in\n${stdout}`);
  }
});

test("attitude errors: no --at, and an epoch the CK does not cover", async () => {
  const args = readmeExample();
  const noAt = args.filter((a, i) => a !== "--at" && args[i - 1] !== "--at");
  await assert.rejects(run(process.execPath, [cli, ...noAt], { cwd: root }), /attitude: give a frame and --at/);
  const gap = args.map((a, i) => (args[i - 1] === "--at" ? "2017-03-10T18:00:00" : a));
  await assert.rejects(run(process.execPath, [cli, ...gap], { cwd: root }), /SPICE\(NOFRAMECONNECT\)/);
});
