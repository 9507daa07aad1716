// What both bindings (the Node addon and the Embind module) share: the sinks that collect a call's
// outputs, the error records they return for misuse, and the check that a table entry exists.
// Header-only and free of Node and Emscripten types, so the two bindings cannot drift apart.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "spicecraft.h"
#include "utf16_text.hpp"

namespace sc::binding {

// Whether the library's table has the entry at `offset` (an older library's table may be shorter).
inline bool provided(const sc_api* api, std::size_t offset) {
  return api != nullptr && offset + sizeof(void*) <= api->struct_size;
}

inline sc_error error_of(const char* short_code, const std::string& long_msg, const char* trace) {
  sc_error e{};
  std::snprintf(e.short_code, sizeof e.short_code, "%s", short_code);
  std::snprintf(e.long_msg, sizeof e.long_msg, "%s", long_msg.c_str());
  std::snprintf(e.trace, sizeof e.trace, "%s", trace);
  return e;
}

// A method called after dispose().
inline sc_error disposed(const char* call) {
  return error_of("SPICE(DISPOSED)", std::string(call) + ": this context was disposed.", call);
}

// A call made while an async call (issue 14) runs on another thread with this context: the context
// is the running call's alone until it settles.
inline sc_error busy(const char* call, const char* running) {
  return error_of("SPICE(CONTEXTBUSY)",
                  std::string(call) + ": " + running +
                      " is running on this backend; await it (or abort it) first, or use a second backend for concurrent work.",
                  call);
}

// A function this library build does not provide (its table slot is empty or missing).
inline sc_error unavailable(const char* call) {
  return error_of("SPICE(NOTIMPLEMENTED)", std::string(call) + " is not available in this build of spicecraft.", call);
}

// A raw method called with an argument of the wrong type or size (the TS layer checks first, so
// this only answers direct use of the binding); the same record on both backends.
inline sc_error bad_argument(const char* call, std::size_t index, const char* name, const std::string& what) {
  return error_of("SPICE(INVALIDARGUMENT)",
                  std::string(call) + ": argument " + std::to_string(index + 1) + " (" + name + ") " + what + ".", call);
}

inline std::size_t count_of(long long n) { return n > 0 ? static_cast<std::size_t>(n) : 0; }

// ---- Batches (issue 16, item 5) ----

// Epochs per core call of a batch. Both bindings walk a batch in chunks of this size, so the WASM
// heap holds at most one chunk's epochs and outputs (under 5 MB for the widest output) whatever the
// batch length, the outputs going straight into typed arrays allocated on the JS side. Large enough
// that the per-chunk cost (a few crossings) is lost in the chunk's own work.
inline constexpr std::size_t kBatchChunk = std::size_t{1} << 16;

// The shim names a failing epoch by its index in the epochs it was given ("... (epoch index K of the
// batch)", call_support.hpp batch_failure); a chunk starting at `base` makes it an index into the
// whole batch, so the message is the one a single call over the batch would give.
inline sc_error batch_failure_at(sc_error e, std::size_t base) {
  if (base == 0) return e;
  static constexpr std::string_view head = " (epoch index ";
  static constexpr std::string_view tail = " of the batch)";
  std::string_view msg(e.long_msg);
  const std::size_t at = msg.rfind(head);
  if (at == std::string_view::npos || msg.size() < tail.size() || msg.substr(msg.size() - tail.size()) != tail) return e;
  const std::string_view digits = msg.substr(at + head.size(), msg.size() - tail.size() - at - head.size());
  std::size_t index = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return e;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  const std::string fixed = std::string(msg.substr(0, at + head.size())) + std::to_string(index + base) + std::string(tail);
  std::snprintf(e.long_msg, sizeof e.long_msg, "%s", fixed.c_str());
  return e;
}

// A binding could not get the memory a call needs (CSPICE's code for a failed allocation): the JS
// engine refused an output array, or the WASM heap cannot grow for an argument's copy. Nothing of
// the call ran, and the context stays usable.
inline sc_error out_of_memory(const char* call, const std::string& what) {
  return error_of("SPICE(MALLOCFAILED)",
                  std::string(call) + ": could not allocate " + what +
                      ". Pass fewer values per call (split the batch or array) or free memory.",
                  call);
}

// ---- Sinks: each collects one output of a call ----

struct StringOut {
  std::string value;
  static void sink(void* user, const char* text, std::size_t length) {
    static_cast<StringOut*>(user)->value.assign(text, length);
  }
};

struct StringsOut {
  std::vector<std::string> values;
  static void sink(void* user, const char* text, std::size_t length) {
    static_cast<StringsOut*>(user)->values.emplace_back(text, length);
  }
};

template <class T>
struct NumbersOut {
  std::vector<double> values;
  static void sink(void* user, const T* values, std::size_t count) {
    static_cast<NumbersOut*>(user)->values.assign(values, values + count);
  }
};

struct KernelOut {
  std::string file, filtyp, source;
  int32_t handle = 0;
  static void sink(void* user, const sc_kernel_info* k) {
    auto* out = static_cast<KernelOut*>(user);
    *out = KernelOut{k->file, k->filtyp, k->source, k->handle};
  }
};

// Bytes that may not come (spkcls of a virtual output): `delivered` tells.
struct BytesOut {
  std::vector<std::uint8_t> bytes;
  bool delivered = false;
  static void sink(void* user, const std::uint8_t* data, std::size_t length) {
    auto* out = static_cast<BytesOut*>(user);
    out->bytes.assign(data, data + length);
    out->delivered = true;
  }
};

// `#str[]` arguments: the C pointers of strings the caller keeps alive.
inline std::vector<const char*> c_strings(const std::vector<std::string>& values) {
  std::vector<const char*> out;
  out.reserve(values.size());
  for (const auto& s : values) out.push_back(s.c_str());
  return out;
}

}  // namespace sc::binding
