// A fake machine for the native loader (backend-node/src/loader.ts): files, folders, installed
// packages, CPU, environment and a compiled executable's embedded files are plain data; every load,
// write, warning and debug line is recorded.
import { rawCallNames } from "../../contract/dist/index.js";

/** /proc/cpuinfo of an x86-64-v3 machine (AVX2 and company) and of an x86-64-v2 one. */
export const CPUINFO_AVX2 =
  "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu sse sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt xsave avx f16c abm bmi1 avx2 bmi2\n\n";
export const CPUINFO_NO_AVX2 =
  "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu sse sse2 ssse3 cx16 sse4_1 sse4_2 popcnt xsave avx\n\n";

/** A Context class implementing `calls` (default: the whole call list). */
export function contextClass(calls = rawCallNames) {
  const Context = class {};
  for (const name of calls) Context.prototype[name] = function () {};
  return Context;
}

/** A module object as this release's addon exports it. */
export function addonModule(version = "0.1.0", extra = {}) {
  return { Context: contextClass(), version, abiVersion: 1, [`__spicecraftV${version.replace(/[^0-9A-Za-z]/g, "_")}`]: true, ...extra };
}

/**
 * files: { path: module object | Error (require throws it) }, dirs: [path], packages: { name: dir },
 * cpuinfo: text, or null when unreadable, sysctl: text or undefined.
 */
export function fakeHost({
  platform = "linux",
  arch = "x64",
  libc = "glibc",
  env = {},
  version = "0.1.0",
  files = {},
  dirs = [],
  packages = {},
  cpuinfo = CPUINFO_AVX2,
  sysctl,
  moduleUrl = "file:///app/node_modules/@spicecraft/backend-node/dist/addon.js",
  isSea = false,
  assets = {},
  bytes = {},
  unwritable = [],
} = {}) {
  const log = { loads: [], warnings: [], debug: [], reads: [], sysctls: [], writes: [] };
  const host = {
    platform,
    arch,
    libc,
    env,
    version,
    requiredCalls: rawCallNames,
    moduleUrl,
    isSea,
    homeDir: "/home/user",
    readAsset: (name) => assets[name],
    // A file written by writeFile (or given in `bytes`) is then a loadable addon at that path.
    readBytes: (path) => bytes[path],
    writeFile(path, data) {
      if (unwritable.some((dir) => path.startsWith(dir))) throw new Error(`EACCES: permission denied, mkdir '${path}'`);
      log.writes.push(path);
      bytes[path] = data;
      files[path] = addonModule(version);
    },
    packageDir: "/app/node_modules/@spicecraft/backend-node",
    execDir: "/usr/local/bin",
    resolvePackage: (name) => packages[name],
    stat: (path) => (path in files ? "file" : dirs.includes(path) ? "directory" : undefined),
    readText(path) {
      log.reads.push(path);
      return path === "/proc/cpuinfo" ? (cpuinfo ?? undefined) : undefined;
    },
    sysctl(names) {
      log.sysctls.push(names);
      return sysctl;
    },
    load(path) {
      log.loads.push(path);
      const value = files[path];
      if (value instanceof Error) throw value;
      return value;
    },
    debug: (line) => log.debug.push(line),
    warn: (line) => log.warnings.push(line),
  };
  return { host, log };
}

export const PKG_DIR = "/app/node_modules/@spicecraft/native-linux-x64-gnu";
export const LOCAL_DIR = "/app/node_modules/@spicecraft/backend-node/native";
export const EXEC_DIR = "/usr/local/bin";
