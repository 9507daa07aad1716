// Virtual ids: the names of kernels given as bytes, `/kernels/<relative path>`, the same on every
// backend. The TypeScript staging layer normalises what callers pass to furnsh; this is the same
// rule for names the core meets itself: the files a byte-backed meta-kernel lists. A name that could
// escape the namespace or be mistaken for a host file is refused, so a kernel given as bytes can only
// reach other kernels given as bytes (README "Security and robustness").
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"

namespace sc::kernels {

// The namespace every virtual id lives in.
inline constexpr std::string_view kVirtualRoot = "/kernels/";

// `lsk/naif0012.tls`, `/kernels/lsk/./naif0012.tls` and `lsk//naif0012.tls` all become
// `/kernels/lsk/naif0012.tls`. SPICE(BADVIRTUALID) for `..` segments, absolute paths outside
// /kernels/, URL schemes and drive letters, backslashes, control characters, blank names and
// names of folders. Mirrors staging/src/virtual-id.ts (tests/staging/virtual-id.test.mjs checks both).
Result<std::string> normalize_virtual_id(std::string_view id);

}  // namespace sc::kernels
