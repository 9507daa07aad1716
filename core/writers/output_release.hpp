// Giving back a closed virtual output's memory (issue 16): releaseVirtualOutput. Outputs are not
// kernels, so kclear leaves them alone; this is the one call that frees them before dispose.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::writers {

// Forgets the bytes of the closed virtual output `name` (readVirtualOutput then fails with
// SPICE(OUTPUTRELEASED)) and what spkcls staged for a later furnsh of it, unless a kernel of that
// name is loaded: the loaded kernel shares the bytes and frees them when it is unloaded.
// SPICE(OUTPUTSTILLOPEN) while a writer for the name is open; SPICE(NOSUCHFILE) for a name no
// writer of this context produced. Releasing twice is allowed.
Status release_virtual_output(Context& ctx, std::string_view name);

}  // namespace sc::writers
