// What SPKOPN/CKOPN and SPKCLS/CKCLS share (internal to writers/): a new DAF output with the
// segment files' ND = 2, NI = 6 summaries and reserved comment records, registered with the
// context's outputs; and closing it, which needs at least one segment and makes a virtual output
// loadable under its id. The wrappers' empty-string check (CHKFSTR) and the call name put on an
// error's trace live here too.
#pragma once

#include <optional>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "kernels/output_registry.hpp"

namespace sc::writers {

// The C wrappers refuse empty strings before anything else: SPICE(EMPTYSTRING).
Status nonempty(std::string_view value, std::string_view what);

template <class T>
Result<T> traced(Result<T> result, const char* operation) {
  if (!result) return std::move(result).error().within(operation);
  return result;
}

inline Status traced(Status status, const char* operation) {
  if (!status) return std::move(status).error().within(operation);
  return {};
}

// SPKOPN / CKOPN: `file_type` is "SPK" or "CK"; `ncomch` characters of comments are reserved
// (1000 per record). The handle of the new output.
Result<int> open_daf_output(Context& ctx, std::string_view name, std::string_view ifname, int ncomch,
                            kernels::OutputKind kind, std::string_view file_type);

// SPKCLS / CKCLS: SPICE(NOSEGMENTSFOUND) for a file without segments (the file stays open); a
// closed virtual output is staged so furnsh can load it by its id. An empty `file_type` is DAFCLS,
// which closes any DAF open for writing, segments or not.
Result<kernels::ClosedOutput> close_daf_output(Context& ctx, int handle, std::string_view file_type);

// The bytes close_daf_output would hand to the host now, with its checks, leaving the handle open
// (issue 16): the host writes its file first and closes the handle only once the file is safely on
// disk, so a failed write (folder gone, disk full, file changed) keeps the segments for a retry.
// `operation` is the close call the host is running ("spkcls", "ckcls" or "dafcls", which needs no
// segment): it names the file type in the no-segments message and goes on the error's trace.
Result<io::Bytes> daf_output_bytes(Context& ctx, int handle, std::string_view operation);

}  // namespace sc::writers
