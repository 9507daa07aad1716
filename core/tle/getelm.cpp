// GETELM (CSPICE's ZZGETELM behind it; see tle_api.hpp): the fixed columns of a two-line element
// set read with NPARSD/NPARSI, checked, and converted to radians, radians per minute and TDB
// seconds, in ZZGETELM's order of checks and operations.
#include <array>
#include <cmath>  // std::trunc: exact
#include <cstdlib>
#include <string>
#include <string_view>

#include "errors/number_text.hpp"
#include "math/angles.hpp"
#include "pool/cspice_decimal.hpp"
#include "time/time_vector.hpp"
#include "tle/tle_api.hpp"

namespace sc::tle {
namespace {

// ZZGETELM reads the lines as Fortran strings: blank-padded, so a column past the end is a blank.
constexpr std::size_t kPaddedLength = 80;

Error bad_tle(const std::string& why) { return make_error("SPICE(BADTLE)", "Error in TLE set. " + why); }

// Columns first..last (1-based, inclusive) of a padded line.
std::string columns(const std::string& line, std::size_t first, std::size_t last) {
  return line.substr(first - 1, last - first + 1);
}

// LASTNB: the 1-based position of the last character that is not a blank (0 for a blank line).
std::size_t last_nonblank(std::string_view line) {
  const std::size_t at = line.find_last_not_of(' ');
  return at == std::string_view::npos ? 0 : at + 1;
}

// One field of the set: its text, and what the error message calls it.
struct Field {
  std::string text;
  const char* term;
};

// NPARSD, or NPARSI (NPARSD's value truncated, refused beyond the 32-bit integers).
Result<double> parse_number(const Field& f, bool integer) {
  const pool::CspiceNumber n = pool::parse_cspice_number(f.text);
  if (!n) return bad_tle(std::string("The term ") + f.term + " could not be parsed: " + n.problem + ".");
  if (!integer) return n.value;
  const double whole = std::trunc(n.value);
  if (whole < -2147483648.0 || whole > 2147483647.0) {
    return bad_tle(std::string("The term ") + f.term + " could not be parsed: it is beyond the 32-bit integers.");
  }
  return whole;
}

Status check_range(bool ok, const char* what, const char* bounds, double value) {
  if (ok) return {};
  return bad_tle(std::string(what) + " is outside " + bounds + ": " + number_text(value) + ".");
}

// 10^k for |k| <= 9 as ZZGETELM tabulates it: products of 10 (exact), and 1/10^k.
double power_of_ten(int k) {
  double p = 1.0;
  for (int i = 0; i < (k < 0 ? -k : k); ++i) p *= 10.0;
  return k < 0 ? 1.0 / p : p;
}

}  // namespace

Result<EpochAndElements> getelm(const pool::Pool& pool, int frstyr, std::span<const std::string> lines) {
  if (lines.size() != 2) {
    return make_error("SPICE(BADARRAYSIZE)", "A two-line element set is two lines; got " + std::to_string(lines.size()) + ".");
  }
  std::array<std::string, 2> line{lines[0], lines[1]};
  for (std::string& l : line) {
    if (l.size() < kPaddedLength) l.resize(kPaddedLength, ' ');
  }
  // Columns 2-7 (a blank and the satellite number) must be the same in both lines.
  if (columns(line[0], 2, 7) != columns(line[1], 2, 7)) {
    return bad_tle("Line 1 is for satellite '" + columns(line[0], 2, 7) + "', line 2 for '" + columns(line[1], 2, 7) + "'.");
  }
  for (int k = 0; k < 2; ++k) {
    const std::size_t length = last_nonblank(line[k]);
    if (length != 68 && length != 69) {
      return bad_tle("Line " + std::to_string(k + 1) + " must end in column 68 or 69; it ends in column " +
                     std::to_string(length) + ": '" + lines[k] + "'.");
    }
  }
  const std::string& l1 = line[0];
  const std::string& l2 = line[1];
  // The fields, each as ZZGETELM cuts it; NDD60 and BSTAR have an implied decimal point after
  // their sign column, the eccentricity one before its digits.
  const Field year{columns(l1, 19, 20), "YEAR (line 1, columns 19-20)"};
  const Field day{columns(l1, 21, 32), "DAY (line 1, columns 21-32)"};
  const Field ndt20{columns(l1, 34, 43), "NDT20 (line 1, columns 34-43)"};
  const Field ndd60{columns(l1, 45, 45) + "." + columns(l1, 46, 50), "NDD60 (line 1, columns 45-50)"};
  const Field iexp{columns(l1, 51, 52), "IEXP (line 1, columns 51-52)"};
  const Field bstar{columns(l1, 54, 54) + "." + columns(l1, 55, 59), "BSTAR (line 1, columns 54-59)"};
  const Field ibexp{columns(l1, 60, 61), "IBEXP (line 1, columns 60-61)"};
  const Field incl{columns(l2, 9, 16), "INCL (line 2, columns 9-16)"};
  const Field node0{columns(l2, 18, 25), "NODE0 (line 2, columns 18-25)"};
  const Field ecc{"0." + columns(l2, 27, 33), "ECC (line 2, columns 27-33)"};
  const Field omega{columns(l2, 35, 42), "OMEGA (line 2, columns 35-42)"};
  const Field mo{columns(l2, 44, 51), "MO (line 2, columns 44-51)"};
  const Field no{columns(l2, 53, 63), "NO (line 2, columns 53-63)"};

  // ZZGETELM parses every field, then reports the first that failed.
  SC_TRY_ASSIGN(const double yr, parse_number(year, true));
  SC_TRY_ASSIGN(const double d, parse_number(day, false));
  SC_TRY_ASSIGN(double v_ndt20, parse_number(ndt20, false));
  SC_TRY_ASSIGN(double v_ndd60, parse_number(ndd60, false));
  SC_TRY_ASSIGN(const double nexp, parse_number(iexp, true));
  SC_TRY_ASSIGN(double v_bstar, parse_number(bstar, false));
  SC_TRY_ASSIGN(const double bexp, parse_number(ibexp, true));
  SC_TRY_ASSIGN(double v_incl, parse_number(incl, false));
  SC_TRY_ASSIGN(double v_node0, parse_number(node0, false));
  SC_TRY_ASSIGN(const double v_ecc, parse_number(ecc, false));
  SC_TRY_ASSIGN(double v_omega, parse_number(omega, false));
  SC_TRY_ASSIGN(double v_mo, parse_number(mo, false));
  SC_TRY_ASSIGN(double v_no, parse_number(no, false));

  if (std::abs(static_cast<long long>(nexp)) > 9) {
    return bad_tle("The exponent of NDD60 (IEXP) is not a single digit: " + std::to_string(static_cast<long long>(nexp)) + ".");
  }
  if (std::abs(static_cast<long long>(bexp)) > 9) {
    return bad_tle("The exponent of BSTAR (IBEXP) is not a single digit: " + std::to_string(static_cast<long long>(bexp)) + ".");
  }
  SC_TRY(check_range(v_node0 >= 0.0 && v_node0 < 360.0, "NODE0 (right ascension of the node, degrees)", "[0, 360)", v_node0));
  SC_TRY(check_range(v_omega >= 0.0 && v_omega < 360.0, "OMEGA (argument of perigee, degrees)", "[0, 360)", v_omega));
  SC_TRY(check_range(v_mo >= 0.0 && v_mo < 360.0, "MO (mean anomaly, degrees)", "[0, 360)", v_mo));
  SC_TRY(check_range(v_incl >= 0.0 && v_incl <= 180.0, "INCL (inclination, degrees)", "[0, 180]", v_incl));
  SC_TRY(check_range(v_no >= 0.0 && v_no <= 20.0, "NO (mean motion, revolutions per day)", "[0, 20]", v_no));

  v_ndd60 *= power_of_ten(static_cast<int>(nexp));
  v_bstar *= power_of_ten(static_cast<int>(bexp));
  v_node0 *= math::kRadiansPerDegree;
  v_omega *= math::kRadiansPerDegree;
  v_mo *= math::kRadiansPerDegree;
  v_incl *= math::kRadiansPerDegree;
  v_no = v_no * math::kTwoPi / 1440.0;
  v_ndt20 = v_ndt20 * math::kTwoPi / 1440.0 / 1440.0;
  v_ndd60 = v_ndd60 * math::kTwoPi / 1440.0 / 1440.0 / 1440.0;

  // The two-digit year in [frstyr, frstyr + 99] (a year of 100 + yy also works for frstyr 1900-1999).
  const int begyr = frstyr / 100 * 100;
  int full_year = begyr + static_cast<int>(yr);
  if (full_year < frstyr) full_year += 100;
  time::TimeVector tvec{static_cast<double>(full_year), d, 0, 0, 0, 0, 0, 0};
  SC_TRY(time::transform_time_vector(*time::time_kernel(pool), time::TimeVectorKind::Ydd, time::TimeVectorKind::Tdb, tvec));
  const double epoch = tvec[0];
  return EpochAndElements{epoch, {v_ndt20, v_ndd60, v_bstar, v_incl, v_node0, v_ecc, v_omega, v_mo, v_no, epoch}};
}

}  // namespace sc::tle
