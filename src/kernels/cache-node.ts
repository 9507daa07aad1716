/**
 * Node's kernel cache: a folder, `$XDG_CACHE_HOME/spicecraft/kernels/` (or `~/.cache/...`,
 * `%LOCALAPPDATA%\spicecraft\kernels\` on Windows; `SPICECRAFT_KERNEL_CACHE` overrides), one file per
 * URL named by the URL's SHA-256, written through a temporary file and a rename.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { userCacheDir } from "@spicecraft/backend-node";
import type { KernelCache } from "./fetch-kernel.js";

/** The cache folder: `kernels/` in the per-user folder the native loader uses too. */
export function kernelCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPICECRAFT_KERNEL_CACHE?.trim()) return env.SPICECRAFT_KERNEL_CACHE.trim();
  return join(userCacheDir({ platform: process.platform, env, homeDir: homedir() }), "kernels");
}

/** The folder store. */
export function nodeKernelCache(dir = kernelCacheDir()): KernelCache {
  const file = (url: string) => join(dir, `${createHash("sha256").update(url).digest("hex")}.kernel`);
  return {
    async get(url) {
      try {
        return new Uint8Array(await readFile(file(url)));
      } catch {
        return undefined;
      }
    },
    async put(url, bytes) {
      await mkdir(dir, { recursive: true });
      const target = file(url);
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
