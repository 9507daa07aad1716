// The corrupt-kernel corpus (issue 16, "What to build"): deterministic mutants of every kind of real
// kernel in tests/fixtures/kernels, and the calls run on each. Imported by corrupt-kernels.test.mjs
// for the mutant list; run as a child process (`node corrupt-kernels-sweep.mjs <backend> <seed>
// <count> <first>`) to sweep one backend, printing one JSON line per mutant ("start" before it, a
// summary of its outcomes after: see summarize) so that the parent can bound each mutant's time and
// name the one that hung or crashed.
//
// A mutant is a base kernel (a "subject": the file, its kind, the unmutated kernels it needs, and the
// calls that exercise it) plus one mutation drawn from a seeded PRNG: bit flips, bytes set,
// truncations (inside the file record, a summary record, the data), huge or negative counts in the
// DAF file record and summary records, cyclic or self FWARD/BWARD/NEXT/PREV pointers, NaN, infinite,
// huge and tiny words in segment data and trailers (record counts, directory sizes, degrees, steps),
// coverage bounds and type codes changed; for text kernels also lines dropped, doubled or cut,
// numbers made huge, quotes and parentheses unbalanced, non-UTF-8 bytes and markers swapped.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { kernelsDir } from "./fixtures.mjs";

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: mulberry32, seeded per mutant so that any mutant can be rebuilt alone.

/** A PRNG returning floats in [0, 1), from a 32-bit seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rnd, n) => Math.floor(rnd() * n);
const pick = (rnd, list) => list[int(rnd, list.length)];

// ---------------------------------------------------------------------------------------------
// DAF structure (daf.req): enough to aim mutations at the file record, summary records and segments.

function dafLayout(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = new TextDecoder().decode(bytes.subarray(88, 96)) !== "BIG-IEEE";
  const i32 = (at) => view.getInt32(at, little);
  const f64 = (at) => view.getFloat64(at, little);
  const nd = i32(8), ni = i32(12), fward = i32(76);
  const ss = nd + ((ni + 1) >> 1);
  const summaryRecords = [];
  const segments = [];
  for (let record = fward, guard = 0; record > 0 && guard < 1000; ++guard) {
    const at = (record - 1) * 1024;
    summaryRecords.push(at);
    const nsum = f64(at + 16);
    for (let k = 0; k < nsum; ++k) {
      const s = at + 24 + k * ss * 8;
      const doubles = Array.from({ length: nd }, (_, j) => f64(s + 8 * j));
      const ints = Array.from({ length: ni }, (_, j) => i32(s + nd * 8 + 4 * j));
      segments.push({ at: s, doubles, ints, begin: ints[ni - 2], end: ints[ni - 1] });
    }
    record = f64(at);
  }
  return { little, nd, ni, ss, summaryRecords, segments };
}

// ---------------------------------------------------------------------------------------------
// The subjects: every kind of real kernel, with the unmutated kernels it needs and its calls.

const fixture = (rel) => new Uint8Array(readFileSync(join(kernelsDir, rel)));
const LSK = "lsk/naif0012.tls";

/** The calls for an SPK: objects, coverage, and states at each segment's ends and middle. */
function spkCalls(path, layout) {
  const calls = [["spkobj", path]];
  const seen = new Set();
  for (const s of layout.segments.slice(0, 4)) {
    const [target, center] = s.ints;
    if (!seen.has(target)) calls.push(["spkcov", path, target]);
    seen.add(target);
    const [a, b] = s.doubles;
    for (const et of [a, (a + b) / 2, b]) calls.push(["spkezr", String(target), et, "J2000", "NONE", String(center)]);
    calls.push(["spkpos", String(target), (a + b) / 2, "ECLIPJ2000", "LT+S", String(center)]);
  }
  return calls;
}

function pckCalls(path, layout) {
  const calls = [["pckfrm", path]];
  for (const s of layout.segments.slice(0, 2)) {
    const [a, b] = s.doubles;
    calls.push(["pckcov", path, s.ints[0]]);
    for (const et of [a, a + 86400 * 17.3, (a + b) / 2, b]) {
      calls.push(["pxform", "J2000", "MOON_PA_DE421", et], ["sxform", "ECLIPJ2000", "MOON_ME_DE421", et]);
    }
  }
  return calls;
}

function ckCalls(path, layout) {
  const calls = [["ckobj", path]];
  const seen = new Set();
  for (const s of layout.segments.slice(0, 3)) {
    const inst = s.ints[0];
    if (!seen.has(inst)) {
      calls.push(["ckcov", path, inst, false, "INTERVAL", 0, "SCLK"], ["ckcov", path, inst, true, "SEGMENT", 10, "TDB"]);
    }
    seen.add(inst);
    const [a, b] = s.doubles;
    for (const t of [a, (a + b) / 2, b]) calls.push(["ckgp", inst, t, 0, "J2000"], ["ckgpav", inst, t, 1000, "ECLIPJ2000"]);
  }
  return calls;
}

const POOL = "pool"; // every variable of the pool, by gnpool/dtpool/gdpool/gcpool

/** TK frames defined in an FK's text, as [name, relative] pairs (pxform between them). */
function tkFrames(text, max) {
  const names = new Map([...text.matchAll(/FRAME_(-?\d+)_NAME\s*=\s*'([^']+)'/g)].map((m) => [m[1], m[2]]));
  const pairs = [];
  for (const m of text.matchAll(/TKFRAME_(-?\d+)_RELATIVE\s*=\s*'([^']+)'/g)) {
    if (names.has(m[1]) && pairs.length < max) pairs.push([names.get(m[1]), m[2]]);
  }
  return pairs;
}

const lskCalls = [["str2et", "2017-01-01T00:00:00"], ["str2et", "1972 JAN 1 00:00:10 UTC"], ["et2utc", 5e8, "ISOC", 3],
  ["deltet", 0, "ET"], ["timout", 1e8, "YYYY-MM-DD HR:MN:SC.### ::UTC"]];
const sclkCalls = (id, et) => [["sce2c", id, et], ["sce2s", id, et], ["sce2c", id, et + 1e7], ["scencd", id, "1/100000"],
  ["scdecd", id, 1e9], ["scs2e", id, "2/0000000001:000"], ["sct2e", id, 123456789]];

/** Every subject; `mk` subjects are meta-kernels whose text names the support kernels' ids. */
export function subjects() {
  const list = [];
  const spk = (file, extra = []) => {
    const bytes = fixture(file);
    list.push({ file, path: `/kernels/${file}`, kind: "daf", bytes, support: [LSK, ...extra],
      calls: spkCalls(`/kernels/${file}`, dafLayout(bytes)) });
  };
  for (const f of ["de430-2015-03-02.bsp", "de430-2015-03-02-big-endian.bsp", "jup310-2015-03-02.bsp", "de441-1969.bsp",
    "example1spk_seg1.bsp", "example1spk_seg5.bsp", "example1spk_seg8.bsp", "example1spk_seg9.bsp",
    "example1spk_seg12.bsp", "example1spk_seg13.bsp", "example1spk_seg21.bsp"]) spk(`spk/${f}`);
  spk("quirks/jup310-2053-10-08-unpadded.bsp");
  {
    const file = "pck/moon_pa_de421_1900-2050.bpc";
    const bytes = fixture(file);
    list.push({ file, path: `/kernels/${file}`, kind: "daf", bytes, support: [LSK, "fk/moon_080317.tf"],
      calls: pckCalls(`/kernels/${file}`, dafLayout(bytes)) });
  }
  const ck = (file, support) => {
    const bytes = fixture(file);
    list.push({ file, path: `/kernels/${file}`, kind: "daf", bytes, support: [LSK, ...support],
      calls: ckCalls(`/kernels/${file}`, dafLayout(bytes)) });
  };
  const written = ["ck-written/spicecraft_ck_frames.tf", "sclk/em16_tgo_step_20220402.tsc"];
  for (const t of ["01", "02", "03", "04", "05-sub0", "05-sub1", "05-sub2", "05-sub3", "06"]) {
    ck(`ck-written/spicecraft_type${t}.bc`, written);
  }
  ck("ck/thmIR.bc", ["sclk/ORB1_SCLKSCET.00274.tsc"]);
  ck("ck/mgs_hga_hinge_v2.bc", ["sclk/mgs_sclkscet_00061.tsc"]);
  ck("ck/em16_tgo_sc_sam_20170301_20170331_s20171007_v01.bc", ["sclk/em16_tgo_step_20220402.tsc"]);

  const text = (file, support, calls) => {
    const bytes = fixture(file);
    list.push({ file, path: `/kernels/${file}`, kind: "text", bytes, support, calls: [POOL, ...calls] });
  };
  text(LSK, [], lskCalls);
  text("lsk/naif0012-crlf.tls", [], lskCalls);
  for (const f of ["pck/pck00010.tpc", "pck/pck00011.tpc", "pck/pck00008.tpc"]) {
    text(f, [LSK], [["bodvrd", "EARTH", "RADII", 3], ["bodvrd", "MARS", "PM", 3],
      ["pxform", "J2000", "IAU_EARTH", 1e8], ["sxform", "J2000", "IAU_MARS", -3e8], ["pxform", "ECLIPJ2000", "IAU_JUPITER", 4e8]]);
  }
  text("pck/gm_de440.tpc", [], [["bodvrd", "EARTH", "GM", 1], ["bodvrd", "SUN", "GM", 1]]);
  text("synthetic/apophis_synthetic.tpc", [], []);
  for (const f of ["fk/moon_080317.tf", "fk/moon_de440_220930.tf", "fk/em16_tgo_v18.tf", "fk/m01_v29.tf", "fk/mro_v16.tf",
    "fk/rssd0002.tf", "fk/heliospheric_v004u.tf", "ck-written/spicecraft_ck_frames.tf"]) {
    const pairs = tkFrames(new TextDecoder().decode(fixture(f)), 4);
    text(f, [LSK], pairs.flatMap(([a, b]) => [["pxform", a, b, 0], ["sxform", b, a, 1e8], ["namfrm", a]]));
  }
  text("sclk/mroSCLK.tsc", [LSK], sclkCalls(-74, 2.6e8));
  text("sclk/ORB1_SCLKSCET.00274.tsc", [LSK], sclkCalls(-53, 6.6e7));
  text("sclk/em16_tgo_step_20220402.tsc", [LSK], sclkCalls(-143, 6e8));
  text("sclk/mgs_sclkscet_00061.tsc", [LSK], sclkCalls(-94, -9e7));
  text("ik/mro_ctx_v11.ti", ["fk/mro_v16.tf"], [["getfov", -74021, 10]]);
  text("ik/em16_tgo_cassis_v07.ti", ["fk/em16_tgo_v18.tf"], [["getfov", -143400, 10]]);
  text("ik-synthetic/spicecraft_cam.ti", [], [-990101, -990102, -990103, -990104].map((id) => ["getfov", id, 8]));

  // Meta-kernels: byte-loaded, naming the support kernels' virtual ids (directly and through
  // PATH_SYMBOLS).
  const meta = (name, body) => {
    const bytes = new TextEncoder().encode(`KPL/MK\n\\begindata\n${body}\n\\begintext\n`);
    list.push({ file: name, path: `/kernels/${name}`, kind: "text", bytes,
      support: [LSK, "spk/de430-2015-03-02.bsp", "pck/pck00010.tpc"],
      calls: [["ktotal", "ALL"], ["kdata", 0, "ALL"], ["kdata", 3, "ALL"], ["spkezr", "MOON", 4.785e8, "IAU_EARTH", "LT", "EARTH"],
        ["str2et", "2015-03-02"], ["unload", `/kernels/${name}`], ["ktotal", "ALL"], ["spkezr", "MOON", 4.785e8, "J2000", "NONE", "EARTH"]] });
  };
  meta("mk/direct.tm", "KERNELS_TO_LOAD = ( '/kernels/lsk/naif0012.tls'\n  '/kernels/spk/de430-2015-03-02.bsp',\n '/kernels/pck/pck00010.tpc' )");
  meta("mk/symbols.tm", "PATH_VALUES = ( '/kernels/spk', '/kernels' )\nPATH_SYMBOLS = ( 'S', 'K' )\n" +
    "KERNELS_TO_LOAD = ( '$K/lsk/naif0012.tls', '$S/de430-2015-03-02.bsp'\n  '$K/pck/pck0001+'\n  '0.tpc' )");
  return list;
}

// ---------------------------------------------------------------------------------------------
// Mutations.

const HUGE_INTS = [0x7fffffff, -0x80000000, -1, 0, 1, 2, 128, 125, 1024, 65536, 1e6 | 0, 0x40000000];
const ODD_DOUBLES = [NaN, Infinity, -Infinity, 1e308, -1e308, 1e-300, 5e-324, -0, 0, 1e9, -1e9, 2 ** 31, 2 ** 53, 0.5, -3, 1e15];

function setDouble(b, at, value, little) {
  if (at + 8 <= b.length) new DataView(b.buffer, b.byteOffset).setFloat64(at, value, little);
}
function setInt(b, at, value, little) {
  if (at + 4 <= b.length) new DataView(b.buffer, b.byteOffset).setInt32(at, value | 0, little);
}

/** A DAF mutant of `orig` (a fresh copy), described in `what`. */
function mutateDaf(orig, rnd) {
  const b = new Uint8Array(orig);
  const L = dafLayout(orig);
  const seg = L.segments.length ? pick(rnd, L.segments) : undefined;
  const op = int(rnd, 12);
  switch (op) {
    case 0: { // bit flips anywhere
      const n = 1 + int(rnd, 8);
      for (let k = 0; k < n; ++k) b[int(rnd, b.length)] ^= 1 << int(rnd, 8);
      return { b, what: `${n} bit flips` };
    }
    case 1: { // truncation: in the file record, a summary record, segment data, or anywhere
      const where = int(rnd, 4);
      const at = where === 0 ? int(rnd, 1024)
        : where === 1 ? pick(rnd, L.summaryRecords) + int(rnd, 1024)
          : where === 2 && seg ? (seg.begin - 1) * 8 + int(rnd, Math.max(1, (seg.end - seg.begin + 1) * 8))
            : int(rnd, b.length);
      return { b: b.slice(0, Math.max(1, Math.min(at, b.length - 1))), what: `truncated at ${at}` };
    }
    case 2: { // file record counts: ND, NI, FREE
      const field = pick(rnd, [8, 12, 84]);
      const v = pick(rnd, HUGE_INTS);
      setInt(b, field, v, L.little);
      return { b, what: `file record int at ${field} = ${v}` };
    }
    case 3: { // FWARD / BWARD: self, zero, negative, huge, another record
      const field = pick(rnd, [76, 80]);
      const v = pick(rnd, [1, 0, -1, 2, 3, 0x7fffffff, b.length / 1024 + 5, ...L.summaryRecords.map((a) => a / 1024 + 1)]);
      setInt(b, field, v, L.little);
      return { b, what: `file record pointer at ${field} = ${v}` };
    }
    case 4: { // summary record control words NEXT / PREV / NSUM: cycles, self, huge, fractional
      const rec = pick(rnd, L.summaryRecords);
      const word = int(rnd, 3);
      const self = rec / 1024 + 1;
      const v = pick(rnd, [self, self - 1, 1, 0, -1, 2 ** 31, 1e300, NaN, 0.5, 125, 126, 1e6, L.summaryRecords[0] / 1024 + 1]);
      setDouble(b, rec + 8 * word, v, L.little);
      return { b, what: `summary record ${self} word ${word} = ${v}` };
    }
    case 5: { // a segment's coverage bounds
      if (!seg) return { b, what: "no segment" };
      const k = int(rnd, 2);
      const v = rnd() < 0.5 ? pick(rnd, ODD_DOUBLES) : seg.doubles[1 - k];
      setDouble(b, seg.at + 8 * k, v, L.little);
      return { b, what: `segment bound ${k} = ${v}` };
    }
    case 6: { // a segment's integers: body/center/frame/type codes, begin/end addresses
      if (!seg) return { b, what: "no segment" };
      const k = int(rnd, L.ni);
      const v = rnd() < 0.5 ? pick(rnd, HUGE_INTS) : pick(rnd, [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 17, 18, 19, 20, 21, 99,
        seg.end, seg.begin, seg.end + 1, seg.begin - 1, orig.length / 8, orig.length / 8 + 1]);
      setInt(b, seg.at + L.nd * 8 + 4 * k, v, L.little);
      return { b, what: `segment int ${k} = ${v}` };
    }
    case 7: // a data word NaN / infinite / huge / tiny
    case 8: {
      if (!seg) return { b, what: "no segment" };
      const word = seg.begin + int(rnd, Math.max(1, seg.end - seg.begin + 1));
      const v = pick(rnd, ODD_DOUBLES);
      setDouble(b, (word - 1) * 8, v, L.little);
      return { b, what: `data word ${word} = ${v}` };
    }
    case 9: { // the segment's trailer (record/directory counts, degree, step, INIT/INTLEN/RSIZE/N)
      if (!seg) return { b, what: "no segment" };
      const word = seg.end - int(rnd, Math.min(8, seg.end - seg.begin + 1));
      const v = pick(rnd, [...ODD_DOUBLES, 2 ** 31 - 1, 1e7, 101, 100, 27, seg.end - seg.begin + 2, -(seg.end - seg.begin)]);
      setDouble(b, (word - 1) * 8, v, L.little);
      return { b, what: `trailer word ${word} = ${v}` };
    }
    case 10: { // identification: IDWORD and LOCFMT
      const v = pick(rnd, ["DAF/CK  ", "DAF/SPK ", "DAF/PCK ", "NAIF/DAF", "DAF/XYZ ", "DAS/DSK "]);
      const f = pick(rnd, ["BIG-IEEE", "LTL-IEEE", "VAX-GFLT", "\0\0\0\0\0\0\0\0"]);
      if (rnd() < 0.5) b.set(new TextEncoder().encode(v), 0); else b.set(new TextEncoder().encode(f), 88);
      return { b, what: rnd() < 0.5 ? `IDWORD ${v}` : `LOCFMT ${f}` };
    }
    default: { // a whole record zeroed or filled with 0xff
      const records = Math.ceil(b.length / 1024);
      const r = int(rnd, records);
      b.fill(rnd() < 0.5 ? 0 : 0xff, r * 1024, Math.min(b.length, r * 1024 + 1024));
      return { b, what: `record ${r + 1} overwritten` };
    }
  }
}

function mutateText(orig, rnd) {
  const op = int(rnd, 9);
  if (op === 0) {
    const b = new Uint8Array(orig);
    const n = 1 + int(rnd, 6);
    for (let k = 0; k < n; ++k) b[int(rnd, b.length)] ^= 1 << int(rnd, 8);
    return { b, what: `${n} bit flips` };
  }
  if (op === 1) {
    const at = 1 + int(rnd, orig.length - 1);
    return { b: orig.slice(0, at), what: `truncated at ${at}` };
  }
  if (op === 2) { // bytes that are not UTF-8, NUL, lone CR, DEL
    const b = new Uint8Array(orig);
    const n = 1 + int(rnd, 4);
    for (let k = 0; k < n; ++k) b[int(rnd, b.length)] = pick(rnd, [0xe9, 0xff, 0x00, 0x0d, 0x7f, 0xc3, 0x80, 0x09]);
    return { b, what: `${n} odd bytes` };
  }
  // Line-level edits on the text.
  const text = new TextDecoder("latin1").decode(orig);
  const lines = text.split("\n");
  const data = lines.map((l, i) => [l, i]).filter(([l]) => /=/.test(l)).map(([, i]) => i);
  const line = data.length ? pick(rnd, data) : int(rnd, lines.length);
  let what;
  switch (op) {
    case 3:
      what = `line ${line} dropped`;
      lines.splice(line, 1);
      break;
    case 4: {
      const v = pick(rnd, ["1.0D+999", "-1D308", "1e-400", "NaN", "Inf", "9999999999999999999999", "1.5.5", "@2020-13-45",
        "'", "(", ")", ",", "@", "1D", "-", "+"]);
      lines[line] = lines[line].replace(/-?\d+(\.\d*)?([DE][+-]?\d+)?/i, v);
      what = `line ${line}: a number -> ${v}`;
      break;
    }
    case 5: {
      const v = pick(rnd, ["+=", "==", "", "=(", "= '", "= ( 'a' 1 )", "= ( 1 'a' )", "= @", "= ( )"]);
      lines[line] = lines[line].replace("=", v);
      what = `line ${line}: = -> ${v}`;
      break;
    }
    case 6:
      what = `line ${line} doubled x${1 + (line % 3)}`;
      lines.splice(line, 0, ...Array(1 + (line % 3)).fill(lines[line]));
      break;
    case 7: {
      const marker = pick(rnd, ["\\begindata", "\\begintext"]);
      const other = marker === "\\begindata" ? "\\begintext" : "\\begindata";
      what = `${marker} -> ${other}`;
      for (let i = 0; i < lines.length; ++i) if (lines[i].trim() === marker && rnd() < 0.5) lines[i] = other;
      break;
    }
    default: {
      const v = pick(rnd, ["x".repeat(2000), `A = '${"y".repeat(5000)}'`, "B = ( " + "1 ".repeat(3000) + ")", "'unterminated",
        "C = ( 'a' 'b'", "D = 'q''uote'", "E += ( 'x' )", "FRAME_X = 1 2 3", "F = @1900-01-01 @2100-12-31"]);
      what = `line inserted at ${line}`;
      lines.splice(line, 0, v);
    }
  }
  return { b: new Uint8Array(Buffer.from(lines.join("\n"), "latin1")), what };
}

/** Mutant `index` of the sweep seeded `seed`: its subject and bytes. */
export function mutant(list, seed, index) {
  const rnd = prng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const subject = list[index % list.length];
  const { b, what } = subject.kind === "daf" ? mutateDaf(subject.bytes, rnd) : mutateText(subject.bytes, rnd);
  return { subject, bytes: b, what: `${subject.file}: ${what}` };
}

// ---------------------------------------------------------------------------------------------
// Running the calls and writing what happened in a form compared bit for bit.

/** Numbers by their IEEE bits, so that answers compare bit for bit in JSON. */
function canonical(value) {
  if (value === undefined) return null; // a void call that returned
  if (typeof value === "number") {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, value);
    const bits = v.getBigUint64(0).toString(16);
    return Number.isFinite(value) ? bits : `NONFINITE:${bits}`;
  }
  if (ArrayBuffer.isView(value)) return Array.from(value, canonical);
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}

function outcome(fn) {
  try {
    return { ok: canonical(fn()) };
  } catch (e) {
    if (e?.name === "SpiceError" && typeof e.short === "string") return { err: e.short };
    return { bad: `${e?.constructor?.name}: ${e?.message}` };
  }
}

function runPool(spice) {
  const out = [];
  const names = outcome(() => spice.gnpool("*", 0, 4000));
  out.push(["gnpool", names]);
  const list = names.ok?.found ? [...names.ok.values].sort() : [];
  for (const name of list.slice(0, 300)) {
    const type = outcome(() => spice.dtpool(name));
    out.push(["dtpool", name, type]);
    const t = type.ok?.type;
    out.push([name, outcome(() => (t === "C" ? spice.gcpool(name, 0, 400) : spice.gdpool(name, 0, 400)))]);
  }
  return out;
}

/**
 * What the parent keeps of one mutant's outcomes: a digest of all of them (compared between the
 * backends), counts, and the calls that threw something else than a SpiceError or answered a
 * number that is not finite.
 */
export function summarize(calls) {
  const codes = {};
  let answered = 0;
  const bad = [], nonfinite = [];
  for (const call of calls) {
    const o = call.at(-1);
    if (o.err !== undefined) codes[o.err] = (codes[o.err] ?? 0) + 1;
    else if (o.bad !== undefined) bad.push(`${JSON.stringify(call.slice(0, -1))} threw ${o.bad}`);
    else {
      ++answered;
      if (JSON.stringify(o.ok).includes("NONFINITE")) nonfinite.push(JSON.stringify(call).slice(0, 600));
    }
  }
  const loaded = calls.some((c) => c[0] === "furnsh" && c.at(-1).ok !== undefined);
  const digest = createHash("sha256").update(JSON.stringify(calls)).digest("hex");
  return { digest, loaded, answered, codes, bad, nonfinite };
}

/** Runs one mutant on `spice` (its pool cleared first); the outcome of every call, in order. */
export function runMutant(spice, m, supportBytes) {
  const out = [];
  out.push(["kclear", outcome(() => spice.kclear())]);
  for (const s of m.subject.support) {
    out.push(["support", s, outcome(() => spice.furnsh({ path: `/kernels/${s}`, bytes: supportBytes(s) }))]);
  }
  const path = m.subject.path;
  out.push(["furnsh", outcome(() => spice.furnsh({ path, bytes: m.bytes }))]);
  out.push(["getfat", outcome(() => spice.getfat(path))]);
  out.push(["ktotal", outcome(() => spice.ktotal("ALL"))]);
  // Handles count every load since the backend was created, and a sweep restarted after a failure
  // starts again from 1: compared only as present or not.
  out.push(["kinfo", outcome(() => {
    const info = spice.kinfo(path);
    return info.found ? { ...info, handle: typeof info.handle } : info;
  })]);
  for (const call of m.subject.calls) {
    if (call === POOL) out.push(...runPool(spice));
    else out.push([...call.map(canonical), outcome(() => spice[call[0]](...call.slice(1)))]);
  }
  out.push(["unload", outcome(() => spice.unload(path))]);
  out.push(["ktotal", outcome(() => spice.ktotal("ALL"))]);
  const first = m.subject.calls.find((c) => c !== POOL);
  if (first) out.push(["after unload", outcome(() => spice[first[0]](...first.slice(1)))]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Child process: sweep one backend over mutants [first, count).

async function child([backend, seedText, countText, firstText]) {
  const { createBackend } = await import("../../dist/index.js");
  const seed = Number(seedText), count = Number(countText);
  const list = subjects();
  const cache = new Map();
  const supportBytes = (rel) => {
    if (!cache.has(rel)) cache.set(rel, fixture(rel));
    return cache.get(rel);
  };
  let spice = await createBackend({ backend });
  const write = (o) => process.stdout.write(JSON.stringify(o) + "\n");
  for (let i = Number(firstText); i < count; ++i) {
    const m = mutant(list, seed, i);
    write({ start: i });
    const summary = summarize(runMutant(spice, m, supportBytes));
    write({ index: i, what: m.what, ...summary });
    if (summary.bad.length) {
      // Whatever went wrong, a fresh backend for the next mutant (a WASM module may be unusable).
      try { spice.dispose(); } catch { /* already broken */ }
      spice = await createBackend({ backend });
    }
  }
  spice.dispose();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await child(process.argv.slice(2));
