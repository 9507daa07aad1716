/**
 * The client side of a backend running in a Worker: every backend method, returning a Promise.
 * Works with a browser `Worker` and a Node `worker_threads` Worker alike (channel.ts adapts them).
 */
import { SpiceError, type BackendKind, type SpiceBackend } from "@spicecraft/contract";
import type { CreateBackendOptions } from "../create-options.js";
import type { ClientChannel } from "./channel.js";
import { decodeError, decodeValue, encodeValue, isPlainObject, type FromWorker, type SearchMessageOptions, type ToWorker } from "./protocol.js";

/** The names of the {@link SpiceBackend} methods a Worker client has (all but `dispose`, which it has in its own form). */
export type AsyncMethod = {
  [K in keyof SpiceBackend]: SpiceBackend[K] extends (...args: never[]) => unknown ? (K extends "dispose" ? never : K) : never;
}[keyof SpiceBackend];

/**
 * A backend in a Worker: the {@link SpiceBackend} methods, each returning a Promise of what the
 * method returns (a SpiceError, TypeError or RangeError rejects it, with its code and message intact);
 * `kind` and `version` as the worker's backend has them; `dispose()` ends the worker.
 */
export type AsyncSpiceBackend = {
  /** Which backend runs in the worker. */
  readonly kind: BackendKind;
  /** The spicecraft core version of the worker's backend. */
  readonly version: string;
  /** Why `auto` gave WASM (as on {@link CreatedBackend}). */
  readonly fallbackReason?: string;
  /** Disposes the backend and ends the worker; pending calls reject with SPICE(DISPOSED). */
  dispose(): Promise<void>;
} & {
  readonly [K in AsyncMethod]: (...args: Parameters<SpiceBackend[K]>) => Promise<Awaited<ReturnType<SpiceBackend[K]>>>;
};

/** Options of the Worker client (besides where the worker comes from). */
export interface WorkerClientOptions extends CreateBackendOptions {
  /**
   * Milliseconds each call may take. A call that takes longer rejects with SpiceError SPICE(TIMEOUT),
   * and the worker is stopped (the core cannot be interrupted mid-call): later calls reject with
   * SPICE(WORKERFAILED). Default: no limit.
   */
  timeout?: number;
  /**
   * Move (transfer) the buffers of typed-array arguments to the worker instead of copying them: no
   * copy of large kernels or batches, but the caller's arrays become empty (detached). Default false.
   * Results are always moved, never copied.
   */
  transferInputs?: boolean;
}

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (fraction: number) => void;
  cleanup(): void;
}

const failure = (operation: string, short: string, long: string) => new SpiceError({ short, long, trace: "", operation });

/** Starts the backend in the worker behind `channel` and returns its client. */
export async function connectWorkerBackend(channel: ClientChannel, options: WorkerClientOptions = {}): Promise<AsyncSpiceBackend> {
  const { timeout, transferInputs = false, ...createOptions } = options;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) throw new RangeError("createWorkerBackend: timeout must be a positive number of milliseconds");
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let dead: SpiceError | undefined; // set once the worker is gone; every later call rejects with it
  let disposed: (() => void) | undefined;
  let ready: { resolve(m: Extract<FromWorker, { type: "ready" }>): void; reject(e: Error): void } | undefined;

  const idle = () => (pending.size === 0 ? channel.unref() : channel.ref());
  const kill = (error: SpiceError) => {
    if (dead !== undefined) return;
    dead = error;
    channel.terminate();
    ready?.reject(error);
    for (const [, p] of pending) {
      p.cleanup();
      p.reject(failure(p.method, error.short, error.long));
    }
    pending.clear();
    disposed?.();
  };

  channel.listen(
    (message: FromWorker) => {
      switch (message.type) {
        case "ready":
          ready?.resolve(message);
          return;
        case "init-error":
          ready?.reject(decodeError(message.error));
          return;
        case "progress":
          pending.get(message.id)?.onProgress?.(message.fraction);
          return;
        case "result":
        case "error": {
          const p = pending.get(message.id);
          if (p === undefined) return;
          pending.delete(message.id);
          p.cleanup();
          idle();
          if (message.type === "result") p.resolve(decodeValue(message.value));
          else p.reject(decodeError(message.error));
          return;
        }
        case "disposed":
          disposed?.();
          return;
      }
    },
    (error) => kill(failure("worker", "SPICE(WORKERFAILED)", `The spicecraft worker failed: ${error.message}`)),
  );

  const post = (message: ToWorker, transfer: Transferable[] = []) => channel.post(message, transfer);
  const wasm = createOptions.wasm?.url !== undefined ? { ...createOptions.wasm, url: absoluteUrl(createOptions.wasm.url) } : createOptions.wasm;
  const init = new Promise<Extract<FromWorker, { type: "ready" }>>((resolve, reject) => (ready = { resolve, reject }));
  channel.ref();
  post({ type: "init", options: { ...createOptions, ...(wasm ? { wasm } : {}) } });
  let info: Extract<FromWorker, { type: "ready" }>;
  try {
    info = await init;
  } catch (error) {
    channel.terminate();
    throw error;
  } finally {
    ready = undefined;
  }
  channel.unref();

  function call(method: string, args: unknown[]): Promise<unknown> {
    if (dead !== undefined) return Promise.reject(failure(method, dead.short, dead.long));
    let search: SearchMessageOptions | undefined;
    let onProgress: ((fraction: number) => void) | undefined;
    let signal: AbortSignal | undefined;
    if (method.endsWith("Async")) {
      const last = args.at(-1);
      const given = isPlainObject(last) ? (args.pop() as Record<string, unknown>) : {};
      const { onProgress: progress, signal: abort, ...rest } = given;
      onProgress = typeof progress === "function" ? (progress as (f: number) => void) : undefined;
      signal = abort as AbortSignal | undefined;
      if (signal?.aborted) return Promise.reject(failure(method, "SPICE(CANCELLED)", "The search was cancelled before it started."));
      search = { progress: onProgress !== undefined, rest };
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const transfer: Transferable[] = [];
      const encoded = args.map((a) => encodeValue(a, transferInputs ? transfer : undefined));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => post({ type: "abort", id });
      const cleanup = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      pending.set(id, { method, resolve, reject, ...(onProgress ? { onProgress } : {}), cleanup });
      try {
        post({ type: "call", id, method, args: encoded, ...(search ? { search } : {}) }, transfer);
      } catch (error) {
        // DataCloneError: a function (a gfuds callback) or another value that cannot be posted.
        pending.delete(id);
        cleanup();
        reject(new TypeError(`${method}: an argument cannot be sent to a Worker (${error instanceof Error ? error.message : String(error)}); callbacks such as gfuds's run on a backend in this thread`));
        return;
      }
      channel.ref();
      signal?.addEventListener("abort", onAbort, { once: true });
      if (timeout !== undefined) {
        timer = setTimeout(() => {
          const p = pending.get(id);
          pending.delete(id);
          p?.reject(failure(method, "SPICE(TIMEOUT)", `${method} did not finish within ${timeout} ms; the worker was stopped.`));
          kill(failure("worker", "SPICE(WORKERFAILED)", `The spicecraft worker was stopped after ${method} timed out (${timeout} ms).`));
        }, timeout);
      }
    });
  }

  const client: Record<string, unknown> = {
    kind: info.kind,
    version: info.version,
    ...(info.fallbackReason !== undefined ? { fallbackReason: info.fallbackReason } : {}),
    dispose(): Promise<void> {
      if (dead !== undefined) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => finish(), 5000);
        const finish = () => {
          clearTimeout(timer);
          disposed = undefined;
          kill(failure("dispose", "SPICE(DISPOSED)", "The backend was disposed."));
          resolve();
        };
        disposed = finish;
        channel.ref();
        post({ type: "dispose" });
      });
    },
  };
  for (const method of info.methods) client[method] = (...args: unknown[]) => call(method, args);
  return Object.freeze(client) as AsyncSpiceBackend;
}

/** A URL the worker can fetch: relative URLs are resolved against the page here, not the worker's script. */
function absoluteUrl(url: string | URL): string {
  const base = typeof location !== "undefined" ? location.href : undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return String(url); // a Node path: the worker resolves it
  }
}
