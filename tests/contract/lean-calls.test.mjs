// The lean forms of the calls with numeric outputs (shim-c/codegen/lean.mjs): `<call>Into` writes
// the outputs into the context's scratch and the TS layer builds the value (rawLeanCalls). On both
// backends, for every layout the generator makes (fixed arrays, numbers, i32 and bool outputs,
// `found`), the value built from the scratch must equal, bit for bit, what the regular method
// returns, errors must be the same records, and the WASM scratch must survive heap growth.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { rawLeanCalls } from "@spicecraft/contract";
import { loadAddon } from "../../backend-node/dist/index.js";
import { loadWasmModule } from "../../backend-wasm/dist/index.js";
import { createBackend } from "../../dist/index.js";
import { kernelsDir } from "./fixtures.mjs";

const KERNELS = ["lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"];
const ET = 478_569_667.1853986;
const hex = (x) => Array.from(new Uint8Array(Float64Array.of(x).buffer), (b) => b.toString(16).padStart(2, "0")).join("");
const bits = (v) => JSON.stringify(v, (_, x) => (typeof x === "number" ? `f64:${hex(x)}` : x));

async function rawContext(backend) {
  const raw = backend === "node" ? new (loadAddon().Context)() : new (await loadWasmModule({})).Context(null);
  for (const k of KERNELS) assert.equal(raw.furnshFilled(`/kernels/${k}`, readFileSync(join(kernelsDir, k))), undefined);
  return raw;
}

const rotation = (raw) => raw.sxform("J2000", "IAU_EARTH", ET);
const CASES = [
  ["spkez", () => [301, ET, "J2000", "LT+S", 399]],            // f64[6] and f64
  ["spkez", () => [301, ET, "NOFRAME", "NONE", 399]],          // an error record
  ["pxform", () => ["J2000", "IAU_EARTH", ET]],                // f64[9]
  ["sxform", () => ["J2000", "IAU_EARTH", ET]],                // f64[36], the largest layout
  ["frinfo", () => [10013]],                                    // three i32 and found
  ["frinfo", () => [-123456789]],                               // not found: null
  ["surfpt", () => [Float64Array.of(1e4, 0, 0), Float64Array.of(-1, 0.1, 0), 6378, 6378, 6357]], // found
  ["surfpt", () => [Float64Array.of(1e4, 0, 0), Float64Array.of(1, 0, 0), 6378, 6378, 6357]],    // missed
  ["xf2eul", (raw) => [Float64Array.from(rotation(raw)), 3, 1, 3]], // f64[6] and bool
  ["wnsumd", () => [Float64Array.of(1, 3, 7, 11.5, -0, 0)]],    // f64 and i32, -0 kept
];

for (const backend of ["node", "wasm"]) {
  test(`${backend}: every lean layout gives the regular method's value, bit for bit`, async () => {
    const raw = await rawContext(backend);
    try {
      const scratch = raw.scratch();
      for (const [name, args] of CASES) {
        const [method, unpack] = rawLeanCalls[name];
        const a = args(raw);
        const regular = raw[name](...a);
        const got = raw[method](...a);
        const lean = got === undefined ? unpack(raw.scratch()) : got;
        assert.equal(bits(lean), bits(regular), `${name}(${a.join(", ")})`);
      }
      // Node: one array for the context's life; WASM: a view of the context's heap memory.
      if (backend === "node") assert.equal(raw.scratch(), scratch);
    } finally {
      raw.dispose();
    }
  });
}

test("wasm: after the heap grows (the scratch view detaches), lean calls still give the right values", async () => {
  const wasm = await createBackend({ backend: "wasm" });
  const reference = await createBackend({ backend: "node" });
  try {
    for (const s of [wasm, reference]) for (const k of KERNELS) s.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
    const before = wasm.spkezr("MOON", ET, "J2000", "CN+S", "EARTH");
    assert.equal(bits(before), bits(reference.spkezr("MOON", ET, "J2000", "CN+S", "EARTH")));
    // 300 MB of text kernel (no data) makes the heap grow, which detaches every view of it.
    wasm.furnsh({ path: "/kernels/blank.tk", bytes: new Uint8Array(300 * 1024 * 1024).fill(0x41) });
    wasm.unload("/kernels/blank.tk");
    for (const et of [ET, ET + 3600]) {
      assert.equal(bits(wasm.spkezr("MOON", et, "J2000", "CN+S", "EARTH")), bits(reference.spkezr("MOON", et, "J2000", "CN+S", "EARTH")));
      assert.equal(bits(wasm.pxform("J2000", "IAU_EARTH", et)), bits(reference.pxform("J2000", "IAU_EARTH", et)));
    }
  } finally {
    wasm.dispose();
    reference.dispose();
  }
});
