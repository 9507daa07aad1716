/**
 * Chooses and loads the native addon file. A pure function of its inputs: everything it reads from
 * the machine (environment, files, CPU, `require`) comes through {@link LoaderHost}, so every branch
 * can be tested with a fake file system and a fake CPU. `addon.ts` supplies the real host.
 *
 * Candidates, in order, de-duplicated:
 *   1. SPICECRAFT_NATIVE_PATH (a `.node` file, or a folder searched like the ones below)
 *   2. the platform package `@spicecraft/native-<platform>-<arch>[-gnu|-musl]` (optional dependency;
 *      only for the SUPPORTED_TARGETS, the platforms a package is published for)
 *   3. the package-local `native/` folder (source builds: CMake writes there)
 *   4. the folder of the Node executable
 * In compiled-binary mode (compiled-mode.ts: one executable carrying the addon) the list is instead:
 * SPICECRAFT_NATIVE_PATH, the versioned cache folder (`~/.cache/spicecraft/<version>/`, where the
 * embedded addon is extracted on first use), the per-user folder (`~/.cache/spicecraft/`), the
 * platform package and `native/` folders, the executable's folder.
 * In each folder, on x64: `spicecraft.<platform>-x64-modern.node` (x86-64-v3, AVX2) when the CPU has
 * it, then `-baseline` (x86-64-v2), then the unsuffixed `spicecraft.<platform>-x64.node`.
 * A file loads only if it exports this release's sentinel `__spicecraftV<major>_<minor>_<patch>` and
 * implements every call of the call list (export-check.ts).
 */
import { join, resolve } from "node:path";
import {
  detectCompiledMode,
  extractEmbedded,
  MANIFEST_ASSET,
  readManifest,
  userCacheDir,
  type CompiledInfo,
  type EmbeddedFile,
  type EmbeddedManifest,
} from "./compiled-mode.js";
import { incompleteText, missingCalls } from "./export-check.js";

/** Everything the loader reads from the machine. */
export interface LoaderHost {
  /** `process.platform`. */
  platform: string;
  /** `process.arch`. */
  arch: string;
  /** The C library on Linux (undefined elsewhere, or when unknown: glibc is assumed). */
  libc?: "glibc" | "musl";
  /** Environment variables (SPICECRAFT_NATIVE_PATH, SPICECRAFT_NATIVE_VARIANT, SPICECRAFT_DEBUG). */
  env: Readonly<Record<string, string | undefined>>;
  /** This package's version: the sentinel every candidate must carry. */
  version: string;
  /** The call list's names (`rawCallNames`): every candidate's Context must implement them all. */
  requiredCalls: readonly string[];
  /** This module's URL (`import.meta.url`); Bun's compiled executables serve it from `$bunfs`. */
  moduleUrl: string;
  /** Whether Node runs as a single executable application (`node:sea`'s `isSea()`). */
  isSea: boolean;
  /** The user's home folder (for the per-user cache folder). */
  homeDir: string;
  /** An embedded file of a compiled executable, or undefined (no such file, or not compiled). */
  readAsset(name: string): Uint8Array | undefined;
  /** A file's bytes, or undefined when it cannot be read. */
  readBytes(path: string): Uint8Array | undefined;
  /** Writes a file atomically (a temporary file renamed into place), creating its folder; throws on failure. */
  writeFile(path: string, bytes: Uint8Array): void;
  /** This package's root folder (holds `native/`). */
  packageDir: string;
  /** The folder of the Node executable. */
  execDir: string;
  /** The folder of an installed package, or undefined when it is not installed. */
  resolvePackage(name: string): string | undefined;
  /** What is at a path. */
  stat(path: string): "file" | "directory" | undefined;
  /** A text file's contents (for /proc/cpuinfo), or undefined when it cannot be read. */
  readText(path: string): string | undefined;
  /** `sysctl -n <names...>` output on macOS, or undefined when it fails. */
  sysctl(names: readonly string[]): string | undefined;
  /** Loads a `.node` file (`require`); throws what `require` throws. */
  load(path: string): unknown;
  /** A diagnostic line (only called when SPICECRAFT_DEBUG=1). */
  debug(line: string): void;
  /** A warning for the user (e.g. an invalid SPICECRAFT_NATIVE_VARIANT). */
  warn(line: string): void;
}

/** The x64 builds: `modern` is x86-64-v3 (AVX2, FMA, BMI1/2), `baseline` is x86-64-v2. */
export type X64Variant = "modern" | "baseline";

/** One path tried, and why it did not load (undefined: it loaded). */
export interface LoadAttempt {
  path: string;
  error?: string;
}

/** A loaded addon and how it was found. */
export interface LoadedAddon<T = unknown> {
  addon: T;
  path: string;
  /** The x64 variant asked for (undefined on other architectures). */
  variant?: X64Variant;
  attempts: LoadAttempt[];
  /** Set in compiled-binary mode. */
  compiled?: CompiledInfo;
}

/** Thrown when no candidate loads; `attempts` lists every path with its own error. */
export class NativeLoadError extends Error {
  readonly attempts: LoadAttempt[];
  constructor(message: string, attempts: LoadAttempt[]) {
    super(message);
    this.name = "NativeLoadError";
    this.attempts = attempts;
  }
}

/** A platform this package can have a native addon for. */
export interface NativeTarget {
  platform: string;
  arch: string;
  /** Linux only: the C library the binary links against. */
  libc?: "glibc" | "musl";
}

/**
 * The platforms with a platform package (packages/native-*). Elsewhere only a source build
 * (CMake writes `native/`) or SPICECRAFT_NATIVE_PATH can supply an addon.
 */
export const SUPPORTED_TARGETS: readonly NativeTarget[] = [
  { platform: "linux", arch: "x64", libc: "glibc" },
  { platform: "linux", arch: "arm64", libc: "glibc" }, // issue 19 item 4: cross-compiled, one build (no variants)
];

/** The supported target this machine is, or undefined. */
export function supportedTarget(host: Pick<LoaderHost, "platform" | "arch" | "libc">): NativeTarget | undefined {
  return SUPPORTED_TARGETS.find(
    (t) => t.platform === host.platform && t.arch === host.arch && (t.libc === undefined || t.libc === (host.libc ?? "glibc")),
  );
}

const LIBC_SUFFIX = { glibc: "gnu", musl: "musl" } as const;

/** `linux-x64-gnu`, `darwin-arm64`: the platform package's suffix. */
export function targetName(platform: string, arch: string, libc?: "glibc" | "musl"): string {
  return platform === "linux" ? `${platform}-${arch}-${LIBC_SUFFIX[libc ?? "glibc"]}` : `${platform}-${arch}`;
}

/** The platform package holding the prebuilt addon for a target. */
export function platformPackageName(platform: string, arch: string, libc?: "glibc" | "musl"): string {
  return `@spicecraft/native-${targetName(platform, arch, libc)}`;
}

/** The sentinel a binary of `version` exports: `__spicecraftV0_1_0` (every non-alphanumeric -> `_`). */
export function sentinelName(version: string): string {
  return `__spicecraftV${version.replace(/[^0-9A-Za-z]/g, "_")}`;
}

/** Addon file names for a platform, most preferred first. */
export function addonFileNames(platform: string, arch: string, variant: X64Variant | undefined): string[] {
  const plain = `spicecraft.${platform}-${arch}.node`;
  if (variant === undefined) return [plain];
  const baseline = `spicecraft.${platform}-${arch}-baseline.node`;
  return variant === "modern" ? [`spicecraft.${platform}-${arch}-modern.node`, baseline, plain] : [baseline, plain];
}

// The x86-64-v3 features the modern build may use, as /proc/cpuinfo spells them (abm = LZCNT).
const V3_CPUINFO_FLAGS = ["avx", "avx2", "fma", "bmi1", "bmi2", "f16c", "movbe", "abm", "xsave"];
// The same features as macOS reports them in machdep.cpu.{features,leaf7_features,extfeatures}.
const V3_SYSCTL_WORDS = ["AVX1.0", "AVX2", "FMA", "BMI1", "BMI2", "F16C", "MOVBE", "LZCNT", "XSAVE"];
const MAC_FEATURE_SYSCTLS = ["machdep.cpu.features", "machdep.cpu.leaf7_features", "machdep.cpu.extfeatures"];

/**
 * Whether the CPU runs x86-64-v3 code (AVX2 and company): true, false, or undefined when the machine
 * cannot tell (no /proc/cpuinfo, no sysctl). Only x64 Linux and macOS are asked.
 */
export function detectAvx2(host: Pick<LoaderHost, "platform" | "readText" | "sysctl">): boolean | undefined {
  if (host.platform === "linux") {
    const cpuinfo = host.readText("/proc/cpuinfo");
    const flagsLine = cpuinfo?.split("\n").find((line) => /^flags\s*:/.test(line));
    if (flagsLine === undefined) return undefined;
    const flags = new Set(flagsLine.slice(flagsLine.indexOf(":") + 1).trim().split(/\s+/));
    return V3_CPUINFO_FLAGS.every((flag) => flags.has(flag));
  }
  if (host.platform === "darwin") {
    const out = host.sysctl(MAC_FEATURE_SYSCTLS);
    if (out === undefined) return undefined;
    const words = new Set(out.toUpperCase().split(/\s+/));
    return V3_SYSCTL_WORDS.every((word) => words.has(word));
  }
  return undefined;
}

/** The x64 variant to try first: SPICECRAFT_NATIVE_VARIANT if valid (and runnable), else detection. */
export function chooseVariant(host: LoaderHost, say: (line: string) => void): X64Variant {
  const asked = host.env.SPICECRAFT_NATIVE_VARIANT?.trim();
  let forced: X64Variant | undefined;
  if (asked === "modern" || asked === "baseline") forced = asked;
  else if (asked !== undefined && asked !== "") {
    host.warn(`SPICECRAFT_NATIVE_VARIANT=${JSON.stringify(asked)} is not "modern" or "baseline"; ignoring it.`);
  }
  if (forced === "baseline") {
    say("variant baseline (SPICECRAFT_NATIVE_VARIANT)");
    return forced;
  }
  const avx2 = detectAvx2(host);
  if (forced === "modern") {
    // Running x86-64-v3 code on a CPU without it dies of SIGILL: refuse only when the CPU says so.
    if (avx2 === false) {
      host.warn("SPICECRAFT_NATIVE_VARIANT=modern, but this CPU lacks AVX2 (x86-64-v3); using the baseline build.");
      return "baseline";
    }
    say("variant modern (SPICECRAFT_NATIVE_VARIANT)");
    return forced;
  }
  const variant = avx2 === true ? "modern" : "baseline";
  say(`variant ${variant} (AVX2 ${avx2 === undefined ? "unknown" : avx2 ? "present" : "absent"})`);
  return variant;
}

/**
 * Where a candidate comes from (the lists at the top of this file); `cache` and `user` are the
 * compiled-mode folders.
 */
export type CandidateOrigin = "override" | "cache" | "user" | "package" | "local" | "exec";

/**
 * A path to try (with the embedded file to extract there first, for the cache folder in compiled
 * mode), or a platform package that is not installed (reported, not tried).
 */
export type Candidate =
  | { origin: CandidateOrigin; path: string; embedded?: EmbeddedFile }
  | { origin: "package"; missingPackage: string };

/** The compiled-mode folders, and the manifest whose addon files go into the cache folder. */
export interface CompiledFolders {
  cacheDir: string;
  userDir: string;
  manifest?: EmbeddedManifest;
}

/**
 * Every candidate, in order, without duplicates; `target` undefined: no platform package;
 * `compiled` given: the compiled-mode list.
 */
export function candidatePaths(
  host: LoaderHost,
  variant: X64Variant | undefined,
  target: NativeTarget | undefined,
  compiled?: CompiledFolders,
): Candidate[] {
  const names = addonFileNames(host.platform, host.arch, variant);
  const candidates: Candidate[] = [];
  const inFolder = (origin: CandidateOrigin, dir: string) => names.forEach((name) => candidates.push({ origin, path: join(dir, name) }));

  const override = host.env.SPICECRAFT_NATIVE_PATH?.trim();
  if (override) {
    if (host.stat(override) === "directory") inFolder("override", override);
    else candidates.push({ origin: "override", path: override });
  }
  if (compiled !== undefined) {
    for (const name of names) {
      const embedded = compiled.manifest?.addons.find((file) => file.file === name);
      candidates.push({ origin: "cache", path: join(compiled.cacheDir, name), ...(embedded ? { embedded } : {}) });
    }
    inFolder("user", compiled.userDir);
  }
  if (target !== undefined) {
    const pkg = platformPackageName(target.platform, target.arch, target.libc);
    const dir = host.resolvePackage(pkg);
    if (dir !== undefined) inFolder("package", dir);
    else candidates.push({ origin: "package", missingPackage: pkg });
  }
  inFolder("local", join(host.packageDir, "native"));
  inFolder("exec", host.execDir);

  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = "path" in candidate ? resolve(candidate.path) : candidate.missingPackage;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Loads one file; returns the error text, or the module if it is this release's complete addon. */
function tryLoad(host: LoaderHost, path: string, sentinel: string): { addon: unknown } | { error: string } {
  if (host.stat(path) !== "file") return { error: "not found" };
  let addon: unknown;
  try {
    addon = host.load(path);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const exports = addon as Record<string, unknown> | null;
  if (typeof exports !== "object" || exports === null || exports[sentinel] !== true) {
    const found = typeof exports?.version === "string" ? `version ${exports.version}` : "an unknown version";
    return { error: `stale: does not export ${sentinel} (it is ${found}, this package is ${host.version})` };
  }
  const missing = missingCalls(addon, host.requiredCalls);
  if (missing.length > 0) return { error: incompleteText(missing, host.requiredCalls.length) };
  return { addon };
}

/** Compiled mode's folders and manifest, with what was found said and recorded; undefined when not compiled. */
function compiledSetup(host: LoaderHost, attempts: LoadAttempt[], say: (line: string) => void): CompiledInfo | undefined {
  const runtime = detectCompiledMode(host);
  if (runtime === undefined) return undefined;
  const cacheDir = join(userCacheDir(host), host.version);
  const manifest = readManifest(host, targetName(host.platform, host.arch, host.libc));
  if (typeof manifest === "string") {
    // Recorded, not fatal: an addon may still be in the cache folder or the other candidates.
    attempts.push({ path: `embedded ${MANIFEST_ASSET}`, error: manifest });
    say(`compiled mode (${runtime}): ${manifest}`);
    return { runtime, cacheDir };
  }
  say(`compiled mode (${runtime}): embedded ${manifest.target} ${manifest.version} addon (${manifest.addons.map((a) => a.file).join(", ")}); cache ${cacheDir}`);
  return { runtime, cacheDir, manifest };
}

function describe(platform: string, arch: string, variant: X64Variant | undefined): string {
  return `${platform}-${arch}${variant ? ` (${variant})` : ""}`;
}

function fixText(target: NativeTarget): string {
  const pkg = platformPackageName(target.platform, target.arch, target.libc);
  return (
    `Fix: reinstall spicecraft so that npm installs its optional dependency ${pkg} ` +
    "(`npm install spicecraft`, without --omit=optional or --no-optional), or rebuild the addon from source " +
    "(`bash scripts/setup.sh` in a spicecraft checkout, which runs `cmake --build build/native`), " +
    'or use the WebAssembly backend: createBackend({ backend: "wasm" }).'
  );
}

/** Finds and loads the addon, or throws a {@link NativeLoadError} naming every path tried. */
export function loadNativeAddon<T = unknown>(host: LoaderHost): LoadedAddon<T> {
  const debugging = host.env.SPICECRAFT_DEBUG === "1";
  const say = (line: string) => {
    if (debugging) host.debug(`[spicecraft] native addon: ${line}`);
  };
  const target = supportedTarget(host);
  const variant = host.arch === "x64" ? chooseVariant(host, say) : undefined;
  const sentinel = sentinelName(host.version);
  const attempts: LoadAttempt[] = [];
  const compiled = compiledSetup(host, attempts, say);
  const folders = compiled && { cacheDir: compiled.cacheDir, userDir: userCacheDir(host), ...(compiled.manifest ? { manifest: compiled.manifest } : {}) };
  const candidates = candidatePaths(host, variant, target, folders);

  let overrideFailure: LoadAttempt | undefined;
  for (const candidate of candidates) {
    if (!("path" in candidate)) {
      attempts.push({ path: candidate.missingPackage, error: "package not installed" });
      say(`${candidate.missingPackage}: package not installed`);
      continue;
    }
    let extraction: "extracted" | "reused" | undefined;
    if (candidate.embedded !== undefined) {
      try {
        extraction = extractEmbedded(host, candidate.embedded, compiled!.cacheDir);
        say(`${candidate.path}: ${extraction === "reused" ? "reusing the extracted addon" : "extracted the embedded addon"}`);
      } catch (error) {
        // Recorded, and loading goes on: an unwritable cache must not stop the other candidates.
        const message = error instanceof Error ? error.message : String(error);
        attempts.push({ path: candidate.path, error: `extraction failed: ${message}` });
        say(`${candidate.path}: extraction failed: ${message}`);
        continue;
      }
    }
    const outcome = tryLoad(host, candidate.path, sentinel);
    if ("addon" in outcome) {
      say(`${candidate.path}: loaded`);
      attempts.push({ path: candidate.path });
      if (overrideFailure !== undefined && candidate.origin !== "override") {
        // The user named a file that does not load: say so rather than silently using another.
        host.warn(`SPICECRAFT_NATIVE_PATH: ${overrideFailure.path}: ${overrideFailure.error}; loaded ${candidate.path} instead.`);
      }
      const info = compiled && { ...compiled, ...(extraction ? { extraction } : {}) };
      return { addon: outcome.addon as T, path: candidate.path, ...(variant ? { variant } : {}), attempts, ...(info ? { compiled: info } : {}) };
    }
    say(`${candidate.path}: ${outcome.error}`);
    const attempt = { path: candidate.path, error: outcome.error };
    attempts.push(attempt);
    if (candidate.origin === "override") overrideFailure ??= attempt;
  }

  const tried = attempts.map((a) => `  ${a.path}: ${a.error}`).join("\n");
  if (target === undefined) {
    const here = targetName(host.platform, host.arch, host.libc);
    const supported = SUPPORTED_TARGETS.map((t) => targetName(t.platform, t.arch, t.libc)).join(", ");
    throw new NativeLoadError(
      `spicecraft has no native addon package for ${here} (supported platforms: ${supported}), and no addon built ` +
        `from source was found. Tried:\n${tried}\n` +
        "Fix: build the addon from source (`bash scripts/setup.sh` in a spicecraft checkout) and set SPICECRAFT_NATIVE_PATH " +
        'to it, or use the WebAssembly backend, which runs everywhere: createBackend({ backend: "wasm" }).',
      attempts,
    );
  }
  throw new NativeLoadError(
    `Failed to load spicecraft native addon for ${describe(host.platform, host.arch, variant)}. Tried:\n${tried}\n${fixText(target)}`,
    attempts,
  );
}
