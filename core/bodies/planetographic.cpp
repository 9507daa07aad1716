// PLNSNS and the longitude-sense look-up of RECPGR, PGRREC, DPGRDR and DRDPGR (see
// planetographic.hpp).
#include "bodies/planetographic.hpp"

#include <cctype>
#include <string>

#include "errors/number_text.hpp"
#include "math/constants.hpp"

namespace sc::bodies {
namespace {

constexpr int kEarth = 399;
constexpr int kMoon = 301;
constexpr int kSun = 10;

// PLNSNS: +1 for Earth; else the sign convention of BODY<id>_PM's rate (negative: +1, else -1), or 0
// when the variable is missing, not numeric or shorter than two values.
int plnsns(const pool::Pool& pool, int id) {
  if (id == kEarth) return 1;
  const pool::Variable* pm = pool.find("BODY" + std::to_string(id) + "_PM");
  if (pm == nullptr || pm->type != pool::VarType::Numeric || pm->numbers.size() < 2) return 0;
  return pm->numbers[1] < 0.0 ? 1 : -1;
}

// LJUCRS(0, value, CHARACTER*4): blanks removed, upper-cased, cut to four characters.
std::string sense_word(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == ' ') continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (out.size() == 4) break;
  }
  return out;
}

}  // namespace

Result<int> planetographic_sense(const pool::Pool& pool, int id, std::string_view body) {
  const std::string override_name = "BODY" + std::to_string(id) + "_PGR_POSITIVE_LON";
  const pool::Variable* v = pool.find(override_name);
  // GCPOOL finds only character variables: a numeric one counts as absent.
  if (v != nullptr && v->type == pool::VarType::Character && !v->strings.empty()) {
    const std::string word = sense_word(v->strings[0]);
    if (word == "EAST") return 1;
    if (word == "WEST") return -1;
    return make_error("SPICE(INVALIDOPTION)", "Kernel variable " + override_name +
                                                  " may have the values EAST or WEST.  Actual value was " +
                                                  v->strings[0] + ".");
  }
  const int sense = plnsns(pool, id);
  if (sense == 0) {
    return make_error("SPICE(MISSINGDATA)", "Prime meridian rate coefficient defined by kernel variable BODY" +
                                                std::to_string(id) + "_PM is required but not available for body " +
                                                std::string(body) + ". ");
  }
  if (id == kEarth || id == kMoon || id == kSun) return 1;
  return sense;
}

Result<int> planetographic_sense_checked(const pool::Pool& pool, const BodyNames& names, std::string_view body,
                                         double re, double f) {
  if (body.empty()) return make_error("SPICE(EMPTYSTRING)", "String \"body\" has length zero.");
  SC_TRY_ASSIGN(const std::optional<int> id, names.string_to_code_checked(body, pool));
  if (!id) {
    return make_error("SPICE(IDCODENOTFOUND)",
                      "The value of the input argument BODY is " + std::string(body) +
                          ", this is not a recognized name of an ephemeris object. The cause of this problem may "
                          "be that you need an updated version of the SPICE Toolkit. ");
  }
  if (re <= 0.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Equatorial radius was " + number_text(re) + ".");
  if (f >= 1.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Flattening coefficient was " + number_text(f) + ".");
  return planetographic_sense(pool, *id, body);
}

Result<math::Geodetic> recpgr(const pool::Pool& pool, const BodyNames& names, std::string_view body,
                              const math::Vec3& rectan, double re, double f) {
  SC_TRY_ASSIGN(const int sense, planetographic_sense_checked(pool, names, body, re, f));
  SC_TRY_ASSIGN(math::Geodetic g, math::recgeo(rectan, re, f));
  g.lon = sense * g.lon;
  if (g.lon < 0.0) g.lon += math::twopi();
  // BRCKTD(lon, 0, 2 pi) = MAX(0, MIN(2 pi, lon)) with f2c's MIN/MAX: round-off must not take the
  // longitude out of range, and a -0 (a west-positive body's 0) comes out as +0.
  const double upper = math::twopi();
  const double below = upper <= g.lon ? upper : g.lon;
  g.lon = 0.0 >= below ? 0.0 : below;
  return g;
}

Result<math::Vec3> pgrrec(const pool::Pool& pool, const BodyNames& names, std::string_view body, double lon,
                          double lat, double alt, double re, double f) {
  SC_TRY_ASSIGN(const int sense, planetographic_sense_checked(pool, names, body, re, f));
  return math::georec(sense * lon, lat, alt, re, f);
}

Result<math::Mat3> dpgrdr(const pool::Pool& pool, const BodyNames& names, std::string_view body, double x,
                          double y, double z, double re, double f) {
  SC_TRY_ASSIGN(const int sense, planetographic_sense_checked(pool, names, body, re, f));
  SC_TRY_ASSIGN(math::Mat3 j, math::dgeodr(x, y, z, re, f));
  for (int c = 0; c < 3; ++c) j[0][c] = sense * j[0][c];
  return j;
}

Result<math::Mat3> drdpgr(const pool::Pool& pool, const BodyNames& names, std::string_view body, double lon,
                          double lat, double alt, double re, double f) {
  SC_TRY_ASSIGN(const int sense, planetographic_sense_checked(pool, names, body, re, f));
  SC_TRY_ASSIGN(math::Mat3 j, math::drdgeo(sense * lon, lat, alt, re, f));
  for (int r = 0; r < 3; ++r) j[r][0] = sense * j[r][0];
  return j;
}

}  // namespace sc::bodies
