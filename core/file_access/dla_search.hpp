// DLA segment lists walked by handle (dla.req: DLABFS, DLAFNS, DLABBS, DLAFPS) on a DAS file opened
// with dasopr, or a loaded DSK. Integer address 2 holds the first descriptor's address and 3 the
// last's (-1: none); each descriptor's backward and forward pointers lead on.
#pragma once

#include <optional>

#include "file_access/open_files.hpp"
#include "das/dla_segments.hpp"
#include "errors/result.hpp"

namespace sc::file_access {

// The first (dlabfs) or last (dlabbs) descriptor, std::nullopt for a file without segments.
Result<std::optional<das::DlaDescriptor>> dlabfs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
Result<std::optional<das::DlaDescriptor>> dlabbs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle);
// The descriptor after (dlafns) or before (dlafps) `current`, std::nullopt at the end of the list.
Result<std::optional<das::DlaDescriptor>> dlafns(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, const das::DlaDescriptor& current);
Result<std::optional<das::DlaDescriptor>> dlafps(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, const das::DlaDescriptor& current);

}  // namespace sc::file_access
