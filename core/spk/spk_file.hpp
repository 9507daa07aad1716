// An SPK file opened for reading: its DAF, its segment descriptors and, per target body, the
// segments in search order (CSPICE searches a file's segments last to first, "newest data is
// best"). Built once at load from the summaries only; immutable afterwards and shared by the
// kernel registry, so concurrent readers need no locking.
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
#include "spk/segment.hpp"

namespace sc::spk {

class SpkFile {
 public:
  // Opens the DAF and reads the segment descriptors. Besides the DAF errors (daf_file.hpp):
  // SPICE(DAFINVALIDPARAMS) when the summary format is not ND = 2, NI = 6.
  static Result<std::shared_ptr<const SpkFile>> open(io::Bytes bytes, std::string file_name);

  const daf::DafFile& daf() const { return daf_; }
  const std::string& file_name() const { return daf_.file_name(); }
  std::span<const Segment> segments() const { return segments_; }  // in file order

  // Indices into segments() of the segments for `target`, in search order (the last in the file
  // first). Segments whose start exceeds their end are left out, as SPKSFS ignores them.
  std::span<const std::uint32_t> search_order(int target) const;

  // Public for std::make_shared only; use open().
  explicit SpkFile(daf::DafFile daf, std::vector<Segment> segments);

 private:
  daf::DafFile daf_;
  std::vector<Segment> segments_;
  std::unordered_map<int, std::vector<std::uint32_t>> by_target_;
};

}  // namespace sc::spk
