// Reading SPK segments straight from a little-endian DAF's bytes (summary records, then each
// array's words), so the writer tests can reuse real records without going through any backend.

/** Every segment of the DAF in `bytes`: descriptor fields and its words as a Float64Array. */
export function segments(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = [];
  for (let rec = view.getInt32(76, true); rec !== 0; ) {
    const base = (rec - 1) * 1024;
    const count = view.getFloat64(base + 16, true);
    for (let i = 0; i < count; i++) {
      const at = base + 24 + i * 40;
      const ints = [0, 1, 2, 3, 4, 5].map((k) => view.getInt32(at + 16 + 4 * k, true));
      const [target, center, frame, type, begin, end] = ints;
      const words = new Float64Array(end - begin + 1);
      for (let w = 0; w < words.length; w++) words[w] = view.getFloat64((begin - 1 + w) * 8, true);
      out.push({ first: view.getFloat64(at, true), last: view.getFloat64(at + 8, true), target, center, frame, type, words });
    }
    rec = view.getFloat64(base, true);
  }
  return out;
}
