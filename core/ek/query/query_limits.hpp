// CSPICE N0067's limits on EK queries (ekqlimit.inc and the routines' own parameters). They are
// part of the behaviour: exceeding one gives CSPICE's message, so they are kept exactly.
#pragma once

#include <cstddef>

namespace sc::ek::query {

inline constexpr std::size_t kMaxQueryLength = 2000;  // MAXQRY: characters ZZEKSCAN looks at
inline constexpr int kMaxTokens = 500;                // MAXTOK
inline constexpr int kMaxNumbers = 100;               // MAXQNM: numeric tokens, and numbers held by the encoded query
inline constexpr int kMaxTables = 10;                 // MAXTAB: tables in the FROM clause
inline constexpr int kMaxSelect = 50;                 // MAXSEL: SELECT columns
inline constexpr int kMaxOrderBy = 10;                // MAXORD: ORDER BY columns
inline constexpr int kMaxCharacters = 2000;           // MAXCLN: characters of names and strings in the encoded query
inline constexpr std::size_t kTableNameLength = 64;   // TNAMSZ: table names and aliases are kept in this many characters
inline constexpr int kTimeStringLength = 32;          // ZZEKTRES keeps a time string in CHARACTER*(32)
inline constexpr int kPoolSize = 5000;                // ZZEKNRML's relation, conjunction and disjunction tables (10*MAXTOK)
inline constexpr int kMaxStack = 500;                 // ZZEKNRML's parse stack

// The integer part of CSPICE's encoded query (ekquery.inc): a cell of EQIMIN integers whose first
// EQVBAS hold counts and flags; FROM tables, constraints, conjunction sizes, ORDER BY and SELECT
// columns are appended after them, in that order.
inline constexpr int kDescriptorSize = 6;                                 // EQVDSZ
inline constexpr int kHeaderSize = 19;                                    // EQVBAS
inline constexpr int kConstraintSize = 2 + 4 * kDescriptorSize;           // EQCDSZ
inline constexpr int kOrderSize = 1 + 2 * kDescriptorSize;                // EQODSZ
inline constexpr int kSelectSize = 2 * kDescriptorSize;                   // EQSDSZ
inline constexpr int kEncodedSize = kHeaderSize + 10 * kDescriptorSize * 2 + 1000 * kConstraintSize + 1000 +
                                    10 * kOrderSize + 50 * kSelectSize;  // EQIMIN

}  // namespace sc::ek::query
