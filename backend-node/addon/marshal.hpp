// The Node addon's one generic marshaller: Args reads a method's JS arguments by kind, Js builds
// the JS value of a call's outputs. The generated methods (node_methods.cpp, from shim-c/calls.idl)
// are written only in terms of these two and of shim-c/binding_support.hpp.
#pragma once

#include <napi.h>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "binding_support.hpp"

namespace sc::node {

using namespace sc::binding;

// What an async method's last argument holds (see Args::control).
struct ControlArg {
  Napi::Int32Array cancel;
  Napi::Function progress;  // empty when none was given
};

// An argument copied for a call that runs after the method returns (async forms): typed arrays are
// read in place by the synchronous methods, so they are copied here; other values are values.
template <class T>
T owned(const T& v) {
  return v;
}
template <class T>
std::vector<T> owned(std::span<const T> v) {
  return {v.begin(), v.end()};
}

// A JS function of one number the core calls back while a call runs (the f64fn and boolfn kinds:
// gfuds, gfudb, uddf...): the shim gets function() and user(). A throw, or a value of another
// type, fails the call with SPICE(CALLBACKFAILED); the TS layer wraps the user's functions so that
// it keeps what they threw and throws it again once the call has returned.
template <class Out>
class JsCallback {
 public:
  using Trampoline = int32_t (*)(void*, double, Out*);
  JsCallback() = default;
  explicit JsCallback(Napi::Function fn) : fn_(fn) {}
  Trampoline function() const { return &JsCallback::call; }
  void* user() const { return const_cast<JsCallback*>(this); }  // the trampoline only reads it

 private:
  static int32_t call(void* user, double x, Out* out) {
    const auto& self = *static_cast<const JsCallback*>(user);
    Napi::Env env = self.fn_.Env();
    Napi::HandleScope scope(env);  // a search calls back thousands of times
    Napi::Value v = self.fn_.Call({Napi::Number::New(env, x)});
    if (env.IsExceptionPending()) {
      env.GetAndClearPendingException();
      return 1;
    }
    if constexpr (std::is_same_v<Out, double>) {
      if (!v.IsNumber()) return 1;
      *out = v.As<Napi::Number>().DoubleValue();
    } else {
      if (!v.IsBoolean()) return 1;
      *out = v.As<Napi::Boolean>().Value() ? 1 : 0;
    }
    return 0;
  }

  Napi::Function fn_;
};

// The bytesfill kind: a Uint8Array's bytes, copied once straight into the memory the core keeps
// (sc_fill_fn). The view stays valid: the call finishes before JS runs again.
class BytesFiller {
 public:
  BytesFiller() = default;
  explicit BytesFiller(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
  std::size_t size() const { return bytes_.size(); }
  sc_fill_fn function() const { return &BytesFiller::fill; }
  void* user() const { return const_cast<BytesFiller*>(this); }  // the trampoline only reads it

 private:
  static void fill(void* user, std::uint8_t* destination, std::size_t length) {
    const auto& self = *static_cast<const BytesFiller*>(user);
    std::copy_n(self.bytes_.data(), std::min(length, self.bytes_.size()), destination);
  }
  std::span<const std::uint8_t> bytes_;
};

// A JS function of several numbers, or null (the numsfn kind: the mid-level GF searches' UDSTEP,
// UDREFN, report and interrupt functions; null asks for the call's default). Its value: a number,
// a boolean (1 or 0) or undefined (0, what the report functions give); anything else, or a throw,
// fails the call as JsCallback's do.
class JsNumbersCallback {
 public:
  JsNumbersCallback() = default;
  explicit JsNumbersCallback(Napi::Function fn) : fn_(fn) {}
  sc_nums_fn function() const { return fn_.IsEmpty() ? nullptr : &JsNumbersCallback::call; }
  void* user() const { return const_cast<JsNumbersCallback*>(this); }  // the trampoline only reads it

 private:
  static int32_t call(void* user, const double* args, size_t count, double* out) {
    const auto& self = *static_cast<const JsNumbersCallback*>(user);
    Napi::Env env = self.fn_.Env();
    Napi::HandleScope scope(env);
    std::vector<napi_value> argv;
    argv.reserve(count);
    for (size_t i = 0; i < count; ++i) argv.push_back(Napi::Number::New(env, args[i]));
    Napi::Value v = self.fn_.Call(argv);
    if (env.IsExceptionPending()) {
      env.GetAndClearPendingException();
      return 1;
    }
    if (v.IsNumber()) *out = v.As<Napi::Number>().DoubleValue();
    else if (v.IsBoolean()) *out = v.As<Napi::Boolean>().Value() ? 1.0 : 0.0;
    else if (v.IsUndefined()) *out = 0.0;
    else return 1;
    return 0;
  }

  Napi::Function fn_;
};

class Args {
 public:
  Args(const Napi::CallbackInfo& info, const char* call) : info_(info), call_(call) {}

  bool ok() const { return !failure_.has_value(); }
  const sc_error& failure() const { return *failure_; }

  std::string str(std::size_t i, const char* name) {
    if (!has(i) || !info_[i].IsString()) return fail(i, name, "must be a string"), std::string();
    // UTF-16 code units converted by utf16_text.hpp, the same conversion as the WASM binding's.
    std::string s = utf8_from_utf16(info_[i].As<Napi::String>().Utf16Value());
    if (s.find('\0') != std::string::npos) fail(i, name, "must not contain NUL characters");
    return s;
  }
  int32_t i32(std::size_t i, const char* name) {
    if (!has(i) || !info_[i].IsNumber()) return fail(i, name, "must be a number"), 0;
    return info_[i].As<Napi::Number>().Int32Value();
  }
  double f64(std::size_t i, const char* name) {
    if (!has(i) || !info_[i].IsNumber()) return fail(i, name, "must be a number"), 0.0;
    return info_[i].As<Napi::Number>().DoubleValue();
  }
  bool boolean(std::size_t i, const char* name) {
    if (!has(i) || !info_[i].IsBoolean()) return fail(i, name, "must be a boolean"), false;
    return info_[i].As<Napi::Boolean>().Value();
  }
  // Typed arrays are read in place: the call finishes before JS runs again.
  std::span<const double> f64s(std::size_t i, const char* name, std::optional<std::size_t> size = std::nullopt) {
    return typed<double>(i, name, napi_float64_array, "a Float64Array", size);
  }
  std::span<const int32_t> i32s(std::size_t i, const char* name, std::optional<std::size_t> size = std::nullopt) {
    return typed<int32_t>(i, name, napi_int32_array, "an Int32Array", size);
  }
  std::span<const std::uint8_t> bytes(std::size_t i, const char* name) {
    return typed<std::uint8_t>(i, name, napi_uint8_array, "a Uint8Array", std::nullopt);
  }
  BytesFiller bytesfill(std::size_t i, const char* name) { return BytesFiller(bytes(i, name)); }
  // A batch's epochs, read in place.
  std::span<const double> batch(std::size_t i, const char* name) { return f64s(i, name); }
  // Host callbacks (f64fn, boolfn); see JsCallback.
  JsCallback<double> f64fn(std::size_t i, const char* name) {
    if (!has(i) || !info_[i].IsFunction()) return fail(i, name, "must be a function"), JsCallback<double>();
    return JsCallback<double>(info_[i].As<Napi::Function>());
  }
  JsCallback<int32_t> boolfn(std::size_t i, const char* name) {
    if (!has(i) || !info_[i].IsFunction()) return fail(i, name, "must be a function"), JsCallback<int32_t>();
    return JsCallback<int32_t>(info_[i].As<Napi::Function>());
  }
  // A numsfn callback, or null/undefined for the call's default; see JsNumbersCallback.
  JsNumbersCallback numsfn(std::size_t i, const char* name) {
    if (!has(i) || info_[i].IsNull() || info_[i].IsUndefined()) return JsNumbersCallback();
    if (!info_[i].IsFunction()) return fail(i, name, "must be a function or null"), JsNumbersCallback();
    return JsNumbersCallback(info_[i].As<Napi::Function>());
  }
  // An async call's control (contract RawControl): { cancel: Int32Array, progress?: function }.
  ControlArg control(std::size_t i, const char* name) {
    ControlArg c;
    if (!has(i) || !info_[i].IsObject()) return fail(i, name, "must be { cancel: Int32Array, progress? }"), c;
    Napi::Object o = info_[i].As<Napi::Object>();
    Napi::Value cancel = o.Get("cancel");
    if (!cancel.IsTypedArray() || cancel.As<Napi::TypedArray>().TypedArrayType() != napi_int32_array ||
        cancel.As<Napi::Int32Array>().ElementLength() < 1) {
      return fail(i, name, "must have a cancel Int32Array of at least one element"), c;
    }
    c.cancel = cancel.As<Napi::Int32Array>();
    Napi::Value progress = o.Get("progress");
    if (progress.IsFunction()) c.progress = progress.As<Napi::Function>();
    else if (!progress.IsUndefined()) return fail(i, name, "has a progress that is not a function"), c;
    return c;
  }
  std::vector<std::string> strs(std::size_t i, const char* name) {
    std::vector<std::string> out;
    if (!has(i) || !info_[i].IsArray()) return fail(i, name, "must be an array of strings"), out;
    Napi::Array a = info_[i].As<Napi::Array>();
    for (uint32_t k = 0; k < a.Length(); ++k) {
      Napi::Value v = a.Get(k);
      if (!v.IsString()) return fail(i, name, "must be an array of strings"), out;
      out.push_back(utf8_from_utf16(v.As<Napi::String>().Utf16Value()));
      if (out.back().find('\0') != std::string::npos) return fail(i, name, "must not contain NUL characters"), out;
    }
    return out;
  }

 private:
  bool has(std::size_t i) const { return i < info_.Length(); }
  void fail(std::size_t i, const char* name, const std::string& what) {
    if (!failure_) failure_ = bad_argument(call_, i, name, what);
  }
  template <class T>
  std::span<const T> typed(std::size_t i, const char* name, napi_typedarray_type type, const char* what,
                           std::optional<std::size_t> size) {
    if (!has(i) || !info_[i].IsTypedArray() || info_[i].As<Napi::TypedArray>().TypedArrayType() != type) {
      return fail(i, name, std::string("must be ") + what), std::span<const T>();
    }
    auto a = info_[i].As<Napi::TypedArrayOf<T>>();
    if (size && a.ElementLength() != *size) {
      return fail(i, name, "must hold " + std::to_string(*size) + " values"), std::span<const T>();
    }
    return a.ElementLength() == 0 ? std::span<const T>() : std::span<const T>(a.Data(), a.ElementLength());
  }

  const Napi::CallbackInfo& info_;
  const char* call_;
  std::optional<sc_error> failure_;
};

// A batch's epochs in chunks of kBatchChunk, as the WASM binding walks them (there to bound its
// heap; here so that both backends run the same calls and name a failing epoch the same way).
class BatchChunks {
 public:
  explicit BatchChunks(std::span<const double> epochs) : epochs_(epochs) {}
  std::size_t total() const { return epochs_.size(); }
  bool next() {
    base_ += count_;
    if (base_ >= epochs_.size()) return false;
    count_ = std::min(kBatchChunk, epochs_.size() - base_);
    return true;
  }
  const double* epochs() const { return epochs_.data() + base_; }
  std::size_t count() const { return count_; }
  std::size_t base() const { return base_; }

 private:
  std::span<const double> epochs_;
  std::size_t base_ = 0;
  std::size_t count_ = 0;
};

// One output of a batch: a Float64Array allocated before the first chunk, which the core fills in
// place. An array V8 refuses (longer than 2^32 - 1 elements, or out of memory) leaves ok() false
// and no pending exception, so the call answers SPICE(MALLOCFAILED) like the WASM binding.
class BatchOut {
 public:
  BatchOut(Napi::Env env, std::size_t width, std::size_t total) : width_(width) {
    // `new Float64Array(n)` from JS: an allocation it cannot make is a RangeError there, where
    // napi_create_arraybuffer would end the process (V8 treats its failure as fatal).
    napi_value global = nullptr, ctor = nullptr, length = nullptr, typed = nullptr;
    const auto n = static_cast<double>(width * total);
    if (napi_get_global(env, &global) == napi_ok &&
        napi_get_named_property(env, global, "Float64Array", &ctor) == napi_ok &&
        napi_create_double(env, n, &length) == napi_ok &&
        napi_new_instance(env, ctor, 1, &length, &typed) == napi_ok) {
      napi_typedarray_type type{};
      std::size_t count = 0;
      void* data = nullptr;
      if (napi_get_typedarray_info(env, typed, &type, &count, &data, nullptr, nullptr) == napi_ok) {
        array_ = Napi::Value(env, typed);
        data_ = static_cast<double*>(data);
      }
    }
    bool pending = false;
    if (napi_is_exception_pending(env, &pending) == napi_ok && pending) {
      napi_value ignored = nullptr;
      napi_get_and_clear_last_exception(env, &ignored);
    }
  }
  bool ok() const { return !array_.IsEmpty(); }
  double* chunk(const BatchChunks& c) { return data_ + width_ * c.base(); }
  void commit(const BatchChunks&) {}
  Napi::Value value() const { return array_; }

 private:
  std::size_t width_;
  Napi::Value array_;
  double* data_ = nullptr;
};

class Js {
 public:
  explicit Js(Napi::Env env) : env_(env) {}

  Napi::Value undefined() const { return env_.Undefined(); }
  Napi::Value null() const { return env_.Null(); }
  BatchOut batch_out(std::size_t width, std::size_t total) const { return BatchOut(env_, width, total); }
  Napi::Value number(double v) const { return Napi::Number::New(env_, v); }
  Napi::Value boolean(bool v) const { return Napi::Boolean::New(env_, v); }
  // Through UTF-16 code units (utf16_text.hpp), so both backends decode ill-formed UTF-8 one way.
  Napi::Value string(const std::string& v) const { return Napi::String::New(env_, utf16_from_utf8(v)); }
  template <class T>
  Napi::Value numbers(const T* values, std::size_t n) const {
    Napi::Array a = Napi::Array::New(env_, n);
    for (uint32_t i = 0; i < n; ++i) a.Set(i, Napi::Number::New(env_, static_cast<double>(values[i])));
    return a;
  }
  Napi::Value strings(const std::vector<std::string>& values) const {
    Napi::Array a = Napi::Array::New(env_, values.size());
    for (uint32_t i = 0; i < values.size(); ++i) a.Set(i, string(values[i]));
    return a;
  }
  Napi::Value kernel(const KernelOut& k) const {
    Napi::Object o = Napi::Object::New(env_);
    o.Set("file", string(k.file));
    o.Set("filtyp", string(k.filtyp));
    o.Set("source", string(k.source));
    o.Set("handle", k.handle);
    return o;
  }
  Napi::Value bytes(const BytesOut& b) const {
    if (!b.delivered) return env_.Null();
    auto a = Napi::Uint8Array::New(env_, b.bytes.size());
    std::copy(b.bytes.begin(), b.bytes.end(), a.Data());
    return a;
  }
  Napi::Object object() const { return Napi::Object::New(env_); }
  void set(Napi::Object& o, const char* key, Napi::Value value) const { o.Set(key, value); }
  // An error record { short, long, trace }: bindings return SPICE failures, they do not throw.
  Napi::Value error(const sc_error& e) const {
    Napi::Object o = Napi::Object::New(env_);
    o.Set("short", string(e.short_code));
    o.Set("long", string(e.long_msg));
    o.Set("trace", string(e.trace));
    return o;
  }

 private:
  Napi::Env env_;
};

}  // namespace sc::node
