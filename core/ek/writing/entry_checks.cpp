#include "ek/writing/entry_checks.hpp"

#include <string>

#include "ek/ek_layout.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;

Status entry_checks(std::span<const int> column, int segno, int recno, bool isnull, bool array, int nvals) {
  const int colidx = column[L::kColOrdinal];
  if (isnull && column[L::kColNullsOk] != L::kTrue) {
    return make_error("SPICE(BADATTRIBUTE)", "Column having index " + std::to_string(colidx) + " in segment " +
                                                 std::to_string(segno) +
                                                 " does not allow nulls, but a null value was supplied for the "
                                                 "element in record " +
                                                 std::to_string(recno) + ".");
  }
  if (!array) return {};
  if (nvals < 1) {
    return make_error("SPICE(INVALIDCOUNT)", "COLIDX = " + std::to_string(colidx) + ";  segment = " +
                                                 std::to_string(segno) + "; NVALS = " + std::to_string(nvals) +
                                                 ";  NVALS must be positive ");
  }
  const int size = column[L::kColSize];
  if (size != L::kFalse && nvals != size) {
    return make_error("SPICE(INVALIDCOUNT)", "COLIDX = " + std::to_string(colidx) + ";  segment = " +
                                                 std::to_string(segno) + "; NVALS = " + std::to_string(nvals) +
                                                 "; declared entry size = " + std::to_string(size) +
                                                 ".  Sizes must match.");
  }
  return {};
}


}  // namespace sc::ek::writing
