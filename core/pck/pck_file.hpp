// A binary PCK opened for reading: its DAF, its segment descriptors and, per class ID, the segments
// in search order (CSPICE searches a file's segments last to first). Built once at load from the
// summaries only; immutable afterwards and shared by the kernel registry, so concurrent readers
// need no locking.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "daf/daf_file.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

class PckFile {
 public:
  // Opens the DAF and reads the segment descriptors. Besides the DAF errors (daf_file.hpp):
  // SPICE(DAFINVALIDPARAMS) when the summary format is not ND = 2, NI = 5.
  static Result<std::shared_ptr<const PckFile>> open(io::Bytes bytes, std::string file_name);

  const daf::DafFile& daf() const { return daf_; }
  const std::string& file_name() const { return daf_.file_name(); }

  // Every segment in file order, with its class ID, base frame, type and coverage interval
  // [start_et, end_et]: what coverage queries (PCKFRM, PCKCOV) are built from.
  std::span<const Segment> segments() const { return segments_; }

  // The distinct class IDs of the file's segments, in increasing order (the set PCKFRM returns).
  std::vector<int> class_ids() const;

  // Indices into segments() of the segments for `class_id`, in search order (the last in the file
  // first). Segments whose start exceeds their end are left out, as PCKSFS ignores them.
  std::span<const std::uint32_t> search_order(int class_id) const;

  // Whether any segment of the file is for `class_id`, whatever its coverage.
  bool has_class(int class_id) const;

  // Public for std::make_shared only; use open().
  explicit PckFile(daf::DafFile daf, std::vector<Segment> segments);

 private:
  daf::DafFile daf_;
  std::vector<Segment> segments_;
  std::unordered_map<int, std::vector<std::uint32_t>> by_class_;
};

}  // namespace sc::pck
