#include "kernels/dsk_tolerances.hpp"

#include <string>

namespace sc::kernels {
namespace {

Status check_keyword(int keywrd) {
  if (keywrd < 1 || keywrd > 6) {
    return make_error("SPICE(INDEXOUTOFRANGE)",
                      "Valid keyword range is 1:6; keyword was " + std::to_string(keywrd) + ".");
  }
  return {};
}

}  // namespace

Result<double> DskTolerances::get(int keywrd) const {
  SC_TRY(check_keyword(keywrd));
  return values_[static_cast<std::size_t>(keywrd - 1)];
}

Status DskTolerances::set(int keywrd, double dpval) {
  SC_TRY(check_keyword(keywrd));
  if (keywrd >= 5) {
    return make_error("SPICE(IMMUTABLEVALUE)",
                      std::string("The parameter ") + (keywrd == 5 ? "ANGMRG" : "LONALI") + " cannot be modified.");
  }
  values_[static_cast<std::size_t>(keywrd - 1)] = dpval;
  return {};
}

}  // namespace sc::kernels
