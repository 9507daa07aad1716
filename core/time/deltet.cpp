// deltet: ET - UTC at an ET or UTC epoch (DELTET). The leap-second count for an ET epoch is found
// by comparing with the ET of every leap epoch, each computed at the nearest whole second (as
// CSPICE does, so the result is reversible); the loops run over the table, never over the epoch.
#include <string>

#include "math/trig.hpp"
#include "time/fortran_numeric.hpp"
#include "time/leapseconds.hpp"
#include "time/text_util.hpp"
#include "time/time_api.hpp"
#include "time/wrapper_checks.hpp"

namespace sc::time {
namespace {

// ET - TAI (the periodic term) at an approximate ET, exactly as DELTET writes it.
double et_minus_tai(const UniformConstants& c, double aet) {
  const double ma = c.m0 + c.m1 * aet;
  const double ea = ma + c.eb * math::sin(ma);
  return c.k * math::sin(ea);
}

double leaps_at_utc(const DeltetModel& model, double utc) {
  double leaps = model.leaps_before_first;
  for (const LeapEntry& e : model.leaps) {
    if (utc >= e.utc_epoch) leaps = e.delta_at;
  }
  return leaps;
}

double leaps_at_et(const DeltetModel& model, double et) {
  const UniformConstants& c = model.constants;
  double leaps = model.leaps_before_first;
  for (const LeapEntry& e : model.leaps) {
    if (et > e.utc_epoch) {
      const double aet = detail::anint(e.utc_epoch + c.delta_t_a + e.delta_at);
      const double leap_et = e.utc_epoch + c.delta_t_a + e.delta_at + et_minus_tai(c, aet);
      if (et >= leap_et) leaps = e.delta_at;
    }
  }
  return leaps;
}

}  // namespace

Result<double> deltet(const pool::Pool& pool, double epoch, std::string_view epoch_type) {
  SC_TRY(require_text(epoch_type, "eptype"));
  SC_TRY_ASSIGN(auto&& model, read_deltet_model(pool));
  const UniformConstants& c = model.constants;
  const std::string type = fortran_word(epoch_type, 4);  // DELTET reads the type into CHARACTER*4
  double leaps = 0.0;
  double aet = 0.0;
  if (type == "UTC") {
    leaps = leaps_at_utc(model, epoch);
    aet = detail::anint(epoch + c.delta_t_a + leaps);
  } else if (type == "ET") {
    leaps = leaps_at_et(model, epoch);
    aet = detail::anint(epoch);
  } else {
    return make_error("SPICE(INVALIDEPOCH)",
                      "Epoch type was '" + std::string(epoch_type) + "'; it must be 'ET' or 'UTC'.");
  }
  return c.delta_t_a + leaps + et_minus_tai(c, aet);
}

}  // namespace sc::time
