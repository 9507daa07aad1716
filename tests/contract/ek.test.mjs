// EK (issue 18, item 1) on both backends: ek.json (CSPICE N0067's answers: ekntab, ektnam, eknseg, 190
// queries, fetch sequences) loaded as bytes and by path, the dumps bit-identical between backends;
// the handle rules of ekopr/eknseg/ekcls; and 300 random queries (constraints of every operator,
// AND/OR/NOT, ORDER BY, joins) whose fetched rows must equal CSPICE's own, row for row, through
// tspice: the row order of unordered queries, ties and disjunctions is CSPICE's internal order.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { firstDifference, readGolden, runGolden } from "../golden/golden.mjs";
import { goldenForms } from "../golden/golden-forms.mjs";
import { cspiceOracle } from "./cspice-oracle.mjs";
import { prng } from "./corrupt-kernels-sweep.mjs";
import { goldenFile, kernelsDir } from "./fixtures.mjs";

const EKS = ["ek/spicecraft_events.bes", "ek/spicecraft_instruments.bes"];
const host = (relative) => join(kernelsDir, relative);
const ek = readGolden(goldenFile("ek"));

describe("ek.json (CSPICE N0067's answers)", () => {
  const dumps = {};
  for (const backend of ["node", "wasm"]) {
    for (const mode of ["bytes", "path"]) {
      test(`${backend}, kernels loaded as ${mode}: every case`, async () => {
        const r = await runGolden(() => createBackend({ backend }), goldenFile("ek"), { kernelsDir, mode });
        assert.deepEqual(r.failures, [], `${r.failed} of ${r.passed + r.failed} cases failed`);
        assert.equal(r.passed, ek.cases.length);
        dumps[`${backend}/${mode}`] = r.dump;
      });
    }
  }
  test("node and wasm answer bit for bit alike", () => {
    for (const mode of ["bytes", "path"]) assert.equal(firstDifference(dumps[`node/${mode}`], dumps[`wasm/${mode}`]), null);
  });
});

for (const backend of ["node", "wasm"]) {
  describe(`${backend}: EK files by handle and the loaded tables`, () => {
    test("ekopr refuses what is not an EK; eknseg takes ekopr's handle or a loaded EK's", async () => {
      const spice = await createBackend({ backend });
      try {
        const code = (f) => {
          try {
            f();
          } catch (e) {
            return e.short;
          }
          return "no error";
        };
        assert.equal(code(() => spice.ekopr(host("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds"))), "SPICE(WRONGARCHITECTURE)");
        assert.equal(code(() => spice.ekopr(host("spk/de430-2015-03-02.bsp"))), "SPICE(FILARCHMISMATCH)");
        assert.equal(code(() => spice.ektnam(0)), "SPICE(NOLOADEDFILES)");
        assert.equal(spice.ekntab(), 0);
        const h = spice.ekopr(host(EKS[0]));
        assert.equal(spice.eknseg(h), 2);
        spice.ekcls(h);
        assert.equal(code(() => spice.eknseg(h)), "SPICE(DASNOSUCHHANDLE)");
        spice.furnsh(host(EKS[1]));
        const loaded = spice.kinfo(host(EKS[1]));
        assert.equal(spice.eknseg(loaded.handle), 2);
        assert.deepEqual([spice.ekntab(), spice.ektnam(0), spice.ektnam(1)], [2, "INSTRUMENTS", "CALIBRATION"]);
        assert.equal(code(() => spice.ekgi(0, 0, 0)), "SPICE(INVALIDINDEX)");  // no query yet: no rows
      } finally {
        spice.dispose();
      }
    });
  });
}

// ---- Random queries against CSPICE ----

// The scalar columns of each table (name, kind, values to compare with), and array columns to select.
const TABLES = {
  EVENT_LOG: {
    scalars: [
      ["EVENT_ID", "I", ["1000", "1066", "1150", "1299", "1150.5", ".5E4"]],
      ["EVENT_TIME", "T", ["'2015-06-30T23:59:60'", "'2016 MAR 02 06:33:29.316'", "'2015-068T00:10:27.1'", "'2016-100T12:00:00'"]],
      ["EVENT_TYPE", "C", ["'SLEW'", "'SAFE_MODE'", "'obs_low'", "'HEATER ON'", "'Downlink_Alt'", "' '", "'M'"]],
      ["INSTRUMENT_ID", "I", ["-3141", "-1061", "-99999", "0", "-2000.5"]],
      ["DURATION", "D", ["0", "100", "1241", "3412.5", "6500", "7.1D3"]],
      ["SEVERITY", "I", ["0", "1", "2", "3", "4", "5", "2.5", "+1"]],
      ["MESSAGE", "C", ["'slew'", "' '", "'DSN gyro'", "'operator''s note'"]],
    ],
    arrays: [["COUNTS", "I[]"], ["QUAT", "D[]"]],
  },
  INSTRUMENTS: {
    scalars: [
      ["INSTRUMENT_ID", "I", ["-3141", "-1061", "-6178", "0"]],
      ["NAME", "C", ["'HIRISE'", "'O''BRIEN_PROBE'", "'D'", "'N'", "'VIMS_IR'"]],
      ["SPACECRAFT", "C", ["'MRO'", "'TGO'", "'CASSINI'", "'O'"]],
      ["FOCAL_LENGTH", "D", ["0.5", "12", "100", "1000"]],
      ["PIXEL_SIZE", "D", ["0.001", "0.01", "7", "20"]],
      ["INSTALLED", "T", ["'2010 JAN 1'", "'2005-01-01'", "'2014-06-01T12:00:00'"]],
    ],
    arrays: [["DETECTOR", "I[]"], ["FILTERS", "C[]"]],
  },
  CALIBRATION: {
    scalars: [
      ["CAL_ID", "I", ["1", "20", "40", "79"]],
      ["INSTRUMENT_ID", "I", ["-3141", "-1061", "-6178"]],
      ["CAL_TIME", "T", ["'2015-04-10T05:40:24'", "'2016-01-01'", "'2015 SEP 9'"]],
      ["GAIN", "D", ["1", "2.5", "3", "3.15", "4"]],
      ["OFFSET", "D", ["-1", "0", "0.5", "2"]],
      ["QUALITY", "C", ["'BAD'", "'GOOD'", "'OK'", "'bad'"]],
    ],
    arrays: [["COEFFS", "D[]"], ["VALID", "T[]"]],
  },
};
const OPS = ["=", "<>", "!=", "<", "<=", ">", ">=", "EQ", "NE", "LT", "LE", "GT", "GE"];
const LIKES = ["'S*'", "'*LINK*'", "'%A*'", "'*e*'", "'*_*'", "'HEATER *'", "'*'", "'%'", "'*O*'", "'B%D'"];

function randomQuery(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const names = Object.keys(TABLES);
  const joined = rnd() < 0.25;
  const from = joined ? [pick(names), pick(names)] : [pick(names)];
  const aliases = joined ? ["A", "B"] : [""];
  const qualify = (k, col) => (joined ? `${aliases[k]}.${col}` : col);
  const atom = () => {
    const k = Math.floor(rnd() * from.length);
    const [col, kind, values] = pick(TABLES[from[k]].scalars);
    const c = qualify(k, col);
    const r = rnd();
    if (r < 0.1) return `${c} IS ${rnd() < 0.5 ? "" : "NOT "}NULL`;
    if (r < 0.2 && kind === "C") return `${c} ${rnd() < 0.5 ? "" : "NOT "}LIKE ${pick(LIKES)}`;
    if (r < 0.3) return `${c} ${rnd() < 0.3 ? "NOT " : ""}BETWEEN ${pick(values)} AND ${pick(values)}`;
    if (r < 0.38) {
      // column against column of the same kind
      const k2 = Math.floor(rnd() * from.length);
      const same = TABLES[from[k2]].scalars.filter(([, kd]) => kd === kind || (kind !== "C" && kind !== "T" && (kd === "I" || kd === "D")));
      if (same.length) return `${c} ${pick(OPS)} ${qualify(k2, pick(same)[0])}`;
    }
    return `${c} ${pick(OPS)} ${pick(values)}`;
  };
  const expr = (depth) => {
    const r = rnd();
    if (depth > 2 || r < 0.4) return atom();
    if (r < 0.55) return `NOT ${rnd() < 0.5 ? atom() : `(${expr(depth + 1)})`}`;
    const inner = `${expr(depth + 1)} ${rnd() < 0.5 ? "AND" : "OR"} ${expr(depth + 1)}`;
    return rnd() < 0.3 ? `(${inner})` : inner;
  };
  const select = [];
  const kinds = [];
  for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
    const k = Math.floor(rnd() * from.length);
    const t = TABLES[from[k]];
    const [col, kind] = rnd() < 0.2 ? pick(t.arrays) : pick(t.scalars);
    select.push(qualify(k, col));
    kinds.push(kind);
  }
  let q = `SELECT ${select.join(", ")} FROM ${from.map((t, k) => (joined ? `${t} ${aliases[k]}` : t)).join(", ")}`;
  const where = [];
  if (joined) {
    // a join constraint on a shared kind of column, so results stay small
    const ints = (k) => TABLES[from[k]].scalars.filter(([, kind]) => kind === "I").map(([c]) => c);
    // (an inequality join only between the small tables: EVENT_LOG with itself would be 90,000 rows)
    const small = !from.includes("EVENT_LOG");
    where.push(`A.${pick(ints(0))} ${small && rnd() < 0.3 ? pick(["<", ">=", "<>"]) : "="} B.${pick(ints(1))}`);
  }
  if (rnd() < 0.85) where.push(expr(0));
  if (where.length) q += ` WHERE ${where.map((w) => (where.length > 1 ? `(${w})` : w)).join(" AND ")}`;
  if (rnd() < 0.6) {
    const keys = [];
    for (let n = 1 + Math.floor(rnd() * 2); n > 0; n--) {
      const k = Math.floor(rnd() * from.length);
      keys.push(`${qualify(k, pick(TABLES[from[k]].scalars)[0])}${pick(["", " ASC", " DESC"])}`);
    }
    q += ` ORDER BY ${keys.join(", ")}`;
  }
  return { q, kinds };
}

const oracle = cspiceOracle({
  backend: "node",
  setup: (raw) => {
    raw.furnsh(host("lsk/naif0012.tls"));
    for (const f of EKS) raw.furnsh(host(f));
  },
});

describe("TIME values given as spacecraft clock strings, against CSPICE", () => {
  // "<clock> SCLK <clock string>": the clock named like a body (BODN2C), read through its SCLK kernel.
  // (A malformed clock string is a signalled SCLK error here where CSPICE returns SCPARS's message
  // through ekfind's flag: README, EK.)
  const queries = [
    ["SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 'MGS SCLK 700000000' ORDER BY EVENT_ID", ["I"]],
    ["SELECT EVENT_ID, EVENT_TIME FROM EVENT_LOG WHERE EVENT_TIME BETWEEN 'MGS SCLK 1/0600000000.100' AND 'mgs sclk 1/0800000000' ORDER BY EVENT_TIME", ["I", "T"]],
    ["SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 'NOSUCH SCLK 1/1'", ["I"]],
    ["SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > '-94 SCLK 1/0600000000'", ["I"]],
  ];
  for (const backend of ["node", "wasm"]) {
    test(backend, async () => {
      const spice = await createBackend({ backend });
      try {
        for (const f of ["lsk/naif0012.tls", "sclk/mgs_sclkscet_00061.tsc", ...EKS]) spice.furnsh(host(f));
        oracle.furnsh(host("sclk/mgs_sclkscet_00061.tsc"));
        for (const [q, kinds] of queries) assert.deepEqual(goldenForms.ekfind(spice, [q, kinds]), goldenForms.ekfind(oracle, [q, kinds]), q);
      } finally {
        spice.dispose();
      }
    });
  }
});

describe("300 random queries: spicecraft's rows are CSPICE's rows, in CSPICE's order", () => {
  const rnd = prng(18);
  const queries = Array.from({ length: 300 }, () => randomQuery(rnd));
  for (const backend of ["node", "wasm"]) {
    test(backend, async () => {
      const spice = await createBackend({ backend });
      try {
        spice.furnsh(host("lsk/naif0012.tls"));
        for (const f of EKS) spice.furnsh(host(f));
        let rows = 0;
        for (const { q, kinds } of queries) {
          const run = (s) => {
            try {
              return goldenForms.ekfind(s, [q, kinds]);
            } catch (e) {
              // tspice puts the short code inside its message
              return { error: e.short ?? String(e.message).match(/SPICE\([A-Z0-9_]+\)/)?.[0] ?? String(e.message) };
            }
          };
          const want = run(oracle);
          const got = run(spice);
          assert.deepEqual(got, want, q);
          rows += want.nmrows ?? 0;
        }
        assert.ok(rows > 1000, `the queries selected ${rows} rows in all`);
      } finally {
        spice.dispose();
      }
    });
  }
});
