// The "of date" families of ZZDYNFRM (state transformations) and ZZDYNROT (rotations): the mean
// equator and equinox of date (IAU 1976 precession, ZZEPRC76), the true equator and equinox of
// date (plus the IAU 1980 nutation, ZZENUT80) and the mean ecliptic and equinox of date (plus the
// IAU 1980 mean obliquity, ZZMOBLIQ), each carried into the frame's RELATIVE frame at t0. The
// models are the ones the TEME frame of two-line elements already uses (tle/teme_frame.hpp).
#include <string>

#include "frames/dynamic/family.hpp"
#include "frames/dynamic/state_matrix_ops.hpp"
#include "frames/frame_text.hpp"
#include "frames/frame_tree.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/euler.hpp"
#include "math/frame_rates.hpp"
#include "tle/teme_frame.hpp"

namespace sc::frames::dynamic {
namespace {

using math::Mat3;
using math::Mat6;
using inertial::kJ2000;

constexpr int kEarth = 399;

Mat3 upper_left(const Mat6& m) {
  Mat3 r{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) r[i][j] = m[i][j];
  }
  return r;
}

std::string center_name(const Evaluation& e) {
  auto name = e.ctx().body_names().code_to_name(e.center, e.ctx().pool());
  return name ? *name : text::int_text(e.center);
}

// The model keyword must name the one model CSPICE knows, and that model is the Earth's.
Status check_model(const Evaluation& e, std::string_view keyword, const std::string& model, const char* known,
                   const char* what) {
  if (!eqstr(model, known)) {
    return make_error("SPICE(NOTSUPPORTED)", "Definition of frame " + e.keys.name + " specifies " + what + " model " +
                                                 model + ", which is not recognized. This situation is usually "
                                                 "caused by an error in a frame kernel in which the frame is "
                                                 "defined.");
  }
  if (e.center != kEarth) {
    const std::string body = center_name(e);
    return make_error("SPICE(INVALIDSELECTION)", "Definition of frame " + e.keys.name + " specifies frame center " +
                                                     body + " and " + what + " model " + known + ". This " + what +
                                                     " model is not applicable to body " + body + ". (" +
                                                     std::string(keyword) + ")");
  }
  return {};
}

}  // namespace

Result<Mat6> of_date_state(const Evaluation& e, OfDateFamily family) {
  SC_TRY_ASSIGN(auto&& prec_model, required_string(e.keys, "PREC_MODEL"));
  SC_TRY(check_model(e, "PREC_MODEL", prec_model, "EARTH_IAU_1976", "precession"));
  const Mat6 precxf = tle::precession_1976(e.t0);  // J2000 -> mean of date
  Mat6 to_j2000{};
  if (family == OfDateFamily::MeanEquator) {
    to_j2000 = math::invstm(precxf);
  } else if (family == OfDateFamily::TrueEquator) {
    SC_TRY_ASSIGN(auto&& nut_model, required_string(e.keys, "NUT_MODEL"));
    SC_TRY(check_model(e, "NUT_MODEL", nut_model, "EARTH_IAU_1980", "nutation"));
    to_j2000 = math::invstm(mxmg6(tle::nutation_1980(e.t0), precxf));
  } else {
    SC_TRY_ASSIGN(auto&& obliq_model, required_string(e.keys, "OBLIQ_MODEL"));
    SC_TRY(check_model(e, "OBLIQ_MODEL", obliq_model, "EARTH_IAU_1980", "obliquity"));
    const tle::Obliquity o = tle::mean_obliquity_1980(e.t0);
    const Mat6 oblxf = math::eul2xf({0.0, 0.0, o.mob, 0.0, 0.0, o.dmob}, 1, 3, 1);
    to_j2000 = math::invstm(mxmg6(oblxf, precxf));
  }
  if (e.base == kJ2000) return to_j2000;
  SC_TRY_ASSIGN(auto&& xf2000, frame_state_change(e.ctx(), kJ2000, e.base, e.t0, e.inner));
  return mxmg6(xf2000, to_j2000);
}

Result<Mat3> of_date_rotation(const Evaluation& e, OfDateFamily family) {
  SC_TRY_ASSIGN(auto&& prec_model, required_string(e.keys, "PREC_MODEL"));
  SC_TRY(check_model(e, "PREC_MODEL", prec_model, "EARTH_IAU_1976", "precession"));
  const Mat3 rprec = upper_left(tle::precession_1976(e.t0));
  Mat3 to_j2000{};
  if (family == OfDateFamily::MeanEquator) {
    to_j2000 = math::transpose(rprec);
  } else if (family == OfDateFamily::TrueEquator) {
    SC_TRY_ASSIGN(auto&& nut_model, required_string(e.keys, "NUT_MODEL"));
    SC_TRY(check_model(e, "NUT_MODEL", nut_model, "EARTH_IAU_1980", "nutation"));
    to_j2000 = math::transpose(math::multiply(upper_left(tle::nutation_1980(e.t0)), rprec));
  } else {
    SC_TRY_ASSIGN(auto&& obliq_model, required_string(e.keys, "OBLIQ_MODEL"));
    SC_TRY(check_model(e, "OBLIQ_MODEL", obliq_model, "EARTH_IAU_1980", "obliquity"));
    const tle::Obliquity o = tle::mean_obliquity_1980(e.t0);
    to_j2000 = math::transpose(math::multiply(math::eul2m(0.0, 0.0, o.mob, 1, 3, 1), rprec));
  }
  if (e.base == kJ2000) return to_j2000;
  SC_TRY_ASSIGN(auto&& r2000, frame_rotation_change(e.ctx(), kJ2000, e.base, e.t0, e.inner));
  return math::multiply(r2000, to_j2000);
}

}  // namespace sc::frames::dynamic
