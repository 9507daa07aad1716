// Strings between JS and the core (issue 16, item 3): both bindings convert through one C++ function
// pair (shim-c/utf16_text.hpp). Ill-formed UTF-8 coming out of the core becomes one U+FFFD per
// maximal subpart, exactly as TextDecoder (and V8) decode it, with nothing read past the string;
// unpaired surrogates going in become U+FFFD without swallowing the next character. The two
// backends give the same strings, in every direction: string outputs, string arguments, kernel
// names and error messages.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { kernelsDir, withBackend } from "./fixtures.mjs";

const BACKENDS = ["node", "wasm"];

// Ill-formed (and a few well-formed) UTF-8 values of every kind, as the bytes between the quotes of
// a text-kernel string. None holds a quote or a line end.
const NASTY = {
  latin1: [0x63, 0x61, 0x66, 0xe9], // 'caf\xE9' (the case: a truncated sequence at the end)
  loneContinuation: [0x61, 0x80, 0x62, 0xbf],
  truncated2: [0x78, 0xc3],
  truncated3: [0x78, 0xe2, 0x82],
  truncated4: [0x78, 0xf0, 0x9f, 0x98],
  truncatedThenAscii: [0xc3, 0x41, 0xe2, 0x82, 0x42, 0xf0, 0x9f, 0x43],
  overlong: [0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xf0, 0x80, 0x80, 0xaf, 0xc1, 0xbf],
  surrogatesInUtf8: [0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
  aboveMax: [0xf4, 0x90, 0x80, 0x80, 0xf5, 0x80, 0x80, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xfe, 0xff],
  wellFormed: [0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xf0, 0x9f, 0x98, 0x80, 0x20, 0xef, 0xbf, 0xbd],
  longInvalid: [...Array(40)].flatMap((_, i) => (i % 3 === 0 ? [0xe2, 0x82] : [0x41 + (i % 26), 0xff])),
};

const latin1 = (bytes) => String.fromCharCode(...bytes);
const decoder = new TextDecoder();

/** A text kernel assigning each NASTY value to a variable S_<name>. */
function nastyKernel() {
  const lines = ["\\begindata"];
  for (const [name, bytes] of Object.entries(NASTY)) lines.push(`S_${name.toUpperCase()} = '${latin1(bytes)}'`);
  lines.push("");
  return Uint8Array.from(lines.join("\n"), (c) => c.charCodeAt(0));
}

/** What a call gives on a backend: its value, or its error's short code and long message. */
function outcome(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { short: error.short, long: error.long, name: error.name };
  }
}

test("ill-formed UTF-8 read back through gcpool: one U+FFFD per maximal subpart, the same on node and wasm", async () => {
  const got = {};
  for (const backend of BACKENDS) {
    got[backend] = await withBackend(backend, (spice) => {
      spice.furnsh({ path: "/kernels/nasty.tk", bytes: nastyKernel() });
      const values = {};
      for (const name of Object.keys(NASTY)) {
        const r = spice.gcpool(`S_${name.toUpperCase()}`, 0, 1);
        assert.ok(r.found, `${backend}: S_${name.toUpperCase()} is in the pool`);
        values[name] = r.values[0];
      }
      return values;
    });
  }
  for (const [name, bytes] of Object.entries(NASTY)) {
    const expected = decoder.decode(Uint8Array.from(bytes));
    assert.equal(got.node[name], expected, `node: ${name}`);
    assert.equal(got.wasm[name], expected, `wasm: ${name}`);
  }
});

test("wasm: the same ill-formed value read back 200 times gives one answer (no bytes from past its end)", async () => {
  await withBackend("wasm", (spice) => {
    const answers = new Set();
    for (let i = 0; i < 200; i++) {
      // Fresh heap contents around the value each time: a kernel of growing size before it.
      const filler = `F = '${"x".repeat(1 + (i % 100))}'\n`;
      const text = `\\begindata\n${filler}Z = '${latin1(NASTY.latin1)}'\n`;
      spice.furnsh({ path: `/kernels/z${i}.tk`, bytes: Uint8Array.from(text, (c) => c.charCodeAt(0)) });
      answers.add(spice.gcpool("Z", 0, 1).values[0]);
      spice.kclear();
    }
    assert.deepEqual([...answers], ["caf\uFFFD"]);
  });
});

// Unpaired surrogates in string arguments, and what they become in the core's UTF-8.
const SURROGATES = [
  ["a\uD800b", "a\uFFFDb"],
  ["\uDC00", "\uFFFD"],
  ["x\uD83D", "x\uFFFD"],
  ["\uDE00\uD83D", "\uFFFD\uFFFD"],
  ["\uD83D\uDE00", "\uD83D\uDE00"], // a pair stays one character
  ["\uD800\uD800\uDC00", "\uFFFD\uD800\uDC00"], // a lead before a pair does not take the pair's lead
];

test("unpaired surrogates in string arguments become U+FFFD without swallowing the next character", async () => {
  const got = {};
  for (const backend of BACKENDS) {
    got[backend] = await withBackend(backend, (spice) => {
      spice.pcpool("SURR", SURROGATES.map(([input]) => input));
      const values = spice.gcpool("SURR", 0, SURROGATES.length).values;
      const lsk = readFileSync(join(kernelsDir, "lsk", "naif0012.tls"));
      spice.furnsh({ path: "/kernels/lsk-\uD800x.tls", bytes: lsk });
      const file = spice.kdata(0, "ALL").file;
      return { values, file };
    });
  }
  for (const backend of BACKENDS) {
    assert.deepEqual(got[backend].values, SURROGATES.map(([, expected]) => expected), backend);
  }
  assert.deepEqual(got.wasm, got.node);
});

test("error messages quoting ill-formed input are identical on node and wasm", async () => {
  const cases = {
    // An argument with an unpaired surrogate quoted back by the time parser.
    str2et: (spice) => spice.str2et("2000 JAN \uD800 12:00"),
    // A name the pool refuses, with ill-formed UTF-8 from a kernel quoted in the message.
    badKernel: (spice) =>
      spice.furnsh({
        path: "/kernels/bad.tk",
        bytes: Uint8Array.from(`\\begindata\nX = ( 1 caf${latin1([0xe9, 0xc3])} )\n`, (c) => c.charCodeAt(0)),
      }),
    unterminated: (spice) =>
      spice.furnsh({
        path: "/kernels/bad2.tk",
        bytes: Uint8Array.from(`\\begindata\nX = 'caf${latin1([0xe9, 0xf0, 0x9f])}\n`, (c) => c.charCodeAt(0)),
      }),
    bodn2c: (spice) => spice.bodn2c("\uDBFF"),
    // NULs: refused in arguments; inside a kernel's string, whatever the parser makes of them, the
    // same on both backends.
    nulArgument: (spice) => spice.pcpool("N", ["a\0b"]),
    nulInKernel: (spice) => {
      spice.furnsh({ path: "/kernels/nul.tk", bytes: Uint8Array.from("\\begindata\nN = 'a\0\xE9b'\n", (c) => c.charCodeAt(0)) });
      return spice.gcpool("N", 0, 1);
    },
  };
  const got = {};
  for (const backend of BACKENDS) {
    got[backend] = await withBackend(backend, (spice) => {
      const out = {};
      for (const [name, fn] of Object.entries(cases)) out[name] = outcome(() => fn(spice));
      return out;
    });
  }
  assert.deepEqual(got.wasm, got.node);
  assert.ok(got.node.str2et.long !== undefined, "str2et fails");
  for (const r of Object.values(got.node)) {
    if (r.long !== undefined) assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(r.long), r.long);
  }
});

test("random ill-formed values: gcpool decodes as TextDecoder does, on node and wasm alike", async () => {
  // A fixed pseudo-random sequence (no Math.random: the same cases every run).
  let seed = 0x5eed;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16);
  const interesting = [0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xa0, 0x9f, 0xed, 0xef, 0xf0, 0x90, 0x8f, 0xf4, 0xf5, 0xff, 0x41];
  const values = [];
  for (let k = 0; k < 300; k++) {
    const bytes = [];
    for (let i = 1 + (next() % 16); i > 0; i--) {
      let b = next() % 3 === 0 ? 0x20 + (next() % 224) : interesting[next() % interesting.length];
      if (b === 0x27 || b === 0x7f) b = 0x41; // no quote, no DEL
      bytes.push(b);
    }
    if (bytes.at(-1) === 0x20) bytes[bytes.length - 1] = 0x42; // trailing blanks are not kept (CSPICE)
    values.push(bytes);
  }
  const text = ["\\begindata", ...values.map((bytes, k) => `R${k} = '${latin1(bytes)}'`), ""].join("\n");
  const got = {};
  for (const backend of BACKENDS) {
    got[backend] = await withBackend(backend, (spice) => {
      spice.furnsh({ path: "/kernels/random.tk", bytes: Uint8Array.from(text, (c) => c.charCodeAt(0)) });
      return values.map((_, k) => spice.gcpool(`R${k}`, 0, 1).values[0]);
    });
  }
  const expected = values.map((bytes) => decoder.decode(Uint8Array.from(bytes)));
  assert.deepEqual(got.node, expected);
  assert.deepEqual(got.wasm, expected);
});
