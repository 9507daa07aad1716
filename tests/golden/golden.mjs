// Runs spicecraft-golden/1 files (CSPICE N0067 answers) against a backend. Used by run.mjs (the
// command line) and by the conformance tests. Format: tests/fixtures/golden/README.md.
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { runCases } from "./golden-core.mjs";

export { compare, firstDifference, runCases } from "./golden-core.mjs";

/** Loads a golden file. */
export function readGolden(file) {
  const golden = JSON.parse(readFileSync(file, "utf8"));
  if (golden.format !== "spicecraft-golden/1") throw new Error(`${file}: not a spicecraft-golden/1 file`);
  return golden;
}

/**
 * Loads the golden file's kernels into `spice`, as bytes under /kernels/<entry> or by host path.
 * Returns the function that maps /kernels/ names in arguments and expectations for that mode.
 */
export function loadKernels(spice, golden, kernelsDir, mode) {
  const dir = resolve(kernelsDir);
  for (const entry of golden.kernels) {
    if (mode === "path") spice.furnsh(join(dir, entry));
    else spice.furnsh({ path: `/kernels/${entry}`, bytes: readFileSync(join(dir, entry)) });
  }
  const hostPrefix = dir.endsWith("/") ? dir : `${dir}/`;
  return mode === "path"
    ? (v) => (typeof v === "string" && v.startsWith("/kernels/") ? hostPrefix + v.slice("/kernels/".length) : v)
    : (v) => v;
}

/**
 * Runs every case of one golden file on a fresh backend made by `makeBackend()`.
 * Returns { name, passed, failed, failures: [{ id, why }], dump: { [id]: result } }.
 */
export async function runGolden(makeBackend, file, { kernelsDir, mode = "bytes", only = undefined, kernels = undefined }) {
  const golden = readGolden(file);
  // `only(case)`: run just the cases it accepts (files whose other calls belong to later work), and
  // `kernels`: load these instead of the file's list (what those cases need).
  if (only) golden.cases = golden.cases.filter(only);
  if (kernels) golden.kernels = kernels;
  const spice = await makeBackend();
  try {
    const mapName = loadKernels(spice, golden, kernelsDir, mode);
    const kernelSource = (id) => ({ path: id, bytes: readFileSync(join(resolve(kernelsDir), id.slice("/kernels/".length))) });
    // The files a file names beside its kernels (`files`) are not loaded: the low-level calls that
    // take them (getfat, dafopr, ...) get their host paths in bytes mode too, as CSPICE got them
    // when the answers were recorded; loaded kernels keep their virtual ids.
    const loaded = new Set(golden.kernels.map((k) => `/kernels/${k}`));
    const fileName = (v) =>
      typeof v === "string" && v.startsWith("/kernels/") && !loaded.has(v) ? join(resolve(kernelsDir), v.slice("/kernels/".length)) : mapName(v);
    return { name: golden.name ?? basename(file), ...runCases(spice, golden, mapName, kernelSource, fileName) };
  } finally {
    spice.dispose();
  }
}
