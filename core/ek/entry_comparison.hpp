// How the EK query language compares: an entry with a literal (ZZEKSCMP) and two entries
// (ZZEKECMP), with CSPICE's rules: a null entry is less than every value and equal to another
// null; integers compare with doubles as doubles; strings compare as Fortran compares them (the
// shorter padded with blanks, byte by byte, at most 1024 characters); LIKE is like_match.
#pragma once

#include <string>
#include <string_view>

#include "ek/ek_file.hpp"
#include "ek/entry_values.hpp"
#include "ek/operators.hpp"
#include "errors/result.hpp"

namespace sc::ek {

// A constraint's value: its type is what the query's token was (an integer, a double, a string, or
// a time already converted to TDB seconds past J2000), as CSPICE records it.
struct Literal {
  DataType type = DataType::integer;
  int i = 0;
  double d = 0;
  std::string c;
};

// Whether a comparison's outcome `rel` (-1, 0, 1) satisfies `op` (EQ ... NE; false for the others).
bool satisfies(Op op, int rel);

// -1, 0 or 1 as `a` sorts before, with or after `b` under Fortran's string comparison.
int fortran_compare(std::string_view a, std::string_view b);

// ZZEKSCMP: whether element `index` (1-based) of `entry` stands in relation `op` to `value`. False
// for a type the column cannot be compared with. SPICE(BUG) when the element does not exist.
Result<bool> compare_with_literal(Op op, const Entry& entry, const ColumnDescriptor& column, int index,
                                  const Literal& value);

// ZZEKECMP: how element `li` of `left` compares with element `ri` of `right`: -1, 0 or 1 (0 also
// for types CSPICE does not compare, as CSPICE answers EQ for them).
Result<int> compare_entries(const Entry& left, const ColumnDescriptor& lcol, int li, const Entry& right,
                            const ColumnDescriptor& rcol, int ri);

// ZZEKVMCH's verdict for one column-to-column constraint.
Result<bool> entries_match(Op op, const Entry& left, const ColumnDescriptor& lcol, int li, const Entry& right,
                           const ColumnDescriptor& rcol, int ri);

}  // namespace sc::ek
