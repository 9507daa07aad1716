// Child process of variants.test.mjs: loads the native addon as the environment says
// (SPICECRAFT_NATIVE_VARIANT, SPICECRAFT_NATIVE_PATH), runs every golden file on it and prints
// { path, variant, addonVariant, dumps } with every number as its bit pattern.
import { createNodeBackend, loadAddonInfo } from "../../backend-node/dist/index.js";
import { allGoldenFiles, kernelsDir } from "../contract/fixtures.mjs";
import { runGolden } from "../golden/golden.mjs";
import { stringifyBits } from "../packaging/bits-json.mjs";

const info = loadAddonInfo();
const dumps = {};
for (const file of allGoldenFiles()) {
  const result = await runGolden(() => createNodeBackend(), file, { kernelsDir });
  dumps[file.split("/").pop()] = result.dump;
}
process.stdout.write(stringifyBits({ path: info.path, variant: info.variant, addonVariant: info.addon.variant, dumps }));
