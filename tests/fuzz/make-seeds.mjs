#!/usr/bin/env node
// Writes the seed corpora of the fuzz targets (tests/fuzz/*_fuzz.cpp) into <out>/<target>/, from the
// repository's real kernels and golden files, so no binary seed is committed:
//   binary_kernel_fuzz  every SPK, CK and binary PCK fixture up to MAX_BYTES, and a small excerpt of
//                       the 1.7 MB binary PCK (its first Chebyshev records as a complete type 2 file)
//   text_kernel_fuzz    the text fixtures (LSK, text PCK, FK, SCLK, IK) and a few meta-kernels that
//                       name the kernel the target stages (/kernels/staged/extra.tk)
//   time_string_fuzz    the time strings and timout pictures of time.json and pool-extras.json
//   sclk_string_fuzz    the clock strings of sclk.json, each behind the byte that picks its clock
// Usage: node tests/fuzz/make-seeds.mjs <out>   (scripts/fuzz.sh runs it; idempotent)
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const kernels = join(root, "tests", "fixtures", "kernels");
const golden = join(root, "tests", "fixtures", "golden");
const out = process.argv[2];
if (!out) {
  console.error("usage: node tests/fuzz/make-seeds.mjs <out>");
  process.exit(2);
}
// The largest seed: scripts/fuzz.sh gives binary_kernel_fuzz -max_len of the same size.
const MAX_BYTES = 200_000;

function seed(target, bytes) {
  const dir = join(out, target);
  mkdirSync(dir, { recursive: true });
  const name = createHash("sha1").update(bytes).digest("hex"); // libFuzzer's own naming
  writeFileSync(join(dir, name), bytes);
}

function fixtures(extensions) {
  const files = [];
  for (const folder of readdirSync(kernels)) {
    const dir = join(kernels, folder);
    if (folder === "bad" || !statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) {
      if (extensions.includes(extname(f)) && statSync(join(dir, f)).size <= MAX_BYTES) files.push(join(dir, f));
    }
  }
  return files;
}

// A binary PCK (LTL-IEEE DAF, ND = 2, NI = 5) holding the first `records` Chebyshev records of the
// first segment of `file` (type 2: records of RSIZE words, then INIT, INTLEN, RSIZE, N).
function pckExcerpt(file, records) {
  const src = readFileSync(file);
  const word = (address) => src.readDoubleLE((address - 1) * 8);
  const fward = src.readInt32LE(76);
  const summary = (fward - 1) * 1024 + 24; // first summary of the first summary record
  const start = src.readDoubleLE(summary);
  const ints = [0, 1, 2, 3, 4].map((k) => src.readInt32LE(summary + 16 + 4 * k));
  const [, , type, begin, end] = ints;
  if (type !== 2) throw new Error(`${file}: first segment is type ${type}, not 2`);
  const [init, intlen, rsize] = [word(end - 3), word(end - 2), word(end - 1)];
  const data = [];
  for (let i = 0; i < records * rsize; ++i) data.push(word(begin + i));
  data.push(init, intlen, rsize, records);

  const bytes = Buffer.alloc(Math.ceil((3 * 1024 + data.length * 8) / 1024) * 1024);
  src.copy(bytes, 0, 0, 1024); // the file record: id word, ND/NI, internal name, format, FTP string
  const firstData = 3 * 128 + 1;
  bytes.writeInt32LE(2, 76); // FWARD: no comment records
  bytes.writeInt32LE(2, 80); // BWARD
  bytes.writeInt32LE(firstData + data.length, 84); // FREE
  bytes.writeDoubleLE(0, 1024); // NEXT, PREV, NSUM
  bytes.writeDoubleLE(0, 1032);
  bytes.writeDoubleLE(1, 1040);
  bytes.writeDoubleLE(start, 1048);
  bytes.writeDoubleLE(init + records * intlen, 1056);
  [ints[0], ints[1], type, firstData, firstData + data.length - 1].forEach((v, k) => bytes.writeInt32LE(v, 1064 + 4 * k));
  bytes.write("FUZZ SEED EXCERPT".padEnd(40, " "), 2048, "latin1");
  data.forEach((v, k) => bytes.writeDoubleLE(v, (firstData - 1 + k) * 8));
  return bytes;
}

// binary kernels
for (const f of fixtures([".bsp", ".bpc", ".bc"])) seed("binary_kernel_fuzz", readFileSync(f));
seed("binary_kernel_fuzz", pckExcerpt(join(kernels, "pck", "moon_pa_de421_1900-2050.bpc"), 3));

// text kernels and meta-kernels
for (const f of fixtures([".tls", ".tpc", ".tf", ".tsc", ".ti"])) seed("text_kernel_fuzz", readFileSync(f));
// ek_fuzz: an odd first byte and an EK file, or an even one and a query (ek.json's).
for (const f of fixtures([".bes"])) seed("ek_fuzz", Buffer.concat([Buffer.from([1]), readFileSync(f)]));
for (const c of JSON.parse(readFileSync(join(golden, "ek.json"), "utf8")).cases) {
  if (c.call === "ekfind") seed("ek_fuzz", Buffer.concat([Buffer.from([0]), Buffer.from(c.args[0], "utf8")]));
}
for (const meta of [
  "KPL/MK\n\\begindata\nKERNELS_TO_LOAD = ( '/kernels/staged/extra.tk' )\n\\begintext\n",
  "\\begindata\nPATH_VALUES = ( '/kernels/staged' )\nPATH_SYMBOLS = ( 'S' )\nKERNELS_TO_LOAD = ( '$S/extra.tk', '$S/ex+'\n'tra.tk' )\n",
  "\\begindata\nKERNELS_TO_LOAD = ( '/kernels/missing.tk' )\n",
  "KPL/FK\n\\begindata\nFRAME_FUZZ = 1400001\nFRAME_1400001_NAME = 'FUZZ'\nFRAME_1400001_CLASS = 4\nFRAME_1400001_CLASS_ID = 1400001\nFRAME_1400001_CENTER = 399\nTKFRAME_1400001_RELATIVE = 'J2000'\nTKFRAME_1400001_SPEC = 'ANGLES'\nTKFRAME_1400001_UNITS = 'DEGREES'\nTKFRAME_1400001_AXES = ( 3, 2, 1 )\nTKFRAME_1400001_ANGLES = ( 10, -25.5D0, 9.0E1 )\nNAIF_BODY_NAME += 'FUZZ BODY'\nNAIF_BODY_CODE += -999\n\\begintext\n",
]) {
  seed("text_kernel_fuzz", Buffer.from(meta, "latin1"));
}

// time strings: "<string>" alone, and "<string>\n<picture>" for the pictures
const json = (name) => JSON.parse(readFileSync(join(golden, name), "utf8"));
const timeCases = [...json("time.json").cases, ...json("pool-extras.json").cases];
for (const c of timeCases) {
  if (["str2et", "tparse", "tpictr"].includes(c.call)) seed("time_string_fuzz", Buffer.from(c.args[0], "utf8"));
  if (c.call === "timout") seed("time_string_fuzz", Buffer.from(`2000-01-01T12:00:00\n${c.args[1]}`, "utf8"));
}

// clock strings: the first byte picks the clock in sclk_string_fuzz's order
const clocks = [-143, -53, -74, -94];
for (const c of json("sclk.json").cases) {
  if (!["scencd", "scs2e"].includes(c.call) || !clocks.includes(c.args[0])) continue;
  seed("sclk_string_fuzz", Buffer.concat([Buffer.from([clocks.indexOf(c.args[0])]), Buffer.from(c.args[1], "utf8")]));
}

for (const t of ["binary_kernel_fuzz", "text_kernel_fuzz", "time_string_fuzz", "sclk_string_fuzz"]) {
  console.log(`${t}: ${readdirSync(join(out, t)).length} seeds in ${join(out, t)}`);
}
