// The kernel pool's name hash, equivalent to SPICELIB's ZZHASH / ZZHASH2 (umbrella ZZPHSH).
//
// Why we need it: CSPICE keeps pool names in a chained hash table of MAXVAR buckets and gnpool
// lists matches by walking that table (bucket 1..MAXVAR, then each bucket's collision chain).
// Reproducing gnpool's order, and therefore which names a `room`-limited call returns, requires
// the same bucket for every name. The function is pure and uses only fixed-width arithmetic, so
// native (libstdc++) and WASM (libc++) builds agree bit for bit.
#pragma once

#include <string_view>

namespace sc::pool {

// CSPICE N0067 POOL's MAXVAR (the SZPOOL value and the divisor ZZPINI hands to ZZSHSH): the number
// of hash buckets, a prime.
inline constexpr int kPoolHashBuckets = 26003;

// Bucket of `word` in a table of `divisor` buckets, in 1..divisor (CSPICE's 1-based index).
//
// Algorithm (ZZHASH2): each character c maps through a fixed table VAL (digits '0'..'9' -> 1..10,
// letters -> 11..36 case-insensitively, then the punctuation - _ . / ! @ # $ % ^ & * ( ) + = [ { ] }
// | \ : ; < , > ? ' " ` ~ -> 37..68, everything else including bytes >= 128 -> 0). Reading stops at
// the first blank. With BASE = 68:
//     f = 0;  for each c: f = (VAL[c] + f * BASE) mod divisor;   result = (f * BASE) mod divisor + 1
// Returns 0 when divisor is outside CSPICE's allowed range 1..INT32_MAX/68 - 1 (where ZZHASH2
// signals SPICE(INVALIDDIVISOR) and also returns 0).
int cspice_hash(std::string_view word, int divisor = kPoolHashBuckets);

}  // namespace sc::pool
