// The Embind module's one generic marshaller: Args checks a method's arguments by kind (Embind has
// already converted strings, numbers and booleans; arrays arrive as vals and are copied into the
// WASM heap), Js builds the JS value of a call's outputs. The generated methods (wasm_methods.inc,
// from shim-c/calls.idl) are written only in terms of these two and of binding_support.hpp.
#pragma once

#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <optional>
#include <type_traits>
#include <string>
#include <utility>
#include <vector>

#include "binding_support.hpp"

// Copies n doubles from the WASM heap into a new JS array: one call instead of n, and a plain
// indexed loop the JIT compiles well (Array.from over a typed-array view goes through iterators).
EM_JS(emscripten::EM_VAL, sc_js_numbers, (const double* values, size_t n), {
  var a = new Array(n);
  var base = values >> 3;
  for (var i = 0; i < n; i++) a[i] = HEAPF64[base + i];
  return Emval.toHandle(a);
});

namespace sc::wasm {

using namespace sc::binding;
using emscripten::val;

class Args {
 public:
  explicit Args(const char* call) : call_(call) {}

  bool ok() const { return !failure_.has_value(); }
  const sc_error& failure() const { return *failure_; }

  const std::string& str(const std::string& s, std::size_t i, const char* name) {
    if (s.find('\0') != std::string::npos) fail(i, name, "must not contain NUL characters");
    return s;
  }
  int32_t i32(int32_t v, std::size_t, const char*) { return v; }
  double f64(double v, std::size_t, const char*) { return v; }
  bool boolean(bool v, std::size_t, const char*) { return v; }

  // Copies: the WASM heap cannot see JS memory.
  std::vector<double> f64s(const val& v, std::size_t i, const char* name, std::optional<std::size_t> size = {}) {
    return typed<double>(v, i, name, "Float64Array", "a Float64Array", size);
  }
  std::vector<int32_t> i32s(const val& v, std::size_t i, const char* name, std::optional<std::size_t> size = {}) {
    return typed<int32_t>(v, i, name, "Int32Array", "an Int32Array", size);
  }
  std::vector<std::uint8_t> bytes(const val& v, std::size_t i, const char* name) {
    return typed<std::uint8_t>(v, i, name, "Uint8Array", "a Uint8Array", std::nullopt);
  }
  std::vector<std::string> strs(const val& v, std::size_t i, const char* name) {
    std::vector<std::string> out;
    if (!v.isArray()) return fail(i, name, "must be an array of strings"), out;
    const unsigned n = v["length"].as<unsigned>();
    for (unsigned k = 0; k < n; ++k) {
      val item = v[k];
      if (!item.isString()) return fail(i, name, "must be an array of strings"), out;
      out.push_back(item.as<std::string>());
      if (out.back().find('\0') != std::string::npos) return fail(i, name, "must not contain NUL characters"), out;
    }
    return out;
  }

 private:
  void fail(std::size_t i, const char* name, const std::string& what) {
    if (!failure_) failure_ = bad_argument(call_, i, name, what);
  }
  template <class T>
  std::vector<T> typed(const val& v, std::size_t i, const char* name, const char* type, const char* what,
                       std::optional<std::size_t> size) {
    if (!v.instanceof(val::global(type))) return fail(i, name, std::string("must be ") + what), std::vector<T>();
    const auto n = v["length"].as<std::size_t>();
    if (size && n != *size) return fail(i, name, "must hold " + std::to_string(*size) + " values"), std::vector<T>();
    std::vector<T> out(n);
    if (n > 0) val(emscripten::typed_memory_view(n, out.data())).call<void>("set", v);
    return out;
  }

  const char* call_;
  std::optional<sc_error> failure_;
};

class Js {
 public:
  val undefined() const { return val::undefined(); }
  val null() const { return val::null(); }
  val number(double v) const { return val(v); }
  val boolean(bool v) const { return val(v); }
  val string(const std::string& v) const { return val(well_formed_utf8(v)); }
  // A JS array of numbers built in one crossing (sc_js_numbers reads them off the heap).
  template <class T>
  val numbers(const T* values, std::size_t n) const {
    if constexpr (std::is_same_v<T, double>) {
      return val::take_ownership(sc_js_numbers(values, n));
    } else {
      std::vector<double> copy(values, values + n);
      return val::take_ownership(sc_js_numbers(copy.data(), copy.size()));
    }
  }
  val strings(const std::vector<std::string>& values) const {
    val a = val::array();
    for (const auto& s : values) a.call<void>("push", string(s));
    return a;
  }
  // A JS Float64Array holding a copy (the WASM heap may move when memory grows).
  val float64s(const std::vector<double>& values) const {
    return val::global("Float64Array").new_(val(emscripten::typed_memory_view(values.size(), values.data())));
  }
  val kernel(const KernelOut& k) const {
    val o = val::object();
    o.set("file", string(k.file));
    o.set("filtyp", string(k.filtyp));
    o.set("source", string(k.source));
    o.set("handle", k.handle);
    return o;
  }
  val bytes(const BytesOut& b) const {
    if (!b.delivered) return val::null();
    return val::global("Uint8Array").new_(val(emscripten::typed_memory_view(b.bytes.size(), b.bytes.data())));
  }
  val object() const { return val::object(); }
  void set(val& o, const char* key, const val& value) const { o.set(key, value); }
  // An error record { short, long, trace }: bindings return SPICE failures, they do not throw.
  val error(const sc_error& e) const {
    val o = val::object();
    o.set("short", string(e.short_code));
    o.set("long", string(e.long_msg));
    o.set("trace", string(e.trace));
    return o;
  }
};

}  // namespace sc::wasm
