#include "frames/ck_pointing.hpp"

#include <string>

#include "ck/pointing_search.hpp"
#include "frames/ck_clock.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_tree.hpp"
#include "math/frame_rates.hpp"

namespace sc::frames {

namespace {

// ZZNAMFRM: 0 for a name that is no frame.
Result<int> requested_frame(const Context& ctx, std::string_view ref) {
  SC_TRY_ASSIGN(const auto code, namfrm_checked(ctx, ref));
  return code ? *code : 0;
}

// The epoch of the frame change: 0 when both frames are inertial (class 1), else the pointing's
// time in TDB through the instrument's clock.
Result<double> change_epoch(const Context& ctx, int inst, int refreq, int refseg, double clkout) {
  SC_TRY_ASSIGN(const auto info1, frinfo_checked(ctx, refreq));
  SC_TRY_ASSIGN(const auto info2, frinfo_checked(ctx, refseg));
  if (info1 && info2 && info1->frame_class == 1 && info2->frame_class == 1) return 0.0;
  return ck_ticks_to_et(ctx, inst, clkout);
}

// The C wrappers' CHKFSTR: an empty frame name is refused before anything else.
Status check_ref(std::string_view ref, const char* call) {
  if (ref.empty()) {
    return make_error("SPICE(EMPTYSTRING)", std::string("String \"ref\" has length zero (") + call + ").");
  }
  return {};
}

}  // namespace

Result<std::optional<CkPointing>> ckgp(const Context& ctx, int inst, double sclkdp, double tol, std::string_view ref,
                                       const FrameEnv& env) {
  SC_TRY(check_ref(ref, "ckgp_c"));
  SC_TRY_ASSIGN(const auto found, ck::find_pointing(ctx.kernels(), inst, sclkdp, tol, false));
  if (!found) return std::optional<CkPointing>{};
  CkPointing out{found->pointing.cmat, found->pointing.clkout};
  SC_TRY_ASSIGN(const int refreq, requested_frame(ctx, ref));
  if (refreq != found->frame) {
    SC_TRY_ASSIGN(const double et, change_epoch(ctx, inst, refreq, found->frame, out.clkout));
    SC_TRY_ASSIGN(const math::Mat3 rot, frame_rotation_change(ctx, refreq, found->frame, et, env));
    out.cmat = math::multiply(out.cmat, rot);
  }
  return std::optional<CkPointing>{out};
}

Result<std::optional<CkPointingAv>> ckgpav(const Context& ctx, int inst, double sclkdp, double tol,
                                           std::string_view ref, const FrameEnv& env) {
  SC_TRY(check_ref(ref, "ckgpav_c"));
  SC_TRY_ASSIGN(const auto found, ck::find_pointing(ctx.kernels(), inst, sclkdp, tol, true));
  if (!found) return std::optional<CkPointingAv>{};
  CkPointingAv out{found->pointing.cmat, found->pointing.av, found->pointing.clkout};
  SC_TRY_ASSIGN(const int refreq, requested_frame(ctx, ref));
  if (refreq != found->frame) {
    SC_TRY_ASSIGN(const double et, change_epoch(ctx, inst, refreq, found->frame, out.clkout));
    SC_TRY_ASSIGN(const math::Mat6 xform, frame_state_change(ctx, refreq, found->frame, et, env));
    const math::RotationAndRate rr = math::xf2rav(xform);
    out.cmat = math::multiply(out.cmat, rr.rot);
    // MTXV: the segment-frame angular velocity expressed in `ref`, plus the frames' relative rate.
    const math::Mat3& r = rr.rot;
    const math::Vec3& a = out.av;
    const math::Vec3 tmpv{r[0][0] * a[0] + r[1][0] * a[1] + r[2][0] * a[2],
                          r[0][1] * a[0] + r[1][1] * a[1] + r[2][1] * a[2],
                          r[0][2] * a[0] + r[1][2] * a[1] + r[2][2] * a[2]};
    out.av = math::vadd(rr.av, tmpv);
  }
  return std::optional<CkPointingAv>{out};
}

}  // namespace sc::frames
