// Numbers as CSPICE's kernel-pool readers turn them into doubles. ZZRVAR (text kernels, LDPOOL and
// FURNSH) and ZZRVBF (LMPOOL buffers) hand every unquoted value that does not start with '@' to
// SPICELIB's NPARSD. NPARSD is not correctly rounded: it builds the number from double-precision
// partial sums and powers of ten, so some values end up 1 or 2 ulp from the nearest double. For
// example "1.3271244004127942E+11" becomes 132712440041.27939, not 132712440041.27942. A kernel
// value has to come out with the same bits as in CSPICE's pool, so this repeats NPARSD's steps,
// and accepts and rejects the same tokens.
#pragma once

#include <cstddef>
#include <string_view>

namespace sc::pool {

struct CspiceNumber {
  double value = 0.0;
  // Null when the text is a number. Otherwise what is wrong, phrased like NPARSD's messages.
  const char* problem = nullptr;
  // Where NPARSD stopped (1-based, as its PTR argument), 0 for a number.
  std::size_t position = 0;

  explicit operator bool() const { return problem == nullptr; }
};

// Parses `text` as NPARSD does, and returns the same double, or a problem where NPARSD returns an
// error. Accepted: an optional sign, digits with at most one decimal point, then an optional
// exponent: E, D, e or d, an optional sign and digits. Either part may be missing ("E3" is 1000,
// "2e" is 2), but not both. Blanks and commas inside are ignored. PI in any case, optionally
// signed, is pi. Too large a value is an error. Too small a value is 0 or a subnormal.
// Only + - * / on doubles are used, so results are the same on every IEEE-754 target as long as
// the compiler does not fuse a multiply and an add (the project builds with -ffp-contract=off).
CspiceNumber parse_cspice_number(std::string_view text);

}  // namespace sc::pool
