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

// Issue 16, fuzzing: SC_FUZZ=ON (clang; libFuzzer instrumentation and the sanitizers) is a sanitizer
// build too, and refuses GCC at configure time rather than failing later at link time.
test("a fuzz build (clang) writes its addons into its own build folder; GCC is refused", () => {
  const prev = { CC: process.env.CC, CXX: process.env.CXX };
  try {
    Object.assign(process.env, { CC: "clang", CXX: "clang++" });
    const fuzz = nativeOutputDir(["-DSC_FUZZ=ON"]);
    assert.equal(fuzz.output, join(fuzz.dir, "native"));
    Object.assign(process.env, { CC: "gcc", CXX: "g++" });
    assert.throws(() => nativeOutputDir(["-DSC_FUZZ=ON"]), /SC_FUZZ=ON needs clang/);
  } finally {
    for (const [k, v] of Object.entries(prev)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});
