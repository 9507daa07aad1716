// Opening a kernel file for an inventory query (spkcov, spkobj, pckcov, pckfrm, dafec). CSPICE's
// routines open the file by name whether or not it is loaded; here the name is the one the caller
// loads kernels by (a virtual id or a host path). A loaded kernel's parsed summaries are reused;
// otherwise the registry reads the staged bytes or the host file, and they are parsed afresh.
#pragma once

#include <memory>
#include <string_view>

#include "daf/daf_file.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/segment_kinds.hpp"

namespace sc::inventory {

// The SPK (kind kSpk) or binary PCK (kPck) named `name`. SPICE(INVALIDARCHTYPE) when it is not a
// DAF, SPICE(INVALIDFILETYPE) when it is a DAF of another type (both as CSPICE's SPKCOV and PCKCOV
// report them), else the reader's errors.
Result<std::shared_ptr<const daf::SegmentFile>> open_segment_file(const kernels::KernelRegistry& kernels,
                                                                  std::string_view name,
                                                                  const kernels::SegmentKind& kind);

// Any DAF named `name` (for its comment area). SPICE(INVALIDARCHTYPE) when it is not a DAF.
Result<daf::DafFile> open_daf(const kernels::KernelRegistry& kernels, std::string_view name);

}  // namespace sc::inventory
