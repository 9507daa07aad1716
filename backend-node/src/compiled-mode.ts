/**
 * Compiled-binary mode: spicecraft running inside one executable (Bun `--compile`, a Node single
 * executable application, Deno `compile`) that carries the native addon as an embedded file. The OS
 * can only `dlopen` a real file, so the addon is extracted once into a versioned per-user cache folder
 * and loaded from there; later starts find it there and reuse it.
 *
 * Pure like loader.ts: every file and asset access goes through {@link LoaderHost}.
 *
 * The executable embeds, beside the addon files, a manifest named {@link MANIFEST_ASSET} (JSON,
 * {@link EmbeddedManifest}); `scripts/build-single-file.mjs` writes it. A manifest for another
 * platform or release is ignored (and said so in the diagnostics): its addon could not load here.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { LoaderHost } from "./loader.js";

/** The embedded asset holding the manifest. */
export const MANIFEST_ASSET = "spicecraft.manifest";

/** One embedded file: its asset name (also its file name when extracted), size and SHA-256. */
export interface EmbeddedFile {
  file: string;
  size: number;
  sha256: string;
}

/** What a compiled executable embeds. */
export interface EmbeddedManifest {
  /** Manifest format; this loader reads format 1. */
  format: 1;
  /** The spicecraft release the addon files belong to (they carry its sentinel). */
  version: string;
  /** The platform tag the addon files are built for, e.g. `linux-x64-gnu`. */
  target: string;
  /** The addon files (one per x64 variant, or one elsewhere). */
  addons: EmbeddedFile[];
  /** Kernels embedded for the application (the CLI's bundled kernels), read in place, never extracted. */
  kernels: EmbeddedFile[];
}

/** How compiled mode was recognised. */
export type CompiledRuntime = "env" | "bun" | "sea";

/** Compiled-mode facts the loader reports. */
export interface CompiledInfo {
  runtime: CompiledRuntime;
  /** The versioned cache folder the embedded addon is extracted into. */
  cacheDir: string;
  /** The embedded manifest when it matches this platform and release. */
  manifest?: EmbeddedManifest;
  /** What happened to the loaded file when it came from the cache folder. */
  extraction?: "extracted" | "reused";
}

/**
 * Whether this process is a compiled executable: SPICECRAFT_COMPILED=1 (or 0 to deny it), Bun's
 * embedded file system in this module's URL (`$bunfs` on POSIX, `~BUN` on Windows), or `node:sea`.
 */
export function detectCompiledMode(host: Pick<LoaderHost, "env" | "moduleUrl" | "isSea">): CompiledRuntime | undefined {
  const asked = host.env.SPICECRAFT_COMPILED?.trim();
  if (asked === "0") return undefined;
  if (asked === "1") return "env";
  if (host.moduleUrl.includes("$bunfs") || host.moduleUrl.includes("~BUN")) return "bun";
  if (host.isSea) return "sea";
  return undefined;
}

/**
 * The per-user spicecraft folder: `%LOCALAPPDATA%\spicecraft` on Windows, else
 * `$XDG_CACHE_HOME/spicecraft` (when absolute, as the XDG spec requires) or `~/.cache/spicecraft`.
 */
export function userCacheDir(host: Pick<LoaderHost, "platform" | "env" | "homeDir">): string {
  if (host.platform === "win32") {
    const local = host.env.LOCALAPPDATA?.trim();
    return join(local ? local : join(host.homeDir, "AppData", "Local"), "spicecraft");
  }
  const xdg = host.env.XDG_CACHE_HOME?.trim();
  return join(xdg?.startsWith("/") ? xdg : join(host.homeDir, ".cache"), "spicecraft");
}

const isFile = (value: unknown): value is EmbeddedFile => {
  const f = value as EmbeddedFile;
  return (
    typeof f === "object" && f !== null && typeof f.file === "string" && /^[\w.+-]+$/.test(f.file) &&
    Number.isSafeInteger(f.size) && f.size >= 0 && typeof f.sha256 === "string" && /^[0-9a-f]{64}$/.test(f.sha256)
  );
};

/** Parses a manifest's text; a reason string when it is not a valid format-1 manifest. */
export function parseManifest(text: string): EmbeddedManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `the embedded ${MANIFEST_ASSET} is not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const m = value as EmbeddedManifest;
  if (typeof m !== "object" || m === null || m.format !== 1) return `the embedded ${MANIFEST_ASSET} is not a format-1 manifest`;
  if (typeof m.version !== "string" || typeof m.target !== "string") return `the embedded ${MANIFEST_ASSET} lacks its version or target`;
  // File names are used as paths: only plain names (no separators, no "..") are accepted.
  if (!Array.isArray(m.addons) || !m.addons.every(isFile) || !Array.isArray(m.kernels) || !m.kernels.every(isFile)) {
    return `the embedded ${MANIFEST_ASSET} has a malformed file list`;
  }
  return { format: 1, version: m.version, target: m.target, addons: m.addons, kernels: m.kernels };
}

/** The SHA-256 of some bytes, in hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Reads the embedded manifest and checks it is for this platform and release. Returns it, or the
 * reason it cannot be used (absent, malformed, another platform or release).
 */
export function readManifest(host: LoaderHost, target: string): EmbeddedManifest | string {
  const bytes = host.readAsset(MANIFEST_ASSET);
  if (bytes === undefined) return `no embedded ${MANIFEST_ASSET}`;
  const manifest = parseManifest(new TextDecoder().decode(bytes));
  if (typeof manifest === "string") return manifest;
  if (manifest.target !== target || manifest.version !== host.version) {
    return `the embedded addon is for ${manifest.target} ${manifest.version}, this is ${target} ${host.version}`;
  }
  return manifest;
}

/**
 * Makes `dir/<entry.file>` hold the embedded file: reuses a file already there with the right
 * SHA-256, else writes it (the host writes atomically, so a concurrent start never loads half a
 * file). Throws with the reason when the asset is missing, corrupt, or cannot be written.
 */
export function extractEmbedded(host: LoaderHost, entry: EmbeddedFile, dir: string): "extracted" | "reused" {
  const path = join(dir, entry.file);
  const existing = host.stat(path) === "file" ? host.readBytes(path) : undefined;
  if (existing !== undefined && existing.length === entry.size && sha256(existing) === entry.sha256) return "reused";
  const bytes = host.readAsset(entry.file);
  if (bytes === undefined) throw new Error(`the executable does not embed ${entry.file}, which its manifest lists`);
  if (bytes.length !== entry.size || sha256(bytes) !== entry.sha256) {
    throw new Error(`the embedded ${entry.file} does not match its manifest (size or SHA-256): the executable is corrupt`);
  }
  host.writeFile(path, bytes);
  return "extracted";
}
