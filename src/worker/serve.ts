/**
 * The worker side: runs a backend inside a Web Worker or a Node worker thread and answers the
 * client's messages (protocol.ts). Calls run in the order they arrive, as on a backend in the main
 * thread; `…Async` searches report progress and stop on the client's abort.
 */
import type { CreateBackendOptions, CreatedBackend } from "../create-options.js";
import { decodeValue, encodeError, encodeValue, type FromWorker, type ToWorker } from "./protocol.js";

/** How the worker talks to its client. */
export interface WorkerPort {
  post(message: FromWorker, transfer: Transferable[]): void;
  listen(handler: (message: ToWorker) => void): void;
  /** Ends the worker once it is disposed. */
  close(): void;
}

/** The callable members of a backend, own and inherited (its class's methods). */
function methodNames(backend: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = backend; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name !== "constructor" && name !== "dispose" && typeof (backend as Record<string, unknown>)[name] === "function") names.add(name);
    }
  }
  return [...names].sort();
}

/** Serves a backend made by `create` (the entry's createBackend) on `port`. */
export function serveBackend(port: WorkerPort, create: (options: CreateBackendOptions) => Promise<CreatedBackend>): void {
  let backend: CreatedBackend | undefined;
  const running = new Map<number, AbortController>();

  port.listen((message) => {
    switch (message.type) {
      case "init":
        create(message.options).then(
          (created) => {
            backend = created;
            port.post(
              {
                type: "ready",
                kind: created.kind,
                version: created.version,
                methods: methodNames(created),
                ...(created.fallbackReason !== undefined ? { fallbackReason: created.fallbackReason } : {}),
              },
              [],
            );
          },
          (error: unknown) => port.post({ type: "init-error", error: encodeError(error) }, []),
        );
        return;
      case "call":
        call(message);
        return;
      case "abort":
        running.get(message.id)?.abort();
        return;
      case "dispose":
        for (const controller of running.values()) controller.abort();
        try {
          backend?.dispose();
        } finally {
          port.post({ type: "disposed" }, []);
          port.close();
        }
        return;
    }
  });

  function call({ id, method, args, search }: Extract<ToWorker, { type: "call" }>): void {
    const reply = (value: unknown) => {
      const transfer: Transferable[] = [];
      const encoded = encodeValue(value, transfer);
      port.post({ type: "result", id, value: encoded }, transfer);
    };
    const fail = (error: unknown) => port.post({ type: "error", id, error: encodeError(error) }, []);
    try {
      if (backend === undefined) throw new Error("spicecraft worker: a call arrived before the backend was created");
      const fn = (backend as unknown as Record<string, unknown>)[method];
      if (typeof fn !== "function") throw new TypeError(`spicecraft worker: the backend has no method ${method}`);
      const decoded = args.map(decodeValue);
      if (search !== undefined) {
        // The client took onProgress and signal out of the options; they are put back here, wired
        // to messages.
        const controller = new AbortController();
        running.set(id, controller);
        const options = {
          ...search.rest,
          signal: controller.signal,
          ...(search.progress ? { onProgress: (fraction: number) => port.post({ type: "progress", id, fraction }, []) } : {}),
        };
        Promise.resolve((fn as (...a: unknown[]) => unknown).apply(backend, [...decoded, options]))
          .then(reply, fail)
          .finally(() => running.delete(id));
        return;
      }
      reply((fn as (...a: unknown[]) => unknown).apply(backend, decoded));
    } catch (error) {
      fail(error);
    }
  }
}
