// What an SPK file holds and which loaded segment serves a request: CSPICE's SPKCOV, SPKOBJ and
// SPKSFS. Files are named as the caller loads kernels (virtual id or host path); they need not be
// loaded (see kernel_files.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "inventory/window.hpp"
#include "kernels/kernel_registry.hpp"
#include "spk/segment.hpp"

namespace sc::inventory {

// SPKCOV: `cover` united with the coverage of every segment for `idcode` in the file, merged as
// WNINSD merges (abutting segments give one interval). An id the file lacks leaves `cover` as it is.
Result<Window> spkcov(const kernels::KernelRegistry& kernels, std::string_view file, int idcode, Window cover);

// SPKOBJ: `ids` united with the targets of the file's segments, sorted, without duplicates.
Result<std::vector<int>> spkobj(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids);

struct SegmentLookup {
  std::string file;  // the loaded kernel's name
  int handle = 0;    // its DAF handle (as kdata reports it)
  spk::Segment segment;
};

// SPKSFS: the segment the state of `body` at `et` comes from (last loaded file first, last segment
// in a file first), nullopt when none covers `et`. SPICE(NOLOADEDFILES) when no SPK is loaded.
Result<std::optional<SegmentLookup>> spksfs(const kernels::KernelRegistry& kernels, int body, double et);

}  // namespace sc::inventory
