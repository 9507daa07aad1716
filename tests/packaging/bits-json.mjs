// JSON that keeps every double bit for bit (-0, NaN payloads, ulps): numbers travel as their
// IEEE-754 bit patterns, so dumps made in child processes can be compared with Object.is.

const view = new DataView(new ArrayBuffer(8));

function toHex(x) {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function fromHex(hex) {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

export const stringifyBits = (value) => JSON.stringify(value, (_key, v) => (typeof v === "number" ? { f64: toHex(v) } : v));

export const parseBits = (text) =>
  JSON.parse(text, (_key, v) =>
    v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.f64 === "string" && Object.keys(v).length === 1 ? fromHex(v.f64) : v,
  );
