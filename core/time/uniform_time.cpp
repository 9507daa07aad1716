#include "time/uniform_time.hpp"

#include <string>

#include "math/trig.hpp"
#include "time/text_util.hpp"
#include "time/time_constants.hpp"

namespace sc::time {
namespace {

constexpr double kGpsMinusTai = -19.0;  // GPS = TAI - 19 s

bool is_tdt_based(UniformScale s) {
  return s == UniformScale::Tai || s == UniformScale::Gps || s == UniformScale::Tt || s == UniformScale::Tdt ||
         s == UniformScale::Jdtdt;
}

// The argument of the periodic term, M0 + M1 t + EB sin(M0 + M1 t), written as CSPICE evaluates it.
double anomaly_term(const UniformConstants& c, double t) { return c.m0 + c.m1 * t + c.eb * math::sin(c.m0 + c.m1 * t); }

// Input epoch to its base scale (TDT or TDB seconds past J2000).
double to_base(const UniformConstants& c, double epoch, UniformScale from) {
  switch (from) {
    case UniformScale::Tai: return epoch + c.delta_t_a;
    case UniformScale::Gps: return epoch + (c.delta_t_a - kGpsMinusTai);
    case UniformScale::Jdtdt:
    case UniformScale::Jed:
    case UniformScale::Jdtdb: return (epoch - kJ2000) * kSecondsPerDay;
    case UniformScale::Tt:
    case UniformScale::Tdt:
    case UniformScale::Tdb:
    case UniformScale::Et: return epoch;
  }
  return epoch;
}

double from_base(const UniformConstants& c, double base, UniformScale to) {
  switch (to) {
    case UniformScale::Tai: return base - c.delta_t_a;
    case UniformScale::Gps: return base - (c.delta_t_a - kGpsMinusTai);
    case UniformScale::Jdtdt:
    case UniformScale::Jed:
    case UniformScale::Jdtdb: return base / kSecondsPerDay + kJ2000;
    case UniformScale::Tt:
    case UniformScale::Tdt:
    case UniformScale::Tdb:
    case UniformScale::Et: return base;
  }
  return base;
}

double tdt_to_tdb(const UniformConstants& c, double tdt) { return tdt + c.k * math::sin(anomaly_term(c, tdt)); }

// Fixed-point inversion of tdt_to_tdb; the map contracts by K*M1*(1+EB) ~ 1e-9 per step, so three
// steps reach double precision (and are exactly CSPICE's three steps).
double tdb_to_tdt(const UniformConstants& c, double tdb) {
  double tdt = tdb;
  for (int i = 0; i < 3; ++i) tdt = tdb - c.k * math::sin(anomaly_term(c, tdt));
  return tdt;
}

}  // namespace

std::optional<UniformScale> uniform_scale(std::string_view name) {
  const std::string n = fortran_word(name, 8);  // UNITIM reads names into CHARACTER*8
  if (n == "TAI") return UniformScale::Tai;
  if (n == "GPS") return UniformScale::Gps;
  if (n == "TT") return UniformScale::Tt;
  if (n == "TDT") return UniformScale::Tdt;
  if (n == "JDTDT") return UniformScale::Jdtdt;
  if (n == "TDB") return UniformScale::Tdb;
  if (n == "ET") return UniformScale::Et;
  if (n == "JED") return UniformScale::Jed;
  if (n == "JDTDB") return UniformScale::Jdtdb;
  return std::nullopt;
}

double convert_uniform(const UniformConstants& c, double epoch, UniformScale from, UniformScale to) {
  if (from == to) return epoch;
  double t = to_base(c, epoch, from);
  const bool in_tdt = is_tdt_based(from);
  const bool out_tdt = is_tdt_based(to);
  if (in_tdt && !out_tdt) t = tdt_to_tdb(c, t);
  if (!in_tdt && out_tdt) t = tdb_to_tdt(c, t);
  return from_base(c, t, to);
}

}  // namespace sc::time
