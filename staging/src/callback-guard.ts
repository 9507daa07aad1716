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
    return (x) => this.#guard(name, "a number", fn, x, (v): v is number => typeof v === "number");
  }

  /** `fn` as a callback of the boolfn kind: a boolean, or `undefined` after a failure. */
  boolean(name: string, fn: (x: number) => unknown): (x: number) => boolean | undefined {
    return (x) => this.#guard(name, "a boolean", fn, x, (v): v is boolean => typeof v === "boolean");
  }

  /**
   * `fn` as a callback of the numsfn kind (numbers in; a number, a boolean, or for `"void"` nothing
   * out): the value, or `null` after a failure.
   */
  numeric(name: string, expect: "number" | "boolean" | "void", fn: (...args: number[]) => unknown): (...args: number[]) => unknown {
    return (...args) => {
      if (this.#thrown !== undefined) return null;
      try {
        const value = fn(...args);
        if (expect === "void") return undefined;
        if (typeof value === expect) return value;
        throw new TypeError(`${this.operation}: ${name} must return a ${expect}, got ${value === null ? "null" : typeof value}`);
      } catch (error) {
        this.#thrown = { error };
        return null;
      }
    };
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

  #guard<T>(name: string, what: string, fn: (x: number) => unknown, x: number, ok: (v: unknown) => v is T): T | undefined {
    if (this.#thrown !== undefined) return undefined;
    try {
      const value = fn(x);
      if (ok(value)) return value;
      throw new TypeError(`${this.operation}: ${name} must return ${what}, got ${value === null ? "null" : typeof value}`);
    } catch (error) {
      this.#thrown = { error };
      return undefined;
    }
  }
}
