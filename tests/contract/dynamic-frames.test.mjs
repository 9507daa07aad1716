// Dynamic frames (FK class 5) against CSPICE itself (tspice's native addon: CSPICE N0067 built
// with the system libm, the oracle the golden files came from) for what the golden files
// (dynframes-heliospheric, dynframes-rssd) do not exercise: the frames of dynamic-frames-fk.mjs
// through pxform, sxform and spkezr on both backends, every number bit-identical to CSPICE (and so
// on node and wasm), and CSPICE's short code for every broken definition. Where tspice's native
// addon does not load, its WASM build is the oracle and the golden tolerance applies instead:
// that build's libm rounds some sines and cosines of the PCK frames differently.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { spiceClients } from "@rybosome/tspice";
import { createBackend } from "../../dist/index.js";
import { BAD, GOOD, dynamicFramesKernel } from "./dynamic-frames-fk.mjs";
import { kernelsDir } from "./fixtures.mjs";

const KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"];
const FK = new TextEncoder().encode(dynamicFramesKernel());
const EPOCHS = [478500000.25, 478650000, 478789000.5];
const TOL = 1e-12; // the golden files' abs and rel tolerance

let tspice;
let tspiceDispose;
let exact = true; // the oracle is tspice's native addon

function load(spice) {
  for (const k of KERNELS) spice.furnsh({ path: `/kernels/${k}`, bytes: new Uint8Array(readFileSync(join(kernelsDir, k))) });
  spice.furnsh({ path: "/kernels/dynamic-frames.tf", bytes: FK });
}

/** The call's numbers, or its short error code. */
function answer(spice, call, args) {
  try {
    if (call === "spkezr") {
      const r = spice.spkezr(...args);
      return [...r.state, r.lt];
    }
    return Array.from(spice[call](...args)).flat();
  } catch (e) {
    return { error: e.short ?? e.spiceShort ?? String(e.message).split("\n")[0] };
  }
}

function close(got, want) {
  if (!Array.isArray(want)) return !Array.isArray(got) && got.error === want.error;
  if (!Array.isArray(got) || got.length !== want.length) return false;
  return got.every((g, i) => Math.abs(g - want[i]) <= TOL + TOL * Math.abs(want[i]));
}

const requests = [];
for (const name of Object.keys(GOOD)) {
  for (const et of EPOCHS) {
    requests.push(["pxform", ["J2000", name, et]]);
    requests.push(["sxform", ["J2000", name, et]]);
  }
  requests.push(["pxform", [name, "IAU_EARTH", EPOCHS[1]]]);
  requests.push(["sxform", [name, "ECLIPJ2000", EPOCHS[2]]]);
  requests.push(["spkezr", ["MOON", EPOCHS[0], name, "LT+S", "EARTH"]]);
  requests.push(["spkezr", ["SUN", EPOCHS[2], name, "NONE", "MOON"]]);
}
for (const name of Object.keys(BAD)) {
  requests.push(["pxform", ["J2000", name, EPOCHS[0]]]);
  requests.push(["sxform", ["J2000", name, EPOCHS[0]]]);
}

before(async () => {
  let clients;
  try {
    clients = await spiceClients.toSync({ backend: "node" });
  } catch {
    clients = await spiceClients.toSync({ backend: "wasm" });
    exact = false;
  }
  tspice = clients.spice.raw;
  tspiceDispose = clients.dispose;
  load(tspice);
});

after(async () => {
  await tspiceDispose?.();
});

const results = {};
for (const backend of ["node", "wasm"]) {
  describe(`dynamic frames against CSPICE: ${backend}`, () => {
    test("every family, option and error CSPICE has for them", async () => {
      const spice = await createBackend({ backend });
      try {
        load(spice);
        const failures = [];
        let identical = 0;
        let numeric = 0;
        const mine = [];
        for (const [call, args] of requests) {
          const want = answer(tspice, call, args);
          const got = answer(spice, call, args);
          mine.push(got);
          if (Array.isArray(want)) {
            numeric++;
            if (Array.isArray(got) && got.every((g, i) => Object.is(g, want[i]))) identical++;
          }
          const same = Array.isArray(want) ? Array.isArray(got) && got.every((g, i) => Object.is(g, want[i])) : close(got, want);
          if (exact ? !same : !close(got, want)) failures.push(`${call}(${args.join(", ")}): got ${JSON.stringify(got)}, CSPICE ${JSON.stringify(want)}`);
        }
        results[backend] = mine;
        assert.deepEqual(failures, []);
        // Every broken definition is an error in CSPICE too (the kernel above is meant that way).
        for (const name of Object.keys(BAD)) assert.ok(!Array.isArray(answer(tspice, "pxform", ["J2000", name, EPOCHS[0]])), name);
        console.log(`# ${backend}: ${requests.length} requests, ${identical} of ${numeric} numeric answers bit-identical to CSPICE`);
      } finally {
        spice.dispose?.();
      }
    });
  });
}

test("node and wasm agree bit for bit on the dynamic frames", () => {
  assert.ok(results.node && results.wasm, "both backends ran");
  assert.deepEqual(results.wasm, results.node);
});

// A CK segment whose base frame is a TWO-VECTOR frame (GSE, heliospheric_v004u.tf): ckgp and
// ckgpav reach it through the frame tree with the ephemeris the frame needs, as CSPICE's do.
const CK_KERNELS = [...KERNELS, "fk/heliospheric_v004u.tf", "sclk/mroSCLK.tsc"];
const CK_INST = -74999; // MRO's clock (-74) converts its times
function loadCk(spice, ckBytes) {
  for (const k of CK_KERNELS) spice.furnsh({ path: `/kernels/${k}`, bytes: new Uint8Array(readFileSync(join(kernelsDir, k))) });
  if (ckBytes) spice.furnsh({ path: "/kernels/dyn-base.bc", bytes: ckBytes });
}

for (const backend of ["node", "wasm"]) {
  test(`ckgp and ckgpav through a CK segment relative to a dynamic frame: ${backend}`, async () => {
    const spice = await createBackend({ backend });
    try {
      loadCk(spice);
      const t0 = spice.sce2c(-74, EPOCHS[0]);
      const t1 = spice.sce2c(-74, EPOCHS[0] + 600);
      const c = Math.cos(0.1);
      const s = Math.sin(0.1);
      const out = { kind: "virtual-output", path: "/kernels/out/dyn-base.bc" };
      const h = spice.ckopn(out, "dynamic base", 0);
      spice.ckw01(h, t0, t1, CK_INST, "GSE", true, "GSE BASE", [t0, t1], [1, 0, 0, 0, c, s, 0, 0], [0, 0, 1e-4, 0, 0, 1e-4]);
      spice.ckcls(h);
      const bytes = spice.readVirtualOutput(out);
      spice.furnsh({ path: "/kernels/dyn-base.bc", bytes });
      tspice.kclear();
      loadCk(tspice, bytes);
      try {
        for (const [call, args] of [
          ["ckgp", [CK_INST, t0, 0, "J2000"]],
          ["ckgp", [CK_INST, t1, 0, "IAU_EARTH"]],
          ["ckgpav", [CK_INST, t1, 0, "ECLIPJ2000"]],
        ]) {
          const mine = spice[call](...args);
          const theirs = tspice[call](...args);
          assert.ok(mine.found && theirs.found, `${call} found`);
          assert.deepEqual(Array.from(mine.cmat).flat(), Array.from(theirs.cmat).flat(), `${call}(${args}) cmat`);
          if (call === "ckgpav") assert.deepEqual(Array.from(mine.av), Array.from(theirs.av), `${call}(${args}) av`);
          assert.equal(mine.clkout, theirs.clkout);
        }
      } finally {
        tspice.kclear();
        load(tspice);
      }
    } finally {
      spice.dispose?.();
    }
  });
}
