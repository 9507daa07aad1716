/**
 * The messages between a Worker client (client.ts) and the backend it drives inside a Worker
 * (serve.ts), and how values cross: structured clone copies plain data and typed arrays, but a
 * `SpiceWindow` (private fields) and an `Error` (its class and fields) would arrive as something
 * else, so they are encoded here and rebuilt on the other side.
 */
import { SpiceError, SpiceWindow, type SpiceErrorData } from "@spicecraft/contract";
import type { CreateBackendOptions } from "../create-options.js";

/** Client to worker. */
export type ToWorker =
  | { type: "init"; options: CreateBackendOptions }
  | { type: "call"; id: number; method: string; args: unknown[]; search?: SearchMessageOptions }
  | { type: "abort"; id: number }
  | { type: "dispose" };

/**
 * An `…Async` search's options without `onProgress` and `signal` (which cannot be posted): whether
 * to report progress, and the other options as given.
 */
export interface SearchMessageOptions {
  progress: boolean;
  rest: Record<string, unknown>;
}

/** Worker to client. */
export type FromWorker =
  | { type: "ready"; kind: "node" | "wasm"; version: string; methods: string[]; fallbackReason?: string }
  | { type: "init-error"; error: EncodedError }
  | { type: "result"; id: number; value: unknown }
  | { type: "error"; id: number; error: EncodedError }
  | { type: "progress"; id: number; fraction: number }
  | { type: "disposed" };

/** An error in transit: a SpiceError's data, or a plain error's class name and message. */
export type EncodedError = { spice: SpiceErrorData } | { name: string; message: string };

const WINDOW = "$spicecraftWindow";

/** Encodes a thrown value. */
export function encodeError(error: unknown): EncodedError {
  if (error instanceof SpiceError) return { spice: error.toJSON() };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

const ERROR_CLASSES: Record<string, new (message: string) => Error> = { TypeError, RangeError, SyntaxError, Error };

/** Rebuilds an error: a SpiceError with its code, or a TypeError/RangeError/Error with its message. */
export function decodeError(encoded: EncodedError): Error {
  if ("spice" in encoded) return SpiceError.fromJSON(encoded.spice);
  const ErrorClass = ERROR_CLASSES[encoded.name] ?? Error;
  const error = new ErrorClass(encoded.message);
  if (!(encoded.name in ERROR_CLASSES)) error.name = encoded.name;
  return error;
}

/** Encodes a value for posting: SpiceWindows become tagged endpoint arrays, at any depth. */
export function encodeValue(value: unknown, transfer?: Transferable[]): unknown {
  if (value instanceof SpiceWindow) {
    const ends = value.endpoints;
    transfer?.push(ends.buffer);
    return { [WINDOW]: ends };
  }
  if (ArrayBuffer.isView(value)) {
    // Results are fresh arrays the worker no longer needs: moved, not copied.
    if (transfer && !(value.buffer instanceof SharedArrayBufferType) && !transfer.includes(value.buffer)) transfer.push(value.buffer);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, transfer));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v, transfer)]));
  return value;
}

/** Rebuilds what {@link encodeValue} encoded. */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (isPlainObject(value)) {
    if (WINDOW in value) return SpiceWindow.from(value[WINDOW] as Float64Array);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeValue(v)]));
  }
  return value;
}

// SharedArrayBuffer is missing where a page is not cross-origin isolated; its buffers are never moved.
const SharedArrayBufferType: { new (n: number): unknown } =
  typeof SharedArrayBuffer === "function" ? SharedArrayBuffer : (class {} as unknown as { new (n: number): unknown });

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
