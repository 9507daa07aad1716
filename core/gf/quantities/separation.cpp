#include "gf/quantities/separation.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "errors/number_text.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/states.hpp"
#include "gf/quantities/angle_rates.hpp"
#include "gf/scalar_search.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"

namespace sc::gf {

namespace {

struct SeparationSetup {
  int bod1 = 0, bod2 = 0, obs = 0;
  double rad1 = 0, rad2 = 0;
  std::string abcorr;
};

Result<int> named_body(const Context& ctx, std::string_view name, std::string_view what) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
  if (code) return *code;
  return make_error("SPICE(IDCODENOTFOUND)",
                    "The object name for " + std::string(what) + ", '" + std::string(name) +
                        "', is not a recognized name for an ephemeris object. The cause of this problem may be that "
                        "you need an updated version of the SPICE Toolkit.");
}

// LJUST + UCASE of a shape name, trailing blanks ignored.
std::string shape_key(std::string_view shape) {
  std::size_t b = 0;
  while (b < shape.size() && shape[b] == ' ') ++b;
  std::size_t e = shape.size();
  while (e > b && shape[e - 1] == ' ') --e;
  std::string out(shape.substr(b, e - b));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// ZZGFSPIN's shape block: POINT has radius 0, SPHERE the largest of the body's radii (ZZGFTREB).
Result<double> shape_radius(const Context& ctx, std::string_view shape, int body) {
  const std::string key = shape_key(shape);
  if (key == "POINT") return 0.0;
  if (key == "SPHERE") {
    SC_TRY_ASSIGN(auto&& axes, surface::target_radii(ctx, body));
    return std::max(std::max(axes[0], axes[1]), axes[2]);
  }
  return make_error("SPICE(NOTRECOGNIZED)",
                    "The body shape, " + std::string(shape) + " is not recognized.  Supported quantities are: POINT, SPHERE.");
}

// DASINE(x, 1e-12) for the 0 <= x < 1 ZZSEPQ gives it.
double dasine(double x) { return math::asin(std::clamp(x, -1.0, 1.0)); }

// ZZSEPQ: the limb-to-limb separation.
Result<double> separation(const Context& ctx, const SeparationSetup& s, double et) {
  SC_TRY_ASSIGN(auto&& p1, geometry::spkezp(ctx, s.bod1, et, "J2000", s.abcorr, s.obs));
  SC_TRY_ASSIGN(auto&& p2, geometry::spkezp(ctx, s.bod2, et, "J2000", s.abcorr, s.obs));
  const double range1 = math::vnorm(p1.pos);
  const double range2 = math::vnorm(p2.pos);
  auto inside = [&](int k, int bod, double range, double r) {
    return make_error("SPICE(INSIDEBODY)", "Observer object " + std::to_string(s.obs) +
                                               " located within surface of target " + std::to_string(k) + " object " +
                                               std::to_string(bod) + ". Range to target " + std::to_string(k) + " " +
                                               number_text(range) + ", radius of target " + std::to_string(k) + " " +
                                               number_text(r));
  };
  if (!(range1 > s.rad1)) return inside(1, s.bod1, range1, s.rad1);
  const double ang1 = dasine(s.rad1 / range1);
  if (!(range2 > s.rad2)) return inside(2, s.bod2, range2, s.rad2);
  const double ang2 = dasine(s.rad2 / range2);
  const double theta = math::vsep(p1.pos, p2.pos);
  return theta - ang1 - ang2;
}

// ZZGFSPDC
Result<bool> separation_decreasing(const Context& ctx, const SeparationSetup& s, double et) {
  SC_TRY_ASSIGN(auto&& pv1, geometry::spkez(ctx, s.bod1, et, "J2000", s.abcorr, s.obs));
  SC_TRY_ASSIGN(auto&& pv2, geometry::spkez(ctx, s.bod2, et, "J2000", s.abcorr, s.obs));
  double dtheta = dvsep(pv1.state, pv2.state);
  SC_TRY_ASSIGN(const double d1, dhfa(pv1.state, s.rad1));
  SC_TRY_ASSIGN(const double d2, dhfa(pv2.state, s.rad2));
  dtheta = dtheta - d1 - d2;
  return dtheta < 0.0;
}

// ZZGFSPIN's checks, in its order.
Result<SeparationSetup> separation_setup(const Context& ctx, std::string_view targ1, std::string_view shape1,
                                         std::string_view targ2, std::string_view shape2, std::string_view abcorr,
                                         std::string_view obsrvr) {
  SeparationSetup s;
  SC_TRY_ASSIGN(s.bod1, named_body(ctx, targ1, "target 1"));
  SC_TRY_ASSIGN(s.bod2, named_body(ctx, targ2, "target 2"));
  SC_TRY_ASSIGN(s.obs, named_body(ctx, obsrvr, "the observer"));
  if (s.obs == s.bod1 || s.obs == s.bod2 || s.bod1 == s.bod2) {
    return make_error("SPICE(BODIESNOTDISTINCT)",
                      "All three objects associated with an ANGULAR SEPARATION search must be distinct. The objects "
                      "whose angular separation is of interest were " + std::to_string(s.bod1) + " and " +
                          std::to_string(s.bod2) + ". The observer was " + std::to_string(s.obs) + ".");
  }
  SC_TRY(geometry::parse_abcorr(abcorr));
  s.abcorr = geometry::abcorr_key(abcorr);
  SC_TRY_ASSIGN(s.rad1, shape_radius(ctx, shape1, s.bod1));
  SC_TRY_ASSIGN(s.rad2, shape_radius(ctx, shape2, s.bod2));
  return s;
}

}  // namespace

Result<ScalarQuantity> separation_quantity(const Context& ctx, std::string_view targ1, std::string_view shape1,
                                           std::string_view targ2, std::string_view shape2, std::string_view abcorr,
                                           std::string_view obsrvr) {
  SC_TRY_ASSIGN(auto&& setup, separation_setup(ctx, targ1, shape1, targ2, shape2, abcorr, obsrvr));
  ScalarQuantity q;
  q.value = [&ctx, setup](double et) { return separation(ctx, setup, et); };
  q.decreasing = [&ctx, setup](double et) { return separation_decreasing(ctx, setup, et); };
  return q;
}

Result<FlatWindow> gfsep(const Context& ctx, std::string_view targ1, std::string_view shape1,
                         std::string_view frame1, std::string_view targ2, std::string_view shape2,
                         std::string_view frame2, std::string_view abcorr, std::string_view obsrvr,
                         std::string_view relate, double refval, double adjust, double step, int nintvls,
                         std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"targ1", targ1},
                        {"shape1", shape1},
                        {"frame1", frame1},
                        {"targ2", targ2},
                        {"shape2", shape2},
                        {"frame2", frame2},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr},
                        {"relate", relate}}));
  const ScalarArgs args{relate, refval, adjust, step, nintvls, cnfine};
  return scalar_search(ctx, args, control,
                       [&]() { return separation_quantity(ctx, targ1, shape1, targ2, shape2, abcorr, obsrvr); });
}

}  // namespace sc::gf
