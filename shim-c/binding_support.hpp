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

// Replaces each ill-formed UTF-8 sequence by U+FFFD, one per maximal subpart (the WHATWG decoder's
// rule, which V8 follows): strings reach JS identically on both backends, and the WASM glue's
// decoder never reads past a truncated sequence.
inline std::string well_formed_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    std::size_t got = 0;
    while (got < need && j < n) {
      const unsigned char d = p[j];
      if (d < lo || d > hi) break;
      lo = 0x80;
      hi = 0xBF;
      ++j;
      ++got;
    }
    if (got == need) {
      out.append(s.substr(i, j - i));
    } else {
      out += "\xEF\xBF\xBD";
    }
    i = j;
  }
  return out;
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
