#include "spk/types/type15_precessing_conic.hpp"

#include <array>
#include <cmath>  // std::sqrt, std::fabs, std::trunc: exact or correctly rounded

#include "math/angles.hpp"
#include "math/two_body.hpp"
#include "math/vector_ops.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

using math::Vec3;

constexpr long long kRecordWords = 16;
using math::kDegreesPerRadian;  // DPR()
using math::kPi;                // PI()
using math::kTwoPi;             // TWOPI()

struct Record {
  double epoch = 0;
  Vec3 tp{}, pa{};  // trajectory pole, periapsis direction
  double p = 0, ecc = 0, j2flag = 0;
  Vec3 pv{};  // central body pole
  double gm = 0, j2 = 0, radius = 0;
};

Record unpack(const std::array<double, kRecordWords>& w) {
  return Record{w[0], {w[1], w[2], w[3]}, {w[4], w[5], w[6]}, w[7], w[8], w[9], {w[10], w[11], w[12]}, w[13], w[14],
                w[15]};
}

// f2c's d_sign: |a| with the sign of b (b = -0 counts as positive, as b >= 0 does).
double fortran_sign(double a, double b) {
  const double x = a >= 0 ? a : -a;
  return b >= 0 ? x : -x;
}

// SPKE15's checks, in its order, on the raw record (the vectors before normalisation).
Status check_record(const Record& r) {
  if (r.p <= 0.0) {
    return make_error("SPICE(BADLATUSRECTUM)",
                      "its semi-latus rectum is " + number_text(r.p) + "; it must be positive.");
  }
  if (r.ecc < 0.0) {
    return make_error("SPICE(BADECCENTRICITY)",
                      "its eccentricity is " + number_text(r.ecc) + "; it must be non-negative.");
  }
  if (r.gm <= 0.0) {
    return make_error("SPICE(NONPOSITIVEMASS)",
                      "the GM of its central body is " + number_text(r.gm) + "; masses must be positive.");
  }
  if (math::vzero(r.tp)) return make_error("SPICE(BADVECTOR)", "its trajectory pole vector has length zero.");
  if (math::vzero(r.pa)) return make_error("SPICE(BADVECTOR)", "its periapsis vector has length zero.");
  if (math::vzero(r.pv)) return make_error("SPICE(BADVECTOR)", "its central body pole vector has length zero.");
  if (r.radius < 0.0) {
    return make_error("SPICE(BADRADIUS)",
                      "its central body radius is " + number_text(r.radius) + "; it must not be negative.");
  }
  return {};
}

// The state at periapsis: distance p/(1+e) along PA, speed sqrt(GM/p)(1+e) along TP x PA.
math::State periapsis_state(const Record& r) {
  const double near = r.p / (r.ecc + 1.0);
  const double speed = std::sqrt(r.gm / r.p) * (r.ecc + 1.0);
  return math::make_state(math::vscl(near, r.pa), math::vscl(speed, math::vcrss(r.tp, r.pa)));
}

math::State rotated(const math::State& s, const Vec3& axis, double angle) {
  return math::make_state(math::vrotv(math::position_of(s), axis, angle),
                          math::vrotv(math::velocity_of(s), axis, angle));
}

// The J2 drifts: the true anomaly swept since periapsis is the angle from PA to the propagated
// position, signed like the mean anomaly reduced to [-pi, pi], plus the whole revolutions of
// that mean anomaly.
math::State apply_j2(math::State state, const Record& r, double flag, double dt) {
  const double oneme2 = 1.0 - r.ecc * r.ecc;
  const double dmdt = oneme2 / r.p * std::sqrt(r.gm * oneme2 / r.p);
  const double manom = dmdt * dt;
  double theta = math::fortran_mod(manom, kTwoPi);
  if (std::fabs(theta) > kPi) theta -= fortran_sign(kTwoPi, theta);
  const double k2pi = manom - theta;
  double ta = math::vsep(r.pa, math::position_of(state));
  ta = fortran_sign(ta, theta);
  ta += k2pi;

  const double cosinc = math::vdot(r.pv, r.tp);
  const double ratio = r.radius / r.p;
  const double z = ta * 1.5 * r.j2 * (ratio * ratio);
  const double dnode = -z * cosinc;
  const double dperi = z * (cosinc * cosinc * 2.5 - 0.5);
  // Apsides first, about the trajectory pole; then the node, about the central body's pole.
  if (flag != 1.0) state = rotated(state, r.tp, dperi);
  if (flag != 2.0) state = rotated(state, r.pv, dnode);
  return state;
}

}  // namespace

Result<State> evaluate_type15(const daf::SegmentFile& file, const Segment& segment, double et) {
  if (segment.length() != kRecordWords) {
    return segment_error(
        file, segment, "SPICE(MALFORMEDSEGMENT)",
        "a type 15 segment holds exactly 16 words; this one has " + std::to_string(segment.length()) + ".");
  }
  std::array<double, kRecordWords> words{};
  SC_TRY(read_segment_words(file, segment, segment.begin, words));
  Record r = unpack(words);
  if (auto checked = check_record(r); !checked) {
    return segment_error(file, segment, checked.error().short_code, checked.error().long_msg);
  }
  r.pa = math::vhat(r.pa);
  r.tp = math::vhat(r.tp);
  r.pv = math::vhat(r.pv);
  // A crude test, as SPKE15's: it catches blunders, not small departures from orthogonality.
  if (std::fabs(math::vdot(r.pa, r.tp)) > 1e-5) {
    return segment_error(file, segment, "SPICE(BADINITSTATE)",
                         "its periapsis and trajectory pole vectors are not orthogonal; the angle between them is " +
                             number_text(math::vsep(r.pa, r.tp) * kDegreesPerRadian) + " degrees.");
  }

  const double dt = et - r.epoch;
  auto state = math::propagate_two_body(r.gm, periapsis_state(r), dt);
  if (!state) {
    return segment_error(file, segment, state.error().short_code,
                         "propagating its periapsis state to " + epoch_text(et) + ": " + state.error().long_msg);
  }
  // The flag is Fortran's INT of the stored double; comparing the truncated value keeps NaN and
  // huge values (undefined as C integer conversions) on the "all corrections" side.
  const double flag = std::trunc(r.j2flag);
  const double near = r.p / (r.ecc + 1.0);
  if (flag != 3.0 && r.j2 != 0.0 && r.ecc < 1.0 && near > r.radius) return apply_j2(*state, r, flag, dt);
  return *state;
}

}  // namespace sc::spk
