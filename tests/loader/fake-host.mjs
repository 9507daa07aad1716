// A fake machine for the native loader (backend-node/src/loader.ts): files, folders, installed
// packages, CPU and environment are plain data; every load, warning and debug line is recorded.

/** /proc/cpuinfo of an x86-64-v3 machine (AVX2 and company) and of an x86-64-v2 one. */
export const CPUINFO_AVX2 =
  "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu sse sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt xsave avx f16c abm bmi1 avx2 bmi2\n\n";
export const CPUINFO_NO_AVX2 =
  "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu sse sse2 ssse3 cx16 sse4_1 sse4_2 popcnt xsave avx\n\n";

/** A module object as this release's addon exports it. */
export function addonModule(version = "0.1.0", extra = {}) {
  return { Context: class {}, version, abiVersion: 1, [`__spicecraftV${version.replace(/[^0-9A-Za-z]/g, "_")}`]: true, ...extra };
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
} = {}) {
  const log = { loads: [], warnings: [], debug: [], reads: [], sysctls: [] };
  const host = {
    platform,
    arch,
    libc,
    env,
    version,
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
