// The checks CSPICE's entry writers (ZZEKAD01-06) make before writing an entry, shared by EKACEx
// (entry_writers.cpp) and EKUCEx (entry_updates.cpp), which make them after deleting the old entry.
#pragma once

#include <span>

#include "errors/result.hpp"

namespace sc::ek::writing {

// `column`: the column descriptor's words, 1-based. SPICE(BADATTRIBUTE) for a null where nulls are
// not allowed; for arrays SPICE(INVALIDCOUNT) for no values or a count other than a fixed size.
Status entry_checks(std::span<const int> column, int segno, int recno, bool isnull, bool array, int nvals);

}  // namespace sc::ek::writing
