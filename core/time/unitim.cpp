// unitim: one uniform time scale to another (UNITIM), reading the LSK constants from the pool.
#include <string>

#include "time/leapseconds.hpp"
#include "time/time_api.hpp"
#include "time/uniform_time.hpp"
#include "time/wrapper_checks.hpp"

namespace sc::time {

Result<double> unitim(const pool::Pool& pool, double epoch, std::string_view from, std::string_view to) {
  SC_TRY(require_text(from, "insys"));
  SC_TRY(require_text(to, "outsys"));
  // UNITIM reads the kernel before it looks at the names, so a missing LSK wins over a bad name.
  SC_TRY_ASSIGN(auto&& constants, read_uniform_constants(pool));
  const auto in = uniform_scale(from);
  const auto out = uniform_scale(to);
  if (!in || !out) {
    return make_error("SPICE(BADTIMETYPE)",
                      "The time types recognized by UNITIM are: TAI, GPS, TT, TDT, JDTDT, TDB, ET, JED, JDTDB. At "
                      "least one of the inputs ('" +
                          std::string(from) + "', '" + std::string(to) + "') was not in the list of recognized types.");
  }
  return convert_uniform(constants, epoch, *in, *out);
}

}  // namespace sc::time
