/**
 * A pool of backends in workers for big batches: a `…Batch` call's epochs are split into one
 * contiguous part per worker, the parts run at once, and the results are joined in order, so the
 * answer is the one a single backend gives, bit for bit. Calls that change state (loading kernels,
 * the pool) go to every worker.
 */
import { SpiceError, type SpiceBackend } from "@spicecraft/contract";
import type { AsyncMethod, AsyncSpiceBackend } from "./client.js";

/** The batch methods: those whose name ends in `Batch`. */
export type BatchMethod = Extract<AsyncMethod, `${string}Batch`>;

/** A pool of worker backends; see {@link WorkerPool.batch} and {@link WorkerPool.all}. */
export interface WorkerPool {
  /** The number of workers. */
  readonly size: number;
  /** The workers' backends, for calls of your own. */
  readonly backends: readonly AsyncSpiceBackend[];
  /**
   * Runs a call on every worker (furnsh, unload, kclear, pdpool, ...) and resolves with the first
   * worker's result once all are done; rejects with the first failure.
   */
  all<K extends AsyncMethod>(method: K, ...args: Parameters<SpiceBackend[K]>): Promise<Awaited<ReturnType<SpiceBackend[K]>>>;
  /**
   * A batch call (`spkezrBatch`, `pxformBatch`, `str2etBatch`, ...) with its epochs (its first typed
   * array argument) split across the workers; results joined in order. A failing epoch is named by its
   * index in the whole batch, as a single backend names it.
   */
  batch<K extends BatchMethod>(method: K, ...args: Parameters<SpiceBackend[K]>): Promise<Awaited<ReturnType<SpiceBackend[K]>>>;
  /** Disposes every worker. */
  dispose(): Promise<void>;
}

type Sliceable = Float64Array | Int32Array | Float32Array | Uint8Array;
const isSliceable = (v: unknown): v is Sliceable => ArrayBuffer.isView(v) && !(v instanceof DataView);

/** Joins the parts' results: typed arrays end to end, objects field by field. */
function join(parts: unknown[]): unknown {
  const first = parts[0];
  if (isSliceable(first)) {
    const out = new (first.constructor as new (n: number) => Sliceable)(parts.reduce<number>((n, p) => n + (p as Sliceable).length, 0));
    let at = 0;
    for (const p of parts as Sliceable[]) {
      out.set(p as never, at);
      at += p.length;
    }
    return out;
  }
  if (Array.isArray(first)) return (parts as unknown[][]).flat();
  if (typeof first === "object" && first !== null) {
    return Object.fromEntries(Object.keys(first).map((k) => [k, join(parts.map((p) => (p as Record<string, unknown>)[k]))]));
  }
  return first;
}

/** A failing epoch's index made an index into the whole batch (the shim's "(epoch index K of the batch)"). */
function shifted(error: unknown, base: number): unknown {
  if (!(error instanceof SpiceError) || base === 0) return error;
  const m = / \(epoch index (\d+) of the batch\)$/.exec(error.long);
  if (m === null) return error;
  const long = `${error.long.slice(0, m.index)} (epoch index ${Number(m[1]) + base} of the batch)`;
  return new SpiceError({ short: error.short, long, trace: error.trace, operation: error.operation });
}

/** Makes a pool over started worker backends. */
export function poolOf(backends: AsyncSpiceBackend[]): WorkerPool {
  if (backends.length === 0) throw new RangeError("createWorkerPool: size must be at least 1");
  const call = (b: AsyncSpiceBackend, method: string, args: unknown[]) => (b as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args);
  return Object.freeze({
    size: backends.length,
    backends: Object.freeze([...backends]),
    async all(method: string, ...args: unknown[]) {
      const results = await Promise.all(backends.map((b) => call(b, method, args)));
      return results[0];
    },
    async batch(method: string, ...args: unknown[]) {
      const at = args.findIndex(isSliceable);
      if (at < 0) throw new TypeError(`${method}: the pool splits a batch by its epochs, and found no typed array among the arguments`);
      const epochs = args[at] as Sliceable;
      // At most one part per worker, none empty; contiguous so the results join in order.
      const parts = Math.max(1, Math.min(backends.length, epochs.length));
      const bounds = Array.from({ length: parts + 1 }, (_, i) => Math.round((i * epochs.length) / parts));
      const results = await Promise.all(
        Array.from({ length: parts }, (_, i) => {
          const part = [...args];
          part[at] = epochs.slice(bounds[i], bounds[i + 1]);
          return call(backends[i]!, method, part).catch((error: unknown) => Promise.reject(shifted(error, bounds[i]!)));
        }),
      );
      return join(results);
    },
    async dispose() {
      await Promise.all(backends.map((b) => b.dispose()));
    },
  }) as WorkerPool;
}

/**
 * Starts `count` backends with `start` and makes them a pool; if any fails to start, the others are
 * disposed and the first failure is thrown.
 */
export async function startPool(count: number, start: () => Promise<AsyncSpiceBackend>): Promise<WorkerPool> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`createWorkerPool: size must be a positive integer, got ${count}`);
  const started = await Promise.allSettled(Array.from({ length: count }, start));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await Promise.all(started.map((s) => (s.status === "fulfilled" ? s.value.dispose() : undefined)));
    throw failed.reason;
  }
  return poolOf(started.map((s) => (s as PromiseFulfilledResult<AsyncSpiceBackend>).value));
}
