// `spicecraft azel` against CSPICE's azlcpo answers (observers.json): the file's Goldstone station
// was made by georec on Earth's radii from latitude 35.426, longitude -116.889 (degrees) and
// altitude 1.002 km, so the CLI's --station input gives the same position, and the file's epochs
// are given to --at as UTC strings that str2et maps back to the same ET. Compass azimuth and
// elevation above the horizon are azlcpo's azccw = false, elplsz = true.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const kernelsDir = fileURLToPath(new URL("../fixtures/kernels/", import.meta.url));
const golden = JSON.parse(readFileSync(new URL("../fixtures/golden/observers.json", import.meta.url), "utf8"));
const byId = (id) => golden.cases.find((c) => c.id === id);
const KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"].flatMap((k) => ["--kernels", kernelsDir + k]);
const DPR = 180 / Math.PI;

// The file's azlcpo cases at the Goldstone station with compass azimuth, and UTC strings for their epochs.
const CASES = [
  ["azlcpo#25", "2015-03-04T09:09:35.8723203539848"],
  ["azlcpo#50", "2015-03-04T19:26:41.1058868765831"],
  ["azlcpo#76", "2015-02-28T18:59:04.2959448099136"],
  ["azlcpo#104", "2015-03-05T08:04:21.6003975868225"],
];

function close(got, want, label) {
  const tol = golden.tolerance.abs + golden.tolerance.rel * Math.abs(want);
  assert.ok(Math.abs(got - want) <= tol, `${label}: ${got} vs CSPICE ${want}`);
}

const azel = async (args) => JSON.parse((await run(process.execPath, [cli, "azel", ...args, "--json"])).stdout);

for (const backend of ["node", "wasm"]) {
  test(`azel gives CSPICE's azimuth, elevation and range (${backend})`, async () => {
    for (const [id, utc] of CASES) {
      const c = byId(id);
      const [, target, et, abcorr, azccw, elplsz, station, obsctr, obsref] = c.args;
      assert.deepEqual([azccw, elplsz, obsctr, obsref], [false, true, "EARTH", "IAU_EARTH"]);
      const out = await azel([target, "--station", "35.426,-116.889,1.002", "--at", utc, "--abcorr", abcorr,
        "--backend", backend, ...KERNELS]);
      assert.equal(out.et, et, id);
      assert.deepEqual(out.station_km, station, `${id}: georec gives the file's station`);
      assert.equal(out.frame, "IAU_EARTH");
      const [range, az, el, drange, daz, del] = c.expect.azlsta;
      close(out.range_km, range, `${id} range`);
      close(out.azimuth_deg, az * DPR, `${id} azimuth`);
      close(out.elevation_deg, el * DPR, `${id} elevation`);
      close(out.range_rate_km_s, drange, `${id} range rate`);
      close(out.azimuth_rate_deg_s, daz * DPR, `${id} azimuth rate`);
      close(out.elevation_rate_deg_s, del * DPR, `${id} elevation rate`);
      close(out.light_time_s, c.expect.lt, `${id} light time`);
    }
  });

  test(`azel takes southern and western stations as --station=-lat,... (${backend})`, async () => {
    // The file's Canberra station: latitude -35.401, longitude 148.981, altitude 0.692 km.
    const canberra = golden.cases.find((c) => c.call === "azlcpo" && c.args[6][0] === -4460.962772288931);
    const out = await azel(["SUN", "--station=-35.401,148.981,0.692", "--at", "2015-03-02T12:00:00", "--backend", backend,
      ...KERNELS]);
    assert.deepEqual(out.station_km, canberra.args[6]);
    assert.ok(out.elevation_deg >= -90 && out.elevation_deg <= 90);
    assert.ok(out.azimuth_deg >= 0 && out.azimuth_deg < 360);
  });
}

test("azel on the bundled kernels (the README example)", async () => {
  const out = await azel(["MOON", "--station", "35.426,-116.889,1.002", "--at", "2015-03-02T12:00:00", "--abcorr", "LT+S"]);
  assert.equal(out.target, "MOON");
  assert.ok(out.range_km > 356000 && out.range_km < 407000);
  assert.ok(out.light_time_s > 1.1 && out.light_time_s < 1.4);
});

test("azel refuses a malformed station, a missing epoch and an unknown body, naming the problem", async () => {
  const fails = async (args, pattern) =>
    assert.rejects(run(process.execPath, [cli, "azel", ...args]), (e) => e.code === 1 && pattern.test(e.stderr));
  await fails(["MOON", "--station", "35.4,-116.9", "--at", "2015-03-02T12:00:00"], /--station must be <lat,lon,alt>/);
  await fails(["MOON", "--station", "95,0,0", "--at", "2015-03-02T12:00:00"], /latitude must be within/);
  await fails(["MOON", "--station", "35.4,-116.9,1"], /give a target, --station <lat,lon,alt> and --at/);
  await fails(["MOON", "--station", "35.4,-116.9,1", "--at", "2015-03-02T12:00:00", "--observer-body", "VULCAN"],
    /SPICE\(IDCODENOTFOUND\)/);
  await fails(["MOON", "--station", "35.4,-116.9,1", "--at", "2015-03-02T12:00:00", "--abcorr", "BOGUS"],
    /SPICE\(INVALIDOPTION\)/);
});
