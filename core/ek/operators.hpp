// The relational operators of the EK query language, numbered as CSPICE's ekopcd.inc numbers them
// (EQ = 1 ... NOTNUL = 10): constraints, index searches and the sort all use them.
#pragma once

namespace sc::ek {

enum class Op { eq = 1, ge = 2, gt = 3, le = 4, lt = 5, ne = 6, like = 7, unlike = 8, isnull = 9, notnull = 10 };

}  // namespace sc::ek
