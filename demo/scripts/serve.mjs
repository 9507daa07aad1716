#!/usr/bin/env node
// `npm run demo`: builds the demo (demo/scripts/build.mjs into demo/dist/) and serves it on
// http://127.0.0.1:<port>/ (PORT, default 5180; the next free port if taken) until Ctrl-C.
// `npm run demo -- --dev`: the Vite dev server instead (edits to demo/ reload the page), the kernels
// written into demo/public/kernels/ (git-ignored) for it to serve.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDemo } from "./build.mjs";

const types = { ".css": "text/css", ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };

/** Serves `root` on 127.0.0.1:`port` (or the next free port); resolves to { url, close }. */
export function serveFolder(root, port = 0) {
  if (!root.endsWith(sep)) root += sep;
  const server = createServer(async (req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    const file = path.endsWith(sep) ? join(path, "index.html") : path;
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    const listen = (p) => server.listen(p, "127.0.0.1");
    server.on("error", (e) => (e.code === "EADDRINUSE" && port && port < 65535 ? listen(++port) : reject(e)));
    server.on("listening", () => {
      const { port: bound } = server.address();
      resolve({ url: `http://127.0.0.1:${bound}/`, close: () => new Promise((r) => server.close(r)) });
    });
    listen(port);
  });
}

/**
 * Starts the Vite dev server on 127.0.0.1:`port` (0: any free port; a taken port: the next free one),
 * serving the kernels from `publicDir`/kernels/ (written first) and keeping Vite's dependency cache
 * in `cacheDir` (default: Vite's, node_modules/.vite); resolves to { url, close }.
 */
export async function serveDev({ port = 5180, publicDir, cacheDir } = {}) {
  const { createServer: createViteServer } = await import("vite");
  const { prepareKernels } = await import("./prepare-kernels.mjs");
  const demo = fileURLToPath(new URL("../", import.meta.url));
  publicDir ??= join(demo, "public");
  await prepareKernels(join(publicDir, "kernels"));
  const server = await createViteServer({
    configFile: join(demo, "vite.config.js"),
    publicDir,
    ...(cacheDir ? { cacheDir } : {}),
    server: { host: "127.0.0.1", port },
  });
  await server.listen();
  return { url: server.resolvedUrls.local[0], close: () => server.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5180);
  const { url } = process.argv.includes("--dev") ? await serveDev({ port }) : await serveFolder(await buildDemo(), port);
  console.log(`spicecraft demo${process.argv.includes("--dev") ? " (Vite dev server)" : ""}: ${url}  (Ctrl-C to stop)`);
}
