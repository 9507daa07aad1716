#include "geometry/finite_result.hpp"

#include <string>

#include "errors/number_text.hpp"
#include "math/finite.hpp"

namespace sc::geometry {

Status require_finite(std::span<const double> values, std::string_view what, double et) {
  if (math::all_finite(values)) return {};
  return make_error("SPICE(INVALIDVALUE)", "Computing " + std::string(what) + " at " + epoch_text(et) +
                                               " gave a value that is not finite: the loaded kernels' data are "
                                               "corrupt or out of any physical range.");
}

Status require_finite(std::initializer_list<double> values, std::string_view what, double et) {
  return require_finite(std::span<const double>(values.begin(), values.size()), what, et);
}

}  // namespace sc::geometry
