// A static file server for the browser tests: serves the repository on 127.0.0.1 only, refuses
// paths outside it, and sets the MIME types ES modules and WASM need.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const repository = fileURLToPath(new URL("../../", import.meta.url));
const types = {
  ".css": "text/css", ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };

/** Starts the server on a free loopback port, serving `root` (default: the repository); resolves to { url, close }. */
export function startServer(root = repository) {
  if (!root.endsWith(sep)) root += sep;
  const server = createServer(async (req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!path.startsWith(root) || path.split(sep).includes("..")) {
      res.writeHead(403).end();
      return;
    }
    try {
      const file = path.endsWith(sep) ? join(path, "index.html") : path;
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
