#include "time/decimal_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

#include "time/fortran_numeric.hpp"

namespace sc::time {
namespace {

constexpr int kMaxDigits = 14;

// DPSTR's scaling tables: exact powers of ten and the doubles nearest to their inverses.
constexpr std::array<double, 18> kPower = {1.0, 1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,
                                           1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17};
constexpr std::array<double, 18> kInversePower = {1.0,  1e-1,  1e-2,  1e-3,  1e-4,  1e-5,  1e-6,  1e-7,  1e-8,
                                                  1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17};

// The doubles nearest to 10^k for k = kLowestPower..kHighestPower, built once with strtod (which
// rounds correctly on glibc and musl alike); used only to find a number's decimal exponent.
constexpr int kLowestPower = -330;
constexpr int kHighestPower = 310;
const std::array<double, kHighestPower - kLowestPower + 1>& powers_of_ten() {
  static const auto table = [] {
    std::array<double, kHighestPower - kLowestPower + 1> t{};
    for (int k = kLowestPower; k <= kHighestPower; ++k) {
      const std::string text = "1e" + std::to_string(k);
      t[static_cast<std::size_t>(k - kLowestPower)] = std::strtod(text.c_str(), nullptr);
    }
    return t;
  }();
  return table;
}

// floor(log10(y)) for a positive finite y. DPSTR takes it from LOG10; where LOG10 rounds to an
// integer just off a power of ten, DPSTR's later rescaling by 10 lands on the same digits.
int decimal_exponent(double y) {
  const auto& t = powers_of_ten();
  const auto above = std::upper_bound(t.begin(), t.end(), y);  // first power > y
  return static_cast<int>(above - t.begin()) - 1 + kLowestPower;
}

struct Scientific {
  std::array<int, kMaxDigits> digits{};  // digits[0] is the leading digit
  int exponent = 0;
};

// DPSTR's digits of a positive finite y with `count` (1..14) significant digits.
Scientific scientific_digits(double y, int count) {
  Scientific out;
  int exponent = decimal_exponent(y);
  double copy = y;
  if (exponent < 0) {
    int k = -exponent;
    for (; k > 16; k -= 16) copy *= 1e16;
    if (k != 0) copy *= kPower[static_cast<std::size_t>(k)];
  } else {
    int k = exponent;
    for (; k > 16; k -= 16) copy *= 1e-16;
    if (k != 0) copy *= kInversePower[static_cast<std::size_t>(k)];
  }
  // Round the last significant digit, then nudge up by 1/8 unit so the digit extraction below,
  // which truncates, cannot lose a unit to representation error.
  const auto last = static_cast<std::size_t>(count - 1);
  copy = (detail::anint(copy * kPower[last]) + 0.125) * kInversePower[last];
  if (copy >= 10.0) {
    copy *= 0.1;
    exponent += 1;
  }
  for (int i = 0; i < count; ++i) {
    // Truncation to a digit; the guard keeps NaN or out-of-range values from undefined casts.
    const int d = copy >= 0.0 && copy < 10.0 ? static_cast<int>(copy) : (copy >= 10.0 ? 9 : 0);
    out.digits[static_cast<std::size_t>(i)] = d;
    copy = (copy - static_cast<double>(d)) * 10.0;
  }
  out.exponent = exponent;
  return out;
}

std::string exponent_text(int exponent) {
  std::string out = exponent >= 0 ? "E+" : "E-";
  const int magnitude = exponent >= 0 ? exponent : -exponent;
  if (magnitude < 10) out += '0';
  out += std::to_string(magnitude);
  return out;
}

// The "virtual decimal string" of SPICELIB's ZZVSTSTR/ZZVSBSTR: the 14-digit DPSTR expansion of
// a non-negative number, addressed by slot (0 is the decimal point, negative slots are the
// integer digits counted leftwards from it, positive slots the fraction).
class VirtualDecimal {
 public:
  VirtualDecimal(double y, char fill) : fill_(fill) {
    if (y != 0.0) sci_ = scientific_digits(y, kMaxDigits);
  }
  int exponent() const { return sci_.exponent; }

  struct Slice {
    std::string text;
    bool carried = false;  // rounding carried out of the leftmost slot
  };

  // Slots `from`..`to`, rounded at slot `to` (half up on the 14-digit expansion) when `round`.
  Slice slice(int from, int to, bool round) const {
    Slice out;
    out.text.assign(static_cast<std::size_t>(to - from + 1), ' ');
    bool carry = false;
    if (round) {
      const int next = (to + 1 == 0) ? 1 : to + 1;
      carry = digit(index_of(next)) >= 5;
    }
    for (int slot = to; slot >= from; --slot) {
      char letter = '.';
      if (slot != 0) {
        const int i = index_of(slot);
        if (i < 0) {
          letter = carry ? '1' : (slot < -1 ? fill_ : '0');
          carry = false;
        } else if (i < kMaxDigits) {
          int d = digit(i);
          if (carry) {
            d += 1;
            carry = d == 10;
            if (carry) d = 0;
          }
          letter = static_cast<char>('0' + d);
        } else {
          letter = '0';
          carry = false;
        }
      }
      out.text[static_cast<std::size_t>(slot - from)] = letter;
    }
    out.carried = carry;
    return out;
  }

 private:
  int index_of(int slot) const { return slot < 0 ? sci_.exponent + slot + 1 : sci_.exponent + slot; }
  int digit(int i) const { return (i < 0 || i >= kMaxDigits) ? 0 : sci_.digits[static_cast<std::size_t>(i)]; }

  Scientific sci_;
  char fill_;
};

std::string stars(std::size_t n) { return std::string(n, '*'); }

// DPFMT's fallback to E notation when the integer part does not fit the picture.
std::string exponential_fit(double x, char sign, std::size_t picture_length, int sign_length, int exponent) {
  const int expsiz = std::min(1, exponent / 1000) + 4 + std::min(1, exponent / 100);
  const int sigdig = static_cast<int>(picture_length) - sign_length - expsiz - 1;
  if (sigdig < 1) return stars(picture_length);
  std::string text = dpstr(x, sigdig);
  text[0] = sign;
  const std::size_t first = text.find_first_not_of(' ');
  text = first == std::string::npos ? std::string() : text.substr(first);
  if (text.size() >= picture_length) return text.substr(0, picture_length);
  return std::string(picture_length - text.size(), ' ') + text;
}

}  // namespace

std::string dpstr(double x, int sigdig) {
  const int count = std::clamp(sigdig, 1, kMaxDigits);
  if (x == 0.0) return " 0." + std::string(static_cast<std::size_t>(count - 1), '0') + "E+00";
  const Scientific s = scientific_digits(std::fabs(x), count);
  std::string out(1, x < 0.0 ? '-' : ' ');
  out += static_cast<char>('0' + s.digits[0]);
  out += '.';
  for (int i = 1; i < count; ++i) out += static_cast<char>('0' + s.digits[static_cast<std::size_t>(i)]);
  return out + exponent_text(s.exponent);
}

std::string dpstrf(double x, int sigdig) {
  const int count = std::clamp(sigdig, 1, kMaxDigits);
  const std::string sign = x < 0.0 ? "-" : " ";
  if (x == 0.0) return sign + VirtualDecimal(0.0, ' ').slice(-1, count, false).text;
  const VirtualDecimal v(std::fabs(x), ' ');
  const int exponent = v.exponent();
  int first = exponent >= 0 ? -exponent - 1 : -exponent;
  int last = first + count - 1;
  if (first < 0 && last >= 0) ++last;  // the decimal point takes a slot
  first = std::min(-1, first);
  VirtualDecimal::Slice body = v.slice(first, last, true);
  std::string out = sign + body.text;
  if (body.carried) {
    // Rounding made a new leading digit: take one more slot on the left and drop the last digit.
    --first;
    out = sign + v.slice(first, last, true).text;
    if (last > 0) out.back() = ' ';
  }
  if (last < 0) {
    out.append(static_cast<std::size_t>(-1 - last), '0');
    out += '.';
  }
  return out;
}

std::string dpfmt(double x, std::string_view picture) {
  const std::size_t blank = picture.find(' ');
  const std::string_view pic = picture.substr(0, blank);
  const std::size_t lastch = pic.size();
  if (lastch == 0 || pic == "+" || pic == "-" || pic == "." || pic == "+." || pic == "-.") return stars(lastch);

  char sign = x > 0.0 ? '+' : (x < 0.0 ? '-' : ' ');
  const int suppressed_sign = x < 0.0 ? 1 : 0;
  bool needs_sign = false;
  int sign_length = suppressed_sign;
  if (pic[0] == '+' || pic[0] == '-') {
    needs_sign = true;
    sign_length = 1;
    if (pic[0] == '-' && x > 0.0) sign = ' ';
  } else if (x > 0.0) {
    sign = ' ';
  }
  const std::size_t start = needs_sign ? 2 : 1;  // 1-based column of the first digit
  const char fill = (start - 1 < lastch && pic[start - 1] == '0') ? '0' : ' ';
  const std::size_t point = pic.find('.');
  int intlen = 0;
  int declen = -1;
  if (point != std::string_view::npos) {
    intlen = static_cast<int>(point + 1) - static_cast<int>(start);
    declen = static_cast<int>(lastch) - static_cast<int>(point + 1);
  } else {
    intlen = static_cast<int>(lastch) - static_cast<int>(start) + 1;
  }
  bool shift = false;
  if (start == 1 && sign_length == 1) {
    // A negative number without a sign column: the sign takes an integer digit's place.
    --intlen;
    shift = true;
    if (intlen == -1) {
      intlen = 0;
      --declen;
      if (declen == 0) return stars(lastch);
    }
  }
  const double y = std::fabs(x);
  const VirtualDecimal v(y, fill);
  if (v.exponent() >= intlen && y != 0.0) return exponential_fit(x, sign, lastch, sign_length, v.exponent());
  if ((intlen == 0 && declen == 0) || -intlen > declen) return stars(lastch);

  VirtualDecimal::Slice body = v.slice(-intlen, declen, true);
  if (body.carried) return exponential_fit(x, sign, lastch, sign_length, v.exponent());
  std::string out(1, sign);
  if (sign_length == 0) out.clear();
  out += body.text;
  if (out.size() < lastch) out.append(lastch - out.size(), ' ');
  out.resize(lastch);
  if (shift) {
    // Move the sign right, next to the first digit.
    const std::size_t first_char = out.find_first_not_of(" -");
    if (first_char != std::string::npos && first_char > 1) {
      out[first_char - 1] = out[0];
      out[0] = ' ';
    }
  }
  return out;
}

}  // namespace sc::time
