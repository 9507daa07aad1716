// tparse, tpictr, timdef, convrt and CSPICE's constants on both backends: documented values, and
// the two backends agreeing bit for bit. CSPICE's tparse/tpictr/timdef answers (pool-extras.json)
// run with the rest of that file in tests/contract/backends.test.mjs (issue 18).
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";

const CONSTANTS = ["pi", "halfpi", "twopi", "dpr", "rpd", "spd", "clight", "j1900", "j1950", "j2000", "j2100", "jyear",
  "tyear", "b1900", "b1950"];

for (const backend of ["node", "wasm"]) {
  const makeBackend = () => createBackend({ backend });

  describe(`time strings and defaults: ${backend}`, () => {
    test("timdef changes what str2et reads and what timout writes, per backend", async () => {
      const spice = await makeBackend();
      const other = await makeBackend();
      try {
        spice.furnsh(join(kernelsDir, "lsk/naif0012.tls"));
        other.furnsh(join(kernelsDir, "lsk/naif0012.tls"));
        const utc = spice.str2et("2000-01-01T12:00:00");
        spice.timdef("SET", "SYSTEM", "TDB");
        assert.equal(spice.timdef("GET", "SYSTEM"), "TDB");
        assert.equal(spice.str2et("2000-01-01T12:00:00"), 0);
        assert.equal(spice.timout(0, "YYYY-MM-DDTHR:MN:SC"), "2000-01-01T12:00:00");
        assert.equal(other.str2et("2000-01-01T12:00:00"), utc, "another backend keeps CSPICE's defaults");
        spice.timdef("set", "zone", "pst");
        assert.equal(spice.timdef("GET", "ZONE"), "UTC-8");
        assert.equal(spice.timdef("GET", "SYSTEM"), "");
        assert.throws(() => spice.timdef("PUT", "ZONE", "PDT"), (e) => e.short === "SPICE(BADACTION)");
        assert.throws(() => spice.timdef("GET", "ERA"), (e) => e.short === "SPICE(BADTIMEITEM)");
        assert.throws(() => spice.tparse(42), TypeError);
      } finally {
        spice.dispose();
        other.dispose();
      }
    });

    test("constants have CSPICE's values", async () => {
      const spice = await makeBackend();
      try {
        // pi_c is acos(-1): the double nearest pi, which is Math.PI; the others are its exact products.
        assert.equal(spice.pi(), Math.PI);
        assert.equal(spice.halfpi(), 0.5 * Math.PI);
        assert.equal(spice.twopi(), 2 * Math.PI);
        assert.equal(spice.dpr(), 180 / Math.PI);
        assert.equal(spice.rpd(), Math.PI / 180);
        assert.deepEqual(
          ["spd", "clight", "j1900", "j1950", "j2000", "j2100", "jyear", "tyear", "b1900", "b1950"].map((c) => spice[c]()),
          [86400, 299792.458, 2415020, 2433282.5, 2451545, 2488070, 31557600, 31556925.9747, 2415020.31352, 2433282.42345905],
        );
      } finally {
        spice.dispose();
      }
    });

    test("convrt converts as CONVRT does and refuses what it refuses", async () => {
      const spice = await makeBackend();
      try {
        // CONVRT multiplies by the input unit's factor (degrees, metres or seconds), then divides.
        assert.equal(spice.convrt(1, "DEGREES", "ARCSECONDS"), 3600);
        assert.equal(spice.convrt(300, "statute_miles", "km"), (300 * 1609.344) / 1000);
        assert.equal(spice.convrt(1, "LIGHTYEARS", "KM"), 9460730472580.8);
        assert.equal(spice.convrt(2, "DAYS", "HOURS"), 48);
        assert.equal(spice.convrt(Math.PI, "RADIANS", "DEGREES"), (Math.PI * (180 / Math.PI)) / 1);
        assert.throws(() => spice.convrt(1, "FURLONGS", "KM"), (e) => e.short === "SPICE(UNITSNOTREC)");
        assert.throws(() => spice.convrt(1, "KM", "SECONDS"), (e) => e.short === "SPICE(INCOMPATIBLEUNITS)");
        assert.throws(() => spice.convrt(Number.NaN, "KM", "M"), RangeError);
      } finally {
        spice.dispose();
      }
    });
  });
}

test("node and wasm give the same bits for every constant and conversion", async () => {
  const node = await createBackend({ backend: "node" });
  const wasm = await createBackend({ backend: "wasm" });
  try {
    for (const c of CONSTANTS) assert.ok(Object.is(node[c](), wasm[c]()), c);
    const units = ["RADIANS", "DEGREES", "ARCMINUTES", "ARCSECONDS", "HOURANGLE", "MINUTEANGLE", "SECONDANGLE"];
    for (const a of units) for (const b of units) assert.ok(Object.is(node.convrt(1.2345, a, b), wasm.convrt(1.2345, a, b)), `${a}->${b}`);
    for (const s of ["2016-12-31T23:59:60.5", "1 B.C. JAN 1", "JD 2451545.5"]) assert.ok(Object.is(node.tparse(s), wasm.tparse(s)), s);
  } finally {
    node.dispose();
    wasm.dispose();
  }
});
