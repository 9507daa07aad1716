/**
 * The command line's help texts: the whole usage, and one command's help (`spicecraft state --help`):
 * its lines of the usage, the options it reads, and its examples.
 */

export const USAGE = `Usage: spicecraft <command> [arguments] [options]

Commands:
  kernels                  list the loaded kernels and their types
  pool <template>          show kernel pool variables whose names match <template> (* any run, % one char)
  body <name|code>         show a body's NAIF ID, name and constants (radii, GM, ...)
  state <target>           state of <target> seen from --observer at --at, in --frame with --abcorr
  elements <target>        osculating conic elements of <target> about --center at --at (oscelt), in --frame,
                           with the center's GM from the kernel pool (BODY<id>_GM)
  time <time string>       a time as ET (TDB seconds past J2000), UTC, TDB and Julian date
  frame <from> <to>        the 3x3 rotation from frame <from> to frame <to> at --at (pxform)
  coverage <file>          what an SPK or binary PCK holds: each body or frame class and its time windows
  comments <file>          the comment area of an SPK or binary PCK
  inventory <file>         every segment of an SPK, CK, binary PCK or DSK, in file order (as NAIF's brief):
                           body or instrument, center, frame, data type and coverage (UTC where an LSK is loaded)
  azel <target>            azimuth, elevation and range of <target> from a ground station (--station, --at)
  clock <sclk-id> <value>  a spacecraft clock string ("1/0999194620:121") as ET, UTC and encoded ticks, or a
                           time as the clock string and ticks; <sclk-id> is the clock's ID (-74) or its
                           spacecraft's name (MRO); load an LSK and the SCLK kernel with --kernels
  attitude <frame>         orientation of <frame> (e.g. a spacecraft's CK frame) relative to --ref at --at:
                           SPICE quaternion, rotation matrix and angular velocity
  subpoint <target>        the sub-observer point of --observer on <target> at --at (subpnt) and the sub-solar
                           point (subslr), in <target>'s body-fixed frame (--frame, default IAU_<target>)
  illum <target>           phase, incidence and emission angles at a point of <target> (--point lon,lat in
                           degrees, planetocentric; default the sub-observer point) lit by --source (illumf)
  find distance <target>   when the distance of <target> from --observer satisfies --relate --value (km):
                           gfdist over --from..--to with --step
  find separation <a> <b>  when the angle between <a> and <b> seen from --observer satisfies --relate
                           --value (degrees; both bodies as spheres): gfsep
  find occultation <front> <back>   when <front> occults <back> seen from --observer (--type ANY, FULL,
                           ANNULAR or PARTIAL; both bodies as ellipsoids): gfoclt

Options:
  --kernels <file>         load this kernel too (repeatable), after the kernels bundled with spicecraft
  --no-default-kernels     do not load the bundled kernels (only the --kernels given)
  --backend <kind>         node, wasm or auto (default auto)
  --observer <body>        observer for state (default EARTH)
  --center <body>          central body for elements (no default)
  --at <time>              epoch for state, any CSPICE time string (UTC unless labelled TDB/TDT)
  --frame <name>           reference frame for state and elements (default J2000; elements need an inertial one)
  --abcorr <correction>    NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S (default NONE)
  --station <lat,lon,alt>  azel: station's planetodetic latitude, longitude (degrees, east positive) and
                           altitude (km); a value starting with '-' needs --station=-33.15,...
  --observer-body <body>   azel: the body the station is on (default EARTH)
  --ref <frame>            attitude: the frame the orientation is relative to (default J2000)
  --method <method>        subpoint: NEAR POINT/ELLIPSOID (default) or INTERCEPT/ELLIPSOID
  --point <lon,lat>        illum: planetocentric longitude and latitude (degrees) of the surface point
  --source <body>          illum: the light source (default SUN)
  --from <time>, --to <time>   find: the time window searched
  --relate <op>            find: >, <, =, LOCMIN, LOCMAX, ABSMIN or ABSMAX (default >)
  --value <number>         find: the reference value (km for distance, degrees for separation)
  --step <seconds>         find: the search step (default 3600); shorter than the shortest event or gap
  --type <kind>            find occultation: ANY (default), FULL, ANNULAR or PARTIAL
  --json                   print JSON instead of text
  -v, --version            print spicecraft's version
  -h, --help               show this help (after a command: that command's help)

Examples:
  spicecraft state MOON --observer EARTH --at 2015-03-02T12:00:00 --abcorr LT+S
  spicecraft elements MOON --center EARTH --at 2015-03-02T12:00:00
  spicecraft time '2015 MAR 02 12:00:00'
  spicecraft pool 'BODY399_*'
  spicecraft body MOON
  spicecraft frame J2000 IAU_EARTH --at 2015-03-02T12:00:00
  spicecraft coverage kernels/de430-2015-03-02.bsp
  spicecraft inventory kernels/de430-2015-03-02.bsp
  spicecraft kernels --no-default-kernels --kernels naif0012.tls --backend wasm
  spicecraft azel MOON --station 35.426,-116.889,1.002 --at 2015-03-02T12:00:00 --abcorr LT+S
  spicecraft clock MRO 1/0999194620:121 --kernels mroSCLK.tsc
  spicecraft find distance MOON --observer EARTH --from 2015-02-28 --to 2015-03-06 --relate '>' --value 400000`;

// The options each command reads besides the common ones (--kernels, --no-default-kernels, --backend, --json).
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  kernels: [],
  pool: [],
  body: [],
  state: ["observer", "at", "frame", "abcorr"],
  elements: ["center", "at", "frame"],
  time: [],
  frame: ["at"],
  coverage: [],
  comments: [],
  inventory: [],
  azel: ["station", "observer-body", "at", "abcorr"],
  clock: [],
  attitude: ["at", "ref"],
  subpoint: ["observer", "at", "frame", "abcorr", "method"],
  illum: ["observer", "at", "frame", "abcorr", "point", "source"],
  find: ["observer", "abcorr", "from", "to", "relate", "value", "step", "type"],
};
const COMMON_OPTIONS = ["kernels", "no-default-kernels", "backend", "json", "help"];

/** The names of the commands. */
export const COMMANDS = Object.keys(COMMAND_OPTIONS);

/** A section of USAGE: its lines between `title:` and the next blank line. */
function section(title: string): string[] {
  const lines = USAGE.split("\n");
  const from = lines.indexOf(`${title}:`);
  const out: string[] = [];
  for (let i = from + 1; i < lines.length && lines[i]!.trim() !== ""; i++) out.push(lines[i]!);
  return out;
}

/** Entries of a section: a line starting at column 2, with the more-indented lines that continue it. */
function entries(title: string): { head: string; lines: string[] }[] {
  const out: { head: string; lines: string[] }[] = [];
  for (const line of section(title)) {
    if (/^  \S/.test(line)) out.push({ head: line.trim(), lines: [line] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

/** One command's help, or undefined for an unknown command. */
export function commandHelp(command: string): string | undefined {
  const wanted = COMMAND_OPTIONS[command];
  if (wanted === undefined) return undefined;
  const described = entries("Commands").filter((e) => e.head === command || e.head.startsWith(`${command} `));
  const options = entries("Options").filter((e) => [...wanted, ...COMMON_OPTIONS].some((o) => e.head.startsWith(`--${o} `) || e.head.startsWith(`--${o},`) || e.head === `--${o}` || e.head.includes(` --${o} `) || e.head.startsWith(`-h, --${o}`)));
  const examples = section("Examples").filter((line) => line.trim().startsWith(`spicecraft ${command} `));
  return [
    `Usage: spicecraft ${command} [arguments] [options]`,
    "",
    ...described.flatMap((e) => e.lines),
    "",
    "Options:",
    ...options.flatMap((e) => e.lines),
    ...(examples.length ? ["", "Examples:", ...examples] : []),
  ].join("\n");
}
