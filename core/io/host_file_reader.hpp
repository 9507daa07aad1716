// The native host's file reader: memory-maps a file read-only so that loading a multi-gigabyte SPK
// touches only the pages its summaries and evaluated records live on. Not built for WASM.
#pragma once

#include "io/bytes.hpp"

namespace sc::io {

Result<Bytes> map_host_file(std::string_view path);

}  // namespace sc::io
