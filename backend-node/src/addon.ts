/**
 * The real machine behind the pure loader (loader.ts): environment, node:fs, /proc/cpuinfo, sysctl,
 * `require`, and a compiled executable's embedded files. Loads the addon once per process.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rawCallNames, rawLeanCalls, type RawContext } from "@spicecraft/contract";
import { detectCompiledMode, userCacheDir } from "./compiled-mode.js";
import { candidatePaths, chooseVariant, loadNativeAddon, supportedTarget, type LoadedAddon, type LoaderHost } from "./loader.js";

/** The addon's exports. */
export interface NativeAddon {
  Context: new () => RawContext;
  version: string;
  abiVersion: number;
  /** `modern` or `baseline` on x64, empty elsewhere. */
  variant: string;
}

// Set by scripts/build-single-file.mjs when it bundles spicecraft into one executable, where this
// package's package.json is not on disk; a normal install reads the version from package.json.
declare const __SPICECRAFT_VERSION__: string | undefined;

const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

function packageVersion(): string {
  if (typeof __SPICECRAFT_VERSION__ === "string") return __SPICECRAFT_VERSION__;
  return (require("../package.json") as { version: string }).version;
}

/** `node:sea`, when this Node has it and runs as a single executable application. */
function seaModule(): { isSea(): boolean; getRawAsset(key: string): ArrayBuffer } | undefined {
  try {
    const sea = require("node:sea") as { isSea(): boolean; getRawAsset(key: string): ArrayBuffer };
    return sea.isSea() ? sea : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An embedded file: from `node:sea`'s assets in a Node single executable, else from beside this
 * module (Bun's compiled executables serve embedded files from the same `$bunfs` folder as the
 * bundled code; Deno's `compile --include` likewise).
 */
export function readEmbeddedFile(name: string): Uint8Array | undefined {
  const sea = seaModule();
  if (sea !== undefined) {
    try {
      return new Uint8Array(sea.getRawAsset(name));
    } catch {
      return undefined;
    }
  }
  try {
    return readFileSync(join(dirname(fileURLToPath(import.meta.url)), name));
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so another process never sees half an addon. */
function writeFileAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, bytes, { mode: 0o755 });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** glibc or musl; /usr/bin/ldd names its C library, which is much faster than process.report. */
function detectLibc(): "glibc" | "musl" | undefined {
  if (process.platform !== "linux") return undefined;
  const ldd = readText("/usr/bin/ldd");
  if (ldd?.includes("musl")) return "musl";
  if (ldd?.includes("GLIBC") || ldd?.includes("GNU C Library")) return "glibc";
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime ? "glibc" : "musl";
}

/** The methods a complete addon's Context has: the call list's, their lean forms, and `scratch`. */
const REQUIRED_METHODS: readonly string[] = [
  ...rawCallNames,
  ...Object.values(rawLeanCalls).map((lean) => lean[0]),
  "scratch",
];

/** The loader's view of this process and machine. */
export function nodeLoaderHost(env: NodeJS.ProcessEnv = process.env): LoaderHost {
  return {
    platform: process.platform,
    arch: process.arch,
    libc: detectLibc(),
    env,
    version: packageVersion(),
    requiredCalls: REQUIRED_METHODS,
    moduleUrl: import.meta.url,
    isSea: seaModule() !== undefined,
    homeDir: homedir(),
    readAsset: readEmbeddedFile,
    readBytes(path) {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    writeFile: writeFileAtomic,
    packageDir,
    execDir: dirname(process.execPath),
    resolvePackage(name) {
      try {
        return dirname(require.resolve(`${name}/package.json`));
      } catch {
        return undefined;
      }
    },
    stat(path) {
      // throwIfNoEntry covers ENOENT only: a path through a regular file (ENOTDIR), an unreadable
      // folder (EACCES) or a loop (ELOOP) is "nothing there" too, never an exception.
      try {
        const stat = statSync(path, { throwIfNoEntry: false });
        return stat === undefined ? undefined : stat.isDirectory() ? "directory" : stat.isFile() ? "file" : undefined;
      } catch {
        return undefined;
      }
    },
    readText,
    sysctl(names) {
      try {
        return execFileSync("sysctl", ["-n", ...names], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5000 });
      } catch {
        return undefined;
      }
    },
    load: (path) => require(path),
    debug: (line) => process.stderr.write(`${line}\n`),
    warn: (line) => process.emitWarning(line, "SpicecraftWarning"),
  };
}

let loaded: LoadedAddon<NativeAddon> | undefined;

/** Loads the addon (once) and tells where it came from; throws a NativeLoadError listing every path tried. */
export function loadAddonInfo(): LoadedAddon<NativeAddon> {
  loaded ??= loadNativeAddon<NativeAddon>(nodeLoaderHost());
  return loaded;
}

/** Loads the addon (once). */
export function loadAddon(): NativeAddon {
  return loadAddonInfo().addon;
}

/** The paths the loader would try, in order (for diagnostics). */
export function addonCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const host = { ...nodeLoaderHost(env), debug: () => {}, warn: () => {} };
  const target = supportedTarget(host);
  const variant = host.arch === "x64" ? chooseVariant(host, () => {}) : undefined;
  const compiled = detectCompiledMode(host) === undefined ? undefined : { cacheDir: join(userCacheDir(host), host.version), userDir: userCacheDir(host) };
  return candidatePaths(host, variant, target, compiled).map((c) => ("path" in c ? c.path : c.missingPackage));
}
