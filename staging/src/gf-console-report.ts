// CSPICE's default GF progress reporter (GFRPRT's entries GFREPI, GFREPU, GFREPF over the work
// reporter ZZGFRPWK and its display ZZGFDSPS, N0067), issue 14. It writes
//   <prefix> xxx.xx% <suffix>
// to standard output, each report followed by as many backspaces as it has characters so the next
// one overwrites it: at the start of a pass (after a newline, 0.00%), during the pass at most once
// a wall-clock second (the clock is read every fourth update), and at the end (the percentage
// done, then two newlines). As in CSPICE there is one reporter for the whole
// program (the console is shared), so spice.gfrepi/gfrepu/gfrepf may be passed as plain functions.
// Node: process.stdout; elsewhere console.log, one call per line (without its newline).
import { SpiceError } from "@spicecraft/contract";
import type { SpiceWindow } from "@spicecraft/contract";

const MXBEGM = 55; // zzgf.inc: the prefix's and suffix's limits
const MXENDM = 13;
const MXMSG = 78; // the message's length (ZZGFRPWK's MESSGE)

type Writer = (text: string) => void;

function defaultWriter(): Writer {
  const stdout = (globalThis as { process?: { stdout?: { write?: (s: string) => unknown } } }).process?.stdout;
  if (stdout && typeof stdout.write === "function") return (text) => void stdout.write!(text);
  let pending = "";
  return (text) => {
    pending += text;
    let at: number;
    while ((at = pending.indexOf("\n")) >= 0) {
      console.log(pending.slice(0, at));
      pending = pending.slice(at + 1);
    }
  };
}

/** Fortran's LASTNB: the length without trailing blanks. */
function lastnb(s: string): number {
  let n = s.length;
  while (n > 0 && s[n - 1] === " ") n--;
  return n;
}

/** A Fortran CHARACTER*(n) copy: truncated or blank-padded to n. */
function fixed(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length);
}

/** DPFMT with the picture "xxx.xx": six characters, right-justified. */
function percent(fraction: number): string {
  return fraction.toFixed(2).padStart(6, " ");
}

class ConsoleReporter {
  write: Writer = defaultWriter();
  now: () => number = () => Date.now() / 1000;

  // ZZGFRPWK's saved state
  #entire = 0;
  #done = 0;
  #step = 0;
  #check = 1;
  #calls = 0;
  #lastSec = 0;
  #start = fixed("", MXBEGM);
  #finish = fixed("", MXENDM);
  // GFRPRT's
  #copyb = "";
  #copye = "";
  #t0 = 0;
  #remain = 0;

  /**
   * ZZGFDSPS as CSPICE's C library does it (zzgfdsps.c, checked against tspice's output):
   * `nlead` newlines, the line without trailing blanks, as many backspaces as it has characters (so
   * the next report overwrites it), `ntrail` newlines.
   */
  #display(nlead: number, line: string, ntrail: number): void {
    const shown = line.slice(0, lastnb(line));
    this.write("\n".repeat(nlead) + shown + "\b".repeat(shown.length) + "\n".repeat(ntrail));
  }

  /** RTRIM: LASTNB, but at least 1. */
  #ls(): number {
    return Math.max(1, lastnb(this.#start));
  }

  /** ZZGFTSWK */
  #begin(total: number, wait: number, tcheck: number, begin: string, end: string): void {
    this.#entire = total;
    this.#step = Math.min(3600, Math.max(0, wait));
    this.#check = Math.max(1, tcheck);
    this.#start = fixed(begin, MXBEGM);
    this.#finish = fixed(end, MXENDM);
    this.#done = 0;
    this.#lastSec = this.now();
    this.#calls = 0;
    const message = fixed(`${this.#start.slice(0, this.#ls())}   0.00% ${this.#finish}`, MXMSG);
    this.#display(1, message, 0);
  }

  /** ZZGFWKIN */
  #increment(incr: number): void {
    this.#done += incr;
    this.#calls++;
    if (this.#entire === 0) return;
    if (this.#calls < this.#check) return;
    this.#calls = 0;
    const now = this.now();
    if (Math.abs(now - this.#lastSec) < this.#step) return;
    this.#lastSec = now;
    const fraction = Math.max(0, Math.min(100, (this.#done / this.#entire) * 100));
    const finish = this.#finish.slice(0, Math.max(1, lastnb(this.#finish)));
    this.#display(0, fixed(`${this.#start.slice(0, this.#ls())} ${percent(fraction)}% ${finish}`, MXMSG), 0);
  }

  gfrepi(window: SpiceWindow, begmss: string, endmss: string): void {
    const fail = (short: string, long: string): never => {
      throw new SpiceError({ short, long, trace: "gfrepi", operation: "gfrepi" });
    };
    if (typeof begmss !== "string" || typeof endmss !== "string") throw new TypeError("gfrepi: begmss and endmss must be strings");
    // gfrepi_c's CHKFSTR, then GFREPI's checks.
    if (begmss === "") fail("SPICE(EMPTYSTRING)", "String \"begmss\" has length zero.");
    if (endmss === "") fail("SPICE(EMPTYSTRING)", "String \"endmss\" has length zero.");
    if (lastnb(begmss) > MXBEGM) fail("SPICE(MESSAGETOOLONG)", `Progress report prefix message contains ${lastnb(begmss)} characters; limit is ${MXBEGM}.`);
    if (lastnb(endmss) > MXENDM) fail("SPICE(MESSAGETOOLONG)", `Progress report suffix message contains ${lastnb(endmss)} characters; limit is ${MXENDM}.`);
    for (const [which, text] of [["prefix", begmss], ["suffix", endmss]] as const) {
      for (let i = 0; i < lastnb(text); i++) {
        const code = text.charCodeAt(i);
        if (code < 32 || code > 126) {
          fail("SPICE(NONPRINTABLECHARS)", `The progress report message ${which} contains a nonprintable character; ASCII code is ${code}.`);
        }
      }
    }
    this.#copyb = begmss;
    this.#copye = endmss;
    const ends = window.endpoints;
    let measure = 0;
    for (let i = 0; i + 1 < ends.length; i += 2) measure += ends[i + 1]! - ends[i]!;
    this.#begin(measure, 1.0, 4, begmss, endmss);
    if (ends.length >= 2) {
      this.#t0 = ends[0]!;
      this.#remain = ends[1]! - this.#t0;
    } else {
      this.#remain = 0;
    }
  }

  gfrepu(ivbeg: number, ivend: number, time: number): void {
    const fail = (short: string, long: string): never => {
      throw new SpiceError({ short, long, trace: "gfrepu", operation: "gfrepu" });
    };
    for (const v of [ivbeg, ivend, time]) if (typeof v !== "number") throw new TypeError("gfrepu: ivbeg, ivend and time must be numbers");
    if (ivend < ivbeg) fail("SPICE(BADENDPOINTS)", `Interval endpoints are ${ivbeg}:${ivend}; endpoints must be in increasing order.`);
    if (time < ivbeg || time > ivend) fail("SPICE(VALUEOUTOFRANGE)", `TIME should be in interval ${ivbeg}:${ivend} but is ${time}.`);
    // The work since the last update: within the same interval, or the rest of the previous one
    // and the start of this one.
    const incr = this.#t0 >= ivbeg && this.#t0 <= ivend ? time - this.#t0 : this.#remain + time - ivbeg;
    this.#remain = ivend - time;
    this.#t0 = time;
    this.#increment(incr);
  }

  gfrepf(): void {
    // ZZGFWKAD(0, 1, ...): report now, whatever the clock says; then one skipped line.
    this.#step = 0;
    this.#check = 1;
    this.#start = fixed(this.#copyb, MXBEGM);
    this.#finish = fixed(this.#copye, MXENDM);
    this.#increment(0);
    this.#display(1, " ", 1);
  }
}

/** The program's one console reporter (CSPICE's is global too). */
export const consoleReporter = new ConsoleReporter();
