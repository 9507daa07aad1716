// Which SPK writers refuse a body that is its own center (or the barycenter as body), on both
// backends (issue 16, item 7, last point): SPKW08 builds its descriptor without SPKPDS and accepts
// both, exactly as CSPICE N0067 (tspice, which exposes spkw08) does; SPKW17 goes through SPKPDS and
// refuses them with SPKPDS's documented SPICE(BODYANDCENTERSAME) and SPICE(BARYCENTEREPHEM)
// (tspice has no spkw17 to compare with).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { cspiceOracle } from "../contract/cspice-oracle.mjs";

const tspice = cspiceOracle();

const states = Array.from({ length: 24 }, (_, i) => 1000 + i);
const eqel = [7000, 0.01, 0.02, 0.3, 0.001, 0.002, 0, 0.001, 0];
const spkw08 = (s, h, body, center) => s.spkw08(h, body, center, "J2000", 0, 60, "SEG", 3, states, 0, 20);
const spkw17 = (s, h, body, center) => s.spkw17(h, body, center, "J2000", 0, 60, "SEG", 0, eqel, 0.1, 1.2);

/** "ok" or the short code of what `write` throws on a fresh virtual output of `spice`. */
function outcome(spice, path, write) {
  try {
    write(spice.spkopn({ kind: "virtual-output", path }, "descriptor checks", 0));
    return "ok";
  } catch (e) {
    return e.short ?? String(e.message).match(/SPICE\([A-Z0-9]+\)/)?.[0] ?? String(e);
  }
}

for (const backend of ["node", "wasm"]) {
  test(`${backend}: body == center and body 0 as CSPICE's writers treat them`, async () => {
    const spice = await createBackend({ backend });
    try {
      let k = 0;
      for (const [body, center] of [[399, 399], [0, 399], [-5, 399]]) {
        k += 1;
        const ours = outcome(spice, `/kernels/d${k}.bsp`, (h) => spkw08(spice, h, body, center));
        const theirs = outcome(tspice, `d${backend}${k}.bsp`, (h) => spkw08(tspice, h, body, center));
        assert.equal(ours, theirs, `spkw08(body ${body}, center ${center})`);
        assert.equal(ours, "ok");
      }
      assert.equal(outcome(spice, "/kernels/e1.bsp", (h) => spkw17(spice, h, 399, 399)), "SPICE(BODYANDCENTERSAME)");
      assert.equal(outcome(spice, "/kernels/e2.bsp", (h) => spkw17(spice, h, 0, 399)), "SPICE(BARYCENTEREPHEM)");
      assert.equal(outcome(spice, "/kernels/e3.bsp", (h) => spkw17(spice, h, -5, 399)), "ok");
    } finally {
      spice.dispose?.();
    }
  });
}
