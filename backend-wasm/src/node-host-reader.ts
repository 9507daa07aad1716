/**
 * Host files for the WASM backend under Node: read with node:fs and handed to the core as bytes.
 * Error texts match the native backend's memory-mapped reader word for word, so a missing file
 * fails identically on both backends.
 */
import { errnoText } from "@spicecraft/staging";
import type { HostReader } from "./module.js";


/** Creates the reader, or undefined where node:fs is not available. */
export async function createNodeHostReader(): Promise<HostReader | undefined> {
  if (typeof process === "undefined" || typeof process.versions?.node !== "string") return undefined;
  const fs = await import("node:fs");
  return (path: string) => {
    let fd: number | undefined;
    try {
      // As the native reader: open without blocking (a FIFO would wait for a writer forever), check
      // the opened descriptor (not the name) is a regular file, and read exactly the size it reports
      // (pseudo-files such as /proc/self/mem report 0 and are empty on both backends).
      fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
      const stat = fs.fstatSync(fd);
      if (stat.isDirectory()) {
        return { short: "SPICE(FILEOPENFAILED)", long: `The file '${path}' is a directory, not a kernel file.`, trace: "" };
      }
      if (!stat.isFile()) {
        return { short: "SPICE(FILEOPENFAILED)", long: `The file '${path}' is not a regular file.`, trace: "" };
      }
      const data = new Uint8Array(stat.size);
      let done = 0;
      while (done < data.length) {
        const n = fs.readSync(fd, data, done, data.length - done, done);
        if (n === 0) break; // the file shrank: what was there is what was read, as mmap would see it
        done += n;
      }
      return done === data.length ? data : data.subarray(0, done);
    } catch (error) {
      const { code, text } = errnoText(error);
      return {
        short: code === "ENOENT" ? "SPICE(NOSUCHFILE)" : "SPICE(FILEOPENFAILED)",
        long: `The file '${path}' could not be opened: ${text}.`,
        trace: "",
      };
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };
}
