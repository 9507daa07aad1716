// What every shim call needs: the opaque context, copying a core Error into the C sc_error, and a
// guard that turns any escaping C++ exception (native builds only) into an error value, because no
// exception may cross the C ABI.
#pragma once

#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "spicecraft.h"

struct sc_context {
  sc::Context core;
};

namespace sc::shim {

inline void copy_text(char* out, std::size_t capacity, std::string_view text) {
  std::size_t n = text.size() < capacity - 1 ? text.size() : capacity - 1;
  std::memcpy(out, text.data(), n);
  out[n] = '\0';
}

inline sc_status fail(sc_error* err, const Error& e) {
  if (err != nullptr) {
    copy_text(err->short_code, SC_SHORT_LEN, e.short_code);
    copy_text(err->long_msg, SC_LONG_LEN, e.long_msg);
    copy_text(err->trace, SC_TRACE_LEN, e.trace_text());
  }
  return SC_ERROR;
}

inline sc_status finish(sc_error* err, const Status& s) { return s ? SC_OK : fail(err, s.error()); }

// Runs `body` (returning Status), converting a null context or string and, where C++ exceptions
// exist, std::bad_alloc and friends into SPICE errors.
template <class F>
sc_status guarded(sc_error* err, const char* operation, F&& body) {
#if defined(__cpp_exceptions)
  try {
    return finish(err, body());
  } catch (const std::bad_alloc&) {
    // CSPICE's code for a failed allocation (issue 16, item 5); the context is left as it was.
    return fail(err, make_error("SPICE(MALLOCFAILED)", std::string(operation) + ": out of memory."));
  } catch (const std::exception& ex) {
    return fail(err, make_error("SPICE(INTERNALERROR)", std::string(operation) + ": " + ex.what()));
  }
#else
  (void)operation;
  return finish(err, body());
#endif
}

inline Status require(const void* p, const char* what) {
  if (p == nullptr) return make_error("SPICE(NULLPOINTER)", std::string(what) + " is a null pointer.");
  return {};
}

// An array argument: empty arrays may come as null pointers.
inline Status require_array(const void* values, size_t length, const char* what) {
  return length > 0 ? require(values, what) : Status{};
}

}  // namespace sc::shim
