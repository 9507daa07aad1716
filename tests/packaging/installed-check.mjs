// Runs inside a clean install (copied there by install.test.mjs): imports `spicecraft` as a user
// would, loads the bundled kernels and computes the Moon's state on every backend kind asked for.
// Prints JSON: where each module resolved, which addon file loaded, and each backend's result.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { bundledKernelsDir, createBackend } from "spicecraft";
import { stringifyBits } from "./bits-json.mjs";

const kinds = process.argv.slice(2);
const dir = bundledKernelsDir();
const order = [".tls", ".tpc", ".tf", ".bsp"];
const kernels = readdirSync(dir)
  .filter((f) => order.some((ext) => f.endsWith(ext)))
  .sort((a, b) => order.findIndex((e) => a.endsWith(e)) - order.findIndex((e) => b.endsWith(e)) || a.localeCompare(b));

const out = {
  resolved: Object.fromEntries(
    ["spicecraft", "@spicecraft/backend-node", "@spicecraft/backend-wasm", "@spicecraft/contract", "@spicecraft/staging"].map((m) => [m, import.meta.resolve(m)]),
  ),
  kernels,
  backends: {},
};
for (const kind of kinds) {
  const spice = await createBackend({ backend: kind });
  for (const k of kernels) spice.furnsh(join(dir, k));
  const et = spice.str2et("2015-03-02T12:00:00");
  const { state, lt } = spice.spkezr("MOON", et, "J2000", "LT+S", "EARTH");
  out.backends[kind] = { kind: spice.kind, fallbackReason: spice.fallbackReason, et, state: [...state], lt, loaded: spice.ktotal("ALL") };
  spice.dispose();
}
try {
  const { loadAddonInfo } = await import("@spicecraft/backend-node");
  const info = loadAddonInfo();
  out.addon = { path: info.path, variant: info.variant, addonVariant: info.addon.variant };
} catch (error) {
  out.addonError = error.message;
}
process.stdout.write(stringifyBits(out));
