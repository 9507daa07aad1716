// Runs spicecraft-golden/1 files (CSPICE N0067 answers) against a backend. Used by run.mjs (the
// command line) and by the conformance tests. Format: tests/fixtures/golden/README.md.
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

/** Loads a golden file. */
export function readGolden(file) {
  const golden = JSON.parse(readFileSync(file, "utf8"));
  if (golden.format !== "spicecraft-golden/1") throw new Error(`${file}: not a spicecraft-golden/1 file`);
  return golden;
}

/**
 * Loads the golden file's kernels into `spice`, as bytes under /kernels/<entry> or by host path.
 * Returns the function that maps /kernels/ names in arguments and expectations for that mode.
 */
export function loadKernels(spice, golden, kernelsDir, mode) {
  const dir = resolve(kernelsDir);
  for (const entry of golden.kernels) {
    if (mode === "path") spice.furnsh(join(dir, entry));
    else spice.furnsh({ path: `/kernels/${entry}`, bytes: readFileSync(join(dir, entry)) });
  }
  const hostPrefix = dir.endsWith("/") ? dir : `${dir}/`;
  return mode === "path"
    ? (v) => (typeof v === "string" && v.startsWith("/kernels/") ? hostPrefix + v.slice("/kernels/".length) : v)
    : (v) => v;
}

function deepMap(value, f) {
  if (Array.isArray(value)) return value.map((v) => deepMap(v, f));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMap(v, f)]));
  }
  return f(value);
}

function numbersMatch(got, expect, tol) {
  if (typeof got !== "number") return false;
  if (Number.isNaN(expect)) return Number.isNaN(got);
  return Math.abs(got - expect) <= tol.abs + tol.rel * Math.abs(expect);
}

/** Compares a result with an expectation; returns a description of the first mismatch or null. */
export function compare(call, got, expect, tol, path = "") {
  if (typeof expect === "number") return numbersMatch(got, expect, tol) ? null : `${path || "value"}: got ${got}, want ${expect}`;
  if (typeof expect === "string" || typeof expect === "boolean" || expect === null) {
    return got === expect ? null : `${path || "value"}: got ${JSON.stringify(got)}, want ${JSON.stringify(expect)}`;
  }
  if (Array.isArray(expect)) {
    if (!Array.isArray(got)) return `${path}: got ${JSON.stringify(got)}, want an array`;
    if (call === "gnpool" && path === ".values") {
      const a = [...got].sort(), b = [...expect].sort();
      return JSON.stringify(a) === JSON.stringify(b) ? null : `${path}: name sets differ: got ${JSON.stringify(a)}, want ${JSON.stringify(b)}`;
    }
    if (got.length !== expect.length) return `${path}: got ${got.length} elements, want ${expect.length}`;
    for (let i = 0; i < expect.length; i++) {
      const m = compare(call, got[i], expect[i], tol, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (typeof got !== "object" || got === null) return `${path}: got ${JSON.stringify(got)}, want an object`;
  for (const [key, want] of Object.entries(expect)) {
    if (key === "handle" && (call === "kdata" || call === "kinfo")) continue;  // informational only
    const m = compare(call, got[key], want, tol, `${path}.${key}`);
    if (m) return m;
  }
  return null;
}

/**
 * Runs every case of one golden file on a fresh backend made by `makeBackend()`.
 * Returns { name, passed, failed, failures: [{ id, why }], dump: { [id]: result } }.
 */
export async function runGolden(makeBackend, file, { kernelsDir, mode = "bytes" }) {
  const golden = readGolden(file);
  const spice = await makeBackend();
  const result = { name: golden.name ?? basename(file), passed: 0, failed: 0, failures: [], dump: {} };
  try {
    const mapName = loadKernels(spice, golden, kernelsDir, mode);
    for (const c of golden.cases) {
      const args = deepMap(c.args, mapName);
      let got, error;
      try {
        if (typeof spice[c.call] !== "function") throw new Error(`not implemented: ${c.call}`);
        got = spice[c.call](...args);
      } catch (e) {
        error = e;
      }
      result.dump[c.id] = error ? { error: error.short ?? `${error.name}: ${error.message}` } : got;
      let why = null;
      if ("error" in c) {
        if (!error) why = `expected ${c.error}, got a result ${JSON.stringify(got)}`;
        else if (error.short !== c.error) why = `expected ${c.error}, got ${error.short ?? error.message}`;
      } else if (error) {
        why = `threw ${error.short ?? ""} ${error.message}`;
      } else {
        why = compare(c.call, got, deepMap(c.expect, mapName), golden.tolerance ?? { abs: 0, rel: 0 });
      }
      if (why) {
        result.failed++;
        result.failures.push({ id: c.id, why });
      } else {
        result.passed++;
      }
    }
  } finally {
    spice.dispose();
  }
  return result;
}
