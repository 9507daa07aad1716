// A sanitizer configure (SC_SANITIZE=ON) must not write its addons over the ones the loader takes
// from backend-node/native/ (issue 16, item 9): they only load with the sanitizer runtime preloaded.
// Configure only (no build): what matters is where the build would put the .node files.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

function nativeOutputDir(options) {
  const dir = mkdtempSync(join(tmpdir(), "spicecraft-configure-"));
  try {
    execFileSync("cmake", ["-S", root, "-B", dir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug", ...options], { stdio: "pipe" });
    const cache = readFileSync(join(dir, "CMakeCache.txt"), "utf8");
    return { dir, output: cache.match(/^SC_NATIVE_OUTPUT_DIR:PATH=(.*)$/m)?.[1] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a sanitizer build writes its addons into its own build folder", () => {
  const sanitized = nativeOutputDir(["-DSC_SANITIZE=ON"]);
  assert.equal(sanitized.output, join(sanitized.dir, "native"));
  const plain = nativeOutputDir([]);
  assert.equal(plain.output, join(root, "backend-node", "native"));
});
