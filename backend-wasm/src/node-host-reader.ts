/**
 * Host files for the WASM backend under Node: read with node:fs and handed to the core as bytes.
 * Error texts match the native backend's memory-mapped reader word for word, so a missing file
 * fails identically on both backends.
 */
import type { HostReader } from "./module.js";

// strerror() texts of glibc for the errors a kernel read meets in practice.
const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  ENOTDIR: "Not a directory",
  ENAMETOOLONG: "File name too long",
  ELOOP: "Too many levels of symbolic links",
  EMFILE: "Too many open files",
};

/** Creates the reader, or undefined where node:fs is not available. */
export async function createNodeHostReader(): Promise<HostReader | undefined> {
  if (typeof process === "undefined" || typeof process.versions?.node !== "string") return undefined;
  const fs = await import("node:fs");
  return (path: string) => {
    try {
      const stat = fs.statSync(path);
      if (stat.isDirectory()) {
        return { short: "SPICE(FILEOPENFAILED)", long: `The file '${path}' is a directory, not a kernel file.`, trace: "" };
      }
      if (!stat.isFile()) {
        return { short: "SPICE(FILEOPENFAILED)", long: `The file '${path}' is not a regular file.`, trace: "" };
      }
      const data = fs.readFileSync(path);
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      const text = STRERROR[code] ?? (error as Error).message;
      return {
        short: code === "ENOENT" ? "SPICE(NOSUCHFILE)" : "SPICE(FILEOPENFAILED)",
        long: `The file '${path}' could not be opened: ${text}.`,
        trace: "",
      };
    }
  };
}
