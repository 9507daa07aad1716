// `spicecraft subpoint` and `spicecraft illum` (issue 13, surface geometry): the README's examples,
// run as printed (plus --json and --backend), agree exactly with the API's subpnt, subslr and illumf
// (whose answers the golden files check against CSPICE); argument errors.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createBackend } from "../../dist/index.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = `${root}dist/cli.js`;

/** The README's example for `command`: the arguments after `node dist/cli.js`. */
function readmeExample(command) {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const line = readme.split("\n").find((l) => l.startsWith(`node dist/cli.js ${command} `));
  assert.ok(line, `the README's CLI examples include \`${command}\``);
  return line.replace(/#.*$/, "").trim().split(/\s+/).slice(2);
}

async function withBundled(backend, body) {
  const spice = await createBackend({ backend });
  try {
    for (const k of ["naif0012.tls", "pck00010.tpc", "de430-2015-03-02.bsp"]) spice.furnsh(`${root}kernels/${k}`);
    return body(spice);
  } finally {
    spice.dispose();
  }
}

for (const backend of ["node", "wasm"]) {
  test(`the README's subpoint example gives subpnt's and subslr's points (${backend})`, async () => {
    const args = readmeExample("subpoint");
    const out = JSON.parse((await run(process.execPath, [cli, ...args, "--json", "--backend", backend], { cwd: root })).stdout);
    assert.equal(out.frame, "IAU_MOON");
    await withBundled(backend, (spice) => {
      const et = spice.str2et("2015-03-02T12:00:00");
      assert.equal(out.et, et);
      const sub = spice.subpnt("NEAR POINT/ELLIPSOID", "MOON", et, "IAU_MOON", "LT+S", "EARTH");
      const sun = spice.subslr("NEAR POINT/ELLIPSOID", "MOON", et, "IAU_MOON", "LT+S", "EARTH");
      assert.deepEqual(out.subobserver.point_km, [...sub.spoint]);
      assert.equal(out.subobserver.trgepc, sub.trgepc);
      assert.equal(out.subobserver.distance_km, Math.hypot(...sub.srfvec));
      assert.deepEqual(out.subsolar.point_km, [...sun.spoint]);
    });
    // The text form names the points.
    const text = (await run(process.execPath, [cli, ...args, "--backend", backend], { cwd: root })).stdout;
    assert.match(text, /subobserver:/);
    assert.match(text, /subsolar:/);
  });

  test(`the README's illum example gives illumf's angles at the point (${backend})`, async () => {
    const args = readmeExample("illum");
    const out = JSON.parse((await run(process.execPath, [cli, ...args, "--json", "--backend", backend], { cwd: root })).stdout);
    assert.ok(Math.abs(out.longitude_deg - 10) < 1e-9 && Math.abs(out.latitude_deg + 20) < 1e-9);
    await withBundled(backend, (spice) => {
      const et = spice.str2et("2015-03-02T12:00:00");
      const f = spice.illumf("ELLIPSOID", "MOON", "SUN", et, "IAU_MOON", "LT+S", "EARTH", out.point_km);
      const dpr = 180 / Math.PI;
      assert.equal(out.phase_deg, f.phase * dpr);
      assert.equal(out.incidence_deg, f.incdnc * dpr);
      assert.equal(out.emission_deg, f.emissn * dpr);
      assert.equal(out.lit, f.lit);
      assert.equal(out.visible, f.visibl);
      // The point is on the Moon's reference sphere (radius 1737.4 km).
      assert.ok(Math.abs(Math.hypot(...out.point_km) - 1737.4) < 1e-9);
    });
  });
}

test("subpoint and illum refuse missing or malformed arguments", async () => {
  const fails = async (args, pattern) => {
    await assert.rejects(run(process.execPath, [cli, ...args]), (e) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, pattern);
      return true;
    });
  };
  await fails(["subpoint", "MOON"], /give a target and --at/);
  await fails(["illum", "MOON", "--at", "2015-03-02T12:00:00", "--point", "10"], /--point must be <lon,lat>/);
  await fails(["subpoint", "MOON", "--at", "2015-03-02T12:00:00", "--method", "BOGUS"], /SPICE\(BADMETHODSYNTAX\)/);
});
