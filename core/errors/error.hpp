// Errors as values: Emscripten 3.1.6 builds without exception catching, so every fallible core
// operation returns a Result instead of throwing. An Error carries CSPICE's short code so callers
// (and the golden files) can match on it exactly.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace sc {

struct Error {
  std::string short_code;          // e.g. "SPICE(NOSUCHFILE)"
  std::string long_msg;            // names the file, variable, body or epoch involved
  std::vector<std::string> trace;  // outermost operation first, like CSPICE's traceback

  // Adds an enclosing operation to the trace (called while the error travels outwards).
  Error&& within(std::string operation) && {
    trace.insert(trace.begin(), std::move(operation));
    return std::move(*this);
  }
  std::string trace_text() const;  // "furnsh --> ldpool"
};

inline Error make_error(std::string short_code, std::string long_msg) {
  return Error{std::move(short_code), std::move(long_msg), {}};
}

}  // namespace sc
