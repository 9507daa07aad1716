#include "spk/types/type20_chebyshev_velocity.hpp"

#include <string>

#include "daf/integrated_chebyshev.hpp"

namespace sc::spk {

Result<State> evaluate_type20(const daf::SegmentFile& file, const Segment& segment, double et) {
  const auto description = [&] { return describe(segment, file.file_name()); };
  SC_TRY_ASSIGN(auto&& got, daf::evaluate_integrated_chebyshev(file.daf(),
                                                {segment.begin, segment.end, description, "a position component"}, et));
  return State{got.values[0], got.values[1], got.values[2], got.rates[0], got.rates[1], got.rates[2]};
}

}  // namespace sc::spk
