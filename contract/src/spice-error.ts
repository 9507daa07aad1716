/**
 * The one error type every backend throws for a SPICE failure. Its text is built here, from the
 * core's short code and long message, so the native and WASM backends raise identical messages.
 */

/**
 * CSPICE short codes spicecraft raises most often (any other `SPICE(...)` code may occur too: the
 * type stays open). Comparing `error.short === "SPICE(NOSUCHFILE)"` gets completion and typo checks.
 */
export type SpiceErrorCode =
  | "SPICE(NOSUCHFILE)" | "SPICE(FILEOPENFAILED)" | "SPICE(FILEREADFAILED)" | "SPICE(INVALIDFORMAT)"
  | "SPICE(BADVIRTUALID)" | "SPICE(NOLOADEDFILES)" | "SPICE(SPKINSUFFDATA)" | "SPICE(NOLEAPSECONDS)"
  | "SPICE(UNPARSEDTIME)" | "SPICE(UNKNOWNFRAME)" | "SPICE(INVALIDFRAME)" | "SPICE(NOFRAMECONNECT)"
  | "SPICE(FRAMEDATANOTFOUND)" | "SPICE(IDCODENOTFOUND)" | "SPICE(KERNELVARNOTFOUND)" | "SPICE(VARIABLENOTFOUND)"
  | "SPICE(INVALIDVALUE)" | "SPICE(VALUEOUTOFRANGE)" | "SPICE(INDEXOUTOFRANGE)" | "SPICE(EMPTYSTRING)"
  | "SPICE(ZEROVECTOR)" | "SPICE(DEGENERATECASE)" | "SPICE(BODIESNOTDISTINCT)" | "SPICE(INVALIDMETHOD)"
  | "SPICE(INVALIDSTEP)" | "SPICE(INVALIDSCLKSTRING)" | "SPICE(DSKDATANOTFOUND)" | "SPICE(NOTSUPPORTED)"
  | "SPICE(MALLOCFAILED)" | "SPICE(CANCELLED)" | "SPICE(CONTEXTBUSY)" | "SPICE(DISPOSED)"
  | "SPICE(TIMEOUT)" | "SPICE(WORKERFAILED)"
  | (string & {});

/** A plain-object form of a {@link SpiceError}, e.g. for posting across a Worker boundary. */
export interface SpiceErrorData {
  /** CSPICE short code, e.g. `SPICE(NOSUCHFILE)`. */
  short: string;
  /** The long message: names the file, variable, body or epoch involved. */
  long: string;
  /** The call trace, outermost first, e.g. `furnsh --> meta-kernel /kernels/a.tm`. */
  trace: string;
  /** The contract method that failed, e.g. `furnsh`. */
  operation: string;
}

/** An error from the SPICE core (or from staging) with CSPICE's short code. */
export class SpiceError extends Error implements SpiceErrorData {
  /** CSPICE short code, e.g. `SPICE(NOSUCHFILE)`. */
  readonly short: SpiceErrorCode;
  /** The long message. */
  readonly long: string;
  /** The call trace, outermost first. */
  readonly trace: string;
  /** The contract method that failed. */
  readonly operation: string;

  constructor(data: SpiceErrorData) {
    super(`${data.operation}: ${data.short}: ${data.long}`);
    this.name = "SpiceError";
    this.short = data.short;
    this.long = data.long;
    this.trace = data.trace;
    this.operation = data.operation;
  }

  /** The plain data of this error (structured-clone safe). */
  toJSON(): SpiceErrorData {
    return { short: this.short, long: this.long, trace: this.trace, operation: this.operation };
  }

  /** Rebuilds a SpiceError from {@link SpiceError.toJSON} output, e.g. after a Worker boundary. */
  static fromJSON(data: SpiceErrorData): SpiceError {
    return new SpiceError(data);
  }

  /** True for SpiceErrors and for their plain-data form. */
  static isSpiceErrorData(value: unknown): value is SpiceErrorData {
    if (typeof value !== "object" || value === null) return false;
    const v = value as Record<string, unknown>;
    return typeof v.short === "string" && typeof v.long === "string" && typeof v.operation === "string";
  }
}
