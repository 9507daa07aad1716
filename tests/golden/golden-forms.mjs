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
};

/** The calls whose arguments name files that need not be loaded (the golden files' `files` list). */
export const fileCalls = new Set(["getfat", "exists", "dafopr", "dafbfs", "daffna", "dasopr", "dlabfs", "eknseg"]);
