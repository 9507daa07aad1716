/**
 * The script of a Node worker thread running spicecraft (`spicecraft/worker` under Node, and the
 * default worker of `createWorkerBackend()` there): serves a backend (native if the addon loads, as
 * `createBackend` chooses) to the thread that started it.
 */
import { parentPort } from "node:worker_threads";
import { createBackend } from "../index.js";
import { serveBackend } from "./serve.js";
import type { ToWorker } from "./protocol.js";

if (parentPort === null) throw new Error("spicecraft/worker runs inside a worker thread (new Worker(...)), not as a main script");
const port = parentPort;
serveBackend(
  {
    post: (message, transfer) => port.postMessage(message, transfer as never),
    listen: (handler) => port.on("message", (message: ToWorker) => handler(message)),
    close: () => port.close(),
  },
  createBackend,
);
