// Issue 19 item 4: the cross-compiled linux-arm64 addon as a file: an aarch64 shared object that
// exports this release's sentinel, and contains no fused multiply-add. aarch64 GCC contracts a*b+c
// into fmadd/fmsub/fnmadd/fnmsub (scalar) and fmla/fmls (vector) unless -ffp-contract=off is in
// effect; any of them would round differently from the x64 addon and the WASM module.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { sentinelName } from "../../backend-node/dist/index.js";
import { arm64Addon, root, unavailable } from "./emulator.mjs";

const version = JSON.parse(readFileSync(`${root}package.json`, "utf8")).version;
// The file exists wherever the emulated tests can run; cross binutils come with g++-aarch64-linux-gnu.
const skip = unavailable();
const binutil = (name, args) => execFileSync(`aarch64-linux-gnu-${name}`, args, { encoding: "utf8", maxBuffer: 1 << 28 });

/** Instruction mnemonics of the addon's code, with their counts. */
function mnemonics(file) {
  const counts = new Map();
  for (const line of binutil("objdump", ["-d", "--no-show-raw-insn", file]).split("\n")) {
    const m = /^\s+[0-9a-f]+:\s+([a-z][a-z0-9.]*)/.exec(line);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return counts;
}

test("the linux-arm64 addon is an aarch64 shared object exporting this release's sentinel", { skip }, () => {
  const header = readFileSync(arm64Addon).subarray(0, 20);
  assert.equal(header.toString("latin1", 1, 4), "ELF");
  assert.equal(header.readUInt16LE(18), 183, "e_machine is EM_AARCH64");
  const sentinels = binutil("nm", ["-D", "--defined-only", arm64Addon]).split("\n").filter((l) => / __spicecraftV\S*$/.test(l));
  assert.equal(sentinels.length, 1, JSON.stringify(sentinels));
  assert.match(sentinels[0], new RegExp(` [RD] ${sentinelName(version)}$`));
});

test("the linux-arm64 addon contains no fused multiply-add (scalar or vector)", { skip }, () => {
  const counts = mnemonics(arm64Addon);
  assert.ok(counts.size > 100 && (counts.get("fmul") ?? 0) > 1000, "the disassembly is not the addon's floating-point code");
  const fused = [...counts].filter(([k]) => /^(f(n?m(add|sub))|fml[as](l2?)?|bfml)/.test(k));
  assert.deepEqual(fused, [], "fused multiply-add found: -ffp-contract=off is not in effect");
});
