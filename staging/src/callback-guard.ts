/**
 * The caller's functions of a call that calls back into JS (gfuds, gfudb, uddf, uddc: issue 14).
 * The bindings call them while the core runs; a JS exception must not unwind through the core (on
 * WASM its destructors would not run), so each function is wrapped: a throw, or a value of the
 * wrong type (a TypeError), is kept and the wrapper returns `undefined`, which fails the call
 * (SPICE(CALLBACKFAILED)) at once. {@link CallbackGuard.run} then throws what was kept instead of
 * that error, so the caller sees its own exception.
 */
export class CallbackGuard {
  #thrown: { error: unknown } | undefined;

  constructor(readonly operation: string) {}

  /** `fn` as a callback of the f64fn kind: a number, or `undefined` after a failure. */
  number(name: string, fn: (x: number) => unknown): (x: number) => number | undefined {
    return (x) => this.#guard(name, "number", () => fn(x), undefined) as number | undefined;
  }

  /** `fn` as a callback of the boolfn kind: a boolean, or `undefined` after a failure. */
  boolean(name: string, fn: (x: number) => unknown): (x: number) => boolean | undefined {
    return (x) => this.#guard(name, "boolean", () => fn(x), undefined) as boolean | undefined;
  }

  /**
   * `fn` as a callback of the numsfn kind (numbers in; a number, a boolean, or for `"void"` nothing
   * out): the value, or `null` after a failure.
   */
  numeric(name: string, expect: "number" | "boolean" | "void", fn: (...args: number[]) => unknown): (...args: number[]) => unknown {
    if (expect === "void") {
      // Its value is not looked at: whatever it returns, the binding gets `undefined` (0).
      return (...args) => this.#guard(name, "undefined", () => void fn(...args), null);
    }
    return (...args) => this.#guard(name, expect, () => fn(...args), null);
  }

  /** Runs the call; if a callback failed, throws what it threw (or its TypeError) instead. */
  run<T>(call: () => T): T {
    let result: T;
    try {
      result = call();
    } catch (error) {
      if (this.#thrown !== undefined) throw this.#thrown.error;
      throw error;
    }
    if (this.#thrown !== undefined) throw this.#thrown.error;
    return result;
  }

  /**
   * Calls `call` unless a callback already failed; a value of type `type` is returned, anything
   * else (or a throw) is kept as the failure and `failed` is returned, as it is from then on.
   */
  #guard(name: string, type: "number" | "boolean" | "undefined", call: () => unknown, failed: null | undefined): unknown {
    if (this.#thrown !== undefined) return failed;
    try {
      const value = call();
      if (typeof value === type) return value;
      throw new TypeError(`${this.operation}: ${name} must return a ${type}, got ${value === null ? "null" : typeof value}`);
    } catch (error) {
      this.#thrown = { error };
      return failed;
    }
  }
}
