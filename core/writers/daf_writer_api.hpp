// The DAF writer calls not tied to a file type (issue 18): DAFOPW opens any existing DAF for
// writing as an output like SPKOPA's (a virtual output or a host file whose bytes go back to the
// host at close), DAFDC deletes a writer's comment area, and DAFCLS of a writer's handle closes it
// without SPKCLS's and CKCLS's demand for a segment (the TS layer routes dafcls here). DAFAC, which
// adds comments, lives with the SPK writers (writers/spk/spk_writer_api.hpp).
#pragma once

#include <optional>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"
#include "kernels/output_registry.hpp"

namespace sc::writers {

// DAFOPW: SPICE(EMPTYSTRING), SPICE(BLANKFILENAME), SPICE(FILEOPENFAIL) when the name is being
// written already, SPICE(FILENOTFOUND), SPICE(FILARCHMISMATCH) for a DAS file, SPICE(UNKNOWNFILARC)
// for a file that is neither, then the DAF writer's own checks (SPICE(UNSUPPORTEDBFF), ...).
Result<int> dafopw(Context& ctx, std::string_view name, kernels::OutputKind kind);

// DAFDC: SPICE(DAFNOSUCHHANDLE) for a handle not open for writing.
Status dafdc(Context& ctx, int handle);

// DAFCLS of a writer's handle: the file's bytes for a host output; nullopt for a virtual output,
// which is staged so furnsh can load it by its id.
Result<std::optional<io::Bytes>> daf_close_output(Context& ctx, int handle);

}  // namespace sc::writers
