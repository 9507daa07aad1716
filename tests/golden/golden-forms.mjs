// The golden files' value forms for handle-based calls (tests/fixtures/golden/README.md, "Handle-based
// calls: value forms"): CSPICE's answers were recorded as a composition
// of calls (open, search, close), so a case of such a call runs the same composition through the
// backend's CSPICE-named calls. Environment-free (the browser page uses it too).

/** Opens `file` with `open`, runs `body(handle)`, and closes it whatever happens. */
function withOpen(spice, open, close, file, body) {
  const handle = spice[open](file);
  try {
    return body(handle);
  } finally {
    spice[close](handle);
  }
}

export const goldenForms = {
  // dafopr(file) / dasopr(file): open then close: true.
  dafopr: (spice, [file]) => withOpen(spice, "dafopr", "dafcls", file, () => true),
  dasopr: (spice, [file]) => withOpen(spice, "dasopr", "dascls", file, () => true),
  // dafbfs(file): the number of arrays a forward search finds.
  dafbfs: (spice, [file]) =>
    withOpen(spice, "dafopr", "dafcls", file, (h) => {
      spice.dafbfs(h);
      let n = 0;
      while (spice.daffna(h)) n++;
      return n;
    }),
  // daffna(files, order, begin = true): interleaved searches; the list of daffna answers.
  daffna: (spice, [files, order, begin = true]) => {
    const handles = [];
    try {
      for (const f of files) handles.push(spice.dafopr(f));
      if (begin) for (const h of handles) spice.dafbfs(h);
      return order.map((k) => spice.daffna(handles[k]));
    } finally {
      for (const h of handles) spice.dafcls(h);
    }
  },
  // dlabfs(file): every DLA descriptor, dlabfs then dlafns until not found.
  dlabfs: (spice, [file]) =>
    withOpen(spice, "dasopr", "dascls", file, (h) => {
      const out = [];
      for (let f = spice.dlabfs(h); f.found; f = spice.dlafns(h, f.descr)) out.push(f.descr);
      return out;
    }),
  // eknseg(file): ekopr, eknseg, ekcls.
  eknseg: (spice, [file]) => withOpen(spice, "ekopr", "ekcls", file, (h) => spice.eknseg(h)),
  // ekfind(query, kinds): the query's rows fetched item by item (ek.json's notes): kinds[j] is 'I',
  // 'D', 'T' or 'C' (ekgi, ekgd, ekgd, ekgc), '[]' marks an array fetched until found is false;
  // a null entry is null.
  ekfind: (spice, [query, kinds]) => {
    const found = spice.ekfind(query);
    if (!found.ok) return found;
    const fetch = { I: "ekgi", D: "ekgd", T: "ekgd", C: "ekgc" };
    const rows = [];
    for (let r = 0; r < found.nmrows; r++) {
      rows.push(
        kinds.map((kind, j) => {
          const get = (e) => spice[fetch[kind[0]]](j, r, e);
          if (!kind.endsWith("[]")) {
            const v = get(0);
            return v.found && !v.isNull ? v.value : null;
          }
          const values = [];
          for (let e = 0; ; e++) {
            const v = get(e);
            if (!v.found) break;
            if (v.isNull) return null;
            values.push(v.value);
          }
          return values;
        }),
      );
    }
    return { ok: true, nmrows: found.nmrows, rows };
  },
  // steps' ekfind-raw: the contract's ekfind itself.
  "ekfind-raw": (spice, [query]) => spice.ekfind(query),
};

/** The backend method a value form needs (its own name unless listed). */
export const formMethods = { "ekfind-raw": "ekfind" };

/** The calls whose arguments name files that need not be loaded (the golden files' `files` list). */
export const fileCalls = new Set(["getfat", "exists", "dafopr", "dafbfs", "daffna", "dasopr", "dlabfs", "eknseg"]);
