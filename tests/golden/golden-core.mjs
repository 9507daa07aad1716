// The environment-free part of the golden runner (no node:fs), shared by Node and the browser page:
// comparing results with CSPICE's answers and running a file's cases on a loaded backend.
import { fileCalls, formMethods, goldenForms } from "./golden-forms.mjs";

export function deepMap(value, f) {
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
    // A SpiceWindow (issue 14) compares as the [start, stop] pairs golden files write windows as.
    if (got !== null && typeof got === "object" && !Array.isArray(got) && typeof got.toPairs === "function") got = got.toPairs();
    if (!Array.isArray(got)) return `${path}: got ${JSON.stringify(got)}, want an array`;
    if (call === "gnpool" && path === ".values") {
      const a = [...got].sort(), b = [...expect].sort();
      return JSON.stringify(a) === JSON.stringify(b) ? null : `${path}: name sets differ: got ${JSON.stringify(a)}, want ${JSON.stringify(b)}`;
    }
    if (call === "oscltx" && path === "") {
      // oscltx returns what CSPICE's oscltx_c returns, SPICE_OSCLTX_NELTS = 20 numbers; astro.json
      // records the first 11 (rp .. mu, nu, a, tau) and leaves out the 9 CSPICE reserves and sets
      // to 0. So: 20 numbers, the recorded ones compared as usual, the reserved ones exactly 0.
      if (got.length !== 20) return `: got ${got.length} elements, want oscltx's 20`;
      for (let i = expect.length; i < got.length; i++) {
        if (got[i] !== 0) return `[${i}]: got ${got[i]}, want 0 (reserved by CSPICE)`;
      }
      got = got.slice(0, expect.length);
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
    if (key === "handle" && (call === "kdata" || call === "kinfo" || call === "spksfs")) continue;  // informational only
    const m = compare(call, got[key], want, tol, `${path}.${key}`);
    if (m) return m;
  }
  return null;
}

/**
 * Checks one outcome (a result or a thrown error) against what a case or step expects: `expect`,
 * `error` (the SpiceError's short code) or `errmsg` (its long message, exactly: tparse and tpictr
 * report bad strings through a message). Returns a description of the mismatch or null.
 */
function judge(call, want, got, error, tol, mapName) {
  if ("error" in want) {
    if (!error) return `expected ${want.error}, got a result ${JSON.stringify(got)}`;
    return error.short === want.error ? null : `expected ${want.error}, got ${error.short ?? error.message}`;
  }
  if ("errmsg" in want) {
    if (!error) return `expected the message ${JSON.stringify(want.errmsg)}, got a result ${JSON.stringify(got)}`;
    return error.long === want.errmsg ? null : `expected the message ${JSON.stringify(want.errmsg)}, got ${JSON.stringify(error.long ?? error.message)}`;
  }
  if (error) return `threw ${error.short ?? ""} ${error.message}`;
  return compare(call, got === undefined ? null : got, deepMap(want.expect, mapName), tol);
}

function attempt(spice, call, args) {
  try {
    if (goldenForms[call] && typeof spice[formMethods[call] ?? call] === "function") return { got: goldenForms[call](spice, args) };
    if (typeof spice[call] !== "function") throw new Error(`not implemented: ${call}`);
    return { got: spice[call](...args) };
  } catch (error) {
    return { error };
  }
}

/**
 * Runs every case of a golden file on `spice`, whose kernels are loaded already. `mapName` maps
 * /kernels/ names in arguments and expectations (host-path mode). `kernelSource(id)`, when given,
 * turns a `/kernels/<path>` id that a `steps` case furnshes into the `{ path, bytes }` to load.
 * `fileName` maps the file arguments of the calls in `fileCalls` (files that need not be loaded).
 * Returns { passed, failed, failures: [{ id, why }], dump: { [id]: result | { error } } }.
 */
export function runCases(spice, golden, mapName = (v) => v, kernelSource = undefined, fileName = mapName) {
  const result = { passed: 0, failed: 0, failures: [], dump: {} };
  const tol = golden.tolerance ?? { abs: 0, rel: 0 };
  for (const c of golden.cases) {
    let why;
    if (c.call === "steps") {
      // A stateful sequence: every step's outcome is checked, in order.
      const outcomes = [];
      why = null;
      c.args[0].forEach(([call, stepArgs], k) => {
        let args = deepMap(stepArgs, mapName);
        if (call === "furnsh" && kernelSource && typeof args[0] === "string" && args[0].startsWith("/kernels/")) {
          args = [kernelSource(args[0])];
        }
        const { got, error } = attempt(spice, call, args);
        outcomes.push(error ? { error: error.short ?? `${error.name}: ${error.message}` } : dumped(got ?? null));
        const m = judge(call, c.expect[k], got, error, tol, mapName);
        if (m && !why) why = `step ${k} (${call}): ${m}`;
      });
      result.dump[c.id] = outcomes;
    } else {
      const { got, error } = attempt(spice, c.call, deepMap(c.args, fileCalls.has(c.call) ? fileName : mapName));
      result.dump[c.id] = error ? { error: error.short ?? `${error.name}: ${error.message}` } : dumped(got);
      why = judge(c.call, c, got, error, tol, mapName);
    }
    if (why) {
      result.failed++;
      result.failures.push({ id: c.id, why });
    } else {
      result.passed++;
    }
  }
  return result;
}

/**
 * A result as dumps hold it: a SpiceWindow (issue 14) as its [start, stop] pairs, so that dumps
 * compare bit for bit (its endpoints are private fields, which Object.keys does not see) and cross
 * a page or Worker boundary as plain arrays.
 */
function dumped(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && typeof value.toPairs === "function"
    ? value.toPairs()
    : value;
}

/** The first bit-level difference between two dumps' values (Object.is on numbers), or null. */
export function firstDifference(a, b, path = "") {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b) ? null : `${path}: ${a} vs ${b}`;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return `${path}: shapes differ`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (k === "handle") continue;  // kernel handles are informational
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
