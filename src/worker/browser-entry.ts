/**
 * The script of a browser Worker running spicecraft (`spicecraft/worker` in browsers and bundlers):
 * importing it makes the worker serve a WASM backend to `createWorkerBackend()` in the page.
 *
 * @example
 * ```js
 * // spice.worker.js, bundled as its own entry (or by `new Worker(new URL(...))` in Vite and webpack)
 * import "spicecraft/worker";
 * ```
 */
import { createBackend } from "../browser.js";
import { serveBackend } from "./serve.js";
import type { FromWorker, ToWorker } from "./protocol.js";

const scope = globalThis as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: { data: ToWorker }) => void): void;
  close(): void;
};

serveBackend(
  {
    post: (message, transfer) => scope.postMessage(message, transfer),
    listen: (handler) => scope.addEventListener("message", (event) => handler(event.data)),
    close: () => scope.close(),
  },
  createBackend,
);
