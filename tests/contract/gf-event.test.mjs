// The mid-level scalar GF search gfevnt (issue 14, GFEVNT) on both backends. With CSPICE's
// defaults (spice.gfstep after gfsstp(step), spice.gfrefn, tolerance 1e-6) it returns the
// corresponding high-level search's window bit for bit for every golden case of gf.json and
// gf2.json whose call has a gfevnt quantity (gfsep, gfdist, gfrr, gfpa, gfilum, and gfposc, gfsubc,
// gfsntc as COORDINATE with their VECTOR DEFINITION). The report runs per pass with GFEVNT's
// prefixes; an interrupt stops the search as ZZGFRELX does; the checks come in gfevnt_c's order.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { loadKernels, readGolden } from "../golden/golden.mjs";
import { goldenFile, kernelsDir, withGoldenKernels } from "./fixtures.mjs";

// A golden case's call as gfevnt's quantity: [gquant, names, values, qdpars, relate, refval, adjust,
// step, nintvls, cnfine].
function asEvent(call, args) {
  switch (call) {
    case "gfsep": {
      const [t1, s1, f1, t2, s2, f2, abcorr, obs, ...rest] = args;
      return ["ANGULAR SEPARATION", ["TARGET1", "FRAME1", "SHAPE1", "TARGET2", "FRAME2", "SHAPE2", "OBSERVER", "ABCORR"],
        [t1, f1, s1, t2, f2, s2, obs, abcorr], [], ...rest];
    }
    case "gfdist":
    case "gfrr": {
      const [target, abcorr, obs, ...rest] = args;
      return [call === "gfdist" ? "DISTANCE" : "RANGE RATE", ["TARGET", "OBSERVER", "ABCORR"], [target, obs, abcorr], [], ...rest];
    }
    case "gfpa": {
      const [target, illmn, abcorr, obs, ...rest] = args;
      return ["PHASE ANGLE", ["TARGET", "OBSERVER", "ILLUM", "ABCORR"], [target, obs, illmn, abcorr], [], ...rest];
    }
    case "gfilum": {
      const [method, angtyp, target, illmn, fixref, abcorr, obs, spoint, ...rest] = args;
      return ["ILLUMINATION ANGLE", ["TARGET", "ILLUM", "OBSERVER", "ABCORR", "REFERENCE FRAME", "ANGTYP", "METHOD", "SPOINT"],
        [target, illmn, obs, abcorr, fixref, angtyp, method, ""], spoint, ...rest];
    }
    case "gfposc": {
      const [target, frame, abcorr, obs, crdsys, coord, ...rest] = args;
      return coordinate("POSITION", target, frame, abcorr, obs, crdsys, coord, " ", " ", [0, 0, 0], rest);
    }
    case "gfsubc": {
      const [target, fixref, method, abcorr, obs, crdsys, coord, ...rest] = args;
      return coordinate("SUB-OBSERVER POINT", target, fixref, abcorr, obs, crdsys, coord, method, " ", [0, 0, 0], rest);
    }
    case "gfsntc": {
      const [target, fixref, method, abcorr, obs, dref, dvec, crdsys, coord, ...rest] = args;
      return coordinate("SURFACE INTERCEPT POINT", target, fixref, abcorr, obs, crdsys, coord, method, dref, dvec, rest);
    }
    default:
      return null;
  }
}

function coordinate(vecdef, target, ref, abcorr, obs, crdsys, coord, method, dref, dvec, rest) {
  return ["COORDINATE", ["TARGET", "OBSERVER", "ABCORR", "COORDINATE SYSTEM", "COORDINATE", "REFERENCE FRAME",
    "VECTOR DEFINITION", "METHOD", "DVEC", "DREF"], [target, obs, abcorr, crdsys, coord, ref, vecdef, method, "", dref],
  [...dvec], ...rest];
}

function gfevnt(spice, event, { udstep = spice.gfstep, udrefn = spice.gfrefn, tol = 1e-6, rpt = false, udrepi = null,
  udrepu = null, udrepf = null, bail = false, udbail = null } = {}) {
  const [gquant, names, values, qdpars, relate, refval, adjust, , nintvls, cnfine] = event;
  return spice.gfevnt(udstep, udrefn, gquant, names.length, 81, names, values, qdpars, [], [], relate, refval, tol,
    adjust, cnfine, rpt, udrepi, udrepu, udrepf, nintvls, bail, udbail);
}

const DISTANCE = ["TARGET", "OBSERVER", "ABCORR"];

for (const backend of ["node", "wasm"]) {
  describe(`gfevnt: ${backend}`, () => {
    for (const file of ["gf", "gf2"]) {
      test(`with CSPICE's defaults it is the high-level search bit for bit (every ${file}.json case of a gfevnt quantity)`, async () => {
        await withGoldenKernels(backend, file, async (spice, cases) => {
          const seen = new Set();
          let compared = 0;
          for (const c of cases.filter((k) => !k.error)) {
            const event = asEvent(c.call, c.args);
            if (!event) continue;
            const want = spice[c.call](...c.args).endpoints;
            spice.gfsstp(event[7]);
            assert.deepEqual(gfevnt(spice, event).endpoints, want, c.id);
            seen.add(c.call);
            compared++;
          }
          if (file === "gf") assert.deepEqual([...seen].sort(), ["gfdist", "gfsep"]);
          else assert.deepEqual([...seen].sort(), ["gfilum", "gfpa", "gfposc", "gfrr", "gfsntc", "gfsubc"]);
          assert.ok(compared >= (file === "gf" ? 180 : 60), `${compared} cases`);
        });
      });
    }

    test("JS functions doing GFSTEP's and GFREFN's work give the same windows", async () => {
      await withGoldenKernels(backend, "gf", async (spice, cases) => {
        for (const c of cases.filter((k) => !k.error && k.call === "gfdist").slice(0, 12)) {
          const event = asEvent(c.call, c.args);
          const step = event[7];
          const want = spice.gfdist(...c.args).endpoints;
          const got = gfevnt(spice, event, { udstep: () => step, udrefn: (t1, t2) => t1 * 0.5 + t2 * 0.5 });
          assert.deepEqual(got.endpoints, want, c.id);
        }
      });
    });

    test("the report runs once per pass with GFEVNT's prefixes; the step function is asked in pass 1 only", async () => {
      await withGoldenKernels(backend, "gf", async (spice, cases) => {
        const c = cases.find((k) => !k.error && k.call === "gfdist" && k.args[3] === "<" && k.expect.length >= 2);
        assert.ok(c, "a gfdist '<' case with two or more intervals");
        const event = asEvent(c.call, c.args);
        const step = event[7];
        const cnfine = event[9];
        const calls = [];
        let steps = 0;
        const got = gfevnt(spice, event, {
          udstep: () => { steps++; calls.push(["step"]); return step; },
          rpt: true,
          udrepi: (window, prefix, suffix) => calls.push(["init", window.toPairs(), prefix, suffix]),
          udrepu: (ivbeg, ivend, et) => calls.push(["update", ivbeg, ivend, et]),
          udrepf: () => calls.push(["final"]),
        });
        assert.deepEqual(got.endpoints, spice.gfdist(...c.args).endpoints);
        const inits = calls.filter((k) => k[0] === "init");
        assert.deepEqual(inits, [["init", cnfine, "Distance pass 1 of 2 ", "done."], ["init", cnfine, "Distance pass 2 of 2 ", "done."]]);
        assert.equal(calls.filter((k) => k[0] === "final").length, 2);
        const second = calls.findIndex((k) => k[0] === "init" && k[2].includes("pass 2"));
        assert.ok(steps > 5 && calls.slice(second).every((k) => k[0] !== "step"), "UDSTEP is not called in pass 2");
        assert.deepEqual(calls.at(-1), ["final"]);
        for (const [, ivbeg, ivend, et] of calls.filter((k) => k[0] === "update")) assert.ok(et >= ivbeg && et <= ivend);

        // One pass for LOCMIN; '=' reports the window grown by 0.5 s; separation's prefix has no blank.
        const locmin = cases.find((k) => !k.error && k.call === "gfsep" && k.args[8] === "LOCMIN");
        const prefixes = [];
        spice.gfsstp(locmin.args[11]);
        gfevnt(spice, asEvent("gfsep", locmin.args), { rpt: true, udrepi: (w, p) => prefixes.push(p), udrepu: () => {}, udrepf: () => {} });
        assert.deepEqual(prefixes, ["Angular separation pass 1 of 1"]);
        const equal = cases.find((k) => !k.error && k.call === "gfdist" && k.args[3] === "=");
        const windows = [];
        spice.gfsstp(equal.args[6]);
        gfevnt(spice, asEvent("gfdist", equal.args), { rpt: true, udrepi: (w) => windows.push(w.toPairs()), udrepu: () => {}, udrepf: () => {} });
        assert.deepEqual(windows[0], equal.args[8].map(([a, b]) => [a - 0.5, b + 0.5]));
      });
    });

    test("an interrupt stops the search: empty in pass 1, the '<' intervals found so far in pass 2", async () => {
      await withGoldenKernels(backend, "gf", async (spice, cases) => {
        const c = cases.find((k) => !k.error && k.call === "gfdist" && k.args[3] === "<" && k.expect.length >= 2);
        const event = asEvent(c.call, c.args);
        spice.gfsstp(event[7]);
        let asked = 0;
        const immediately = gfevnt(spice, event, { bail: true, udbail: () => { asked++; return true; } });
        assert.equal(immediately.count, 0);
        assert.equal(asked, 2, "ZZGFSOLVX asks, then ZZGFRELX asks again after the interval");
        // Interrupt in pass 2 (after the second UDREPI), once its first interval is done.
        let pass = 0;
        let updates = 0;
        const full = spice.gfdist(...c.args).toPairs();
        const partial = gfevnt(spice, event, {
          rpt: true, udrepi: () => { pass++; }, udrepu: () => { if (pass === 2) updates++; }, udrepf: () => {},
          bail: true, udbail: () => pass === 2 && updates > 2,
        });
        assert.ok(partial.count >= 1 && partial.count < full.length, `${partial.count} intervals`);
        for (const [a, b] of partial.toPairs()) assert.ok(full.some(([x, y]) => x <= a && b <= y), "found so far: parts of the answer");
        // The backend stays usable.
        assert.deepEqual(gfevnt(spice, event).toPairs(), full);
      });
    });

    test("errors in gfevnt_c's and GFEVNT's order", async () => {
      await withGoldenKernels(backend, "gf", async (spice, cases) => {
        const cnfine = cases.find((k) => !k.error && k.call === "gfdist").args[8];
        const call = (over = {}) => {
          const a = { gquant: "DISTANCE", qnpars: 3, names: DISTANCE, values: ["MOON", "EARTH", "NONE"], op: "<",
            adjust: 0, tol: 1e-6, nintvls: 100, ...over };
          return () => spice.gfevnt(spice.gfstep, spice.gfrefn, a.gquant, a.qnpars, 81, a.names, a.values, [], [], [],
            a.op, 400000, a.tol, a.adjust, cnfine, false, null, null, null, a.nintvls, false, null);
        };
        const code = (fn) => {
          try { fn(); } catch (e) { return e.short ?? String(e.message); }
          return "no error";
        };
        spice.gfsstp(3600);
        assert.equal(code(call({ qnpars: 11, gquant: "" })), "SPICE(INVALIDCOUNT)");
        assert.equal(code(call({ qnpars: -1 })), "SPICE(INVALIDCOUNT)");
        assert.equal(code(call({ gquant: "", nintvls: 0 })), "SPICE(EMPTYSTRING)");
        assert.equal(code(call({ op: "" })), "SPICE(EMPTYSTRING)");
        assert.equal(code(call({ nintvls: 0, gquant: "SPEED" })), "SPICE(VALUEOUTOFRANGE)");
        assert.equal(code(call({ gquant: "SPEED", qnpars: 0 })), "SPICE(NOTRECOGNIZED)");
        assert.equal(code(call({ qnpars: 2, op: "BIGGEST" })), "SPICE(MISSINGVALUE)");
        assert.throws(call({ qnpars: 2 }), /The parameter ABCORR is required in order to compute events pertaining to the quantity DISTANCE/);
        assert.equal(code(call({ op: "BIGGEST", values: ["NOBODY", "EARTH", "NONE"] })), "SPICE(NOTRECOGNIZED)");
        assert.equal(code(call({ values: ["NOBODY", "EARTH", "NONE"], adjust: -1 })), "SPICE(IDCODENOTFOUND)");
        assert.equal(code(call({ adjust: -1 })), "SPICE(VALUEOUTOFRANGE)");
        assert.equal(code(call({ adjust: 1 })), "SPICE(INVALIDVALUE)");
        assert.equal(code(call({ tol: 0 })), "SPICE(INVALIDTOLERANCE)");
        // Names and values are left-justified and upper-cased (but COORDINATE's four raw ones are not).
        assert.doesNotThrow(call({ gquant: "  distance", names: [" target", "observer ", "abcorr"], values: ["moon", " earth", "none"] }));
        assert.equal(code(() => spice.gfevnt(spice.gfstep, spice.gfrefn, "COORDINATE", 10, 81,
          ["TARGET", "OBSERVER", "ABCORR", "coordinate system", "COORDINATE", "REFERENCE FRAME", "VECTOR DEFINITION", "METHOD", "DVEC", "DREF"],
          ["MOON", "EARTH", "NONE", "LATITUDINAL", "LATITUDE", "J2000", "POSITION", " ", "", " "], [0, 0, 0], [], [], "<", 0, 1e-6, 0, cnfine,
          false, null, null, null, 100, false, null)), "SPICE(NOTSUPPORTED)", "the raw 'COORDINATE SYSTEM' is not found: blank");
        assert.throws(() => spice.gfevnt(spice.gfstep, spice.gfrefn, "DISTANCE", 3, 81, DISTANCE, "MOON", [], [], [], "<", 0, 1e-6,
          0, cnfine, false, null, null, null, 100, false, null), TypeError);
      });
    });
  });
}
