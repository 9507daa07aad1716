/** The browser's kernel cache: the Cache API (one cache, `spicecraft-kernels`), where the page has it. */
import type { KernelCache } from "./fetch-kernel.js";

const NAME = "spicecraft-kernels";

/** The Cache API store, or undefined where `caches` is missing (an insecure origin, some workers). */
export function browserKernelCache(): KernelCache | undefined {
  if (typeof caches === "undefined") return undefined;
  return {
    async get(url) {
      const hit = await (await caches.open(NAME)).match(url);
      return hit === undefined ? undefined : new Uint8Array(await hit.arrayBuffer());
    },
    async put(url, bytes) {
      const body = new Uint8Array(bytes); // a copy: the caller's buffer goes to furnsh
      await (await caches.open(NAME)).put(url, new Response(body, { headers: { "content-length": String(body.length) } }));
    },
  };
}
