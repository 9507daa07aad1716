// What the libFuzzer targets share: the C function table (the targets call the core exactly as the
// Node addon and the WASM module do, through shim-c's sc_api), a context that is destroyed with its
// owner, sinks that collect variable-length results, the fixture kernels, and the checks that turn a
// contract violation into a crash libFuzzer reports.
//
// The contract every call must keep, whatever the input: it returns SC_OK or SC_ERROR; an error has a
// CSPICE-style short code "SPICE(...)"; results that the core promises finite (states, pointing,
// rotations) are finite. Anything else - an ASan/UBSan report, an abort, a hang (libFuzzer's
// -timeout), unbounded memory (-rss_limit_mb / -malloc_limit_mb) - is a finding.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "spicecraft.h"

#ifndef SC_FIXTURES_DIR
#error "SC_FIXTURES_DIR must name tests/fixtures (set by tests/fuzz/CMakeLists.txt)"
#endif

namespace sc_fuzz {

inline const sc_api& api() {
  static const sc_api* table = sc_get_api(SC_ABI_VERSION);
  if (table == nullptr) {
    std::fputs("sc_get_api returned NULL\n", stderr);
    std::abort();
  }
  return *table;
}

// A contract violation: print what and where, then abort so libFuzzer saves the input.
[[noreturn]] inline void violation(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "spicecraft fuzz: contract violation: %.*s: %.*s\n", static_cast<int>(what.size()),
               what.data(), static_cast<int>(detail.size()), detail.data());
  std::abort();
}

// Checks one call's status: SC_OK is true, SC_ERROR false (with a well-formed short code), anything
// else a violation.
inline bool ok(sc_status status, const sc_error& err, std::string_view call) {
  if (status == SC_OK) return true;
  if (status != SC_ERROR) violation(call, "status is neither SC_OK nor SC_ERROR");
  const std::string_view code(err.short_code, strnlen(err.short_code, sizeof err.short_code));
  if (code.size() < 8 || code.substr(0, 6) != "SPICE(" || code.back() != ')') {
    violation(call, std::string("malformed short code '") + std::string(code) + "': " + err.long_msg);
  }
  return false;
}

// Values a successful call returned must all be finite (issue 16, item 4).
inline void require_finite(std::span<const double> values, std::string_view call) {
  for (double v : values) {
    if (!std::isfinite(v)) violation(call, "returned a value that is not finite");
  }
}

// The host reader of every fuzzed context. The targets load kernels only as bytes, and a kernel given
// as bytes must never reach a host file unless the caller opts in (issue 16, item 1: what a
// byte-loaded meta-kernel names stays among the virtual ids). So the core asking the host for a file
// is a violation, and the fuzzing machine's files are never read.
inline sc_status forbidden_host_reader(void*, const char* path, sc_bytes_sink, void*, sc_error*) {
  violation("host reader", std::string("a kernel given as bytes reached the host file '") + path + "'");
}

// One context, destroyed with its owner, whose host reader is forbidden_host_reader.
class Context {
 public:
  Context() {
    sc_error err{};
    if (api().context_create(forbidden_host_reader, nullptr, &ctx_, &err) != SC_OK) {
      violation("context_create", err.long_msg);
    }
  }
  ~Context() { api().context_destroy(ctx_); }
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  sc_context* get() const { return ctx_; }

 private:
  sc_context* ctx_ = nullptr;
};

// Sinks for variable-length outputs (the user pointer is the vector to fill).
inline void collect_strings(void* user, const char* text, size_t length) {
  static_cast<std::vector<std::string>*>(user)->emplace_back(text, length);
}
inline void collect_doubles(void* user, const double* values, size_t count) {
  auto* out = static_cast<std::vector<double>*>(user);
  out->insert(out->end(), values, values + count);
}
inline void collect_ints(void* user, const int32_t* values, size_t count) {
  auto* out = static_cast<std::vector<int32_t>*>(user);
  out->insert(out->end(), values, values + count);
}
inline void ignore_kernel(void*, const sc_kernel_info*) {}

// The bytes of tests/fixtures/kernels/<relative>; a missing fixture stops the target at start-up.
inline std::vector<uint8_t> fixture(const std::string& relative) {
  const std::string path = std::string(SC_FIXTURES_DIR) + "/kernels/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) violation("fixture", "cannot open " + path);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Loads a fixture kernel into `ctx` under /kernels/<relative>; it must load.
inline void load_fixture(const Context& ctx, const std::string& relative) {
  const auto bytes = fixture(relative);
  const std::string id = "/kernels/" + relative;
  sc_error err{};
  if (api().furnsh_bytes(ctx.get(), id.c_str(), bytes.data(), bytes.size(), &err) != SC_OK) {
    violation("load_fixture " + relative, err.long_msg);
  }
}

// The input as a C string: the shim takes NUL-terminated strings, so an embedded NUL ends it there,
// as it would for any C caller.
inline std::string as_string(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace sc_fuzz
