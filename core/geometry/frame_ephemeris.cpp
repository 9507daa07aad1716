// SpkEphemeris and the frame calls with it (see frame_ephemeris.hpp).
#include "geometry/frame_ephemeris.hpp"

#include "frames/frames_api.hpp"
#include "geometry/geometric.hpp"
#include "geometry/output_frame.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"

namespace sc::geometry {

// ZZSPKEZ0 / ZZSPKEZ1 are SPKEZ with their frame changes one recursion level down.
Result<frames::EphemerisState> SpkEphemeris::state(int target, double et, std::string_view ref,
                                                   std::string_view abcorr, int observer, int level) const {
  SC_TRY_ASSIGN(auto&& s, spkez(ctx_, target, et, ref, abcorr, observer, level));
  return frames::EphemerisState{s.state, s.lt};
}

// ZZSPKZP0 / ZZSPKZP1: SPKEZP likewise.
Result<frames::EphemerisPosition> SpkEphemeris::position(int target, double et, std::string_view ref,
                                                         std::string_view abcorr, int observer, int level) const {
  SC_TRY_ASSIGN(auto&& p, spkezp(ctx_, target, et, ref, abcorr, observer, level));
  return frames::EphemerisPosition{p.pos, p.lt};
}

// ZZSPKSB0 with J2000.
Result<math::State> SpkEphemeris::ssb_state(int body, double et) const {
  return ssb_state_in(ctx_, body, et, j2000_frame());
}

Result<math::Vec3> SpkEphemeris::stellar_aberration(const math::Vec3& pobj, const math::Vec3& vobs,
                                                    bool transmission) const {
  return transmission ? stlabx(pobj, vobs) : stelab(pobj, vobs);
}

Result<math::Mat3> pxform(const Context& ctx, std::string_view from, std::string_view to, double et) {
  const SpkEphemeris eph(ctx);
  return frames::pxform(ctx, from, to, et, eph.env());
}

Result<math::Mat3> pxform_ids(const Context& ctx, const frames::FramePair& frames, double et) {
  const SpkEphemeris eph(ctx);
  return frames::rotation(ctx, frames.from, frames.to, et, eph.env());
}

Result<math::Mat6> sxform(const Context& ctx, std::string_view from, std::string_view to, double et) {
  const SpkEphemeris eph(ctx);
  return frames::sxform(ctx, from, to, et, eph.env());
}

Result<math::Mat3> pxfrm2(const Context& ctx, std::string_view from, std::string_view to, double et_from,
                          double et_to) {
  const SpkEphemeris eph(ctx);
  return frames::pxfrm2(ctx, from, to, et_from, et_to, eph.env());
}

}  // namespace sc::geometry
