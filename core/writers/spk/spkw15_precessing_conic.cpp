// SPK type 15 (spk.req "Type 15: Precessing Conic Propagation"), written as CSPICE's SPKW15 writes
// it: one 16-word record (epoch, trajectory pole, periapsis direction, p, e, J2 flag, central
// body pole, GM, J2, radius), the three vectors normalised with VHAT before they are stored.
#include <array>
#include <cmath>  // std::fabs
#include <string>

#include "math/angles.hpp"
#include "math/vector_ops.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/spkpds_checks.hpp"

namespace sc::spk {
namespace {

using math::Vec3;

constexpr int kType = 15;
using math::kDegreesPerRadian;  // DPR()

Vec3 vec3(std::span<const double> v) { return {v[0], v[1], v[2]}; }

// SPKW15's checks on the raw inputs, in its order.
Status check_elements(const Vec3& tp, const Vec3& pa, double p, double ecc, const Vec3& pv, double gm, double radius) {
  using writers::dp;
  if (p <= 0.0) {
    return make_error("SPICE(BADLATUSRECTUM)",
                      "The semi-latus rectum supplied for a type 15 segment is " + dp(p) + "; it must be positive.");
  }
  if (ecc < 0.0) {
    return make_error("SPICE(BADECCENTRICITY)",
                      "The eccentricity supplied for a type 15 segment is " + dp(ecc) + "; it must be non-negative.");
  }
  if (gm <= 0.0) {
    return make_error("SPICE(NONPOSITIVEMASS)", "The GM supplied for the central body of a type 15 segment is " +
                                                    dp(gm) + "; masses must be positive.");
  }
  if (math::vzero(tp)) return make_error("SPICE(BADVECTOR)", "The trajectory pole vector has length zero.");
  if (math::vzero(pa)) return make_error("SPICE(BADVECTOR)", "The periapsis vector has length zero.");
  if (math::vzero(pv)) return make_error("SPICE(BADVECTOR)", "The central body pole vector has length zero.");
  if (radius < 0.0) {
    return make_error("SPICE(BADRADIUS)", "The central body radius is " + dp(radius) + "; it must not be negative.");
  }
  // A crude test, as SPKW15's: it catches blunders, not small departures from orthogonality.
  const Vec3 unit_tp = math::vhat(tp);
  const Vec3 unit_pa = math::vhat(pa);
  if (std::fabs(math::vdot(unit_pa, unit_tp)) > 1e-5) {
    const std::string angle = dp(math::vsep(pa, tp) * kDegreesPerRadian);
    return make_error("SPICE(BADINITSTATE)",
                      "The periapsis and trajectory pole vectors are not orthogonal; the angle between them is " +
                          angle + " degrees.");
  }
  return {};
}

}  // namespace

Status spkw15(daf::DafWriter& file, const SegmentSpec& spec, double epoch, std::span<const double> tp,
              std::span<const double> pa, double p, double ecc, double j2flg, std::span<const double> pv, double gm,
              double j2, double radius) {
  SC_TRY(writers::check_size(tp, 3, "trajectory pole"));
  SC_TRY(writers::check_size(pa, 3, "periapsis"));
  SC_TRY(writers::check_size(pv, 3, "central body pole"));
  SC_TRY(check_elements(vec3(tp), vec3(pa), p, ecc, vec3(pv), gm, radius));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_descriptor_spkpds(spec));

  const Vec3 unit_tp = math::vhat(vec3(tp));
  const Vec3 unit_pa = math::vhat(vec3(pa));
  const Vec3 unit_pv = math::vhat(vec3(pv));
  const std::array<double, 16> record{epoch,      unit_tp[0], unit_tp[1], unit_tp[2], unit_pa[0], unit_pa[1],
                                      unit_pa[2], p,          ecc,        j2flg,      unit_pv[0], unit_pv[1],
                                      unit_pv[2], gm,         j2,         radius};
  return writers::write_segment(file, spec, kType, record);
}

}  // namespace sc::spk
