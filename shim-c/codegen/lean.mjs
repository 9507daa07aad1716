// Lean forms of the calls whose outputs are all numbers (issue 11): besides `<jsName>`, each binding
// has `<jsName>Into`, which writes the outputs into the context's scratch Float64Array (the
// binding's `scratch()`) and returns undefined, null when a `found` output is 0, or the same error
// record. Building a JS object and array from native code costs more than a SPICE call (Node-API
// sets each property and element through the V8 runtime; Embind likewise), while the TS layer
// builds the same value from the scratch in JIT-compiled code (rawLeanCalls, emit-ts.mjs).

const NUMERIC = new Set(["f64", "i32", "bool", "found"]);
const CALLBACKS = new Set(["f64fn", "boolfn", "numsfn"]);

/**
 * The scratch layout of an entry's outputs ([{ out, offset, size }], `found` excluded), or null when
 * the entry has no lean form: batches, async and hand-written entries, calls with callbacks (JS
 * runs during them), calls with a non-numeric output, and calls whose value is one number (returned
 * as it is, nothing to build).
 */
export function leanLayout(entry) {
  if (entry.kind !== "call") return null;
  if (entry.params.some((p) => CALLBACKS.has(p.base))) return null;
  const outs = entry.outs;
  if (!outs.every((o) => (o.shape === "fixed" && (o.base === "f64" || o.base === "i32")) || (o.shape !== "fixed" && NUMERIC.has(o.base)))) {
    return null;
  }
  const layout = [];
  let offset = 0;
  for (const out of outs) {
    if (out.base === "found") continue;
    const size = out.shape === "fixed" ? Number(out.size) : 1;
    if (!Number.isInteger(size) || size < 1) return null;
    layout.push({ out, offset, size });
    offset += size;
  }
  const builds = layout.length > 1 || layout.some((l) => l.out.shape === "fixed");
  return builds ? layout : null;
}

/** The scratch's length: the largest layout of the list. */
export function scratchSize(model) {
  let size = 1;
  for (const entry of model.entries) {
    const layout = leanLayout(entry);
    if (layout) size = Math.max(size, ...layout.map((l) => l.offset + l.size));
  }
  return size;
}
