// Memory that is given back (issue 16, item 8): releaseVirtualOutput and readVirtualOutput(out,
// { release: true }) free a closed virtual output on both backends (reading it again throws
// SPICE(OUTPUTRELEASED), furnsh of its id finds nothing), a kernel loaded from it keeps working,
// kclear does not release outputs (they are not kernels); and on WASM, whose memory never shrinks,
// writing and releasing outputs again reuses the freed memory instead of growing the module.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SpiceError } from "@spicecraft/contract";
import { composeBackend } from "@spicecraft/staging";
import { createBackend } from "../../dist/index.js";
import { loadWasmModule } from "../../backend-wasm/dist/module.js";

const isSpiceError = (short, pattern) => (e) =>
  e instanceof SpiceError && e.short === short && (pattern === undefined || pattern.test(e.long));

const STATES = Array.from({ length: 60 }, (_, i) => 1000 + i);
const writeOutput = (spice, out, body = -7, states = STATES) => {
  const h = spice.spkopn(out, "release", 0);
  spice.spkw08(h, body, 10, "J2000", 0, 100 * (states.length / 6 - 1), "RELEASE", 3, states, 0, 100);
  spice.spkcls(h);
};

for (const kind of ["node", "wasm"]) {
  describe(`releasing virtual outputs: ${kind}`, () => {
    let spice;
    before(async () => {
      spice = await createBackend({ backend: kind });
    });
    after(() => spice?.dispose());

    test("release frees the bytes: reading and loading then fail clearly; writing again makes a new output", () => {
      const out = { kind: "virtual-output", path: "release/a.bsp" };
      writeOutput(spice, out);
      const bytes = spice.readVirtualOutput(out);
      spice.releaseVirtualOutput(out);
      assert.throws(() => spice.readVirtualOutput(out), isSpiceError("SPICE(OUTPUTRELEASED)", /was released/));
      assert.throws(() => spice.readVirtualOutput("/kernels/release/a.bsp"), isSpiceError("SPICE(OUTPUTRELEASED)"));
      assert.throws(() => spice.furnsh("/kernels/release/a.bsp"), isSpiceError("SPICE(NOSUCHFILE)"));
      spice.releaseVirtualOutput("/kernels/release/a.bsp"); // twice: nothing left, no error
      writeOutput(spice, out);
      assert.deepEqual(spice.readVirtualOutput(out), bytes);
    });

    test("readVirtualOutput(out, { release: true }) returns the bytes and releases", () => {
      const out = { kind: "virtual-output", path: "release/b.bsp" };
      writeOutput(spice, out);
      const bytes = spice.readVirtualOutput(out, { release: true });
      assert.equal(bytes.length, 4096);
      assert.throws(() => spice.readVirtualOutput(out), isSpiceError("SPICE(OUTPUTRELEASED)"));
      writeOutput(spice, out);
      assert.deepEqual(spice.readVirtualOutput(out, { release: false }), bytes);
      assert.deepEqual(spice.readVirtualOutput(out, {}), bytes);
      assert.throws(() => spice.readVirtualOutput(out, { release: "yes" }), TypeError);
      assert.throws(() => spice.readVirtualOutput(out, 1), TypeError);
    });

    test("a kernel loaded from a released output keeps working until it is unloaded", () => {
      const out = { kind: "virtual-output", path: "release/loaded.bsp" };
      writeOutput(spice, out, -8);
      spice.furnsh("/kernels/release/loaded.bsp");
      const before = spice.spkezr("-8", 150, "J2000", "NONE", "10").state;
      spice.releaseVirtualOutput(out);
      assert.deepEqual(spice.spkezr("-8", 150, "J2000", "NONE", "10").state, before);
      spice.unload("/kernels/release/loaded.bsp");
      assert.throws(() => spice.furnsh("/kernels/release/loaded.bsp"), isSpiceError("SPICE(NOSUCHFILE)"));
    });

    test("kclear does not release outputs; open and unknown outputs are refused", () => {
      const out = { kind: "virtual-output", path: "release/kept.bsp" };
      writeOutput(spice, out);
      spice.kclear();
      assert.equal(spice.readVirtualOutput(out).length, 4096);
      const h = spice.spkopn(out, "open", 0);
      assert.throws(() => spice.releaseVirtualOutput(out), isSpiceError("SPICE(OUTPUTSTILLOPEN)"));
      spice.spkw08(h, -7, 10, "J2000", 0, 900, "S", 3, STATES, 0, 100);
      spice.spkcls(h);
      spice.releaseVirtualOutput(out);
      assert.throws(() => spice.releaseVirtualOutput({ kind: "virtual-output", path: "release/never.bsp" }), isSpiceError("SPICE(NOSUCHFILE)"));
      assert.throws(() => spice.releaseVirtualOutput("../x.bsp"), isSpiceError("SPICE(BADVIRTUALID)"));
      assert.throws(() => spice.releaseVirtualOutput({ path: "x.bsp" }), TypeError);
    });
  });
}

// ~96 KB outputs (2,000 states of type 8), as in the measurement.
const BIG = Array.from({ length: 6 * 2000 }, (_, i) => (i % 6) * 1000 + i);
const ROUND = 300;

test("wasm: released outputs' memory is reused; writing the same outputs again does not grow the module", async () => {
  const module = await loadWasmModule();
  const spice = composeBackend(new module.Context(null), { kind: "wasm", version: module.version(), hostFiles: false });
  const memory = () => module.HEAP8.buffer.byteLength;
  // Every round writes new names: without release each round would keep ~29 MB more.
  const round = (r) => {
    for (let i = 0; i < ROUND; i++) writeOutput(spice, { kind: "virtual-output", path: `big/${r}/${i}.bsp` }, -7, BIG);
  };
  const releaseAll = (r) => {
    for (let i = 0; i < ROUND; i++) spice.releaseVirtualOutput({ kind: "virtual-output", path: `big/${r}/${i}.bsp` });
  };
  round(0);
  assert.ok(spice.readVirtualOutput({ kind: "virtual-output", path: "big/0/0.bsp" }).length > 90_000);
  releaseAll(0);
  const afterFirst = memory();
  for (let r = 1; r <= 3; r++) {
    round(r);
    releaseAll(r);
  }
  assert.equal(memory(), afterFirst, "writing new outputs after releasing grew the WASM memory");
  spice.dispose();
});
