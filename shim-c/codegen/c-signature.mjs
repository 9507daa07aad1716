// The C signature of each call-list entry: how each parameter and output kind is spelled in the
// `sc_api` table. The emitters of the shim, the Node addon and the Embind module all use this, so
// the three agree on argument order by construction.

/** The C parameters one input parameter expands to: [{ type, name }]. */
export function cInParams(p) {
  const n = p.name;
  if (p.shape === "scalar") {
    switch (p.base) {
      case "str":
        return [{ type: "const char*", name: n }];
      case "text":
        return [{ type: "const char*", name: n }, { type: "size_t", name: `${n}_length` }];
      case "i32":
      case "bool":
        return [{ type: "int32_t", name: n }];
      case "f64":
        return [{ type: "double", name: n }];
      case "bytes":
        return [{ type: "const uint8_t*", name: n }, { type: "size_t", name: `${n}_length` }];
      case "bytesfill":
        return [{ type: "size_t", name: `${n}_length` }, { type: "sc_fill_fn", name: n }, { type: "void*", name: `${n}_user` }];
      case "f64fn":
        return [{ type: "sc_f64_fn", name: n }, { type: "void*", name: `${n}_user` }];
      case "boolfn":
        return [{ type: "sc_bool_fn", name: n }, { type: "void*", name: `${n}_user` }];
      case "numsfn":
        return [{ type: "sc_nums_fn", name: n }, { type: "void*", name: `${n}_user` }];
    }
  }
  const elem = { f64: "const double*", i32: "const int32_t*", str: "const char* const*" }[p.base];
  if (p.shape === "array") return [{ type: elem, name: n }, { type: "size_t", name: `${n}_length` }];
  if (p.shape === "sized") return [{ type: elem, name: n }];
  if (p.shape === "counted") return [{ type: "int32_t", name: `${n}_count` }, { type: elem, name: n }];
  throw new Error(`no C form for ${p.name}`);
}

/** The C parameters one output expands to. */
export function cOutParams(o) {
  const n = o.name;
  const sink = (type) => [{ type, name: `${n}_sink` }, { type: "void*", name: `${n}_user` }];
  if (o.shape === "fixed") return [{ type: o.base === "f64" ? "double*" : "int32_t*", name: n }];
  switch (o.base) {
    case "f64":
      return [{ type: "double*", name: n }];
    case "i32":
    case "bool":
    case "found":
      return [{ type: "int32_t*", name: n }];
    case "char":
      return [{ type: "char*", name: n }];
    case "str":
    case "str[]":
      return sink("sc_string_sink");
    case "f64[]":
      return sink("sc_double_sink");
    case "i32[]":
      return sink("sc_int_sink");
    case "kernel":
      return sink("sc_kernel_sink");
    case "bytes":
      return sink("sc_bytes_sink");
  }
  throw new Error(`no C form for output ${o.name}`);
}

/** Batch entries: the per-epoch parameter becomes (const double* <p>s, size_t <p>_count) and every
 * output an array of count values (count * N for fixed arrays). */
export function batchInParams(entry, p) {
  if (p.name === entry.over) {
    return [{ type: "const double*", name: `${p.name}s` }, { type: "size_t", name: `${p.name}_count` }];
  }
  return cInParams(p);
}
export function batchOutParams(o) {
  return [{ type: o.base === "f64" ? "double*" : "int32_t*", name: `${o.name}s` }];
}

/** Every C parameter of an entry after the context and before `sc_error* err`. */
export function cParams(entry) {
  if (entry.kind === "batch") {
    return [...entry.call.params.flatMap((p) => batchInParams(entry, p)), ...entry.call.outs.flatMap(batchOutParams)];
  }
  if (entry.kind === "async") {
    const call = entry.call;
    return [...call.params.flatMap(cInParams), { type: "const sc_control*", name: "control" }, ...call.outs.flatMap(cOutParams)];
  }
  return [...entry.params.flatMap(cInParams), ...entry.outs.flatMap(cOutParams)];
}

/** The full C parameter list text of a call or batch entry. */
export function cParamList(entry, prefix = "") {
  const ps = [{ type: "sc_context*", name: "ctx" }, ...cParams(entry).map((p) => ({ ...p, name: prefix + p.name }))];
  ps.push({ type: "sc_error*", name: "err" });
  return ps.map((p) => `${p.type} ${p.name}`).join(", ");
}

/** One line of shim-c/abi.lock: the entry's name and the C types of its signature. */
export function lockLine(entry) {
  if (entry.kind === "c") {
    // `const char* version(void)` -> `version: const char*(void)`, parameter names dropped.
    const m = /^(.*?)\b([a-z_][a-z0-9_]*)\s*\((.*)\)$/.exec(entry.decl);
    const types = m[3] === "void" ? "void" : m[3].split(",").map((p) => p.trim().replace(/\s*\b[a-z_][a-z0-9_]*$/, "")).join(", ");
    return `${entry.name}: ${m[1].trim()}(${types})`;
  }
  const types = ["sc_context*", ...cParams(entry).map((p) => p.type), "sc_error*"];
  return `${entry.name}: sc_status(${types.join(", ")})`;
}
