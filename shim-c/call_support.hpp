// What the generated shim functions (build/.../generated/sc_calls.cpp, from calls.idl) use: turning
// whatever a core call returns into one Result, naming the call in an error's trace, and writing
// one output of each kind of the call list into its C out-parameters.
#pragma once

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "errors/result.hpp"
#include "gf/search_control.hpp"
#include "gf/search_hooks.hpp"
#include "io/bytes.hpp"
#include "kernels/kernel_registry.hpp"
#include "shim_support.hpp"

namespace sc::shim {

template <class T>
struct is_result : std::false_type {};
template <class T>
struct is_result<Result<T>> : std::true_type {};

// The outcome of a core call as a Result, whatever the core function returns: Status, Result<T>, a
// plain value, or nothing.
template <class F>
auto settle(F&& f) {
  using R = decltype(f());
  if constexpr (std::is_void_v<R>) {
    f();
    return Status{};
  } else if constexpr (is_result<R>::value) {
    return f();
  } else {
    return Result<R>(f());
  }
}

// Adds the call's name to the trace, unless the core already put it there.
inline Error within_once(Error e, const char* operation) {
  if (!e.trace.empty() && e.trace.front() == operation) return e;
  return std::move(e).within(operation);
}

// A batch names the epoch that failed.
inline Error batch_failure(Error e, std::size_t index, const char* operation) {
  e.long_msg += " (epoch index " + std::to_string(index) + " of the batch)";
  return within_once(std::move(e), operation);
}

// An async entry's sc_control as the core's SearchControl: the C callbacks wrapped, or empty
// functions for a null control or member (the search then runs as the synchronous call does).
inline gf::SearchControl control_of(const sc_control* c) {
  gf::SearchControl out;
  if (c == nullptr) return out;
  // A search reports every step (tens of thousands of times); a host needs a thousandth at most,
  // and each report crosses to JS. The same thinning on every backend, and the end always reported.
  if (c->progress != nullptr) {
    out.progress = [c, last = -1.0](double fraction) mutable {
      if (fraction < last + 1e-3 && fraction < 1.0) return;
      last = fraction;
      c->progress(c->user, fraction);
    };
  }
  if (c->cancelled != nullptr) out.cancelled = [c] { return c->cancelled(c->user) != 0; };
  return out;
}

// A bytesfill argument (spicecraft.h, sc_fill_fn): the core's own memory, filled by the caller. With
// malloc rather than new, a size the heap cannot give is SPICE(MALLOCFAILED), not an abort (a WASM
// heap has at most 2 GB and runs without exceptions).
inline Result<io::Bytes> filled_bytes(sc_fill_fn fill, void* user, std::size_t length, const char* name) {
  if (length == 0) return io::Bytes::from_vector({});
  SC_TRY(require(reinterpret_cast<const void*>(fill), name));
  std::shared_ptr<std::uint8_t> owned(static_cast<std::uint8_t*>(std::malloc(length)), [](std::uint8_t* p) { std::free(p); });
  if (owned == nullptr) {
    return make_error("SPICE(MALLOCFAILED)", "Could not allocate room for the core's copy of the " + std::to_string(length) +
                                                 " bytes of argument '" + name + "'. Free memory or load a smaller file.");
  }
  fill(user, owned.get(), length);
  const std::span<const std::uint8_t> view(owned.get(), length);
  return io::Bytes(view, std::move(owned));
}

// A host callback (f64fn, boolfn) as the core's function of one number. Its failure (the host's
// function threw or gave no value of its type: the bindings say which) stops the call.
inline Error callback_failed(const char* name, double x) {
  return make_error("SPICE(CALLBACKFAILED)",
                    std::string("The function ") + name + " failed at " + std::to_string(x) + "; see the host's error.");
}
inline std::function<Result<double>(double)> host_f64fn(sc_f64_fn fn, void* user, const char* name) {
  return [fn, user, name](double x) -> Result<double> {
    double value = 0;
    if (fn(user, x, &value) != 0) return callback_failed(name, x);
    return value;
  };
}
inline std::function<Result<bool>(double)> host_boolfn(sc_bool_fn fn, void* user, const char* name) {
  return [fn, user, name](double x) -> Result<bool> {
    int32_t value = 0;
    if (fn(user, x, &value) != 0) return callback_failed(name, x);
    return value != 0;
  };
}

// A host callback of the numsfn kind: empty when the host passed none (the call's default).
// (The arguments are a vector so gfevnt's report can pass a window and a text of any length.)
using HostNumbers = std::function<Result<double>(const std::vector<double>&)>;
inline HostNumbers host_numsfn(sc_nums_fn fn, void* user, const char* name) {
  if (fn == nullptr) return {};
  return [fn, user, name](const std::vector<double>& args) -> Result<double> {
    double value = 0;
    if (fn(user, args.data(), args.size(), &value) != 0) return callback_failed(name, args.empty() ? 0.0 : args.front());
    return value;
  };
}

// The mid-level GF searches' functions (gfocce, gffove) from the host's: udstep(et),
// udrefn(t1, t2, s1, s2), udrep(0) at the start, udrep(1, ivbeg, ivend, et) at each update,
// udrep(2) at the end (only when `rpt`), udbail() (only when `bail`; nonzero: stop).
inline gf::SearchHooks search_hooks(const HostNumbers& udstep, const HostNumbers& udrefn, bool rpt,
                                    const HostNumbers& udrep, bool bail, const HostNumbers& udbail) {
  gf::SearchHooks hooks;
  if (udstep) hooks.step = [udstep](double et) { return udstep({et}); };
  if (udrefn) {
    hooks.refine = [udrefn](double t1, double t2, bool s1, bool s2) { return udrefn({t1, t2, s1 ? 1.0 : 0.0, s2 ? 1.0 : 0.0}); };
  }
  if (rpt && udrep) {
    hooks.report_init = [udrep]() -> Status {
      SC_TRY(udrep({0.0}));
      return {};
    };
    hooks.report_update = [udrep](double ivbeg, double ivend, double et) -> Status {
      SC_TRY(udrep({1.0, ivbeg, ivend, et}));
      return {};
    };
    hooks.report_final = [udrep]() -> Status {
      SC_TRY(udrep({2.0}));
      return {};
    };
  }
  if (bail && udbail) {
    hooks.interrupted = [udbail]() -> Result<bool> {
      SC_TRY_ASSIGN(const double stop, udbail({}));
      return stop != 0.0;
    };
  }
  return hooks;
}

// gfevnt (issue 14): as search_hooks, with ZZGFRELX's per-pass UDREPI carrying the window and
// GFEVNT's prefix: udrep(0, n, the window's n endpoints, the prefix's character codes) (the suffix
// is always 'done.').
inline gf::SearchHooks event_hooks(const HostNumbers& udstep, const HostNumbers& udrefn, bool rpt,
                                   const HostNumbers& udrep, bool bail, const HostNumbers& udbail) {
  gf::SearchHooks hooks = search_hooks(udstep, udrefn, rpt, udrep, bail, udbail);
  if (rpt && udrep) {
    hooks.report_init = {};
    hooks.report_begin = [udrep](std::span<const double> window, std::string_view prefix, std::string_view) -> Status {
      std::vector<double> args{0.0, static_cast<double>(window.size())};
      args.insert(args.end(), window.begin(), window.end());
      for (const char c : prefix) args.push_back(static_cast<unsigned char>(c));
      SC_TRY(udrep(args));
      return {};
    };
  }
  return hooks;
}

// ---- Outputs, one writer per output kind of calls.idl ----

inline void put_f64(double v, double* out) { *out = v; }
inline void put_i32(long long v, int32_t* out) { *out = static_cast<int32_t>(v); }
inline void put_bool(bool v, int32_t* out) { *out = v ? 1 : 0; }
inline void put_char(char v, char* out) { *out = v; }

// Fixed-size arrays: std::array, nested std::array (matrices, row-major) or any range; at most n
// values are written, whatever the value holds.
template <class T, class Out>
void flatten_into(const T& v, Out* out, std::size_t& i, std::size_t n) {
  if constexpr (std::is_arithmetic_v<T>) {
    if (i < n) out[i] = static_cast<Out>(v);
    ++i;
  } else {
    for (const auto& x : v) flatten_into(x, out, i, n);
  }
}
template <class T>
void put_f64_fixed(const T& v, double* out, std::size_t n) {
  std::size_t i = 0;
  flatten_into(v, out, i, n);
}
template <class T>
void put_i32_fixed(const T& v, int32_t* out, std::size_t n) {
  std::size_t i = 0;
  flatten_into(v, out, i, n);
}

inline void put_str(std::string_view v, sc_string_sink sink, void* user) { sink(user, v.data(), v.size()); }
template <class Range>
void put_strs(const Range& v, sc_string_sink sink, void* user) {
  for (const auto& s : v) sink(user, std::string_view(s).data(), std::string_view(s).size());
}
template <class Range>
void put_f64s(const Range& v, sc_double_sink sink, void* user) {
  std::vector<double> values(std::begin(v), std::end(v));
  sink(user, values.data(), values.size());
}
template <class Range>
void put_i32s(const Range& v, sc_int_sink sink, void* user) {
  std::vector<int32_t> values(std::begin(v), std::end(v));
  sink(user, values.data(), values.size());
}
inline void put_kernel(const kernels::KernelInfo& k, sc_kernel_sink sink, void* user) {
  sc_kernel_info info{k.file.c_str(), k.filtyp.c_str(), k.source.c_str(), k.handle};
  sink(user, &info);
}
inline void put_bytes(const io::Bytes& v, sc_bytes_sink sink, void* user) {
  const auto span = v.span();
  sink(user, span.data(), span.size());
}
// Bytes that may not exist (spkcls of a virtual output): the sink is then not called.
inline void put_bytes(const std::optional<io::Bytes>& v, sc_bytes_sink sink, void* user) {
  if (v) put_bytes(*v, sink, user);
}

// ---- Inputs ----

// A span over a C array and its length; empty arrays may come as null pointers.
template <class T>
std::span<const T> span_of(const T* values, std::size_t length) {
  return length == 0 ? std::span<const T>() : std::span<const T>(values, length);
}
inline std::size_t count_of(long long n) { return n > 0 ? static_cast<std::size_t>(n) : 0; }

// `#str[]`: n C strings, each required.
inline Result<std::vector<std::string>> strings_of(const char* const* values, int32_t n, const char* what) {
  std::vector<std::string> out;
  if (n > 0) SC_TRY(require(values, what));
  for (int32_t i = 0; i < n; ++i) {
    SC_TRY(require(values[i], what));
    out.emplace_back(values[i]);
  }
  return out;
}

}  // namespace sc::shim
