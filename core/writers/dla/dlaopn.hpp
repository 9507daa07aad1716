// DLAOPN (issue 18): a new DAS file of DLA segments of any file type, with no segment yet. It is an
// output like the DSK writers' (a virtual output or a host file) and is closed with dascls/dlacls
// (the TS layer routes a writer's handle to the DAS writers' close, dskcls).
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "kernels/output_registry.hpp"

namespace sc::writers {

// DLAOPN with DASONW's checks, in CSPICE's order: SPICE(BADRECORDCOUNT) for ncomch < 0,
// SPICE(BLANKFILENAME), SPICE(BLANKFILETYPE), SPICE(ILLEGALCHARACTER) for a file type with
// non-printing characters; SPICE(FILEOPENFAIL) when the name is already being written. The ID word
// is "DAS/" and the type's first four characters from its first non-blank one.
Result<int> dlaopn(Context& ctx, std::string_view name, std::string_view ftype, std::string_view ifname, int ncomch,
                   kernels::OutputKind kind);

}  // namespace sc::writers
