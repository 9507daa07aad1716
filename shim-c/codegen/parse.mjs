// Reads shim-c/calls.idl into a model every emitter (and the tests) share. See calls.idl for the
// syntax. Throws an Error naming the line for anything it does not understand.
import { readFileSync } from "node:fs";

// f64fn, boolfn: a host function of one number (a JS callback), called while the call runs;
// numsfn: a host function of several numbers giving a number, or null (the core's default).
const IN_SCALARS = new Set(["str", "text", "i32", "f64", "bool", "bytes", "bytesfill", "f64fn", "boolfn", "numsfn"]);
const OUT_SCALARS = new Set(["f64", "i32", "bool", "char", "str", "str[]", "f64[]", "i32[]", "kernel", "bytes"]);
const NAME = /^[a-z][a-z0-9_]*$/;

/** `furnsh_bytes` -> `furnshBytes`. */
export function camel(name) {
  return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function fail(where, message) {
  throw new Error(`calls.idl:${where.line}: ${message}\n  ${where.text}`);
}

// Splits at top-level commas (not inside [], (), or ?: expressions' brackets).
function splitTop(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "(" || c === "{") depth++;
    else if (c === "]" || c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== "") parts.push(last);
  return parts;
}

function parseInKind(kind, where) {
  if (IN_SCALARS.has(kind)) return { base: kind, shape: "scalar" };
  const m = /^(#?)(f64|i32|str)\[(.*)\]$/.exec(kind);
  if (!m) fail(where, `unknown input kind '${kind}'`);
  const [, counted, base, size] = m;
  if (counted) {
    if (size !== "") fail(where, `'${kind}': a counted array (#) takes no size`);
    return { base, shape: "counted" };
  }
  if (base === "str") fail(where, `'${kind}': string arrays are written #str[]`);
  if (size === "") return { base, shape: "array" };
  return { base, shape: "sized", size: size.trim() };
}

function parseOutKind(kind, where) {
  if (OUT_SCALARS.has(kind)) return { base: kind, shape: kind.endsWith("[]") ? "sink" : "scalar" };
  const m = /^(f64|i32)\[(\d+)\]$/.exec(kind);
  if (!m) fail(where, `unknown output kind '${kind}'`);
  return { base: m[1], shape: "fixed", size: Number(m[2]) };
}

function parseCall(text, where) {
  // name(params) [-> outs] = expression
  const m = /^([a-z][a-z0-9_]*)\((.*?)\)\s*(?:->\s*(.*?))?\s+=\s+(.+)$/.exec(text);
  if (!m) fail(where, "expected `name(params) -> outs = expression`");
  const [, name, paramText, outText = "", expr] = m;
  const params = splitTop(paramText).map((p) => {
    const pm = /^([a-z][a-z0-9_]*)\s*:\s*(.+)$/.exec(p);
    if (!pm) fail(where, `bad parameter '${p}'`);
    return { name: pm[1], ...parseInKind(pm[2].trim(), where) };
  });
  const outs = splitTop(outText).map((o) => {
    if (o === "found") return { name: "found", base: "found", shape: "scalar" };
    const om = /^([a-z][a-z0-9_]*)\s*:\s*(\S+)(?:\s*<-\s*([A-Za-z_][A-Za-z0-9_.]*))?$/.exec(o);
    if (!om) fail(where, `bad output '${o}'`);
    return { name: om[1], member: om[3] ?? om[1], ...parseOutKind(om[2], where) };
  });
  const names = [...params, ...outs].map((x) => x.name);
  for (const n of names) {
    if (names.indexOf(n) !== names.lastIndexOf(n)) fail(where, `'${n}' is used twice`);
    if (["ctx", "core", "err"].includes(n) || n.startsWith("sc_")) fail(where, `'${n}' is a reserved name`);
  }
  const ints = new Set();
  for (const p of params) {
    if (p.shape === "sized" && !/^\d+$/.test(p.size)) {
      for (const id of p.size.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
        if (!ints.has(id)) fail(where, `size of '${p.name}' uses '${id}', which is not an earlier i32 parameter`);
      }
    }
    if (p.base === "i32" && p.shape === "scalar") ints.add(p.name);
  }
  return { kind: "call", name, jsName: camel(name), params, outs, expr: expr.trim(), where };
}

/**
 * Parses the call list. Returns { includes, entries } where entries are, in table order:
 *  { kind: "c", name, decl }                      a hand-written C entry
 *  { kind: "call", name, jsName, params, outs, expr, batch? }
 *  { kind: "batch", name, jsName, of, over, call, prepare? } a batch over one f64 parameter of `of`;
 *    prepare = { expr, each }: `expr` (the call's other parameters, `core`) is evaluated once into
 *    `sc_request`, and `each` (which may use `sc_request` and the batched parameter) per value
 *  { kind: "async", name, jsName, of, call }      `of` with a progress/cancellation control
 */
export function parseCallList(source) {
  const includes = [];
  const entries = [];
  const byName = new Map();
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const where = { line: i + 1, text: raw };
    const text = raw.trimEnd(); // comments are whole lines: `#` also starts counted kinds (#f64[])
    if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
    const add = (entry) => {
      if (byName.has(entry.name)) fail(where, `'${entry.name}' is declared twice`);
      byName.set(entry.name, entry);
      entries.push(entry);
    };
    if (/^\s/.test(text)) {
      // An option of the previous entry: `batch <param>` after a call; `prepare <expr> then <expr>`
      // after a batch (the work that does not depend on the batched value, done once).
      const prev = entries[entries.length - 1];
      const pm = /^\s+prepare\s+(.+?)\s+then\s+(.+)$/.exec(text);
      if (pm) {
        if (prev?.kind !== "batch" || prev.prepare) fail(where, "`  prepare ... then ...` belongs after a batch");
        prev.prepare = { expr: pm[1], each: pm[2] };
        continue;
      }
      const om = /^\s+batch\s+([a-z][a-z0-9_]*)$/.exec(text);
      if (!om || prev?.kind !== "call") fail(where, "expected `  batch <param>` after a call");
      add(makeBatch(`${prev.name}_batch`, prev, om[1], where));
      continue;
    }
    let m;
    if ((m = /^include\s+"([^"]+)"$/.exec(text))) {
      includes.push(m[1]);
    } else if ((m = /^c\s+(.+?\b([a-z_][a-z0-9_]*)\s*\((.*)\))$/.exec(text))) {
      add({ kind: "c", name: m[2], decl: m[1].replace(/\s+/g, " ") });
    } else if ((m = /^([a-z][a-z0-9_]*)\s*=\s*async\s+([a-z][a-z0-9_]*)$/.exec(text))) {
      const of = byName.get(m[2]);
      if (of?.kind !== "call") fail(where, `'${m[2]}' is not a call declared above`);
      add(makeAsync(m[1], of, where));
    } else if ((m = /^([a-z][a-z0-9_]*)\s*=\s*batch\s+([a-z][a-z0-9_]*)\s+over\s+([a-z][a-z0-9_]*)$/.exec(text))) {
      const of = byName.get(m[2]);
      if (of?.kind !== "call") fail(where, `'${m[2]}' is not a call declared above`);
      add(makeBatch(m[1], of, m[3], where));
    } else {
      add(parseCall(text, where));
    }
  }
  for (const e of entries) if (!NAME.test(e.name)) throw new Error(`bad entry name ${e.name}`);
  return { includes, entries };
}

function makeBatch(name, call, over, where) {
  const p = call.params.find((x) => x.name === over);
  if (!p || p.base !== "f64" || p.shape !== "scalar") fail(where, `'${over}' is not an f64 parameter of ${call.name}`);
  for (const o of call.outs) {
    if (!(o.base === "f64" || o.base === "i32") || !(o.shape === "scalar" || o.shape === "fixed")) {
      fail(where, `${call.name}'s output '${o.name}' (${o.base}) cannot be batched: only f64/i32 values and fixed arrays`);
    }
  }
  return { kind: "batch", name, jsName: camel(name), of: call.name, over, call, where };
}

// An async form (issue 14): the same call with a progress/cancellation control (sc_control) as its
// last parameter, which the shim passes to the core as the last argument of the call's expression
// (so the expression must end with the core call's closing parenthesis).
function makeAsync(name, call, where) {
  if (!call.expr.endsWith(")")) fail(where, `${call.name}'s expression must end with a call for its async form`);
  if (name !== `${call.name}_async`) fail(where, `the async form of ${call.name} is named ${call.name}_async`);
  // Host callbacks run on the host's thread; an async form runs elsewhere.
  if (call.params.some((p) => p.base.endsWith("fn"))) fail(where, `${call.name} takes a callback: it has no async form`);
  return { kind: "async", name, jsName: camel(name), of: call.name, call, where };
}

/** Reads and parses a call list file. */
export function readCallList(path) {
  return parseCallList(readFileSync(path, "utf8"));
}

/** The names a binding exposes as methods of its JS Context (every call and batch, in table order). */
export function methodNames(model) {
  return model.entries.filter((e) => e.kind !== "c").map((e) => e.jsName);
}
