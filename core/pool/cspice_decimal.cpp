// NPARSD's arithmetic, step by step (SPICELIB NPARSD 3.5.0/3.6.0; the number reader of CSPICE
// N0067's ZZRVAR and ZZRVBF). In short:
//  - integer digits are accumulated as a double, intval = intval * 10 + digit, while intval is
//    below 1e15. Later integer digits only raise a decimal exponent, and the first of them rounds
//    intval up when it is above 5 (6 to 9, not 5);
//  - after the point with a nonzero integer part, fraction digits are accumulated the same way
//    into decval while the divisor 10^k (also a double, multiplied by 10 per digit) is below 1e15.
//    So at most 15 fraction digits count, and later ones are dropped without rounding;
//  - with a zero integer part, the fraction is accumulated as an integer while it is below 1e15,
//    and every accumulated digit lowers the exponent by one. The first digit after that rounds it
//    up when it is 5 or more;
//  - exponent digits are accumulated into a double, with the exponent's sign applied per digit;
//  - value = intval + decval / divisor * factor, where factor is 10^-n for n dropped integer
//    digits. Then the exponent is applied by dividing or multiplying by 1e10 while more than
//    10 remain, then once by the table entry 10^|rest| (1, 10, ..., 1e10, all exact doubles);
//  - the sign of the mantissa is applied last, as a multiplication by +1 or -1.
// The 1e15 bound is NPARSD's INTBND: the first power of ten p >= 10 for which p + 1 == p, over 10.
// In IEEE double that is 1e16 / 10 = 1e15 exactly.
#include "pool/cspice_decimal.hpp"

#include <array>
#include <cstdint>
#include <limits>

#include "math/angles.hpp"

namespace sc::pool {
namespace {

constexpr double kIntegerBound = 1e15;  // NPARSD's INTBND (see above)
constexpr double kDpMax = std::numeric_limits<double>::max();
// AINT(LOG10(DPMAX())) and -(that + 1): exponents NPARSD refuses (too large) or stops
// accumulating (it will underflow anyway).
constexpr double kMaxExponent = 308.0;
constexpr double kMinExponent = -309.0;

constexpr std::array<double, 11> kPowersOfTen = {1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};

// NPARSD's character classes.
enum class CharClass : std::uint8_t { Other, Digit, Point, Exponent, Ignore, PiStart, PiEnd, Sign };

CharClass classify(unsigned char c) {
  if (c >= '0' && c <= '9') return CharClass::Digit;
  switch (c) {
    case '.': return CharClass::Point;
    case 'E': case 'D': case 'e': case 'd': return CharClass::Exponent;
    case ' ': case ',': return CharClass::Ignore;
    case 'P': case 'p': return CharClass::PiStart;
    case 'I': case 'i': return CharClass::PiEnd;
    case '+': case '-': return CharClass::Sign;
    default: return CharClass::Other;
  }
}

constexpr const char* kBlank = "the string is blank; blank strings are not numbers";
constexpr const char* kUnexpectedCharacter = "an unexpected character was found";
constexpr const char* kUnexpectedPoint = "an unexpected decimal point was found";
constexpr const char* kUnexpectedSign = "an unexpected sign character was found";
constexpr const char* kUnrecognized = "the string could not be recognized as a number";
constexpr const char* kTooBig = "the number is too large to be stored as a double precision number";

CspiceNumber failure(const char* problem, std::size_t position) {
  CspiceNumber out;
  out.problem = problem;
  out.position = position;
  return out;
}

}  // namespace

CspiceNumber parse_cspice_number(std::string_view text) {
  // Fortran strings end in blanks; only the part up to the last non-blank is read.
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return failure(kBlank, 1);

  // What may come next.
  bool point_ok = true;
  bool sign_ok = true;
  bool exponent_ok = true;
  bool pi_start_ok = true;
  bool pi_end_ok = false;
  // Which part the digits go to.
  bool in_integer = true;
  bool in_fraction = false;
  bool in_exponent = false;
  // What has been seen.
  bool have_mantissa = false;
  bool have_significant = false;
  bool round_integer = true;
  bool round_fraction = true;
  bool zero_integer = false;

  double integer_part = 0.0;
  double fraction = 0.0;
  double exponent = 0.0;
  double divisor = 1.0;
  double factor = 1.0;
  double shift = 0.0;  // NPARSD's ECOUNT: decimal places moved into the exponent
  double mantissa_sign = 1.0;
  double exponent_sign = 1.0;
  bool sign_is_exponent = false;

  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t position = i + 1;
    const auto c = static_cast<unsigned char>(text[i]);
    switch (classify(c)) {
      case CharClass::Digit: {
        const double digit = static_cast<double>(c - '0');
        pi_start_ok = false;
        pi_end_ok = false;
        sign_ok = false;
        have_significant = true;
        if (in_integer) {
          have_mantissa = true;
          if (integer_part < kIntegerBound) {
            integer_part = integer_part * 10.0 + digit;
          } else {
            shift += 1.0;
            factor /= 10.0;
            if (round_integer) {
              round_integer = false;
              if (digit > 5.0) integer_part += 1.0;
            }
          }
        } else if (in_fraction) {
          have_mantissa = true;
          if (zero_integer) {
            if (fraction < kIntegerBound) {
              fraction = fraction * 10.0 + digit;
              shift -= 1.0;
            } else if (round_fraction) {
              round_fraction = false;
              if (digit >= 5.0) fraction += 1.0;
            }
          } else if (divisor < kIntegerBound) {
            fraction = fraction * 10.0 + digit;
            divisor *= 10.0;
          }
        } else if (in_exponent) {
          if (exponent + shift > kMaxExponent) return failure(kTooBig, position);
          // Below the smallest exponent the value underflows anyway: NPARSD stops accumulating.
          if (!(exponent + shift < kMinExponent)) exponent = exponent * 10.0 + exponent_sign * digit;
        } else {
          return failure(kUnexpectedCharacter, position);  // a digit after PI
        }
        break;
      }
      case CharClass::Point:
        if (!point_ok) return failure(kUnexpectedPoint, position);
        pi_start_ok = pi_end_ok = point_ok = sign_ok = false;
        in_fraction = true;
        in_integer = in_exponent = false;
        zero_integer = integer_part == 0.0;
        break;
      case CharClass::Exponent:
        have_significant = true;
        if (!exponent_ok) return failure(kUnexpectedCharacter, position);
        pi_start_ok = pi_end_ok = exponent_ok = point_ok = false;
        in_fraction = in_integer = false;
        in_exponent = true;
        sign_ok = true;
        sign_is_exponent = true;
        break;
      case CharClass::Sign:
        if (!sign_ok) return failure(kUnexpectedSign, position);
        (sign_is_exponent ? exponent_sign : mantissa_sign) = c == '-' ? -1.0 : 1.0;
        sign_ok = false;
        break;
      case CharClass::PiStart:
        have_significant = true;
        if (!pi_start_ok) return failure(kUnexpectedCharacter, position);
        in_integer = in_fraction = in_exponent = false;
        exponent_ok = point_ok = pi_start_ok = sign_ok = false;
        pi_end_ok = true;
        break;
      case CharClass::PiEnd:
        if (!pi_end_ok) return failure(kUnexpectedCharacter, position);
        in_integer = in_fraction = in_exponent = false;
        exponent_ok = point_ok = pi_start_ok = sign_ok = pi_end_ok = false;
        have_mantissa = true;
        integer_part = math::kPi;  // PI(): "PI" spelled out in a number
        break;
      case CharClass::Ignore:
        break;
      case CharClass::Other:
        return failure(kUnexpectedCharacter, position);
    }
  }
  if (pi_end_ok) return failure(kUnrecognized, text.size());  // a 'P' without its 'I'

  double value = 0.0;
  if (have_mantissa) {
    // Fortran's INTVAL + DECVAL / DIVISR * FACTOR, evaluated left to right.
    const double scaled_fraction = fraction / divisor * factor;
    value = integer_part + scaled_fraction;
  } else if (have_significant) {
    value = 1.0;  // "E5", "-e": an exponent marker alone stands for a mantissa of 1
  } else {
    return failure(kUnrecognized, text.size() + 1);  // only signs, points, blanks and commas
  }

  exponent += shift;
  if (exponent < 0.0) {
    while (exponent < -10.0) {
      value /= kPowersOfTen[10];
      exponent += 10.0;
    }
    value /= kPowersOfTen[static_cast<std::size_t>(-exponent)];
  } else if (exponent > 0.0) {
    constexpr double kLastSafe = kDpMax / 1e10;  // NPARSD's SMLBND
    while (exponent > 10.0) {
      if (value >= kLastSafe) return failure(kTooBig, text.size() + 1);
      value *= kPowersOfTen[10];
      exponent -= 10.0;
    }
    const double power = kPowersOfTen[static_cast<std::size_t>(exponent)];
    if (!(value < kDpMax / power)) return failure(kTooBig, text.size() + 1);
    value *= power;
  }
  CspiceNumber out;
  out.value = mantissa_sign * value;
  return out;
}

}  // namespace sc::pool
