// fetchKernel (src/kernels/) under Node against a local HTTP server: a kernel fetched by URL loads
// and gives the same state as the file on disk, progress counts up to the total (or without one for
// a chunked body), the folder cache answers when the server is gone, and every failure is a
// SpiceError with its code: HTTP errors, a body cut short, an abort, an unreachable host.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { bundledKernelsDir, createBackend, fetchKernel, SpiceError } from "../../dist/index.js";

const LSK = readFileSync(join(bundledKernelsDir(), "naif0012.tls"));
const SPK = readFileSync(join(bundledKernelsDir(), "de430-2015-03-02.bsp"));
let server, base, cacheDir, requests = 0;

before(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), "spicecraft-kernel-cache-"));
  process.env.SPICECRAFT_KERNEL_CACHE = cacheDir;
  server = createServer((req, res) => {
    requests++;
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/lsk/naif0012.tls") return res.writeHead(200, { "content-length": LSK.length }).end(LSK);
    if (url.pathname === "/chunked/de430.bsp") {
      // No Content-Length: the body arrives in pieces.
      res.writeHead(200);
      let at = 0;
      const next = () => {
        if (at >= SPK.length) return res.end();
        res.write(SPK.subarray(at, (at += 1000)));
        setImmediate(next);
      };
      return next();
    }
    if (url.pathname === "/short.bsp") {
      res.writeHead(200, { "content-length": SPK.length });
      res.write(SPK.subarray(0, 3000));
      return setTimeout(() => res.destroy(), 20);
    }
    if (url.pathname === "/slow.bsp") {
      res.writeHead(200, { "content-length": SPK.length });
      res.write(SPK.subarray(0, 100));
      return; // never finishes
    }
    res.writeHead(404, "Not Found").end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

test("a kernel fetched by URL loads under its file name and gives the state the file on disk gives", async () => {
  const progress = [];
  const lsk = await fetchKernel(`${base}/lsk/naif0012.tls`, { onProgress: (loaded, total) => progress.push([loaded, total]) });
  assert.equal(lsk.path, "naif0012.tls");
  assert.deepEqual(lsk.bytes, new Uint8Array(LSK));
  assert.deepEqual(progress[0], [0, LSK.length]);
  assert.deepEqual(progress.at(-1), [LSK.length, LSK.length]);
  const seen = [];
  const spk = await fetchKernel(`${base}/chunked/de430.bsp`, { path: "spk/de430.bsp", onProgress: (loaded, total) => seen.push([loaded, total]) });
  assert.equal(spk.path, "spk/de430.bsp");
  assert.ok(seen.length > 5 && seen.every(([, total]) => total === undefined) && seen.at(-1)[0] === SPK.length);
  assert.ok(seen.every(([l], i) => i === 0 || l >= seen[i - 1][0]), "progress never goes back");

  for (const backend of ["node", "wasm"]) {
    const fromUrl = await createBackend({ backend });
    fromUrl.furnsh(lsk);
    fromUrl.furnsh(spk);
    const fromDisk = await createBackend({ backend });
    fromDisk.furnsh(join(bundledKernelsDir(), "naif0012.tls"));
    fromDisk.furnsh(join(bundledKernelsDir(), "de430-2015-03-02.bsp"));
    const et = fromDisk.str2et("2015-03-02T12:00:00");
    assert.deepEqual(fromUrl.spkezr("MOON", et, "J2000", "LT+S", "EARTH"), fromDisk.spkezr("MOON", et, "J2000", "LT+S", "EARTH"));
    fromUrl.dispose();
    fromDisk.dispose();
  }
});

test("cache: true keeps the kernel in the cache folder and answers from it; reload downloads again", async () => {
  const url = `${base}/lsk/naif0012.tls?cached`;
  const before = requests;
  await fetchKernel(url, { cache: true });
  assert.equal(requests, before + 1);
  assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith(".kernel")).length, 1);
  const again = await fetchKernel(url, { cache: true });
  assert.equal(requests, before + 1, "answered from the cache");
  assert.deepEqual(again.bytes, new Uint8Array(LSK));
  await fetchKernel(url, { cache: "reload" });
  assert.equal(requests, before + 2);
  await fetchKernel(url);
  assert.equal(requests, before + 3, "cache: false (the default) does not read the cache");
});

test("failures are SpiceErrors with codes: HTTP status, cut body, abort, unreachable host, not a URL", async () => {
  const code = (short) => (e) => e instanceof SpiceError && e.short === short && e.operation === "fetchKernel";
  await assert.rejects(fetchKernel(`${base}/missing.bsp`), (e) => code("SPICE(FILEOPENFAILED)")(e) && /HTTP 404 Not Found/.test(e.long));
  await assert.rejects(fetchKernel(`${base}/short.bsp`), code("SPICE(FILEREADFAILED)"));
  const controller = new AbortController();
  const slow = fetchKernel(`${base}/slow.bsp`, { signal: controller.signal, onProgress: (loaded) => loaded > 0 && controller.abort() });
  await assert.rejects(slow, code("SPICE(CANCELLED)"));
  await assert.rejects(fetchKernel("http://127.0.0.1:1/x.bsp"), code("SPICE(FILEOPENFAILED)"));
  await assert.rejects(fetchKernel("http://[bad"), TypeError);
  await assert.rejects(fetchKernel(`${base}/`), TypeError, "a URL without a file name needs options.path");
});
