// Huge batches (issue 16, item 5): both bindings hand a batch to the core in chunks (kBatchChunk =
// 65,536 epochs, shim-c/binding_support.hpp) whose outputs go straight into typed arrays allocated
// on the JS side, so the WASM heap stays bounded by one chunk whatever the batch length. The results
// are bit-identical to single-chunk batches and across backends, a failing epoch is named by its
// index in the whole batch, and memory that cannot be had is SPICE(MALLOCFAILED) with the backend
// still usable.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadWasmModule } from "../../backend-wasm/dist/index.js";
import { kernelsDir, withBackend } from "./fixtures.mjs";

const CHUNK = 65_536;
const BACKENDS = ["node", "wasm"];
const DE430 = () => readFileSync(join(kernelsDir, "spk", "de430-2015-03-02.bsp"));

const sameBits = (a, b) =>
  a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;

/** n epochs spread over the DE430 excerpt's coverage. */
function epochs(spice, n) {
  const [[start, stop]] = spice.spkcov("/kernels/de430.bsp", 301);
  const ets = new Float64Array(n);
  for (let i = 0; i < n; i++) ets[i] = start + ((stop - start) * i) / Math.max(1, n - 1);
  return ets;
}

test("a batch across chunk boundaries is bit-identical to single-chunk batches and across backends", async () => {
  const n = 2 * CHUNK + 1_234;
  const got = {};
  for (const backend of BACKENDS) {
    got[backend] = await withBackend(backend, (spice) => {
      spice.furnsh({ path: "/kernels/de430.bsp", bytes: DE430() });
      const ets = epochs(spice, n);
      const whole = spice.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH");
      assert.equal(whole.states.length, 6 * n);
      // Pieces of 1,000 epochs (each one core call), at offsets that straddle the chunk boundaries.
      for (const from of [0, CHUNK - 500, 2 * CHUNK - 500, n - 1_000]) {
        const part = spice.spkezrBatch("MOON", ets.slice(from, from + 1_000), "J2000", "NONE", "EARTH");
        assert.ok(sameBits(part.states, whole.states.subarray(6 * from, 6 * (from + 1_000))), `${backend}: states from ${from}`);
        assert.ok(sameBits(part.lts, whole.lts.subarray(from, from + 1_000)), `${backend}: lts from ${from}`);
      }
      const single = spice.spkezr("MOON", ets[CHUNK], "J2000", "NONE", "EARTH");
      assert.deepEqual([...whole.states.subarray(6 * CHUNK, 6 * CHUNK + 6)], [...single.state]);
      const positions = spice.spkposBatch("MOON", ets, "J2000", "NONE", "EARTH");
      return { states: whole.states, lts: whole.lts, positions: positions.positions };
    });
  }
  assert.ok(sameBits(got.node.states, got.wasm.states), "states: node and wasm bit-identical");
  assert.ok(sameBits(got.node.lts, got.wasm.lts), "lts: node and wasm bit-identical");
  assert.ok(sameBits(got.node.positions, got.wasm.positions), "positions: node and wasm bit-identical");
});

test("a failing epoch in a later chunk is named by its index in the whole batch, the same on both backends", async () => {
  const got = {};
  for (const backend of BACKENDS) {
    got[backend] = await withBackend(backend, (spice) => {
      spice.furnsh({ path: "/kernels/de430.bsp", bytes: DE430() });
      const ets = epochs(spice, CHUNK + 100);
      ets[CHUNK + 42] = 1e12; // far outside the coverage
      try {
        spice.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH");
        return "no error";
      } catch (error) {
        return { name: error.name, short: error.short, long: error.long };
      }
    });
  }
  assert.equal(got.node.name, "SpiceError");
  assert.match(got.node.long, new RegExp(`\\(epoch index ${CHUNK + 42} of the batch\\)$`));
  assert.deepEqual(got.wasm, got.node);
});

test("an output the JS engine cannot allocate is SPICE(MALLOCFAILED), and the backend stays usable", async () => {
  // 716 million epochs: 6 x 716e6 state values exceed a typed array's 2^32 - 1 elements. The epochs
  // themselves are never touched (a zero-filled buffer the OS has not even committed).
  const ets = new Float64Array(716_000_000);
  const got = {};
  for (const backend of BACKENDS) {
    got[backend] = await withBackend(backend, (spice) => {
      spice.furnsh({ path: "/kernels/de430.bsp", bytes: DE430() });
      let failure;
      try {
        spice.spkezrBatch("MOON", ets, "J2000", "NONE", "EARTH");
      } catch (error) {
        failure = { name: error.name, short: error.short, long: error.long };
      }
      const after = spice.spkezrBatch("MOON", epochs(spice, 10), "J2000", "NONE", "EARTH");
      assert.equal(after.states.length, 60, `${backend}: a batch after the failure works`);
      return failure;
    });
  }
  assert.deepEqual(got.node, {
    name: "SpiceError",
    short: "SPICE(MALLOCFAILED)",
    long:
      "spkezrBatch: could not allocate the state output of 716000000 epochs (6 values each). " +
      "Pass fewer values per call (split the batch or array) or free memory.",
  });
  assert.deepEqual(got.wasm, got.node);
});

test("wasm: 12 million epochs run in a heap bounded by the chunk, bit-identical to chunk-sized batches", async () => {
  // A module of its own, so that the heap measured is this test's alone. prop2b at dt = 0 is the
  // cheapest batch (about 2 million epochs a second); every 4,099th epoch propagates for real.
  const module = await loadWasmModule({});
  const raw = new module.Context(null);
  try {
    const heap = () => module.HEAP8.length;
    const pv = new Float64Array([7000, 0, 0, 0, 7.5, 1]);
    const n = 12_000_000;
    const dts = new Float64Array(n);
    for (let i = 0; i < n; i += 4_099) dts[i] = i * 1e-3;
    const before = heap();
    const whole = raw.prop2bBatch(398600.4418, pv, dts);
    assert.equal(whole.short, undefined, whole.long);
    assert.equal(whole.length, 6 * n);
    // The heap grew by at most a few chunks' worth, not by the 576 MB of states (before chunking:
    // 96 MB of epochs and 576 MB of states in the heap, and 45 million epochs aborted the module).
    assert.ok(heap() - before <= 16 * 1024 * 1024, `heap grew by ${heap() - before} bytes`);
    for (const from of [0, 5 * CHUNK - 7, n - CHUNK]) {
      const part = raw.prop2bBatch(398600.4418, pv, dts.slice(from, from + CHUNK));
      assert.ok(sameBits(part, whole.subarray(6 * from, 6 * (from + CHUNK))), `states from ${from}`);
    }
  } finally {
    raw.dispose();
    raw.delete();
  }
});

test("wasm: kernel bytes the heap cannot hold are SPICE(MALLOCFAILED), and the module stays usable", async () => {
  const module = await loadWasmModule({});
  const raw = new module.Context(null);
  try {
    // 2 GiB: more than the module's maximum memory; the copy's malloc fails before the heap grows.
    const huge = new Uint8Array(2 ** 31);
    const failure = raw.furnshBytes("/kernels/huge.bsp", huge);
    assert.equal(failure.short, "SPICE(MALLOCFAILED)");
    assert.match(failure.long, /^furnshBytes: could not allocate a copy of argument 2 \(bytes, 2147483648 values\) in the WASM heap\./);
    assert.ok(module.HEAP8.length < 64 * 1024 * 1024, `heap is ${module.HEAP8.length} bytes`);
    // 1.1 GB: the argument's copy fits, the core's own copy of it would not (it used to abort).
    const large = raw.furnshBytes("/kernels/large.bsp", new Uint8Array(1_100_000_000));
    assert.equal(large.short, "SPICE(MALLOCFAILED)");
    assert.match(large.long, /^furnshBytes: could not allocate room for the core's copy of argument 2 \(bytes, 1100000000 bytes\)/);
    assert.equal(raw.furnshBytes("/kernels/de430.bsp", DE430()), undefined);
    const r = raw.spkposBatch("MOON", new Float64Array([478_569_600, 478_573_200]), "J2000", "NONE", "EARTH");
    assert.equal(r.pos.length, 6);
  } finally {
    raw.dispose();
    raw.delete();
  }
});

test("wasm: kernel bytes load with one copy in the heap (furnshFilled), and too many are SPICE(MALLOCFAILED)", async () => {
  const module = await loadWasmModule({});
  const raw = new module.Context(null);
  try {
    // 2 GiB: more than the module's maximum memory; the core's malloc fails before the heap grows.
    const failure = raw.furnshFilled("/kernels/huge.bsp", new Uint8Array(2 ** 31));
    assert.equal(failure.short, "SPICE(MALLOCFAILED)");
    assert.match(failure.long, /^Could not allocate room for the core's copy of the 2147483648 bytes of argument 'bytes'\./);
    assert.ok(module.HEAP8.length < 64 * 1024 * 1024, `heap is ${module.HEAP8.length} bytes`);
    // 200 MB (a text kernel without data: one line of "A"): the heap grows by one copy, where
    // furnshBytes needed room for two (its argument's copy, then the core's).
    const MB = 1024 * 1024;
    const before = module.HEAP8.length;
    assert.equal(raw.furnshFilled("/kernels/blank.tk", new Uint8Array(200 * MB).fill(0x41)), undefined);
    assert.equal(raw.unload("/kernels/blank.tk"), undefined);
    const grown = module.HEAP8.length - before;
    assert.ok(grown > 150 * MB && grown < 240 * MB, `heap grew by ${grown / MB} MB`);
    assert.equal(raw.furnshFilled("/kernels/de430.bsp", DE430()), undefined);
    const r = raw.spkposBatch("MOON", new Float64Array([478_569_600, 478_573_200]), "J2000", "NONE", "EARTH");
    assert.equal(r.pos.length, 6);
  } finally {
    raw.dispose();
    raw.delete();
  }
});

test("wasm: a host file too large for the heap is SPICE(MALLOCFAILED), and the module stays usable", async () => {
  const { createNodeHostReader } = await import("../../backend-wasm/dist/node-host-reader.js");
  const { mkdtempSync, rmSync, truncateSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "sc-huge-"));
  const module = await loadWasmModule({});
  const raw = new module.Context(await createNodeHostReader());
  try {
    // A sparse file of 1.1 GB: its copy fits in the heap, but not the core's second copy as well.
    const file = join(dir, "huge.bsp");
    writeFileSync(file, "");
    truncateSync(file, 1_100_000_000);
    const failure = raw.furnsh(file);
    assert.equal(failure.short, "SPICE(MALLOCFAILED)");
    assert.match(failure.long, /huge\.bsp' \(1100000000 bytes\) does not fit in the WASM heap/);
    assert.equal(raw.furnsh(join(kernelsDir, "spk", "de430-2015-03-02.bsp")), undefined);
    const r = raw.spkposBatch("MOON", new Float64Array([478_569_600, 478_573_200]), "J2000", "NONE", "EARTH");
    assert.equal(r.pos.length, 6);
  } finally {
    raw.dispose();
    raw.delete();
    rmSync(dir, { recursive: true, force: true });
  }
});
