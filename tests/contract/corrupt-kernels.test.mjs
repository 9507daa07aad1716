// The corrupt-kernel corpus on both backends (issue 16, "What to build"): seeded mutants of every
// kind of real kernel (corrupt-kernels-sweep.mjs says which mutations), each loaded as bytes and
// exercised by the calls of its kind. Every call must answer or throw a SpiceError (never another
// exception, a crash or a hang), and node and wasm must agree on which, on the short code, and on
// the answers bit for bit.
//
// Each backend sweeps in a child process watched by a timer: a mutant that takes longer than
// MUTANT_TIMEOUT_MS, or kills its process, is reported by name and the sweep goes on after it.
// SPICECRAFT_CORRUPT_MUTANTS=20000 (and SPICECRAFT_CORRUPT_SEED) make a bigger run for local use;
// SPICECRAFT_CORRUPT_REPORT=<file> writes every problem found there.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { mutant, runMutant, subjects } from "./corrupt-kernels-sweep.mjs";
import { kernelsDir } from "./fixtures.mjs";

const SWEEP = fileURLToPath(new URL("./corrupt-kernels-sweep.mjs", import.meta.url));
const COUNT = Number(process.env.SPICECRAFT_CORRUPT_MUTANTS ?? 5000);
const SEED = Number(process.env.SPICECRAFT_CORRUPT_SEED ?? 16);
// Generous: one mutant takes milliseconds, but the machine may be busy (the bound is for hangs).
const MUTANT_TIMEOUT_MS = Number(process.env.SPICECRAFT_CORRUPT_TIMEOUT_MS ?? 30_000);

/** Sweeps mutants [0, COUNT) on `backend`: the records by index, and the mutants that hung or crashed. */
async function sweep(backend) {
  const records = new Map();
  const failures = [];
  let first = 0;
  while (first < COUNT) {
    const { next, failure } = await new Promise((resolve) => {
      const child = spawn(process.execPath, [SWEEP, backend, String(SEED), String(COUNT), String(first)], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let current = first, buffered = "", stderr = "", timedOut = false;
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, MUTANT_TIMEOUT_MS);
      };
      arm();
      child.stdout.on("data", (chunk) => {
        buffered += chunk;
        let nl;
        while ((nl = buffered.indexOf("\n")) >= 0) {
          const line = JSON.parse(buffered.slice(0, nl));
          buffered = buffered.slice(nl + 1);
          if (line.start !== undefined) current = line.start;
          else records.set(line.index, line);
          arm();
        }
      });
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        if (code === 0 && !timedOut) return resolve({ next: COUNT });
        const why = timedOut ? `no answer within ${MUTANT_TIMEOUT_MS} ms` : `process ended (code ${code}, signal ${signal})`;
        resolve({ next: current + 1, failure: { index: current, why, stderr: stderr.slice(-2000) } });
      });
    });
    if (failure) failures.push(failure);
    first = next;
  }
  return { records, failures };
}

/** The first call whose outcome differs between node and wasm, re-running mutant `index` on fresh backends. */
async function firstDifference(index) {
  const list = subjects();
  const m = mutant(list, SEED, index);
  const runs = [];
  for (const backend of ["node", "wasm"]) {
    const spice = await createBackend({ backend });
    try {
      runs.push(runMutant(spice, m, (rel) => new Uint8Array(readFileSync(join(kernelsDir, rel)))));
    } finally {
      spice.dispose();
    }
  }
  const [a, b] = runs.map((calls) => calls.map((c) => JSON.stringify(c)));
  const k = a.findIndex((x, i) => x !== b[i]);
  return k < 0 ? `${a.length} vs ${b.length} calls` : `node ${a[k].slice(0, 400)} but wasm ${(b[k] ?? "nothing").slice(0, 400)}`;
}

test(`corrupt kernels: ${COUNT} mutants (seed ${SEED}) answer or throw SpiceErrors, the same on node and wasm`, async () => {
  const t0 = performance.now();
  const [node, wasm] = await Promise.all([sweep("node"), sweep("wasm")]);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const problems = [];
  for (const [backend, run] of [["node", node], ["wasm", wasm]]) {
    for (const f of run.failures) problems.push(`${backend} mutant ${f.index}: ${f.why}\n${f.stderr}`);
    for (const r of run.records.values()) {
      for (const b of r.bad) problems.push(`${backend} mutant ${r.index} (${r.what}): ${b}`);
      for (const n of r.nonfinite) problems.push(`${backend} mutant ${r.index} (${r.what}): a number that is not finite: ${n}`);
    }
  }
  let loaded = 0, answered = 0, thrown = 0, differing = 0;
  const codes = new Map();
  for (let i = 0; i < COUNT; ++i) {
    const a = node.records.get(i), b = wasm.records.get(i);
    if (!a || !b) continue; // a failure above
    if (a.digest !== b.digest) {
      // The details of the first few; a count of the rest.
      problems.push(`mutant ${i} (${a.what}): ${++differing <= 20 ? await firstDifference(i) : "differs"}`);
    }
    loaded += a.loaded;
    answered += a.answered;
    for (const [code, n] of Object.entries(a.codes)) {
      thrown += n;
      codes.set(code, (codes.get(code) ?? 0) + n);
    }
  }
  console.log(`corrupt kernels: ${COUNT} mutants in ${seconds} s; ${loaded} loaded; ${answered} answers and ${thrown} ` +
    `SpiceErrors per backend; codes ${JSON.stringify(Object.fromEntries([...codes].sort((p, q) => q[1] - p[1])))}`);
  // SPICECRAFT_CORRUPT_REPORT=<file>: every problem, for a big local run.
  if (process.env.SPICECRAFT_CORRUPT_REPORT) writeFileSync(process.env.SPICECRAFT_CORRUPT_REPORT, problems.join("\n") + "\n");
  assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems`);
});
