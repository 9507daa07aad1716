// The spicecraft command line on its bundled kernels, on both backends.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

// CSPICE's answers to the same queries (tests/golden/gen-cli-golden.mjs wrote them with tspice).
const golden = JSON.parse(readFileSync(new URL("../fixtures/golden/cli.json", import.meta.url), "utf8"));
const cspice = (id) => golden.cases.find((c) => c.id === id);
function close(got, want, label) {
  assert.equal(got.length, want.length, label);
  got.forEach((g, i) => {
    const tol = golden.tolerance.abs + golden.tolerance.rel * Math.abs(want[i]);
    assert.ok(Math.abs(g - want[i]) <= tol, `${label}[${i}]: ${g} vs CSPICE ${want[i]}`);
  });
}
const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

for (const backend of ["node", "wasm"]) {
  test(`pool shows Earth's radii from the bundled PCK (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "pool", "BODY399_RADII", "--backend", backend, "--json"]);
    assert.deepEqual(JSON.parse(stdout), { BODY399_RADII: [6378.1366, 6378.1366, 6356.7519] });
  });

  test(`body MOON resolves the name and lists its constants (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "body", "moon", "--backend", backend, "--json"]);
    const out = JSON.parse(stdout);
    assert.equal(out.code, 301);
    assert.equal(out.name, "MOON");
    assert.deepEqual(out.constants.BODY301_RADII, [1737.4, 1737.4, 1737.4]);
    assert.equal(typeof out.constants.BODY301_GM[0], "number");
  });

  test(`kernels lists the bundled kernels with their types (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "kernels", "--backend", backend, "--json"]);
    const types = JSON.parse(stdout).map((k) => k.type).sort();
    assert.deepEqual(types, ["SPK", "TEXT", "TEXT", "TEXT", "TEXT"]);
  });
}

test("a bad kernel path exits 1 with the SPICE short code", async () => {
  await assert.rejects(run(process.execPath, [cli, "kernels", "--kernels", "/no/such/file.bsp", "--backend", "wasm"]), (e) => {
    assert.equal(e.code, 1);
    assert.match(e.stderr, /SPICE\(NOSUCHFILE\).*\/no\/such\/file\.bsp/);
    return true;
  });
});

test("no command prints the usage and exits 2", async () => {
  await assert.rejects(run(process.execPath, [cli]), (e) => e.code === 2 && /Usage: spicecraft/.test(e.stdout));
});

for (const backend of ["node", "wasm"]) {
  test(`state prints the Moon seen from Earth with CSPICE's numbers (${backend})`, async () => {
    for (const [frame, abcorr] of [["J2000", "LT+S"], ["IAU_EARTH", "LT+S"], ["ECLIPJ2000", "CN+S"]]) {
      const { stdout } = await run(process.execPath, [cli, "state", "MOON", "--observer", "EARTH", "--at", "2015-03-02T12:00:00",
        "--frame", frame, "--abcorr", abcorr, "--backend", backend, "--json"]);
      const out = JSON.parse(stdout);
      const want = cspice(`cli-state-${frame}-${abcorr}`).expect;
      assert.equal(out.utc, "2015-03-02T12:00:00.000");
      assert.equal(out.et, cspice("cli-str2et").expect);
      close([...out.position_km, ...out.velocity_km_s], want.state, `${frame} ${abcorr} state`);
      close([out.light_time_s], [want.lt], `${frame} ${abcorr} lt`);
      close([out.distance_km], [Math.hypot(...want.state.slice(0, 3))], "distance");
    }
  });

  test(`frame prints CSPICE's pxform matrix (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "frame", "J2000", "IAU_EARTH", "--at", "2015-03-02T12:00:00",
      "--backend", backend, "--json"]);
    const out = JSON.parse(stdout);
    close(out.rotation.flat(), cspice("cli-frame").expect, "pxform");
  });

  test(`time converts a calendar string to ET, UTC, TDB and JD (${backend})`, async () => {
    const { stdout } = await run(process.execPath, [cli, "time", "2015", "MAR", "02", "12:00:00", "--backend", backend, "--json"]);
    const out = JSON.parse(stdout);
    assert.equal(out.et, 478569667.1853986);
    assert.equal(out.utc, "2015-03-02T12:00:00.000000");
    assert.equal(out.utc_doy, "2015-061T12:00:00.000000");
  });
}

test("state outside the bundled ephemeris says SPKINSUFFDATA", async () => {
  await assert.rejects(run(process.execPath, [cli, "state", "MOON", "--at", "2020-01-01", "--backend", "node"]), (e) => {
    assert.equal(e.code, 1);
    assert.match(e.stderr, /SPICE\(SPKINSUFFDATA\)/);
    return true;
  });
});

for (const backend of ["node", "wasm"]) {
  test(`frame, coverage and comments agree with the library on the bundled kernels (${backend})`, async () => {
    const { createBackend, bundledKernelsDir } = await import("../../dist/index.js");
    const { join } = await import("node:path");
    const spice = await createBackend({ backend });
    const dir = bundledKernelsDir();
    for (const k of ["naif0012.tls", "pck00010.tpc"]) spice.furnsh(join(dir, k));
    const et = spice.str2et("2015-03-02T12:00:00");
    const m = spice.pxform("J2000", "IAU_EARTH", et);

    const frame = JSON.parse((await run(process.execPath, [cli, "frame", "J2000", "IAU_EARTH", "--at", "2015-03-02T12:00:00",
      "--backend", backend, "--json"])).stdout);
    assert.equal(frame.et, et);
    assert.deepEqual(frame.rotation.flat(), m);

    const spk = join(dir, "de430-2015-03-02.bsp");
    const rows = JSON.parse((await run(process.execPath, [cli, "coverage", spk, "--backend", backend, "--json"])).stdout);
    assert.deepEqual(rows.map((r) => r.id), spice.spkobj(spk));
    const moon = rows.find((r) => r.id === 301);
    assert.equal(moon.name, "MOON");
    const [[a, b]] = spice.spkcov(spk, 301);
    assert.equal(moon.intervals, `${spice.et2utc(a, "ISOC", 3)} .. ${spice.et2utc(b, "ISOC", 3)}`);

    // inventory (issue 18): one row per DAF array, bodies as spkobj, each within spkcov's window.
    const segments = JSON.parse((await run(process.execPath, [cli, "inventory", spk, "--backend", backend, "--json"])).stdout);
    assert.deepEqual([...new Set(segments.map((r) => Number.parseInt(r.body, 10)))].sort((x, y) => x - y), spice.spkobj(spk));
    const moonRow = segments.find((r) => r.body === "301 (MOON)");
    assert.equal(moonRow.center, "3 (EARTH BARYCENTER)");
    assert.equal(moonRow.frame, "J2000");
    assert.equal(moonRow.from, spice.et2utc(a, "ISOC", 3));

    const comments = (await run(process.execPath, [cli, "comments", spk, "--backend", backend])).stdout;
    assert.equal(comments, spice.dafec(spk).map((line) => `${line}\n`).join(""));
    spice.dispose();

    await assert.rejects(run(process.execPath, [cli, "coverage", join(dir, "naif0012.tls"), "--backend", backend]),
      (e) => e.code === 1 && /give an SPK or a binary PCK/.test(e.stderr));
  });
}
