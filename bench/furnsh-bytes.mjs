#!/usr/bin/env node
// furnsh of a large SPK given as bytes: the time it takes against the time of copying the bytes once,
// and the memory it adds (resident set size after loading, and the peak while loading, against the
// size of the file), for spicecraft on both backends and CSPICE N0067 (tspice's node addon, which
// writes staged bytes to a temporary file) in one run. Each measurement runs in a child process of
// its own so that peaks and heaps do not mix.
// Run: node bench/furnsh-bytes.mjs [--mb 100]. Prints milliseconds and MB; not a test.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { mb: { type: "string", default: "100" }, child: { type: "string" }, file: { type: "string" } },
});
const MB = 1024 * 1024;

/** Best of `passes` wall-clock milliseconds of `f` (its first call included: loading is not warmed). */
function bestMs(f, passes) {
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    const t0 = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

/** An SPK of about `mb` MB written by spicecraft: one type 8 segment of a body on a straight line. */
async function writeLargeSpk(mb, file) {
  const { createBackend } = await import("../dist/index.js");
  const { writeFileSync } = await import("node:fs");
  const s = await createBackend({ backend: "node" });
  const n = Math.floor((mb * MB) / 48);
  const states = new Float64Array(n * 6);
  for (let i = 0; i < n; i++) {
    states[i * 6] = 7e5 + i;
    states[i * 6 + 3] = 1 / 60;
  }
  const out = { kind: "virtual-output", path: "bench/large.bsp" };
  const h = s.spkopn(out, "large", 0);
  s.spkw08(h, -7001, 399, "J2000", 0, (n - 1) * 60, "LARGE", 1, states, 0, 60);
  s.spkcls(h);
  writeFileSync(file, s.readVirtualOutput(out, { release: true }));
  s.dispose();
}

async function child(kind, file) {
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync(file);  // a Buffer is a Uint8Array: no second copy before measuring
  // Uint8Array.prototype.slice copies (Buffer#slice would only make a view), into fresh memory.
  if (kind === "copy") return { copyMs: bestMs(() => Uint8Array.prototype.slice.call(bytes), 5) };
  const rssBefore = process.memoryUsage().rss;
  let furnsh, unload, check, done;
  if (kind === "CSPICE") {
    const { spiceClients } = await import("@rybosome/tspice");
    const { spice, dispose } = await spiceClients.toSync({ backend: "node" });
    furnsh = () => spice.raw.furnsh({ path: "/kernels/large.bsp", bytes });
    unload = () => spice.raw.unload("/kernels/large.bsp");
    check = () => spice.raw.spkezr("-7001", 600, "J2000", "NONE", "399");
    done = dispose;
  } else {
    const { createBackend } = await import("../dist/index.js");
    const s = await createBackend({ backend: kind });
    furnsh = () => s.furnsh({ path: "/kernels/large.bsp", bytes });
    unload = () => s.unload("/kernels/large.bsp");
    check = () => s.spkezr("-7001", 600, "J2000", "NONE", "399");
    done = () => s.dispose();
  }
  // The first load alone, for memory: what stays after it and the process's peak during it.
  const rssSetUp = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  furnsh();
  const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  check();
  globalThis.gc?.();
  const rssAfter = process.memoryUsage().rss;
  const peak = process.resourceUsage().maxRSS * 1024;
  unload();
  const loadMs = bestMs(() => {
    furnsh();
    unload();
  }, 4);
  done();
  return { firstMs, loadMs, added: rssAfter - rssSetUp, peakOver: peak - rssSetUp, setUp: rssSetUp - rssBefore };
}

if (values.child) {
  console.log(JSON.stringify(await child(values.child, values.file)));
} else {
  const { mkdtempSync, rmSync, statSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-furnsh-"));
  try {
    const file = join(dir, "large.bsp");
    await writeLargeSpk(Number(values.mb), file);
    const size = statSync(file).size;
    console.log(`SPK of ${(size / MB).toFixed(1)} MB (one type 8 segment), given as bytes; best of 4 furnsh+unload`);
    const run = (kind) => {
      const argv = ["--expose-gc", fileURLToPath(import.meta.url), "--child", kind, "--file", file];
      return JSON.parse(execFileSync(process.execPath, argv, { encoding: "utf8" }).trim().split("\n").at(-1));
    };
    const { copyMs } = run("copy");
    for (const kind of ["node", "wasm", "CSPICE"]) {
      const r = { ...run(kind), copyMs };
      const label = kind === "CSPICE" ? "CSPICE (tspice node)" : `spicecraft ${kind}`;
      console.log(
        `${label.padEnd(22)} furnsh ${r.loadMs.toFixed(1).padStart(7)} ms (first ${r.firstMs.toFixed(1)} ms) = ` +
          `${(r.loadMs / r.copyMs).toFixed(2)}x one copy (${r.copyMs.toFixed(1)} ms); memory added ` +
          `${(r.added / size).toFixed(2)} copies (${(r.added / MB).toFixed(0)} MB), peak ${(r.peakOver / size).toFixed(2)} copies`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
