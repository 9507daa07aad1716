// CSPICE's default GF progress reporter (gfrepi gfrepu gfrepf, issue 14): the text it writes to
// standard output is CSPICE's byte for byte (tspice, CSPICE N0067, run in a child process whose
// stdout is captured), its checks are GFREPI's and GFREPU's, and spice.gfrepi/gfrepu/gfrepf work
// as plain functions given to the mid-level searches, with the same text on both backends.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { loadKernels, readGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";

const WINDOW = [[0, 100], [200, 250]];
const PASSES = [["Distance pass 1 of 2 ", "done."], ["Angular separation pass 2 of 2", "done."], ["  blanks kept  ", "ok  "]];

/** What `body` writes to process.stdout. */
function captured(body) {
  const write = process.stdout.write;
  let text = "";
  process.stdout.write = (chunk) => { text += String(chunk); return true; };
  try {
    body();
  } finally {
    process.stdout.write = write;
  }
  return text;
}

function cspiceText(backend) {
  const script = `
    import { spiceClients } from "@rybosome/tspice";
    const clients = await spiceClients.toSync({ backend: ${JSON.stringify(backend)} });
    const raw = clients.spice.raw;
    const w = raw.newWindow(10);
    for (const [a, b] of ${JSON.stringify(WINDOW)}) raw.wninsd(a, b, w);
    for (const [pre, suf] of ${JSON.stringify(PASSES)}) { raw.gfrepi(w, pre, suf); raw.gfrepf(); }
    await clients.dispose?.();`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "latin1" });
}

for (const backend of ["node", "wasm"]) {
  describe(`GF console reporter: ${backend}`, () => {
    test("gfrepi and gfrepf write CSPICE's text byte for byte", async () => {
      const spice = await createBackend({ backend });
      try {
        const ours = captured(() => {
          for (const [pre, suf] of PASSES) {
            spice.gfrepi(WINDOW, pre, suf);
            spice.gfrepf();
          }
        });
        assert.equal(ours, cspiceText("wasm"));
        assert.ok(ours.startsWith("\nDistance pass 1 of 2   0.00% done.\b"));
      } finally {
        spice.dispose();
      }
    });

    test("GFREPI's and GFREPU's checks", async () => {
      const spice = await createBackend({ backend });
      try {
        const short = (fn) => {
          try { captured(fn); } catch (e) { return e.short ?? e.name; }
          return "no error";
        };
        assert.equal(short(() => spice.gfrepi(WINDOW, "", "done.")), "SPICE(EMPTYSTRING)");
        assert.equal(short(() => spice.gfrepi(WINDOW, "pass", "")), "SPICE(EMPTYSTRING)");
        assert.equal(short(() => spice.gfrepi(WINDOW, "x".repeat(56), "done.")), "SPICE(MESSAGETOOLONG)");
        assert.equal(short(() => spice.gfrepi(WINDOW, "x".repeat(55) + "   ", "done.")), "no error");
        assert.equal(short(() => spice.gfrepi(WINDOW, "pass", "x".repeat(14))), "SPICE(MESSAGETOOLONG)");
        assert.equal(short(() => spice.gfrepi(WINDOW, "pass\t1", "done.")), "SPICE(NONPRINTABLECHARS)");
        assert.equal(short(() => spice.gfrepi(WINDOW, "pass", "done\u00e9")), "SPICE(NONPRINTABLECHARS)");
        captured(() => spice.gfrepi(WINDOW, "pass", "done."));
        assert.equal(short(() => spice.gfrepu(10, 5, 7)), "SPICE(BADENDPOINTS)");
        assert.equal(short(() => spice.gfrepu(0, 100, 101)), "SPICE(VALUEOUTOFRANGE)");
        assert.equal(short(() => spice.gfrepu(0, 100, 50)), "no error");
        captured(() => spice.gfrepf());
      } finally {
        spice.dispose();
      }
    });

    test("spice.gfrepi/gfrepu/gfrepf as gfevnt's report functions: every pass from 0.00% to 100.00%", async () => {
      const golden = readGolden(goldenFile("gf"));
      const spice = await createBackend({ backend });
      try {
        loadKernels(spice, golden, kernelsDir, "bytes");
        const c = golden.cases.find((k) => !k.error && k.call === "gfdist" && k.args[3] === ">");
        const [target, abcorr, obs, relate, refval, adjust, step, nintvls, cnfine] = c.args;
        spice.gfsstp(step);
        let result;
        const text = captured(() => {
          result = spice.gfevnt(spice.gfstep, spice.gfrefn, "DISTANCE", 3, 80, ["TARGET", "OBSERVER", "ABCORR"],
            [target, obs, abcorr], [], [], [], relate, refval, 1e-6, adjust, cnfine, true, spice.gfrepi, spice.gfrepu,
            spice.gfrepf, nintvls, false, null);
        });
        assert.deepEqual(result.endpoints, spice.gfdist(...c.args).endpoints);
        const shown = text.split(/[\b]+|\n/).filter((s) => s !== "");
        assert.equal(shown[0], "Distance pass 1 of 2   0.00% done.");
        assert.ok(shown.includes("Distance pass 1 of 2 100.00% done."));
        assert.ok(shown.includes("Distance pass 2 of 2   0.00% done."));
        assert.equal(shown.at(-1), "Distance pass 2 of 2 100.00% done.");
        assert.ok(text.endsWith("done." + "\b".repeat("Distance pass 2 of 2 100.00% done.".length) + "\n\n"));
      } finally {
        spice.dispose();
      }
    });

    test("a COORDINATE search of an intercept's LONGITUDE reports every part with ZZGFCSLV's and ZZGFLONG's prefixes", async () => {
      const golden = readGolden(goldenFile("gf2"));
      const spice = await createBackend({ backend });
      try {
        loadKernels(spice, golden, kernelsDir, "bytes");
        const c = golden.cases.find((k) => !k.error && k.call === "gfsntc" && k.args[8] === "LONGITUDE" && k.args[9] === "<");
        const [target, fixref, method, abcorr, obs, dref, dvec, crdsys, coord, relate, refval, adjust, step, nintvls, cnfine] = c.args;
        spice.gfsstp(step);
        let result;
        const text = captured(() => {
          result = spice.gfevnt(spice.gfstep, spice.gfrefn, "COORDINATE", 10, 80,
            ["TARGET", "OBSERVER", "ABCORR", "COORDINATE SYSTEM", "COORDINATE", "REFERENCE FRAME", "VECTOR DEFINITION", "METHOD", "DVEC", "DREF"],
            [target, obs, abcorr, crdsys, coord, fixref, "SURFACE INTERCEPT POINT", method, " ", dref], dvec, [], [], relate, refval,
            1e-6, adjust, cnfine, true, spice.gfrepi, spice.gfrepu, spice.gfrepf, nintvls, false, null);
        });
        assert.deepEqual(result.endpoints, spice.gfsntc(...c.args).endpoints);
        const shown = text.split(/[\b]+|\n/).filter((s) => s !== "");
        assert.equal(shown[0], "Intercept existence pass 1 of 1   0.00% done.");
        assert.equal(shown[1], "Intercept existence pass 1 of 1 100.00% done.");
        assert.ok(shown.length > 4 && shown.slice(2).every((s) => s.startsWith("Coordinate pass ")), shown.join(" | "));
        assert.ok(text.endsWith("\n\n"));
      } finally {
        spice.dispose();
      }
    });
  });
}
