// Export validation (backend-node/src/export-check.ts) through the loader on a fake machine: an addon
// of this release that lacks calls of the call list is refused with their names, the file and the
// rebuild command, and loading goes on to the next candidate.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadNativeAddon, missingCalls, NativeLoadError, REBUILD_COMMAND } from "../../backend-node/dist/index.js";
import { rawCallNames } from "../../contract/dist/index.js";
import { addonModule, contextClass, fakeHost, LOCAL_DIR, PKG_DIR } from "./fake-host.mjs";

const PKG = "@spicecraft/native-linux-x64-gnu";
const MODERN = "spicecraft.linux-x64-modern.node";
const BASELINE = "spicecraft.linux-x64-baseline.node";
const without = (...names) => rawCallNames.filter((n) => !names.includes(n));

test("missingCalls names exactly the calls a Context lacks, in call-list order", () => {
  assert.deepEqual(missingCalls(addonModule(), rawCallNames), []);
  assert.deepEqual(missingCalls({ Context: contextClass(without("spkezr", "furnsh")) }, rawCallNames), ["furnsh", "spkezr"]);
  assert.deepEqual(missingCalls({}, ["a", "b"]), ["a", "b"]);
  assert.deepEqual(missingCalls(null, ["a"]), ["a"]);
  // A method on the instance's own object would not be a class method: only the prototype counts.
  assert.deepEqual(missingCalls({ Context: class {} }, ["dispose"]), ["dispose"]);
});

test("a partial addon of this release is refused with the missing names and the rebuild command; the next candidate loads", () => {
  const partial = addonModule("0.1.0", { Context: contextClass(without("gfdist", "ckgp")) });
  const { host } = fakeHost({ packages: { [PKG]: PKG_DIR }, files: { [`${PKG_DIR}/${MODERN}`]: partial, [`${LOCAL_DIR}/${MODERN}`]: addonModule() } });
  const result = loadNativeAddon(host);
  assert.equal(result.path, `${LOCAL_DIR}/${MODERN}`);
  assert.equal(result.attempts[0].path, `${PKG_DIR}/${MODERN}`);
  assert.equal(
    result.attempts[0].error,
    `incomplete: lacks 2 of the ${rawCallNames.length} calls of the call list (${rawCallNames.filter((n) => n === "gfdist" || n === "ckgp").join(", ")}); rebuild it: ${REBUILD_COMMAND}`,
  );
});

test("when every candidate is partial, the error lists each file with its missing calls", () => {
  const oneShort = addonModule("0.1.0", { Context: contextClass(without("spkezr")) });
  const empty = addonModule("0.1.0", { Context: class {} });
  const { host } = fakeHost({ files: { [`${LOCAL_DIR}/${MODERN}`]: oneShort, [`${LOCAL_DIR}/${BASELINE}`]: empty } });
  assert.throws(
    () => loadNativeAddon(host),
    (error) => {
      assert.ok(error instanceof NativeLoadError);
      assert.match(error.message, new RegExp(`${LOCAL_DIR}/${MODERN}: incomplete: lacks 1 of the \\d+ calls of the call list \\(spkezr\\); rebuild it: cmake --build build/native`));
      // Long lists are cut after 20 names with a count of the rest.
      assert.match(error.message, new RegExp(`${BASELINE}: incomplete: lacks ${rawCallNames.length} of .* and ${rawCallNames.length - 20} more\\); rebuild it`));
      return true;
    },
  );
});
