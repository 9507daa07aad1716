/**
 * The real machine behind the pure loader (loader.ts): environment, node:fs, /proc/cpuinfo, sysctl,
 * `require`. Loads the addon once per process.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { RawContext } from "@spicecraft/contract";
import { candidatePaths, chooseVariant, loadNativeAddon, supportedTarget, type LoadedAddon, type LoaderHost } from "./loader.js";

/** The addon's exports. */
export interface NativeAddon {
  Context: new () => RawContext;
  version: string;
  abiVersion: number;
  /** `modern` or `baseline` on x64, empty elsewhere. */
  variant: string;
}

const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

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

/** The loader's view of this process and machine. */
export function nodeLoaderHost(env: NodeJS.ProcessEnv = process.env): LoaderHost {
  return {
    platform: process.platform,
    arch: process.arch,
    libc: detectLibc(),
    env,
    version: (require("../package.json") as { version: string }).version,
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
      const stat = statSync(path, { throwIfNoEntry: false });
      return stat === undefined ? undefined : stat.isDirectory() ? "directory" : stat.isFile() ? "file" : undefined;
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
  return candidatePaths(host, variant, target).map((c) => ("path" in c ? c.path : c.missingPackage));
}
