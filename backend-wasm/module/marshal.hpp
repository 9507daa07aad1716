// The Embind module's one generic marshaller: Args checks a method's arguments by kind (Embind has
// already converted strings, numbers and booleans; arrays arrive as vals and are copied into the
// WASM heap), Js builds the JS value of a call's outputs. The generated methods (wasm_methods.inc,
// from shim-c/calls.idl) are written only in terms of these two and of binding_support.hpp.
#pragma once

#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <type_traits>
#include <string>
#include <utility>
#include <vector>

#include "binding_support.hpp"

// A new Float64Array of n values, or null when the JS engine refuses it (longer than a typed array
// may be, or out of memory): the refusal must not unwind through WASM frames as a raw RangeError.
EM_JS(emscripten::EM_VAL, sc_js_new_float64s, (double n), {
  try {
    return Emval.toHandle(new Float64Array(n));
  } catch (e) {
    return Emval.toHandle(null);
  }
});

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

// An argument's copy in the WASM heap, allocated with malloc so that a heap that cannot grow any
// more is a null pointer to report (SPICE(MALLOCFAILED)) rather than an abort. With
// ALLOW_MEMORY_GROWTH, Emscripten's malloc returns null on failure (ABORTING_MALLOC is off).
template <class T>
class HeapArray {
 public:
  HeapArray() = default;
  // Allocates n values; ok() tells whether it worked.
  explicit HeapArray(std::size_t n) : size_(n) {
    if (n > 0) data_.reset(static_cast<T*>(std::malloc(n * sizeof(T))));
  }
  bool ok() const { return size_ == 0 || data_ != nullptr; }
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  std::size_t size() const { return size_; }

 private:
  struct Free {
    void operator()(T* p) const { std::free(p); }
  };
  std::unique_ptr<T, Free> data_;
  std::size_t size_ = 0;
};

// Whether the heap can give n more bytes now (room for a copy the core will make). The pointer goes
// through a volatile: LLVM may otherwise drop a malloc whose result is only tested and freed,
// assuming it succeeded.
inline bool heap_has_room(std::size_t n) {
  void* volatile probe = std::malloc(n);
  const bool ok = probe != nullptr;
  std::free(probe);
  return ok;
}

// A JS function of one number the core calls back while a call runs (f64fn, boolfn), as on Node:
// a value of another type fails the call with SPICE(CALLBACKFAILED). The TS layer's wrappers never
// throw (a JS exception must not unwind through the module's frames: their destructors would not
// run), so a throw reaches here as `undefined`.
template <class Out>
class JsCallback {
 public:
  using Trampoline = int32_t (*)(void*, double, Out*);
  JsCallback() = default;
  explicit JsCallback(val fn) : fn_(std::move(fn)) {}
  Trampoline function() const { return &JsCallback::call; }
  void* user() const { return const_cast<JsCallback*>(this); }  // the trampoline only reads it

 private:
  static int32_t call(void* user, double x, Out* out) {
    const auto& self = *static_cast<const JsCallback*>(user);
    val v = self.fn_(x);
    const std::string type = v.typeOf().as<std::string>();
    if constexpr (std::is_same_v<Out, double>) {
      if (type != "number") return 1;
      *out = v.as<double>();
    } else {
      if (type != "boolean") return 1;
      *out = v.as<bool>() ? 1 : 0;
    }
    return 0;
  }

  val fn_ = val::undefined();
};

// The bytesfill kind: a Uint8Array copied once, by the JS engine, straight into the memory the core
// keeps (sc_fill_fn), so the heap never holds the bytes twice while a kernel loads.
class JsBytesFiller {
 public:
  JsBytesFiller() = default;
  explicit JsBytesFiller(val array) : array_(std::move(array)), size_(array_["length"].as<std::size_t>()) {}
  std::size_t size() const { return size_; }
  sc_fill_fn function() const { return &JsBytesFiller::fill; }
  void* user() const { return const_cast<JsBytesFiller*>(this); }  // the trampoline only reads it

 private:
  static void fill(void* user, std::uint8_t* destination, std::size_t length) {
    const auto& self = *static_cast<const JsBytesFiller*>(user);
    if (length == self.size_) val(emscripten::typed_memory_view(length, destination)).call<void>("set", self.array_);
  }
  val array_ = val::undefined();
  std::size_t size_ = 0;
};

// A JS function of several numbers, or null (the numsfn kind), as on Node: a number, a boolean
// (1 or 0) or undefined (0) is its value; anything else fails the call.
class JsNumbersCallback {
 public:
  JsNumbersCallback() = default;
  explicit JsNumbersCallback(val fn) : fn_(std::move(fn)) {}
  sc_nums_fn function() const { return fn_.isUndefined() ? nullptr : &JsNumbersCallback::call; }
  void* user() const { return const_cast<JsNumbersCallback*>(this); }  // the trampoline only reads it

 private:
  static int32_t call(void* user, const double* args, size_t count, double* out) {
    const auto& self = *static_cast<const JsNumbersCallback*>(user);
    val argv = val::array();
    for (size_t i = 0; i < count; ++i) argv.call<void>("push", args[i]);
    val v = self.fn_.call<val>("apply", val::null(), argv);
    const std::string type = v.typeOf().as<std::string>();
    if (type == "number") *out = v.as<double>();
    else if (type == "boolean") *out = v.as<bool>() ? 1.0 : 0.0;
    else if (type == "undefined") *out = 0.0;
    else return 1;
    return 0;
  }

  val fn_ = val::undefined();
};

// An async method's control (contract RawControl: { cancel: Int32Array, progress?: function }). The
// module runs the call on the calling thread, so the callbacks reach JS directly: the progress
// function is called as the search goes, and `cancel[0]` is read between steps (set by that
// function, or before the call). Not copyable: get() hands the core a pointer to this object.
class ControlArg {
 public:
  ControlArg() = default;
  ControlArg(val cancel, val progress) : cancel_(std::move(cancel)), progress_(std::move(progress)) {}
  ControlArg(const ControlArg&) = delete;
  ControlArg& operator=(const ControlArg&) = delete;

  const sc_control* get() const {
    control_ = {progress_.isUndefined() ? nullptr : &ControlArg::report, &ControlArg::cancelled,
                const_cast<ControlArg*>(this)};
    return &control_;
  }

 private:
  static void report(void* user, double fraction) { static_cast<ControlArg*>(user)->progress_(fraction); }
  static int32_t cancelled(void* user) {
    const auto& self = *static_cast<ControlArg*>(user);
    return self.cancel_.isUndefined() ? 0 : self.cancel_[0].as<int32_t>();
  }

  val cancel_ = val::undefined();
  val progress_ = val::undefined();
  mutable sc_control control_{};
};

class Args {
 public:
  explicit Args(const char* call) : call_(call) {}

  // Host callbacks (f64fn, boolfn); see JsCallback.
  JsCallback<double> f64fn(const val& v, std::size_t i, const char* name) {
    if (v.typeOf().as<std::string>() != "function") return fail(i, name, "must be a function"), JsCallback<double>();
    return JsCallback<double>(v);
  }
  JsCallback<int32_t> boolfn(const val& v, std::size_t i, const char* name) {
    if (v.typeOf().as<std::string>() != "function") return fail(i, name, "must be a function"), JsCallback<int32_t>();
    return JsCallback<int32_t>(v);
  }
  // A numsfn callback, or null/undefined for the call's default; see JsNumbersCallback.
  JsNumbersCallback numsfn(const val& v, std::size_t i, const char* name) {
    if (v.isNull() || v.isUndefined()) return JsNumbersCallback();
    if (v.typeOf().as<std::string>() != "function") return fail(i, name, "must be a function or null"), JsNumbersCallback();
    return JsNumbersCallback(v);
  }
  // An async call's control; see ControlArg.
  ControlArg control(const val& v, std::size_t i, const char* name) {
    if (v.typeOf().as<std::string>() != "object" || v.isNull()) {
      fail(i, name, "must be { cancel: Int32Array, progress? }");
      return {};
    }
    val cancel = v["cancel"];
    if (!cancel.instanceof(val::global("Int32Array")) || cancel["length"].as<std::size_t>() < 1) {
      fail(i, name, "must have a cancel Int32Array of at least one element");
      return {};
    }
    val progress = v["progress"];
    if (!progress.isUndefined() && progress.typeOf().as<std::string>() != "function") {
      fail(i, name, "has a progress that is not a function");
      return {};
    }
    return {std::move(cancel), std::move(progress)};
  }

  bool ok() const { return !failure_.has_value(); }
  const sc_error& failure() const { return *failure_; }

  // Strings arrive as UTF-16 code units and are converted by utf16_text.hpp, as on Node.
  std::string str(const std::u16string& s, std::size_t i, const char* name) {
    std::string out = utf8_from_utf16(s);
    if (out.find('\0') != std::string::npos) fail(i, name, "must not contain NUL characters");
    return out;
  }
  int32_t i32(int32_t v, std::size_t, const char*) { return v; }
  double f64(double v, std::size_t, const char*) { return v; }
  bool boolean(bool v, std::size_t, const char*) { return v; }

  // Copies: the WASM heap cannot see JS memory.
  HeapArray<double> f64s(const val& v, std::size_t i, const char* name, std::optional<std::size_t> size = {}) {
    return typed<double>(v, i, name, "Float64Array", "a Float64Array", size);
  }
  HeapArray<int32_t> i32s(const val& v, std::size_t i, const char* name, std::optional<std::size_t> size = {}) {
    return typed<int32_t>(v, i, name, "Int32Array", "an Int32Array", size);
  }
  // Kernel bytes: the core keeps its own copy (adapters::copy_bytes), so the heap must also have room
  // for that one; checking here makes a kernel too large for the heap an error, not an abort.
  HeapArray<std::uint8_t> bytes(const val& v, std::size_t i, const char* name) {
    auto out = typed<std::uint8_t>(v, i, name, "Uint8Array", "a Uint8Array", std::nullopt);
    if (ok() && out.size() > 0 && !heap_has_room(out.size())) {
      failure_ = out_of_memory(call_, "room for the core's copy of argument " + std::to_string(i + 1) + " (" + name +
                                          ", " + std::to_string(out.size()) + " bytes) in the WASM heap");
    }
    return out;
  }
  JsBytesFiller bytesfill(const val& v, std::size_t i, const char* name) {
    if (!v.instanceof(val::global("Uint8Array"))) return fail(i, name, "must be a Uint8Array"), JsBytesFiller();
    return JsBytesFiller(v);
  }
  // A batch's epochs stay on the JS side: BatchChunks copies one chunk at a time.
  val batch(const val& v, std::size_t i, const char* name) {
    if (!v.instanceof(val::global("Float64Array"))) return fail(i, name, "must be a Float64Array"), val::null();
    return v;
  }
  std::vector<std::string> strs(const val& v, std::size_t i, const char* name) {
    std::vector<std::string> out;
    if (!v.isArray()) return fail(i, name, "must be an array of strings"), out;
    const unsigned n = v["length"].as<unsigned>();
    for (unsigned k = 0; k < n; ++k) {
      val item = v[k];
      if (!item.isString()) return fail(i, name, "must be an array of strings"), out;
      out.push_back(utf8_from_utf16(item.as<std::u16string>()));
      if (out.back().find('\0') != std::string::npos) return fail(i, name, "must not contain NUL characters"), out;
    }
    return out;
  }

 private:
  void fail(std::size_t i, const char* name, const std::string& what) {
    if (!failure_) failure_ = bad_argument(call_, i, name, what);
  }
  template <class T>
  HeapArray<T> typed(const val& v, std::size_t i, const char* name, const char* type, const char* what,
                     std::optional<std::size_t> size) {
    if (!v.instanceof(val::global(type))) return fail(i, name, std::string("must be ") + what), HeapArray<T>();
    const auto n = v["length"].as<std::size_t>();
    if (size && n != *size) return fail(i, name, "must hold " + std::to_string(*size) + " values"), HeapArray<T>();
    HeapArray<T> out(n);
    if (!out.ok()) {
      if (!failure_) {
        failure_ = out_of_memory(call_, "a copy of argument " + std::to_string(i + 1) + " (" + name + ", " +
                                            std::to_string(n) + " values) in the WASM heap");
      }
      return HeapArray<T>();
    }
    if (n > 0) val(emscripten::typed_memory_view(n, out.data())).call<void>("set", v);
    return out;
  }

  const char* call_;
  std::optional<sc_error> failure_;
};

// A batch's epochs, handed to the core kBatchChunk at a time: each chunk is copied out of the JS
// Float64Array into one reused heap buffer, so the heap never holds the whole batch.
class BatchChunks {
 public:
  explicit BatchChunks(const val& epochs)
      : epochs_(epochs), total_(epochs.isNull() ? 0 : epochs["length"].as<std::size_t>()) {}
  std::size_t total() const { return total_; }
  // Loads the next chunk; false when the batch is done.
  bool next() {
    base_ += count_;
    if (base_ >= total_) return false;
    count_ = std::min(kBatchChunk, total_ - base_);
    buffer_.resize(count_);
    val(emscripten::typed_memory_view(count_, buffer_.data()))
        .call<void>("set", epochs_.call<val>("subarray", static_cast<double>(base_), static_cast<double>(base_ + count_)));
    return true;
  }
  const double* epochs() const { return buffer_.data(); }
  std::size_t count() const { return count_; }
  std::size_t base() const { return base_; }

 private:
  val epochs_;
  std::size_t total_;
  std::size_t base_ = 0;
  std::size_t count_ = 0;
  std::vector<double> buffer_;
};

// One output of a batch: a Float64Array of width values per epoch allocated on the JS side, filled
// chunk by chunk from one reused heap buffer.
class BatchOut {
 public:
  BatchOut(std::size_t width, std::size_t total)
      // In doubles: width * total may not fit in the 32-bit size_t of wasm32.
      : width_(width),
        array_(val::take_ownership(sc_js_new_float64s(static_cast<double>(width) * static_cast<double>(total)))) {}
  bool ok() const { return !array_.isNull(); }
  // Where the core writes the chunk's values.
  double* chunk(const BatchChunks& c) {
    buffer_.resize(width_ * c.count());
    return buffer_.data();
  }
  void commit(const BatchChunks& c) {
    array_.call<void>("set", val(emscripten::typed_memory_view(buffer_.size(), buffer_.data())),
                      static_cast<double>(width_) * static_cast<double>(c.base()));
  }
  val value() const { return array_; }

 private:
  std::size_t width_;
  val array_;
  std::vector<double> buffer_;
};

class Js {
 public:
  val undefined() const { return val::undefined(); }
  val null() const { return val::null(); }
  val number(double v) const { return val(v); }
  val boolean(bool v) const { return val(v); }
  // Through UTF-16 code units (utf16_text.hpp): Embind copies them by count, never decoding UTF-8.
  val string(const std::string& v) const { return val(utf16_from_utf8(v)); }
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
  BatchOut batch_out(std::size_t width, std::size_t total) const { return BatchOut(width, total); }
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
