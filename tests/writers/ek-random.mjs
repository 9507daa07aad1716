// What the EK writer tests share: random choices from a seeded generator (tests/contract's prng),
// random strings, and the short code of a failed call.

/** A random integer in 0 .. n-1. */
export const int = (rnd, n) => Math.floor(rnd() * n);
/** A random element of `list`. */
export const pick = (rnd, list) => list[int(rnd, list.length)];

/** The short code of what `f` throws (tspice puts it in the message), or "no error". */
export function code(f) {
  try {
    f();
  } catch (e) {
    return e.short ?? e.message.match(/SPICE\([A-Z0-9_]+\)/)?.[0] ?? e.message;
  }
  return "no error";
}

/**
 * A random string of quotes, blanks, wildcards and letters: short, or (`long`) 1000 to 3200
 * characters, spanning EK pages; with `trailingBlanks`, sometimes followed by blanks (not stored).
 */
export function randomString(rnd, long, { trailingBlanks = true } = {}) {
  const alphabet = "abcXYZ019 _'%*-.";
  const length = long ? 1000 + int(rnd, 2200) : pick(rnd, [0, 1, 2, 5, 8, 12, 20, 33]);
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[int(rnd, alphabet.length)];
  if (trailingBlanks && rnd() < 0.2) s += "   ";
  return s;
}
