#!/usr/bin/env node
/**
 * The spicecraft command line. Loads the bundled default kernels, then every --kernels file
 * (--no-default-kernels leaves the bundled ones out).
 *
 *   spicecraft kernels                       list loaded kernels and their types
 *   spicecraft pool <template>               kernel pool variables matching a template (* and %)
 *   spicecraft body <name|code>              NAIF ID, name and the body's constants from the pool
 *   spicecraft state <target> --observer <obs> --at <time> [--frame F] [--abcorr C]
 *   spicecraft elements <target> --center <body> --at <time> [--frame F]   osculating elements
 *   spicecraft time <time string>            ET, UTC, TDB and Julian dates of a time
 *   spicecraft frame <from> <to> --at <time> the rotation matrix from one frame to another (pxform)
 *   spicecraft coverage <file>               bodies (SPK) or frame classes (binary PCK) and their coverage
 *   spicecraft inventory <file>              every segment of an SPK, CK, binary PCK or DSK (as NAIF's brief)
 *   spicecraft comments <file>               the comment area of a DAF kernel
 *   spicecraft azel <target> --station <lat,lon,alt> --at <time> [--observer-body B] [--abcorr C]
 *   spicecraft clock <sclk-id> <clock string | time>   spacecraft clock string <-> ET, UTC, encoded ticks
 *   spicecraft attitude <frame> --at <time> [--ref J2000]   orientation of a (CK) frame: quaternion, matrix, rate
 *   spicecraft subpoint <target> --observer <obs> --at <time> [--method M]   sub-observer (and sub-solar) point
 *   spicecraft illum <target> --observer <obs> --at <time> [--point lon,lat] [--source SUN]   illumination angles
 *   spicecraft find distance|separation|occultation ... --from <time> --to <time>   when a condition holds (GF)
 *
 * Options: --kernels <file>... (repeatable), --no-default-kernels, --backend node|wasm|auto, --json,
 * --help (after a command: its own help), --version
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultKernelSources } from "./bundled-kernels.js";
import { COMMANDS, commandHelp, USAGE } from "./cli-help.js";
import { bundledKernelsDir, createBackend, SpiceError, type KernelSource, type SearchOptions, type SpiceBackend, type SpiceWindow } from "./index.js";



function defaultKernels(): KernelSource[] {
  return defaultKernelSources(bundledKernelsDir());
}

function listKernels(spice: SpiceBackend): object[] {
  const out: object[] = [];
  for (let i = 0; i < spice.ktotal("ALL"); i++) {
    const k = spice.kdata(i, "ALL");
    if (k.found) out.push({ file: k.file, type: k.filtyp, ...(k.source ? { source: k.source } : {}) });
  }
  return out;
}

function poolVariables(spice: SpiceBackend, template: string): Record<string, (number | string)[]> {
  const out: Record<string, (number | string)[]> = {};
  const names = spice.gnpool(template, 0, 100000);
  if (!names.found) return out;
  for (const name of names.values) {
    const shape = spice.dtpool(name);
    if (!shape.found) continue;
    const got = shape.type === "N" ? spice.gdpool(name, 0, shape.n) : spice.gcpool(name, 0, shape.n);
    if (got.found) out[name] = got.values;
  }
  return out;
}

function body(spice: SpiceBackend, query: string): object {
  const code = spice.bods2c(query);
  if (!code.found) {
    throw new SpiceError({
      short: "SPICE(IDCODENOTFOUND)",
      long: `'${query}' is neither a known body name nor an integer ID code.`,
      trace: "body",
      operation: "body",
    });
  }
  const name = spice.bodc2n(code.code);
  return {
    code: code.code,
    name: name.found ? name.name : null,
    constants: poolVariables(spice, `BODY${code.code}_*`),
  };
}

function state(spice: SpiceBackend, target: string, o: { observer: string; at: string; frame: string; abcorr: string }) {
  const et = spice.str2et(o.at);
  const { state: s, lt } = spice.spkezr(target, et, o.frame, o.abcorr, o.observer);
  const distance = Math.hypot(s[0], s[1], s[2]);
  return {
    target,
    observer: o.observer,
    frame: o.frame,
    abcorr: o.abcorr,
    utc: spice.et2utc(et, "ISOC", 3),
    et,
    position_km: s.slice(0, 3),
    velocity_km_s: s.slice(3, 6),
    distance_km: distance,
    light_time_s: lt,
  };
}

/** The center's GM (km^3/s^2) from the pool, or an error naming the variable and how to load it. */
function centerGm(spice: SpiceBackend, center: string): { code: number; gm: number } {
  const code = spice.bods2c(center);
  if (!code.found) {
    throw new SpiceError({
      short: "SPICE(IDCODENOTFOUND)",
      long: `The center '${center}' is neither a known body name nor an integer ID code.`,
      trace: "elements",
      operation: "elements",
    });
  }
  if (!spice.bodfnd(code.code, "GM")) {
    throw new SpiceError({
      short: "SPICE(KERNELVARNOTFOUND)",
      long: `No GM for ${center} (BODY${code.code}_GM) is in the kernel pool. Load a PCK with GM values, e.g. ` +
        "--kernels naif0012.tls --kernels gm_de440.tpc --kernels <an SPK> (the bundled kernels include gm_de440.tpc).",
      trace: "elements",
      operation: "elements",
    });
  }
  const gm = spice.bodvcd(code.code, "GM", 1)[0]!;
  return { code: code.code, gm };
}

/**
 * Osculating elements of `target` about `center`: the geometric state (spkezr, NONE) in `frame`,
 * with the center's GM from the pool, through oscltx, whose first 8 numbers are oscelt's.
 */
function elements(spice: SpiceBackend, target: string, o: { center: string; at: string; frame: string }) {
  const frameCode = spice.namfrm(o.frame);
  if (frameCode.found) {
    const info = spice.frinfo(frameCode.code);
    // PCK (2) and CK (3) frames rotate with a body or a spacecraft: elements in them mean nothing.
    if (info.found && (info.frameClass === 2 || info.frameClass === 3)) {
      throw new TypeError(`elements: ${o.frame} is a rotating frame; osculating elements need an inertial frame such as J2000 or ECLIPJ2000`);
    }
  }
  const { code, gm } = centerGm(spice, o.center);
  const et = spice.str2et(o.at);
  const { state: s } = spice.spkezr(target, et, o.frame, "NONE", o.center);
  const x = spice.oscltx(s, et, gm);
  const [rp, ecc, inc, lnode, argp, m0, t0, mu, nu, a, tau] = x as [number, number, number, number, number, number,
    number, number, number, number, number];
  const dpr = spice.dpr();
  return {
    target,
    center: o.center,
    frame: o.frame,
    utc: spice.et2utc(et, "ISOC", 3),
    et,
    gm_source: `BODY${code}_GM`,
    position_km: s.slice(0, 3),
    velocity_km_s: s.slice(3, 6),
    rp_km: rp,
    ecc,
    inc_deg: inc * dpr,
    inc_rad: inc,
    lnode_deg: lnode * dpr,
    lnode_rad: lnode,
    argp_deg: argp * dpr,
    argp_rad: argp,
    m0_deg: m0 * dpr,
    m0_rad: m0,
    t0_et: t0,
    mu_km3_s2: mu,
    nu_deg: nu * dpr,
    nu_rad: nu,
    // oscltx leaves a at 0 for a parabola and tau at 0 unless the orbit is an ellipse.
    a_km: ecc === 1 || a === 0 ? null : a,
    period_s: tau === 0 ? null : tau,
    period_days: tau === 0 ? null : tau / spice.spd(),
  };
}

function time(spice: SpiceBackend, text: string) {
  const et = spice.str2et(text);
  return {
    input: text,
    et,
    utc: spice.et2utc(et, "ISOC", 6),
    utc_doy: spice.et2utc(et, "ISOD", 6),
    tdb: spice.timout(et, "YYYY-MM-DDTHR:MN:SC.###### ::TDB"),
    jd_utc: spice.et2utc(et, "J", 8),
    jd_tdb: spice.unitim(et, "ET", "JDTDB"),
    delta_et_utc_s: spice.deltet(et, "ET"),
  };
}

function frame(spice: SpiceBackend, from: string, to: string, at: string) {
  const et = spice.str2et(at);
  const m = spice.pxform(from, to, et);
  return { from, to, utc: spice.et2utc(et, "ISOC", 3), et, rotation: [m.slice(0, 3), m.slice(3, 6), m.slice(6, 9)] };
}

/** Bodies of an SPK, or frame classes of a binary PCK, each with its coverage as UTC intervals. */
function coverage(spice: SpiceBackend, file: string): object[] {
  const { arch, type } = spice.getfat(file);
  if (arch !== "DAF" || (type !== "SPK" && type !== "PCK")) {
    throw new TypeError(`coverage: ${file} is ${arch}/${type}; give an SPK or a binary PCK`);
  }
  const utc = (et: number) => spice.et2utc(et, "ISOC", 3);
  const ids = type === "SPK" ? spice.spkobj(file) : spice.pckfrm(file);
  return ids.map((id) => {
    const window = type === "SPK" ? spice.spkcov(file, id) : spice.pckcov(file, id);
    const name = type === "SPK" ? spice.bodc2n(id) : { found: false as const };
    return {
      id,
      name: name.found ? name.name : "",
      intervals: window.toPairs().map(([a, b]) => `${utc(a)} .. ${utc(b)}`).join(", "),
    };
  });
}

/**
 * Every segment of an SPK, CK, binary PCK or DSK (inventory): one row per segment, times as UTC
 * (ET coverage; CK coverage stays in encoded clock ticks, which need the SCLK kernel).
 */
function inventoryRows(spice: SpiceBackend, file: string): object[] {
  const { arch, type, segments } = spice.inventory(file);
  if (segments.length === 0 && !(arch === "DAF" || (arch === "DAS" && type === "DSK"))) {
    throw new TypeError(`inventory: ${file} is ${arch}/${type}; give an SPK, CK, binary PCK or DSK`);
  }
  const utc = (et: number) => spice.et2utc(et, "ISOC", 3);
  const name = (id: number) => {
    const n = spice.bodc2n(id);
    return n.found ? `${id} (${n.name})` : String(id);
  };
  return segments.map((s) => {
    switch (s.kind) {
      case "SPK":
        return { body: name(s.body), center: name(s.center), frame: s.frame, type: s.dataType, from: utc(s.start), to: utc(s.stop), segment: s.name };
      case "CK":
        return { instrument: s.instrument, frame: s.frame, type: s.dataType, av: s.angularVelocity, fromTicks: s.startTicks, toTicks: s.stopTicks, segment: s.name };
      case "PCK":
        return { frameClassId: s.frameClassId, frame: s.frame, type: s.dataType, from: utc(s.start), to: utc(s.stop), segment: s.name };
      case "DSK":
        return { surface: s.surface, center: name(s.center), frame: s.frame, type: s.dataType, from: utc(s.start), to: utc(s.stop) };
    }
  });
}

// The time scale of each time-valued field, printed after its value in text output (JSON stays plain).
const TIME_SCALES: Record<string, string> = {
  utc: "UTC",
  utc_doy: "UTC",
  tdb: "TDB",
  et: "(TDB seconds past J2000)",
  jd_utc: "UTC",
  jd_tdb: "TDB",
};

function print(value: unknown, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(value, null, 2));
    return;
  }
  if (Array.isArray(value)) {
    for (const row of value) console.log(Object.values(row as object).join("  "));
    return;
  }
  for (const [key, v] of Object.entries(value as object)) {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      console.log(`${key}:`);
      for (const [k2, v2] of Object.entries(v as object)) console.log(`  ${k2} = ${formatValue(v2)}`);
    } else {
      const scale = typeof v === "number" || typeof v === "string" ? TIME_SCALES[key] : undefined;
      console.log(`${key} = ${formatValue(v)}${scale ? ` ${scale}` : ""}`);
    }
  }
}

function formatValue(v: unknown): string {
  if (!Array.isArray(v)) return String(v);
  if (v.every(Array.isArray)) return v.map((row) => `\n  ${formatValue(row)}`).join(""); // a matrix, one row per line
  return v.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ");
}

/** The options every command shares, and the ones only some read (spread in from their sections). */
function optionTable() {
  return {
    kernels: { type: "string", multiple: true },
    "no-default-kernels": { type: "boolean", default: false },
    backend: { type: "string", default: "auto" },
    json: { type: "boolean", default: false },
    observer: { type: "string", default: "EARTH" },
    center: { type: "string" },
    at: { type: "string" },
    frame: { type: "string", default: "J2000" },
    abcorr: { type: "string", default: "NONE" },
    help: { type: "boolean", short: "h", default: false },
    version: { type: "boolean", short: "v", default: false },
    ...azelOptions(),
    ...attitudeOptions(),
    ...surfaceOptions(), // issue 13, surface geometry
    ...findOptions(), // issue 14, GF
  } as const;
}

/** parseArgs, with its messages for unknown options and missing values made short and actionable. */
function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: negativeNumbersAsPositionals(argv), allowPositionals: true, options: optionTable() });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const name = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new UsageError(`unknown option ${name}. See 'spicecraft --help' (or 'spicecraft <command> --help') for the options.`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /(--?[\w-]+)/.exec((error as Error).message)?.[1] ?? name;
      throw new UsageError(`option ${option} needs a value, e.g. ${option} <value>.`);
    }
    throw error;
  }
}

/** A mistake on the command line: printed without a stack, exit status 2. */
class UsageError extends Error {}

/** This package's version: from its package.json, or set by the single-file bundler. */
declare const __SPICECRAFT_VERSION__: string | undefined;
function packageVersion(): string {
  if (typeof __SPICECRAFT_VERSION__ === "string") return __SPICECRAFT_VERSION__;
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.version) {
    console.log(`spicecraft ${packageVersion()} (CSPICE_N0067 compatible)`);
    return 0;
  }
  const [command, ...rest] = positionals.map(positional);
  if (command !== undefined && !COMMANDS.includes(command)) {
    throw new UsageError(`unknown command '${command}'. The commands are: ${COMMANDS.join(", ")} (see 'spicecraft --help').`);
  }
  if (values.help || command === undefined) {
    console.log(command !== undefined ? commandHelp(command) : USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const spice = await createBackend({ backend: values.backend as "node" | "wasm" | "auto" });
  try {
    // --kernels adds to the bundled kernels; --no-default-kernels leaves those out.
    const kernels = [...(values["no-default-kernels"] ? [] : defaultKernels()), ...(values.kernels ?? [])];
    for (const kernel of kernels) spice.furnsh(kernel);
    switch (command) {
      case "kernels":
        print(listKernels(spice), values.json);
        return 0;
      case "pool": {
        const template = rest[0];
        if (template === undefined) throw new TypeError("pool: give a variable name or template, e.g. 'BODY399_*'");
        const found = poolVariables(spice, template);
        if (Object.keys(found).length === 0) {
          console.error(`No kernel pool variable matches '${template}'.`);
          return 1;
        }
        print(found, values.json);
        return 0;
      }
      case "body": {
        const query = rest.join(" ");
        if (query === "") throw new TypeError("body: give a body name or NAIF ID, e.g. MOON or 301");
        print(body(spice, query), values.json);
        return 0;
      }
      case "state": {
        const target = rest.join(" ");
        if (target === "") throw new TypeError("state: give a target body, e.g. state MOON --observer EARTH --at 2015-03-02T12:00");
        if (values.at === undefined) {
          throw new TypeError("state: give the epoch with --at, e.g. --at 2015-03-02T12:00:00 (the bundled ephemeris covers 2015-02-27 to 2015-03-07)");
        }
        print(state(spice, target, { observer: values.observer, at: values.at, frame: values.frame, abcorr: values.abcorr }), values.json);
        return 0;
      }
      case "elements": {
        const target = rest.join(" ");
        if (target === "" || values.center === undefined || values.at === undefined) {
          throw new TypeError("elements: give a target, --center and --at, e.g. elements MOON --center EARTH --at 2015-03-02T12:00:00 (the bundled ephemeris covers 2015-02-27 to 2015-03-07)");
        }
        print(elements(spice, target, { center: values.center, at: values.at, frame: values.frame }), values.json);
        return 0;
      }
      case "time": {
        const text = rest.join(" ");
        if (text === "") throw new TypeError("time: give a time string, e.g. time 2015-03-02T12:00:00");
        print(time(spice, text), values.json);
        return 0;
      }
      case "frame": {
        const [from, to] = rest;
        if (from === undefined || to === undefined || values.at === undefined) {
          throw new TypeError("frame: give two frames and --at, e.g. frame J2000 IAU_EARTH --at 2015-03-02T12:00:00");
        }
        print(frame(spice, from, to, values.at), values.json);
        return 0;
      }
      case "coverage": {
        if (rest[0] === undefined) throw new TypeError("coverage: give an SPK or binary PCK file");
        print(coverage(spice, rest[0]), values.json);
        return 0;
      }
      case "inventory": {
        if (rest[0] === undefined) throw new TypeError("inventory: give an SPK, CK, binary PCK or DSK file");
        print(inventoryRows(spice, rest[0]), values.json);
        return 0;
      }
      case "comments": {
        if (rest[0] === undefined) throw new TypeError("comments: give an SPK or binary PCK file");
        const lines = spice.dafec(rest[0]);
        if (values.json) print(lines, true);
        else for (const line of lines) console.log(line);
        return 0;
      }
      case "azel": return azelCommand(spice, rest, values);
      case "clock": return clockCommand(spice, rest, values.json);
      case "attitude": return attitudeCommand(spice, rest, values);
      case "subpoint": return subpointCommand(spice, rest, values); // issue 13, surface geometry
      case "illum": return illumCommand(spice, rest, values);
      case "find": return await findCommand(spice, rest, values); // issue 14, GF
      default:
        console.error(`Unknown command '${command}'.\n\n${USAGE}`);
        return 2;
    }
  } finally {
    spice.dispose();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SpiceError) console.error(`spicecraft: ${error.short}: ${error.long}`);
    else console.error(`spicecraft: ${(error as Error).message}`);
    if (error instanceof UsageError) process.exit(2);
    // A search stopped by Ctrl-C (find) exits as an interrupted program does.
    process.exit(error instanceof SpiceError && error.short === "SPICE(CANCELLED)" ? 130 : 1);
  },
);

// --- Observers (issue 15): the azel command ---

/** The options only azel reads (spread into main's option table; a function so it is hoisted). */
function azelOptions() {
  return {
    station: { type: "string" },
    "observer-body": { type: "string", default: "EARTH" },
  } as const;
}

/**
 * Azimuth, elevation and range (with their rates) of `target` from a station on the reference
 * ellipsoid of `body` (BODYnnn_RADII): the station's position from georec in the body's IAU frame,
 * then azlcpo with the ELLIPSOID method. Azimuth is the compass azimuth (from north through east),
 * elevation positive above the local horizon; angles in degrees, distances in km.
 */
function azel(spice: SpiceBackend, target: string, o: { station: string; body: string; at: string; abcorr: string }) {
  const parts = o.station.split(",").map((p) => p.trim());
  const [lat, lon, alt] = parts.map(Number);
  if (parts.length !== 3 || parts.some((p) => p === "") || ![lat, lon, alt].every(Number.isFinite)) {
    throw new TypeError(`azel: --station must be <lat,lon,alt> in degrees, degrees and km, e.g. 35.426,-116.889,1.002; got '${o.station}'`);
  }
  if (Math.abs(lat!) > 90) throw new RangeError(`azel: the station's latitude must be within [-90, 90] degrees; got ${lat}`);
  const code = spice.bods2c(o.body);
  const name = code.found ? spice.bodc2n(code.code) : { found: false as const };
  if (!code.found || !name.found) {
    throw new SpiceError({
      short: "SPICE(IDCODENOTFOUND)",
      long: `'${o.body}' is not a known body name or NAIF ID (--observer-body).`,
      trace: "azel",
      operation: "azel",
    });
  }
  const frame = `IAU_${name.name}`;
  const [re, , rp] = spice.bodvrd(o.body, "RADII", 3) as [number, number, number];
  const rpd = spice.rpd();
  const dpr = spice.dpr();
  const station = spice.georec(lon! * rpd, lat! * rpd, alt!, re, (re - rp) / re);
  const et = spice.str2et(o.at);
  const { azlsta, lt } = spice.azlcpo("ELLIPSOID", target, et, o.abcorr, false, true, station, o.body, frame);
  return {
    target,
    observer_body: o.body,
    station: { latitude_deg: lat, longitude_deg: lon, altitude_km: alt },
    station_km: station,
    frame,
    abcorr: o.abcorr,
    utc: spice.et2utc(et, "ISOC", 3),
    et,
    azimuth_deg: azlsta[1] * dpr,
    elevation_deg: azlsta[2] * dpr,
    range_km: azlsta[0],
    azimuth_rate_deg_s: azlsta[4] * dpr,
    elevation_rate_deg_s: azlsta[5] * dpr,
    range_rate_km_s: azlsta[3],
    light_time_s: lt,
  };
}

/** `spicecraft azel <target> --station <lat,lon,alt> --at <time> [--observer-body B] [--abcorr C] [--json]`. */
function azelCommand(
  spice: SpiceBackend,
  rest: string[],
  values: { station?: string; "observer-body": string; at?: string; abcorr: string; json: boolean },
): number {
  const target = rest.join(" ");
  if (target === "" || values.station === undefined || values.at === undefined) {
    throw new TypeError("azel: give a target, --station <lat,lon,alt> and --at, e.g. azel MOON --station 35.426,-116.889,1.002 --at 2015-03-02T12:00:00");
  }
  print(azel(spice, target, { station: values.station, body: values["observer-body"], at: values.at, abcorr: values.abcorr }), values.json);
  return 0;
}

// --- Spacecraft clocks (issue 12, sclk): the clock command ---

/**
 * parseArgs reads a bare negative number ("-74", a NAIF ID) as an option. Such arguments are
 * hidden behind a marker it passes through as a positional, and `positional` removes it after
 * parsing, so every command takes negative IDs.
 */
// (Functions, not constants: main runs before this module's later constants are initialised.)
function negativeNumbersAsPositionals(argv: string[]): string[] {
  return argv.map((a) => (/^-\d+(\.\d+)?$/.test(a) ? "\u0000" + a : a));
}
function positional(text: string): string {
  return text.startsWith("\u0000") ? text.slice(1) : text;
}

/** A clock's ID: an integer (the spacecraft's NAIF ID, e.g. -74), or a spacecraft name (MRO). */
function clockId(spice: SpiceBackend, text: string): number {
  if (/^[+-]?\d+$/.test(text)) return Number(text);
  const code = spice.bods2c(text);
  if (!code.found) {
    throw new SpiceError({
      short: "SPICE(IDCODENOTFOUND)",
      long: `'${text}' is neither a clock ID such as -74 nor a known spacecraft name.`,
      trace: "clock",
      operation: "clock",
    });
  }
  return code.code;
}

/**
 * A clock string, or else a time string. A value with a partition ("1/...") is a clock string; any
 * other is tried as a clock string (scencd), then as a time (str2et); when both fail, the clock
 * string's error is reported unless the value looks like a time (has a letter).
 */
function clock(spice: SpiceBackend, sc: number, value: string) {
  let sclkdp: number | undefined;
  let clockError: unknown;
  try {
    sclkdp = spice.scencd(sc, value);
  } catch (e) {
    if (value.includes("/") || !(e instanceof SpiceError)) throw e;
    clockError = e;
  }
  if (sclkdp !== undefined) {
    const et = spice.sct2e(sc, sclkdp);
    return {
      sclk_id: sc,
      input: value,
      kind: "clock string",
      clock: spice.scdecd(sc, sclkdp),
      ticks: sclkdp,
      et,
      utc: spice.et2utc(et, "ISOC", 6),
    };
  }
  let et: number;
  try {
    et = spice.str2et(value);
  } catch (e) {
    throw /[a-z]/i.test(value) ? e : clockError;
  }
  return {
    sclk_id: sc,
    input: value,
    kind: "time",
    et,
    utc: spice.et2utc(et, "ISOC", 6),
    clock: spice.sce2s(sc, et),
    ticks: spice.sce2c(sc, et),
    ticks_rounded: spice.sce2t(sc, et),
  };
}

/** `spicecraft clock <sclk-id> <clock string | time> [--json]`. */
function clockCommand(spice: SpiceBackend, rest: string[], json: boolean): number {
  const [id, ...words] = rest;
  const value = words.join(" ");
  if (id === undefined || value === "") {
    throw new TypeError("clock: give a clock ID (or spacecraft name) and a clock string or time, e.g. clock MRO 1/0999194620:121 --kernels naif0012.tls --kernels mroSCLK.tsc");
  }
  print(clock(spice, clockId(spice, id), value), json);
  return 0;
}

// --- CK reading (issue 12): the attitude command ---

/** The options only attitude reads (spread into main's option table; a function so it is hoisted). */
function attitudeOptions() {
  return { ref: { type: "string", default: "J2000" } } as const;
}

/**
 * The orientation of `frame` relative to `ref` at `at`: the rotation from `ref` to `frame` (pxform,
 * for a CK frame its C-matrix), its SPICE quaternion (m2q: cos(angle/2) first), its axis and angle,
 * and the angular velocity of `frame` relative to `ref` expressed in `ref` (xf2rav of sxform, rad/s
 * and deg/s). A CK without angular velocity gives the orientation only (`angular_velocity` null).
 */
function attitude(spice: SpiceBackend, frame: string, o: { ref: string; at: string }) {
  const et = spice.str2et(o.at);
  const m = spice.pxform(o.ref, frame, et);
  let av: number[] | null = null;
  try {
    av = spice.xf2rav(spice.sxform(o.ref, frame, et)).av;
  } catch (e) {
    // Without angular velocity data the CK frame has no state transformation (CKFXFM finds nothing).
    if (!(e instanceof SpiceError && e.short === "SPICE(NOFRAMECONNECT)")) throw e;
  }
  const q = spice.m2q(m);
  const s = Math.hypot(q[1], q[2], q[3]);
  const dpr = spice.dpr();
  return {
    frame,
    ref: o.ref,
    utc: spice.et2utc(et, "ISOC", 3),
    et,
    quaternion: q,
    rotation: [m.slice(0, 3), m.slice(3, 6), m.slice(6, 9)],
    axis: s === 0 ? [0, 0, 1] : [q[1] / s, q[2] / s, q[3] / s],
    angle_deg: 2 * Math.atan2(s, q[0]) * dpr,
    angular_velocity_rad_s: av,
    angular_velocity_deg_s: av === null ? null : av.map((x) => x * dpr),
  };
}

/** `spicecraft attitude <frame> --at <time> [--ref J2000] [--json]`. */
function attitudeCommand(spice: SpiceBackend, rest: string[], values: { ref: string; at?: string; json: boolean }): number {
  const frame = rest.join(" ");
  if (frame === "" || values.at === undefined) {
    throw new TypeError("attitude: give a frame and --at, e.g. attitude TGO_SPACECRAFT --at 2017-03-10T00:00:00 --ref J2000 (with the CK, SCLK, FK and LSK as --kernels)");
  }
  print(attitude(spice, frame, { ref: values.ref, at: values.at }), values.json);
  return 0;
}

// --- Issue 13, surface geometry (h13-surface): the subpoint and illum commands ---

/** The options only subpoint and illum read (spread into main's option table; a function so it is hoisted). */
function surfaceOptions() {
  return {
    method: { type: "string", default: "NEAR POINT/ELLIPSOID" },
    point: { type: "string" },
    source: { type: "string", default: "SUN" },
  } as const;
}

type SurfaceValues = { observer: string; at?: string; frame: string; abcorr: string; method: string; point?: string; source: string; json: boolean };

/** The body-fixed frame of `target`: --frame when given, else IAU_<target's name>. */
function bodyFixedFrame(spice: SpiceBackend, target: string, frame: string): string {
  if (frame !== "J2000") return frame; // J2000 is main's default, never a body-fixed frame
  const code = spice.bods2c(target);
  const name = code.found ? spice.bodc2n(code.code) : { found: false as const };
  return name.found ? `IAU_${name.name}` : `IAU_${target.toUpperCase()}`;
}

/** Planetocentric radius (km), longitude and latitude (degrees) of a body-fixed point. */
function planetocentric(p: readonly number[]) {
  const [x, y, z] = p as [number, number, number];
  const dpr = 180 / Math.PI;
  return { radius_km: Math.hypot(x, y, z), longitude_deg: Math.atan2(y, x) * dpr, latitude_deg: Math.atan2(z, Math.hypot(x, y)) * dpr };
}

/**
 * The sub-observer point of `observer` on `target` (subpnt with --method) and the sub-solar point
 * (subslr with the same method), in the target's body-fixed frame at the target epoch, with their
 * planetocentric coordinates and the observer's distance to the sub-observer point.
 */
function subpoint(spice: SpiceBackend, target: string, o: SurfaceValues & { at: string }) {
  const et = spice.str2et(o.at);
  const fixref = bodyFixedFrame(spice, target, o.frame);
  const sub = spice.subpnt(o.method, target, et, fixref, o.abcorr, o.observer);
  const sun = spice.subslr(o.method, target, et, fixref, o.abcorr, o.observer);
  return {
    target,
    observer: o.observer,
    frame: fixref,
    method: o.method,
    abcorr: o.abcorr,
    utc: spice.et2utc(et, "ISOC", 3),
    et,
    subobserver: { point_km: sub.spoint, ...planetocentric(sub.spoint), distance_km: Math.hypot(...sub.srfvec), trgepc: sub.trgepc },
    subsolar: { point_km: sun.spoint, ...planetocentric(sun.spoint), trgepc: sun.trgepc },
  };
}

/** `spicecraft subpoint <target> --observer <obs> --at <time> [--method M] [--frame F] [--abcorr C] [--json]`. */
function subpointCommand(spice: SpiceBackend, rest: string[], values: SurfaceValues): number {
  const target = rest.join(" ");
  if (target === "" || values.at === undefined) {
    throw new TypeError("subpoint: give a target and --at, e.g. subpoint MOON --observer EARTH --at 2015-03-02T12:00:00");
  }
  print(subpoint(spice, target, { ...values, at: values.at }), values.json);
  return 0;
}

/**
 * Illumination angles (illumf, ELLIPSOID) at a point of `target`: --point lon,lat (planetocentric
 * degrees, on the reference ellipsoid: the intercept of the ray from the center) or, by default,
 * the sub-observer point (subpnt NEAR POINT/ELLIPSOID). Angles in degrees.
 */
function illum(spice: SpiceBackend, target: string, o: SurfaceValues & { at: string }) {
  const et = spice.str2et(o.at);
  const fixref = bodyFixedFrame(spice, target, o.frame);
  let point: number[];
  if (o.point === undefined) {
    point = spice.subpnt("NEAR POINT/ELLIPSOID", target, et, fixref, o.abcorr, o.observer).spoint;
  } else {
    const parts = o.point.split(",").map((p) => p.trim());
    const [lon, lat] = parts.map(Number);
    if (parts.length !== 2 || parts.some((p) => p === "") || ![lon, lat].every(Number.isFinite) || Math.abs(lat!) > 90) {
      throw new TypeError(`illum: --point must be <lon,lat> in degrees (latitude within [-90, 90]), e.g. 10,-20; got '${o.point}'`);
    }
    const rpd = Math.PI / 180;
    const dir = [Math.cos(lon! * rpd) * Math.cos(lat! * rpd), Math.sin(lon! * rpd) * Math.cos(lat! * rpd), Math.sin(lat! * rpd)];
    const [a, b, c] = spice.bodvrd(target, "RADII", 3) as [number, number, number];
    // The ellipsoid point along `dir` from the center: dir scaled by 1/sqrt(sum (dir_i/r_i)^2).
    const s = 1 / Math.hypot(dir[0]! / a, dir[1]! / b, dir[2]! / c);
    point = dir.map((d) => d * s);
  }
  const f = spice.illumf("ELLIPSOID", target, o.source, et, fixref, o.abcorr, o.observer, point);
  const dpr = 180 / Math.PI;
  return {
    target,
    observer: o.observer,
    source: o.source,
    frame: fixref,
    abcorr: o.abcorr,
    utc: spice.et2utc(et, "ISOC", 3),
    et,
    point_km: point,
    ...planetocentric(point),
    phase_deg: f.phase * dpr,
    incidence_deg: f.incdnc * dpr,
    emission_deg: f.emissn * dpr,
    visible: f.visibl,
    lit: f.lit,
    distance_km: Math.hypot(...f.srfvec),
    trgepc: f.trgepc,
  };
}

/** `spicecraft illum <target> --observer <obs> --at <time> [--point lon,lat] [--source SUN] [--frame F] [--abcorr C] [--json]`. */
function illumCommand(spice: SpiceBackend, rest: string[], values: SurfaceValues): number {
  const target = rest.join(" ");
  if (target === "" || values.at === undefined) {
    throw new TypeError("illum: give a target and --at, e.g. illum MOON --observer EARTH --at 2015-03-02T12:00:00 --point 10,-20");
  }
  print(illum(spice, target, { ...values, at: values.at }), values.json);
  return 0;
}

// --- Issue 14, GF: the find command ---

/** The options only find reads (spread into main's option table; a function so it is hoisted). */
function findOptions() {
  return {
    from: { type: "string" },
    to: { type: "string" },
    relate: { type: "string", default: ">" },
    value: { type: "string" },
    step: { type: "string", default: "3600" },
    type: { type: "string", default: "ANY" },
  } as const;
}

type FindValues = {
  observer: string; abcorr: string; from?: string; to?: string; relate: string; value?: string; step: string;
  type: string; json: boolean;
};

/** A finite number from an option, or a TypeError naming it. */
function numberOption(name: string, text: string | undefined, example: string): number {
  const value = text === undefined || text.trim() === "" ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new TypeError(`find: --${name} must be a number, e.g. --${name} ${example}; got '${text ?? ""}'`);
  return value;
}

/**
 * A progress bar on stderr while a search runs (when stderr is a terminal), and Ctrl-C as an
 * AbortSignal: the search stops between two steps and the command exits with SPICE(CANCELLED).
 */
function searchProgress(label: string, offThread: boolean): { options: SearchOptions; done: () => void } {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  // On the WASM backend the search holds the JS thread, so a SIGINT listener would only run after
  // it: there Ctrl-C keeps its default (end the process at once).
  if (offThread) process.once("SIGINT", onSigint);
  const tty = process.stderr.isTTY === true;
  let shown = -1;
  const onProgress = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (!tty || percent === shown) return;
    shown = percent;
    const width = 30;
    const filled = Math.round((fraction * width));
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(percent).padStart(3)}%`);
  };
  return {
    options: { onProgress, signal: controller.signal },
    done: () => {
      process.off("SIGINT", onSigint);
      if (tty && shown >= 0) process.stderr.write("\r\x1b[K");
    },
  };
}

/**
 * `spicecraft find distance|separation|occultation ...`: the GF search (async: off the JS thread on
 * the Node addon, with a progress bar and Ctrl-C), printed as one interval per line: start and stop
 * (UTC, ISO calendar, milliseconds) and the duration in seconds; with --json, the intervals with
 * their ET endpoints too.
 */
async function findCommand(spice: SpiceBackend, rest: string[], values: FindValues): Promise<number> {
  const [what, ...bodies] = rest;
  const usage = "find: e.g. find distance MOON --observer EARTH --from 2015-02-28 --to 2015-03-06 --relate '>' --value 400000";
  if (values.from === undefined || values.to === undefined) throw new TypeError(`find: give the window with --from and --to. ${usage}`);
  const cnfine: [number, number][] = [[spice.str2et(values.from), spice.str2et(values.to)]];
  const step = numberOption("step", values.step, "3600");
  const relate = values.relate.toUpperCase();
  const extremum = ["LOCMIN", "LOCMAX", "ABSMIN", "ABSMAX"].includes(relate);
  const progress = searchProgress(`find ${what ?? ""}`, spice.kind === "node");
  let window: SpiceWindow;
  try {
    switch (what) {
      case "distance": {
        const target = bodies.join(" ");
        if (target === "") throw new TypeError(`find distance: give a target. ${usage}`);
        const value = extremum ? 0 : numberOption("value", values.value, "400000");
        window = await spice.gfdistAsync(target, values.abcorr, values.observer, relate, value, 0, step, 100_000, cnfine, progress.options);
        break;
      }
      case "separation": {
        const [a, b] = bodies;
        if (a === undefined || b === undefined || bodies.length !== 2) {
          throw new TypeError("find separation: give two bodies, e.g. find separation MOON SUN --relate '<' --value 10 --from ... --to ...");
        }
        const value = extremum ? 0 : (numberOption("value", values.value, "10") * Math.PI) / 180;
        window = await spice.gfsepAsync(a, "SPHERE", "NULL", b, "SPHERE", "NULL", values.abcorr, values.observer, relate, value, 0,
          step, 100_000, cnfine, progress.options);
        break;
      }
      case "occultation": {
        const [front, back] = bodies;
        if (front === undefined || back === undefined || bodies.length !== 2) {
          throw new TypeError("find occultation: give the front and back bodies, e.g. find occultation MOON SUN --from ... --to ...");
        }
        const fixed = (body: string) => bodyFixedFrame(spice, body, "J2000");
        window = await spice.gfocltAsync(values.type.toUpperCase(), front, "ELLIPSOID", fixed(front), back, "ELLIPSOID", fixed(back),
          values.abcorr, values.observer, step, cnfine, progress.options);
        break;
      }
      default:
        throw new TypeError(`find: search 'distance', 'separation' or 'occultation', got '${what ?? ""}'. ${usage}`);
    }
  } finally {
    progress.done();
  }
  const intervals = window.toPairs().map(([a, b]) => ({
    start: spice.et2utc(a, "ISOC", 3),
    stop: spice.et2utc(b, "ISOC", 3),
    seconds: Number((b - a).toFixed(3)),
    ...(values.json ? { et: [a, b] } : {}),
  }));
  if (values.json) print(intervals, true);
  else if (intervals.length === 0) console.log("No interval found.");
  else for (const i of intervals) console.log(`${i.start}  ${i.stop}  ${i.seconds} s`);
  return 0;
}
