/**
 * One interface over the two kinds of worker: a browser `Worker` (postMessage, message and error
 * events) and a Node `worker_threads` Worker (an EventEmitter that can also be unreferenced, so an
 * idle worker never keeps a Node process alive).
 */
import type { FromWorker, ToWorker } from "./protocol.js";

/** A browser Worker, as far as the client uses it. */
export interface WebWorkerLike {
  /** Sends a message, moving the `transfer` buffers. */
  postMessage(message: unknown, transfer: Transferable[]): void;
  /** Listens for the worker's messages and failures. */
  addEventListener(type: "message" | "error" | "messageerror", listener: (event: { data?: unknown; message?: string }) => void): void;
  /** Ends the worker. */
  terminate(): void;
}

/** A Node worker_threads Worker, as far as the client uses it. */
export interface NodeWorkerLike {
  /** Sends a message, moving the `transfer` buffers. */
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  /** Listens for `message`, `error`, `messageerror` and `exit`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- matches worker_threads' overloads
  on(event: string, listener: (...args: any[]) => void): unknown;
  /** Ends the thread. */
  terminate(): unknown;
  /** Keeps the process alive while the thread runs. */
  ref(): void;
  /** Lets the process exit although the thread runs. */
  unref(): void;
}

/** Either kind of worker. */
export type WorkerLike = WebWorkerLike | NodeWorkerLike;

/** What the client needs from a worker. */
export interface ClientChannel {
  post(message: ToWorker, transfer: Transferable[]): void;
  listen(onMessage: (message: FromWorker) => void, onError: (error: Error) => void): void;
  terminate(): void;
  /** Keep the process alive while calls are pending (Node); a no-op in browsers. */
  ref(): void;
  unref(): void;
}

/** Adapts a worker of either kind. */
export function channelOf(worker: WorkerLike): ClientChannel {
  if ("addEventListener" in worker && typeof worker.addEventListener === "function") {
    const web = worker as WebWorkerLike;
    return {
      post: (message, transfer) => web.postMessage(message, transfer),
      listen(onMessage, onError) {
        web.addEventListener("message", (event) => onMessage(event.data as FromWorker));
        web.addEventListener("error", (event) => onError(new Error(event.message ?? "the worker script failed to load or threw")));
        web.addEventListener("messageerror", () => onError(new Error("a message from the worker could not be read")));
      },
      terminate: () => web.terminate(),
      ref: () => {},
      unref: () => {},
    };
  }
  const node = worker as NodeWorkerLike;
  return {
    post: (message, transfer) => node.postMessage(message, transfer),
    listen(onMessage, onError) {
      node.on("message", (message: FromWorker) => onMessage(message));
      node.on("error", (error: Error) => onError(error));
      node.on("messageerror", () => onError(new Error("a message from the worker could not be read")));
      node.on("exit", (code: number) => onError(new Error(`the worker thread exited (code ${code})`)));
    },
    terminate: () => void node.terminate(),
    ref: () => node.ref(),
    unref: () => node.unref(),
  };
}
