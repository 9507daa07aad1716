// Finding the segment that serves a request, with CSPICE's precedence (SPKSFS, PCKSFS): loaded
// files of the kind from the last loaded to the first, and within a file its segments from the
// last to the first (daf::SegmentFile::search_order); the first segment whose coverage holds the
// epoch wins. One search for every segment kind: the SPK target, the PCK class ID (and later the
// CK instrument) are all the summary's first integer.
#pragma once

#include <optional>
#include <vector>

#include "daf/segment_file.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/segment_kinds.hpp"

namespace sc::kernels {

struct FoundSegment {
  const LoadedKernel* kernel;        // the loaded file (name, handle), kept by the registry
  const daf::SegmentFile* file;      // kernel->segments
  const daf::ArraySummary* summary;  // the segment's descriptor in `file`
};

std::optional<FoundSegment> find_segment(const KernelRegistry& kernels, const SegmentKind& kind, int key, double et);
// The same over a key's entries already looked up (SegmentIndex::entries), for a reader that
// searches one key at many epochs.
std::optional<FoundSegment> find_segment(const KernelRegistry& kernels, std::span<const SegmentIndex::Entry> entries,
                                         double et);

// Every segment for `key` in the loaded files of the kind, in search order (last loaded file first,
// last segment of a file first), whatever its coverage: the candidates CKBSS/CKSNS hand to CKPFS,
// which decides by tolerance and angular-velocity need which of them serves a request.
std::vector<FoundSegment> segments_in_search_order(const KernelRegistry& kernels, const SegmentKind& kind, int key);

// True if any loaded file of the kind has a segment for `key`, whatever its coverage.
bool has_segments(const KernelRegistry& kernels, const SegmentKind& kind, int key);

// True if any file of the kind is loaded (SPKSFS and PCKSFS signal SPICE(NOLOADEDFILES) when none
// is, before they search).
bool any_loaded(const KernelRegistry& kernels, const SegmentKind& kind);

}  // namespace sc::kernels
