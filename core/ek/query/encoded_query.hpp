// The bookkeeping of CSPICE's encoded query (EQRYI, EQRYC, EQRYD), kept only as far as it shows:
// its three buffers are bounded, and running out of room in one is a signalled error whose
// message names what did not fit. spicecraft builds its own structures, so this class only counts,
// in CSPICE's order, what CSPICE would have stored, and hands out the positions its descriptors
// would have held (those appear in messages too).
#pragma once

#include <array>

#include "ek/query/query_limits.hpp"
#include "errors/result.hpp"

namespace sc::ek::query {

// A lexeme: 1-based, inclusive character positions in the query (LXBEGS/LXENDS).
struct Lexeme {
  int begin = 0;
  int end = 0;
};

// CSPICE's value descriptor (EQVDSZ integers): data type, lexeme begin and end, then the string's
// begin and end in EQRYC (names and strings) or the number's index in EQRYD, and a last slot that
// name resolution fills in.
using Descriptor = std::array<int, kDescriptorSize>;

// The descriptor CSPICE stores for an absent table qualifier or alias: type CHARACTER, all else 0.
inline constexpr Descriptor kBlankDescriptor{1, 0, 0, 0, 0, 0};

class EncodedQueryBudget {
 public:
  // APPNDI on EQRYI: SPICE(CELLTOOSMALL) when the cell is full.
  Status append(int item);
  Status append(const Descriptor& d);

  // ZZEKINQC: a name or string of `length` characters stored in EQRYC; its descriptor.
  // SPICE(BUFFERTOOSMALL) when EQRYC is full.
  Result<Descriptor> insert_text(int length, Lexeme lexeme);

  // ZZEKINQN: a number stored in EQRYD with data type code `type`; its descriptor.
  // SPICE(BUFFERTOOSMALL) when EQRYD is full.
  Result<Descriptor> insert_number(int type, Lexeme lexeme);

 private:
  int integers_ = kHeaderSize;  // EQRYI's cardinality: ZZEKQINI appends the header
  int next_char_ = 1;           // FREE_CHR
  int next_number_ = 1;         // FREE_NUM
};

}  // namespace sc::ek::query
