/**
 * Kernels by URL: fetched as a stream with progress, optionally kept in a cache (the browser's
 * Cache API, or a folder on Node: cache-browser.ts and cache-node.ts, chosen by the entry point), and
 * returned as the `{ path, bytes }` that `furnsh` loads. Shared by both entries: no Node built-in here.
 */
import { SpiceError, type KernelBytes } from "@spicecraft/contract";

/** Options of `fetchKernel`. */
export interface FetchKernelOptions {
  /** The virtual id to load it under. Default: the URL's file name (`naif0012.tls` -> `/kernels/naif0012.tls`). */
  path?: string;
  /** Called as bytes arrive: bytes so far, and the total when the server says it (Content-Length). */
  onProgress?: (loaded: number, total: number | undefined) => void;
  /** Stops the download; the Promise rejects with SpiceError SPICE(CANCELLED). */
  signal?: AbortSignal;
  /**
   * `true`: answer from the cache when the URL is there, else download and store it; `"reload"`:
   * download and store even when cached; `false` (default): neither read nor write the cache. The
   * cache keys on the URL, so use it for URLs whose content never changes (versioned file names).
   */
  cache?: boolean | "reload";
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

/** Where fetched kernels are kept. */
export interface KernelCache {
  get(url: string): Promise<Uint8Array | undefined>;
  put(url: string, bytes: Uint8Array): Promise<void>;
}

const failure = (short: string, long: string) => new SpiceError({ short, long, trace: "", operation: "fetchKernel" });

/** The file name of a URL's path, the default virtual id. */
function fileName(url: URL): string {
  const name = decodeURIComponent(url.pathname.split("/").pop() ?? "");
  if (name === "") throw new TypeError(`fetchKernel: ${url.href} names no file; give options.path`);
  return name;
}

/** Reads a response body as it arrives, into one buffer when the length is known. */
async function readBody(response: Response, url: string, options: FetchKernelOptions): Promise<Uint8Array> {
  const header = response.headers.get("content-length");
  const total = header !== null && /^\d+$/.test(header) ? Number(header) : undefined;
  options.onProgress?.(0, total);
  if (response.body === null) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  let buffer = new Uint8Array(total ?? 1 << 16);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > buffer.length) {
      // No (or a wrong) Content-Length: grow by doubling.
      const bigger = new Uint8Array(Math.max(buffer.length * 2, loaded + value.length));
      bigger.set(buffer.subarray(0, loaded));
      buffer = bigger;
    }
    buffer.set(value, loaded);
    loaded += value.length;
    options.onProgress?.(loaded, total);
  }
  if (total !== undefined && loaded !== total) {
    throw failure("SPICE(FILEREADFAILED)", `${url} ended after ${loaded} of its ${total} bytes.`);
  }
  return loaded === buffer.length ? buffer : buffer.slice(0, loaded);
}

/**
 * Downloads (or takes from `cache`) a kernel and returns it ready for `furnsh`. Errors: SpiceError
 * SPICE(FILEOPENFAILED) for a failed request or an HTTP error status, SPICE(FILEREADFAILED) for a
 * body cut short, SPICE(CANCELLED) when `signal` aborts; TypeError for a URL that is not one.
 */
export async function fetchKernelWith(cache: KernelCache | undefined, url: string | URL, options: FetchKernelOptions = {}): Promise<KernelBytes> {
  const base = typeof location !== "undefined" ? location.href : undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw new TypeError(`fetchKernel: ${String(url)} is not a URL`);
  }
  const href = parsed.href;
  const path = options.path ?? fileName(parsed);
  const useCache = options.cache ?? false;
  if (useCache === true && cache !== undefined) {
    const cached = await cache.get(href);
    if (cached !== undefined) {
      options.onProgress?.(cached.length, cached.length);
      return { path, bytes: cached };
    }
  }
  if (options.signal?.aborted) throw failure("SPICE(CANCELLED)", `The download of ${href} was cancelled.`);
  const doFetch = options.fetch ?? fetch;
  // A failure before the response is SPICE(FILEOPENFAILED), one while reading the body SPICE(FILEREADFAILED).
  const rethrow = (short: string, error: unknown): never => {
    if (error instanceof SpiceError) throw error;
    if (options.signal?.aborted) throw failure("SPICE(CANCELLED)", `The download of ${href} was cancelled.`);
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw failure(short, `Fetching ${href} failed: ${cause}.`);
  };
  let response: Response;
  try {
    response = await doFetch(href, options.signal ? { signal: options.signal } : {});
  } catch (error) {
    return rethrow("SPICE(FILEOPENFAILED)", error);
  }
  if (!response.ok) throw failure("SPICE(FILEOPENFAILED)", `Fetching ${href} failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`);
  let bytes: Uint8Array;
  try {
    bytes = await readBody(response, href, options);
  } catch (error) {
    return rethrow("SPICE(FILEREADFAILED)", error);
  }
  if (useCache !== false && cache !== undefined) await cache.put(href, bytes);
  return { path, bytes };
}
