// PHASEQ and TRGSEP (see body_angles.hpp).
#include "surface/body_angles.hpp"

#include <algorithm>
#include <string>

#include "geometry/abcorr.hpp"
#include "geometry/states.hpp"
#include "math/constants.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"

namespace sc::surface {
namespace {

Result<int> named_id(const Context& ctx, std::string_view name, const std::string& message) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
  if (code) return *code;
  return make_error("SPICE(IDCODENOTFOUND)", message);
}

// LJUCRS(1, s) into a CHARACTER*6 (ZZSPIN's shape names): leading blanks dropped, upper case,
// blank runs made one, cut to six characters.
std::string shape_key(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : s) {
    if (c == ' ') {
      blank = !out.empty();
      continue;
    }
    if (blank) out.push_back(' ');
    blank = false;
    out.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (out.size() > 6) out.resize(6);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double dasine(double x) { return math::asin(std::clamp(x, -1.0, 1.0)); }

}  // namespace

Result<double> phaseq(const Context& ctx, double et, std::string_view target, std::string_view illmn,
                      std::string_view obsrvr, std::string_view abcorr) {
  const std::string tail = "', is not a recognized name for an ephemeris object. The cause of this problem may be "
                           "that you need an updated version of the SPICE Toolkit.";
  SC_TRY_ASSIGN(auto&& targ, named_id(ctx, target, "The target, '" + std::string(target) + tail));
  SC_TRY_ASSIGN(auto&& illum, named_id(ctx, illmn, "The illuminator, '" + std::string(illmn) + tail));
  SC_TRY_ASSIGN(auto&& obs, named_id(ctx, obsrvr, "The observer, '" + std::string(obsrvr) + tail));
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  if (corr.transmission) {
    return make_error("SPICE(INVALIDOPTION)", "Invalid aberration correction '" + std::string(abcorr) +
                                                  "'. Phase angle geometry calculations currently restricted to "
                                                  "reception cases.");
  }
  if (targ == obs || targ == illum || obs == illum) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "The observer, illuminator, and target must be distinct objects, "
                                                  "but are not: OBSRVR = " +
                                                      std::string(obsrvr) + ", TARGET = " + std::string(target) +
                                                      ", ILLMN = " + std::string(illmn) + ".");
  }
  // ZZGFPAQ: the target from the observer, then the illuminator from the target at et - lt.
  const std::string xbcorr = geometry::abcorr_key(abcorr);
  SC_TRY_ASSIGN(auto&& p1, geometry::spkezp(ctx, targ, et, "J2000", xbcorr, obs));
  const double epoch = geometry::eqstr(xbcorr, "NONE") ? et : et - p1.lt;
  SC_TRY_ASSIGN(auto&& p2, geometry::spkezp(ctx, illum, epoch, "J2000", xbcorr, targ));
  return math::pi() - math::vsep(p1.pos, p2.pos);
}

Result<double> trgsep(const Context& ctx, double et, std::string_view targ1, std::string_view shape1,
                      std::string_view frame1, std::string_view targ2, std::string_view shape2,
                      std::string_view frame2, std::string_view obsrvr, std::string_view abcorr) {
  (void)frame1;
  (void)frame2;  // POINT and SPHERE need no frame (ZZSPIN checks frames only for other shapes)
  const std::string tail = "', is not a recognized name for an ephemeris object. The cause of this problem may be "
                           "that you need an updated version of the SPICE Toolkit.";
  SC_TRY_ASSIGN(auto&& bod1, named_id(ctx, targ1, "The object name for target 1, '" + std::string(targ1) + tail));
  SC_TRY_ASSIGN(auto&& bod2, named_id(ctx, targ2, "The object name for target 2, '" + std::string(targ2) + tail));
  SC_TRY_ASSIGN(auto&& obs, named_id(ctx, obsrvr, "The object name for the observer, '" + std::string(obsrvr) + tail));
  if (obs == bod1 || obs == bod2 || bod1 == bod2) {
    return make_error("SPICE(BODIESNOTDISTINCT)",
                      "All three objects associated with an ANGULAR SEPARATION calculation must be distinct. The "
                      "objects whose angular separation is of interest were " +
                          std::to_string(bod1) + " and " + std::to_string(bod2) + ". The observer was " +
                          std::to_string(obs) + ".");
  }
  SC_TRY(geometry::parse_abcorr(abcorr));
  auto radius = [&](std::string_view shape, int body) -> Result<double> {
    const std::string key = shape_key(shape);
    if (key == "POINT") return 0.0;
    if (key == "SPHERE") {
      SC_TRY_ASSIGN(auto&& axes, target_radii(ctx, body));
      return std::max(std::max(axes[0], axes[1]), axes[2]);
    }
    return make_error("SPICE(NOTRECOGNIZED)",
                      "The body shape, " + key + " is not recognized.  Supported quantities are: POINT, SPHERE.");
  };
  SC_TRY_ASSIGN(auto&& r1, radius(shape1, bod1));
  SC_TRY_ASSIGN(auto&& r2, radius(shape2, bod2));
  // ZZSEPQ.
  SC_TRY_ASSIGN(auto&& pv1, geometry::spkezp(ctx, bod1, et, "J2000", abcorr, obs));
  SC_TRY_ASSIGN(auto&& pv2, geometry::spkezp(ctx, bod2, et, "J2000", abcorr, obs));
  const double range1 = math::vnorm(pv1.pos);
  const double range2 = math::vnorm(pv2.pos);
  if (!(range1 > r1)) {
    return make_error("SPICE(INSIDEBODY)", "Observer object " + std::to_string(obs) +
                                               " located within surface of target 1 object " + std::to_string(bod1) +
                                               ".");
  }
  const double ang1 = dasine(r1 / range1);
  if (!(range2 > r2)) {
    return make_error("SPICE(INSIDEBODY)", "Observer object " + std::to_string(obs) +
                                               " located within surface of target 2 object " + std::to_string(bod2) +
                                               ".");
  }
  const double ang2 = dasine(r2 / range2);
  const double theta = math::vsep(pv1.pos, pv2.pos);
  return theta - ang1 - ang2;
}

}  // namespace sc::surface
