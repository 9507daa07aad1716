// A DAF whose arrays are segments (SPK, binary PCK, and later CK), opened for reading: in the
// spirit of ANISE's DAF<Summary>, one file type for every kernel type whose summaries share the
// segment conventions, parameterised by the summary layout it must have (ND, NI):
//  - the first two doubles are the segment's coverage [start, end] (TDB seconds, or encoded SCLK
//    for CK), both ends included; a segment whose start exceeds its end covers nothing;
//  - the first integer is the key requests are made by: the SPK target, the PCK frame class ID,
//    the CK instrument;
//  - the last two integers are the segment's first and last DAF address (array_summaries.hpp).
// Per key the segments are kept in search order with CSPICE's precedence (SPKSFS, PCKSFS, CKBSS):
// the last segment in the file first, "newest data is best". Built once at load from the
// summaries only; immutable afterwards and shared by the kernel registry, so concurrent readers
// need no locking.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "daf/array_summaries.hpp"
#include "daf/daf_file.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"

namespace sc::daf {

// The summary layout a kernel type requires, and how messages name the file and its segments
// ("The binary PCK 'x' has summaries of ND = 2, NI = 6; PCK segment descriptors have ...").
struct SummaryFormat {
  int nd = 0;
  int ni = 0;
  std::string_view file_kind;     // "SPK", "binary PCK"
  std::string_view segment_kind;  // "SPK", "PCK"
};

class SegmentFile {
 public:
  // Opens the DAF and indexes its segments. Besides the DAF errors (daf_file.hpp):
  // SPICE(DAFINVALIDPARAMS) when the summaries are not ND = format.nd, NI = format.ni.
  static Result<std::shared_ptr<const SegmentFile>> open(io::Bytes bytes, std::string file_name,
                                                         const SummaryFormat& format);

  const DafFile& daf() const { return daf_; }
  const std::string& file_name() const { return daf_.file_name(); }
  std::span<const ArraySummary> segments() const { return daf_.arrays(); }  // in file order

  // Indices into segments() of the segments for `key`, in search order (the last in the file
  // first). Segments whose start exceeds their end are left out, as the searches ignore them.
  std::span<const std::uint32_t> search_order(int key) const;

  // Whether any segment of the file is for `key`, whatever its coverage.
  bool has_key(int key) const;

  // The distinct keys of the file's segments, in increasing order (the set SPKOBJ and PCKFRM
  // return).
  std::vector<int> keys() const;

  // Public for std::make_shared only; use open().
  explicit SegmentFile(DafFile daf);

 private:
  DafFile daf_;
  std::unordered_map<int, std::vector<std::uint32_t>> by_key_;
};

// A segment's key (its first integer) and coverage test (start <= et <= end, both ends included;
// NaN covers nothing), for the kernel types whose summaries follow the layout above.
inline int segment_key(const ArraySummary& s) { return s.ints[0]; }
inline bool segment_covers(const ArraySummary& s, double et) { return s.doubles[0] <= et && et <= s.doubles[1]; }

}  // namespace sc::daf
