// Where each body's (frame class's, instrument's) segments are among the loaded files, so a search
// costs the same whether 2 or 4,000 files are loaded (CSPICE's SPKSFS keeps a per-body segment list
// for the same reason). For each segment kind and key: (file, segment) pairs in reverse search
// order, oldest file first; a search walks the list from the back, which is CSPICE's precedence:
// the last loaded file first, and within a file the last segment first.
//
// The registry appends a file's pairs when it loads it and rebuilds the index when files go away
// (unload, kclear, a failed load): unloading is rare, searches are not.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kernels/segment_kinds.hpp"

namespace sc::kernels {

struct LoadedKernel;

class SegmentIndex {
 public:
  struct Entry {
    std::uint32_t file;     // position in the registry's load order
    std::uint32_t segment;  // index into the file's segments()
  };

  void clear();
  // Indexes the file at load position `position` (it must be the newest indexed so far).
  void add(std::uint32_t position, const LoadedKernel& kernel);

  // The pairs for `key` in reverse search order (walk them from the back).
  std::span<const Entry> entries(const SegmentKind& kind, int key) const;
  // How many loaded files are of the kind.
  int files(const SegmentKind& kind) const;
  // Whether any loaded file of the kind has a segment for `key`, whatever its coverage (even one
  // whose start exceeds its end, which searches skip).
  bool has_key(const SegmentKind& kind, int key) const;

 private:
  static int kind_slot(std::string_view type);  // 0 SPK, 1 PCK, 2 CK, -1 other
  static std::uint64_t slot_key(int slot, int key);

  std::unordered_map<std::uint64_t, std::vector<Entry>> by_key_;
  std::unordered_set<std::uint64_t> present_;  // every (kind, key) of a loaded segment
  int files_[3] = {0, 0, 0};
};

}  // namespace sc::kernels
