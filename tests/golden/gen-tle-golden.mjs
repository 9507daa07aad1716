#!/usr/bin/env node
// Writes tests/fixtures/golden/tle.json: CSPICE N0067's answers for getelm and evsgp4 on the 33
// element sets of the SGP4 verification (tests/fixtures/sgp4/SGP4-VER.TLE) at the times its
// published output lists (tcppver.out), with WGS-72 constants, plus NAIF's LUME-1 example with
// geophysical.ker's constants and the sets CSPICE refuses.
//
// CSPICE is the library inside tspice's native addon (@rybosome/tspice-native-linux-x64-gnu, a
// devDependency), reached by tests/golden/tle-oracle.c (compiled here with cc):
//  - evsgp4: CSPICE's XXSGP4I and XXSGP4E exactly as EVSGP4 calls them (EVSGP4 itself is not
//    among the addon's exported symbols);
//  - getelm: the addon exports neither GETELM nor ZZGETELM, so the expected values are built from
//    CSPICE's own pieces: each field read by CSPICE's NPARSD/NPARSI, the epoch by CSPICE's
//    TTRANS('YD.D', 'TDB'), and ZZGETELM's unit conversions (documented in getelm_c) applied here.
//  The evsgp4 cases take those expected elements as input, so they do not depend on spicecraft.
// It also writes tests/fixtures/sgp4/cspice-internals.json: CSPICE's ZZWAHR (the nutation SPKW10
// stores in type 10 packets) and ZZTEME (TEME to J2000, SPKE10's last step) at a range of epochs,
// which tests/core/tle/teme_frame_test.cpp compares with core/tle bit for bit.
//   node tests/golden/gen-tle-golden.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "fixtures");
const lsk = join(fixtures, "kernels", "lsk", "naif0012.tls");
const require = createRequire(import.meta.url);
const addon = join(dirname(require.resolve("@rybosome/tspice-native-linux-x64-gnu/package.json")), "tspice_backend_node.node");

const work = mkdtempSync(join(tmpdir(), "tle-oracle-"));
const oracleBin = join(work, "tle-oracle");
execFileSync("cc", ["-O1", "-o", oracleBin, join(here, "tle-oracle.c"), "-ldl", "-rdynamic"]);

/** Runs the oracle on command lines; returns one answer per line: number[] or { error }. */
function oracle(commands) {
  const out = execFileSync(oracleBin, [addon, lsk], { input: `${commands.join("\n")}\n`, maxBuffer: 1 << 28 }).toString();
  return out.trim().split("\n").map((l) => (l.startsWith("OK") ? l.split(" ").slice(1).map(Number) : { error: l.slice(4) }));
}

// ---- The verification sets and times.
const tleLines = readFileSync(join(fixtures, "sgp4", "SGP4-VER.TLE"), "utf8").split(/\r?\n/);
const sets = [];
for (let i = 0; i + 1 < tleLines.length; i++) {
  if (!tleLines[i].startsWith("1 ")) continue;
  const [start, stop, step] = tleLines[i + 1].slice(69).trim().split(/\s+/).map(Number);
  sets.push({ lines: [tleLines[i].slice(0, 69), tleLines[i + 1].slice(0, 69)], start, stop, step });
}
const blocks = [];
for (const l of readFileSync(join(fixtures, "sgp4", "tcppver.out"), "utf8").split(/\r?\n/)) {
  if (l.includes("xx")) blocks.push({ satellite: l.trim().split(/\s+/)[0], times: [] });
  else if (l.trim()) blocks.at(-1).times.push(Number(l.trim().split(/\s+/)[0]));
}
if (sets.length !== 33 || blocks.length !== 33) throw new Error("expected 33 sets and 33 output blocks");

const LUME1 = [
  "1 43908U 18111AJ  20146.60805006  .00000806  00000-0  34965-4 0  9999",
  "2 43908  97.2676  47.2136 0020001 220.6050 139.3698 15.24999521 78544",
];

// ---- getelm, from CSPICE's NPARSD/NPARSI and TTRANS with ZZGETELM's arithmetic.
const col = (line, first, last) => line.slice(first - 1, last).padEnd(last - first + 1, " ");
function fieldCommands([l1, l2]) {
  return [
    ["I", col(l1, 19, 20)], ["D", col(l1, 21, 32)], ["D", col(l1, 34, 43)], ["D", `${col(l1, 45, 45)}.${col(l1, 46, 50)}`],
    ["I", col(l1, 51, 52)], ["D", `${col(l1, 54, 54)}.${col(l1, 55, 59)}`], ["I", col(l1, 60, 61)], ["D", col(l2, 9, 16)],
    ["D", col(l2, 18, 25)], ["D", `0.${col(l2, 27, 33)}`], ["D", col(l2, 35, 42)], ["D", col(l2, 44, 51)], ["D", col(l2, 53, 63)],
  ].map(([kind, text]) => `NPARS${kind}|${text}|`);
}
const power = (k) => { let p = 1; for (let i = 0; i < Math.abs(k); i++) p *= 10; return k < 0 ? 1 / p : p; };
function getelmExpected(lines, frstyr) {
  const v = oracle(fieldCommands(lines)).map((r) => r[0]);
  let [yr, day, ndt20, ndd60, nexp, bstar, bexp, incl, node0, ecc, omega, mo, no] = v;
  const d2r = Math.PI / 180; // RPD() = ACOS(-1) / 180
  const pi2 = 2 * Math.PI;
  ndd60 *= power(nexp);
  bstar *= power(bexp);
  node0 *= d2r;
  omega *= d2r;
  mo *= d2r;
  incl *= d2r;
  no = (no * pi2) / 1440;
  ndt20 = (ndt20 * pi2) / 1440 / 1440;
  ndd60 = (ndd60 * pi2) / 1440 / 1440 / 1440;
  let year = Math.trunc(frstyr / 100) * 100 + yr;
  if (year < frstyr) year += 100;
  const [[epoch]] = oracle([`TTRANS ${year} ${day.toPrecision(17)}`]);
  return { epoch, elems: [ndt20, ndd60, bstar, incl, node0, ecc, omega, mo, no, epoch] };
}

const num = (x) => x.toPrecision(17);
const mu = 398600.8;
const er = 6378.135;
const WGS72 = [0.001082616, -0.00000253881, -0.00000165597, 60 / Math.sqrt((er * er * er) / mu), 120, 78, er, 1];
const GEOPHYSICAL_KER = [1.082616e-3, -2.53881e-6, -1.65597e-6, 7.43669161e-2, 120, 78, 6378.135, 1];

const cases = [];
const evsgp4 = []; // [id, et, geophs, elems]
sets.forEach((set, k) => {
  const sat = blocks[k].satellite;
  const tag = `${sat}${k === 32 ? "-long" : ""}`;
  const g = getelmExpected(set.lines, 1957);
  cases.push({ id: `getelm#${tag}`, call: "getelm", args: [1957, set.lines], expect: g });
  const times = [...blocks[k].times];
  // Where the published output stops early, the next step is where CSPICE fails too.
  if (times.at(-1) < set.stop) times.push(times.at(-1) + set.step);
  for (const t of times) evsgp4.push([`evsgp4#${tag}@${t}`, g.epoch + t * 60, WGS72, g.elems]);
});
const lume = getelmExpected(LUME1, 1957);
cases.push({ id: "getelm#lume1", call: "getelm", args: [1957, LUME1], expect: lume });
cases.push({ id: "getelm#lume1-frstyr-2000", call: "getelm", args: [2000, LUME1], expect: getelmExpected(LUME1, 2000) });
// NAIF's evsgp4_c example: LUME-1 at 2020-05-26 02:25:00 UTC, and around it.
const [[exampleEt]] = oracle(["TTRANS 2020 147.10069444444445"]);
for (const dt of [0, 3600, -86400, 7 * 86400]) {
  evsgp4.push([`evsgp4#lume1-geophysical.ker${dt ? `+${dt}s` : ""}`, exampleEt + dt, GEOPHYSICAL_KER, lume.elems]);
}
const answers = oracle(evsgp4.map(([, et, geophs, elems]) => `EVSGP4 ${[et, ...geophs, ...elems].map(num).join(" ")}`));
evsgp4.forEach(([id, et, geophs, elems], i) => {
  const a = answers[i];
  cases.push({ id, call: "evsgp4", args: [et, geophs, elems], ...(Array.isArray(a) ? { expect: a } : { error: a.error }) });
});

const golden = {
  format: "spicecraft-golden/1",
  name: "tle",
  description: "Two-line elements: getelm and evsgp4 on the SGP4 verification sets (SGP4-VER.TLE, at tcppver.out's times, WGS-72) and NAIF's LUME-1 example (geophysical.ker)",
  oracle: "CSPICE N0067 inside tspice's native addon (@rybosome/tspice-native-linux-x64-gnu), called by tests/golden/tle-oracle.c; generated by tests/golden/gen-tle-golden.mjs",
  kernels: ["lsk/naif0012.tls"],
  tolerance: { abs: 1e-9, rel: 1e-12 },
  notes: "evsgp4 expectations are CSPICE's XXSGP4I (AFSPC mode) + XXSGP4E, as EVSGP4 calls them, on the getelm expectations. getelm expectations are built from CSPICE's NPARSD/NPARSI field values and TTRANS('YD.D','TDB') epoch with ZZGETELM's unit conversions (GETELM itself is not exported by the addon). args of getelm are [frstyr, [line1, line2]] (the first 69 columns of the verification file's lines); evsgp4 [et, geophs (8), elems (10)] -> state (6). Errors: CSPICE refuses sub-orbital sets at initialisation (SPICE(SUBORBITAL)), and fails where the published output stops early.",
  cases,
};
writeFileSync(join(fixtures, "golden", "tle.json"), `${JSON.stringify(golden, null, 1)}\n`);
// ---- CSPICE's internal routines behind SPK type 10.
const internalEpochs = [0, -3.2e9, -1.5e9, -4e8, 1e6, 3.6e8, 5.4e8, 6.43689404710227e8, 9.1e8, 2e9, 3.1e9];
for (const [k, set] of sets.entries()) if (k % 4 === 0) internalEpochs.push(getelmExpected(set.lines, 1957).epoch);
const wahr = oracle(internalEpochs.map((et) => `ZZWAHR ${num(et)}`));
const teme = oracle(internalEpochs.map((et) => `ZZTEME ${num(et)}`));
const internals = {
  description: "CSPICE N0067's ZZWAHR (dpsi, deps, their rates) and ZZTEME (TM2J, row-major 6x6) at each epoch; from tests/golden/gen-tle-golden.mjs",
  cases: internalEpochs.map((et, i) => ({ et, zzwahr: wahr[i], zzteme_tm2j: teme[i] })),
};
writeFileSync(join(fixtures, "sgp4", "cspice-internals.json"), `${JSON.stringify(internals, null, 1)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${cases.length} cases (${cases.filter((c) => c.error).length} errors)`);
