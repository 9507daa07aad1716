// EULER dynamic frames (ZZDYNFRM / ZZDYNROT): three angles, each a polynomial in (t0 - EPOCH)
// seconds with up to 20 coefficients (ANGLE_<n>_COEFFS, in UNITS per second^k), about the AXES
// given; the rotation maps the dynamic frame to its RELATIVE frame directly. Angle rates come from
// the polynomials' derivatives (POLYDS).
#include <string>
#include <vector>

#include "frames/dynamic/family.hpp"
#include "math/euler.hpp"
#include "math/units.hpp"

namespace sc::frames::dynamic {
namespace {

using math::Mat3;
using math::Mat6;

constexpr int kMaxCoefficients = 20;

// POLYDS: the polynomial and its first `nderiv` derivatives at t, in POLYDS's order.
std::vector<double> polyds(const std::vector<double>& coeffs, int nderiv, double t) {
  std::vector<double> p(static_cast<std::size_t>(nderiv) + 1, 0.0);
  for (int k = static_cast<int>(coeffs.size()) - 1; k >= 0; --k) {
    double scale = nderiv;
    for (int i = nderiv; i > 0; --i) {
      p[i] = t * p[i] + scale * p[i - 1];
      scale += -1;
    }
    p[0] = t * p[0] + coeffs[static_cast<std::size_t>(k)];
  }
  return p;
}

struct EulerDefinition {
  double delta = 0;
  std::vector<int> axes;
  std::vector<double> coeffs[3];
  std::string units;
};

Result<EulerDefinition> read_definition(const Evaluation& e) {
  EulerDefinition d;
  SC_TRY_ASSIGN(auto&& epoch, required_numbers(e.keys, "EPOCH", 1));
  d.delta = e.t0 - (epoch.empty() ? 0.0 : epoch[0]);
  SC_TRY_ASSIGN(auto&& axes, required_integers(e.keys, "AXES", 3));
  d.axes = axes;
  d.axes.resize(3, 0);
  for (int i = 0; i < 3; ++i) {
    SC_TRY_ASSIGN(auto&& c, required_numbers(e.keys, "ANGLE_" + std::to_string(i + 1) + "_COEFFS", kMaxCoefficients));
    d.coeffs[i] = c;
  }
  SC_TRY_ASSIGN(auto&& units, required_string(e.keys, "UNITS"));
  d.units = units;
  return d;
}

}  // namespace

Result<Mat6> euler_state(const Evaluation& e) {
  SC_TRY_ASSIGN(auto&& d, read_definition(e));
  math::EulerState eulang{};
  for (int i = 0; i < 3; ++i) {
    const std::vector<double> poly = polyds(d.coeffs[i], 1, d.delta);
    SC_TRY_ASSIGN(auto&& angle, math::convrt(poly[0], d.units, "RADIANS"));
    SC_TRY_ASSIGN(auto&& rate, math::convrt(poly[1], d.units, "RADIANS"));
    eulang[static_cast<std::size_t>(i)] = angle;
    eulang[static_cast<std::size_t>(i + 3)] = rate;
  }
  SC_TRY(math::check_euler_axes(d.axes[0], d.axes[1], d.axes[2]));
  return math::eul2xf(eulang, d.axes[0], d.axes[1], d.axes[2]);
}

Result<Mat3> euler_rotation(const Evaluation& e) {
  SC_TRY_ASSIGN(auto&& d, read_definition(e));
  double angles[3]{};
  for (int i = 0; i < 3; ++i) {
    const std::vector<double> poly = polyds(d.coeffs[i], 0, d.delta);
    SC_TRY_ASSIGN(auto&& angle, math::convrt(poly[0], d.units, "RADIANS"));
    angles[i] = angle;
  }
  SC_TRY(math::check_euler_axes(d.axes[0], d.axes[1], d.axes[2]));
  return math::eul2m(angles[0], angles[1], angles[2], d.axes[0], d.axes[1], d.axes[2]);
}

}  // namespace sc::frames::dynamic
