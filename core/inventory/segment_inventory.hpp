// What a segment file holds, for any segment kind (segment_kinds.hpp): the coverage of one key and
// the set of keys. SPKCOV and PCKCOV are the first for an SPK and a binary PCK, SPKOBJ and PCKFRM
// the second; CKCOV and CKOBJ will be too.
#pragma once

#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "inventory/window.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/segment_kinds.hpp"

namespace sc::inventory {

// `cover` united with the coverage of every segment for `key` in the file, in file order (as
// SPKCOV reads the summaries), merged as WNINSD merges (abutting segments give one interval). A key
// the file lacks leaves `cover` as it is.
Result<Window> segment_coverage(const kernels::KernelRegistry& kernels, std::string_view file,
                                const kernels::SegmentKind& kind, int key, Window cover);

// `ids` united with the keys of the file's segments, sorted, without duplicates.
Result<std::vector<int>> segment_keys(const kernels::KernelRegistry& kernels, std::string_view file,
                                      const kernels::SegmentKind& kind, std::vector<int> ids);

}  // namespace sc::inventory
