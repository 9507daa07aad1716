// LSPCN (see solar_longitude.hpp), step for step.
#include "surface/solar_longitude.hpp"

#include <string>

#include "frames/frames_api.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/states.hpp"
#include "math/constants.hpp"
#include "math/latitudinal.hpp"
#include "math/two_vector_frame.hpp"
#include "math/vector_ops.hpp"

namespace sc::surface {

Result<double> lspcn(const Context& ctx, std::string_view body, double et, std::string_view abcorr) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(body, ctx.pool()));
  if (!code) {
    return make_error("SPICE(NOTRANSLATION)", "The body name " + std::string(body) +
                                                  " could not be translated to a NAIF ID code.  The cause of this "
                                                  "problem may be that you need an updated version of the SPICE "
                                                  "Toolkit.");
  }
  const int idcode = *code;
  // TIPBOD: the body's PCK orientation (the frame of class 2 with the body's ID); its third row
  // is the north pole in J2000.
  const auto pck = frames::ccifrm(ctx, 2, idcode);
  if (!pck) {
    return make_error("SPICE(FRAMEDATANOTFOUND)",
                      "No PCK frame is known for body " + std::to_string(idcode) + " (TIPBOD needs its orientation).");
  }
  const geometry::SpkEphemeris eph(ctx);
  SC_TRY_ASSIGN(auto&& tipm, frames::rotation(ctx, 1, pck->code, et, eph.env()));
  const math::Vec3 npole{tipm[2][0], tipm[2][1], tipm[2][2]};
  SC_TRY_ASSIGN(auto&& bstate, geometry::spkgeo(ctx, idcode, et, "J2000", 10));
  const math::Vec3 uavel = math::ucrss(math::Vec3{bstate.state[0], bstate.state[1], bstate.state[2]},
                                       math::Vec3{bstate.state[3], bstate.state[4], bstate.state[5]});
  SC_TRY_ASSIGN(auto&& trans, math::twovec(uavel, 3, npole, 2));
  SC_TRY_ASSIGN(auto&& sun, geometry::spkezr(ctx, "SUN", et, "J2000", abcorr, body));
  const math::Vec3 pos = math::mxv(trans, math::Vec3{sun.state[0], sun.state[1], sun.state[2]});
  // RECRAD: RECLAT's longitude moved into [0, 2 pi).
  double ra = math::reclat(pos).lon;
  if (ra < 0.0) ra += math::twopi();
  return ra;
}

}  // namespace sc::surface
