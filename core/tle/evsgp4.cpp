// EVSGP4 and propagate() (see tle_api.hpp).
#include "time/time_vector.hpp"
#include "tle/sgp4_model.hpp"
#include "tle/tle_api.hpp"

namespace sc::tle {
namespace {

// SGP4's epoch: days past 1949 DEC 31 00:00 UTC (Julian date 2433281.5), from the elements' TDB
// epoch through TTRANS("TDB", "JDUTC"), as XXSGP4I computes it.
Result<double> days_past_1950(const time::TimeKernel& kernel, double et_epoch) {
  time::TimeVector tvec{et_epoch, 0, 0, 0, 0, 0, 0, 0};
  SC_TRY(time::transform_time_vector(kernel, time::TimeVectorKind::Tdb, time::TimeVectorKind::JdUtc, tvec));
  return tvec[0] - 2433281.5;
}

}  // namespace

Result<math::State> propagate(const time::TimeKernel& kernel, std::span<const double> geophs,
                              std::span<const double> elems, double et) {
  const Elements e = elements(elems);
  SC_TRY_ASSIGN(const double epoch, days_past_1950(kernel, e.epoch));
  SC_TRY_ASSIGN(const Sgp4Model model, sgp4_init(geophysical_constants(geophs), e, epoch, Sgp4Mode::afspc));
  return sgp4_state(model, (et - e.epoch) / 60.0);
}

Result<math::State> evsgp4(const pool::Pool& pool, double et, std::span<const double> geophs,
                           std::span<const double> elems) {
  return propagate(*time::time_kernel(pool), geophs, elems, et);
}

}  // namespace sc::tle
