// ET2LST (see local_solar_time.hpp), step for step.
#include "surface/local_solar_time.hpp"

#include <algorithm>
#include <cstdio>

#include "bodies/planetographic.hpp"
#include "frames/frames_api.hpp"
#include "geometry/states.hpp"
#include "math/constants.hpp"
#include "math/latitudinal.hpp"
#include "pool/pool_queries.hpp"
#include "time/fortran_numeric.hpp"

namespace sc::surface {
namespace {

std::string two_digits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

// LJUST + UCASE, trailing blanks dropped.
std::string ljust_upper(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::string out(s.substr(i));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

Result<LocalSolarTime> et2lst(const Context& ctx, double et, int body, double lon, std::string_view type) {
  const std::string mytype = ljust_upper(type);
  double mylong = 0;
  if (mytype == "PLANETOGRAPHIC") {
    // The planetocentric longitude of the equator point at this planetographic longitude (PGRREC on
    // a unit sphere, then RECLAT).
    const std::string bodnam = ctx.body_names().code_to_name(body, ctx.pool()).value_or(std::to_string(body));
    SC_TRY_ASSIGN(auto&& spoint, bodies::pgrrec(ctx.pool(), ctx.body_names(), bodnam, lon, 0.0, 0.0, 1.0, 0.0));
    mylong = math::reclat(spoint).lon;
  } else if (mytype == "PLANETOCENTRIC") {
    mylong = lon;
  } else {
    return make_error("SPICE(UNKNOWNSYSTEM)", "The coordinate system '" + std::string(type) +
                                                  "' is not a recognized system of longitude.  The recognized "
                                                  "systems are 'PLANETOCENTRIC' and 'PLANETOGRAPHIC'. ");
  }
  if (body == 10) return LocalSolarTime{12, 0, 0, "12:00:00", "12:00:00 P.M."};
  const auto frame = frames::cidfrm(ctx, body);
  if (!frame) {
    return make_error("SPICE(CANTFINDFRAME)", "The body-fixed frame associated with body " + std::to_string(body) +
                                                  " could not be determined.  This information needs to be "
                                                  "\"loaded\" via a frames definition kernel.  See frames.req for "
                                                  "more details. ");
  }
  SC_TRY_ASSIGN(auto&& sun, geometry::spkez(ctx, 10, et, frame->name, "LT+S", body));
  const double slong = math::reclat(math::Vec3{sun.state[0], sun.state[1], sun.state[2]}).lon;
  double angle = mylong - slong;
  angle = time::detail::rmaind(angle, math::twopi()).remainder;
  if (angle > math::pi()) angle -= math::twopi();
  // The rotation sense from BODY<id>_PM's rate.
  const std::string bpmkwd = "BODY" + std::to_string(body) + "_PM";
  SC_TRY_ASSIGN(auto&& pm, pool::gdpool(ctx.pool(), bpmkwd, 0, 1000));
  if (!pm || pm->size() < 2) {
    return make_error("SPICE(CANTGETROTATIONTYPE)",
                      "The rotation type for the body " + std::to_string(body) + " could not be determined because the " +
                          bpmkwd +
                          " keyword was either not found in the POOL or or it was not of the expected type and/or "
                          "dimension. This keyword is usually provided via a planetary constants kernel. See pck.req "
                          "for more details. ");
  }
  if ((*pm)[1] < 0.0) angle = -angle;
  double secnds = angle * 86400.0 / math::twopi();
  secnds = std::clamp(secnds, -43200.0, 43200.0);
  const auto h = time::detail::rmaind(secnds, 3600.0);
  const auto m = time::detail::rmaind(h.remainder, 60.0);
  LocalSolarTime out;
  out.hr = static_cast<int>(h.quotient) + 12;
  out.mn = static_cast<int>(m.quotient);
  out.sc = static_cast<int>(m.remainder);
  int hrampm = 0;
  std::string amorpm;
  if (out.hr == 24) {
    out.hr = 0;
    hrampm = 12;
    amorpm = "A.M.";
  } else if (out.hr > 12) {
    hrampm = out.hr - 12;
    amorpm = "P.M.";
  } else if (out.hr == 12) {
    hrampm = 12;
    amorpm = "P.M.";
  } else if (out.hr == 0) {
    hrampm = 12;
    amorpm = "A.M.";
  } else {
    hrampm = out.hr;
    amorpm = "A.M.";
  }
  out.time = two_digits(out.hr) + ":" + two_digits(out.mn) + ":" + two_digits(out.sc);
  out.ampm = two_digits(hrampm) + ":" + two_digits(out.mn) + ":" + two_digits(out.sc) + " " + amorpm;
  return out;
}

}  // namespace sc::surface
