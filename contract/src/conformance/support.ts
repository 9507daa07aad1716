/** Helpers shared by the conformance scenarios. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SpiceBackend } from "../backend.js";
import { SpiceError } from "../spice-error.js";

/** Runs `body` with a fresh backend and always disposes it. */
export async function withBackend<T>(make: () => Promise<SpiceBackend>, body: (spice: SpiceBackend) => T | Promise<T>): Promise<T> {
  const spice = await make();
  try {
    return await body(spice);
  } finally {
    spice.dispose();
  }
}

/** Host path of a fixture kernel. */
export function kernelPath(fixturesDir: string, relative: string): string {
  return join(fixturesDir, "kernels", relative);
}

/** Bytes of a fixture kernel, staged under its /kernels/ virtual id. */
export function kernelBytes(fixturesDir: string, relative: string): { path: string; bytes: Uint8Array } {
  return { path: `/kernels/${relative}`, bytes: readFileSync(kernelPath(fixturesDir, relative)) };
}

/** Asserts that `fn` throws a SpiceError with the given short code; returns it. */
export function assertSpiceError(fn: () => unknown, short: string): SpiceError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof SpiceError, `expected a SpiceError ${short}, got ${String(caught)}`);
  assert.equal(caught.short, short, caught.message);
  return caught;
}

/** Every pool variable with its type and values: a snapshot to compare pools. */
export function poolSnapshot(spice: SpiceBackend): Record<string, { type: string; values: unknown[] }> {
  const names = spice.gnpool("*", 0, 1_000_000);
  const out: Record<string, { type: string; values: unknown[] }> = {};
  if (!names.found) return out;
  for (const name of names.values) {
    const shape = spice.dtpool(name);
    assert.ok(shape.found);
    const got = shape.type === "N" ? spice.gdpool(name, 0, shape.n) : spice.gcpool(name, 0, shape.n);
    assert.ok(got.found);
    out[name] = { type: shape.type, values: got.values };
  }
  return out;
}
