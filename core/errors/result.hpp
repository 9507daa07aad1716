// Result<T>: a value or an Error. A hand-rolled std::expected because libc++ 14 (Emscripten 3.1.6)
// has none, and the core must compile identically for native and WASM.
//
// An Error (two strings and a trace: 88 bytes) lives on the heap, behind one pointer: a successful
// Result or Status then carries nothing of it to build, move and destroy, and the core passes
// Results at every step (SC_TRY). Failures, which are rare, pay one allocation.
#pragma once

#include <memory>
#include <utility>
#include <variant>

#include "errors/error.hpp"

namespace sc {

namespace detail {

// An Error by pointer, copied deeply (a Result of a copyable T stays copyable).
class ErrorBox {
 public:
  explicit ErrorBox(Error error) : error_(std::make_unique<Error>(std::move(error))) {}
  ErrorBox(const ErrorBox& other) : error_(std::make_unique<Error>(*other.error_)) {}
  ErrorBox& operator=(const ErrorBox& other) {
    error_ = std::make_unique<Error>(*other.error_);
    return *this;
  }
  ErrorBox(ErrorBox&&) noexcept = default;
  ErrorBox& operator=(ErrorBox&&) noexcept = default;
  ~ErrorBox() = default;

  Error& get() { return *error_; }
  const Error& get() const { return *error_; }

 private:
  std::unique_ptr<Error> error_;
};

}  // namespace detail

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}

  explicit operator bool() const { return v_.index() == 0; }
  bool ok() const { return v_.index() == 0; }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  Error& error() & { return std::get<1>(v_).get(); }
  const Error& error() const& { return std::get<1>(v_).get(); }
  Error&& error() && { return std::move(std::get<1>(v_).get()); }

 private:
  std::variant<T, detail::ErrorBox> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::make_unique<Error>(std::move(error))) {}
  Result(const Result& other) : error_(other.error_ ? std::make_unique<Error>(*other.error_) : nullptr) {}
  Result& operator=(const Result& other) {
    error_ = other.error_ ? std::make_unique<Error>(*other.error_) : nullptr;
    return *this;
  }
  Result(Result&&) noexcept = default;
  Result& operator=(Result&&) noexcept = default;
  ~Result() = default;

  explicit operator bool() const { return error_ == nullptr; }
  bool ok() const { return error_ == nullptr; }
  // A success has no error; asking for it gives an empty one (as the by-value Error did).
  Error& error() & { return held(); }
  const Error& error() const& { return error_ ? *error_ : empty(); }
  Error&& error() && { return std::move(held()); }

 private:
  Error& held() {
    if (!error_) empty_for_success_ = std::make_unique<Error>();
    return error_ ? *error_ : *empty_for_success_;
  }
  static const Error& empty() {
    static const Error none{};
    return none;
  }
  std::unique_ptr<Error> error_;              // null: success
  std::unique_ptr<Error> empty_for_success_;  // only if error() is asked of a success
};

using Status = Result<void>;

}  // namespace sc

// Propagates a failed Result out of the enclosing function. A macro because C++ has no `?` operator.
#define SC_TRY(expr)                                               \
  do {                                                             \
    auto sc_try_result_ = (expr);                                  \
    if (!sc_try_result_) return std::move(sc_try_result_).error(); \
  } while (0)

// Binds a Result's value to a name, or propagates its error out of the enclosing function:
//    SC_TRY_ASSIGN(auto&& record, read_record(file, et));
//    use(record.midpoint);   // the value itself, no `*` or `->`
// The caller writes the declaration so it reads like one. `auto&& x` (or `const auto& x`) names the
// value inside the Result, which lives to the end of the enclosing scope: no copy, no move, and
// std::move(x) still moves it out; `auto x` would take a copy. It expands to several statements,
// so it cannot be the body of an unbraced if/for.
#define SC_TRY_ASSIGN(declaration, ...) \
  SC_TRY_ASSIGN_IMPL_(SC_TRY_CONCAT_(sc_try_assign_, __COUNTER__), declaration, __VA_ARGS__)
#define SC_TRY_CONCAT_(a, b) SC_TRY_CONCAT_IMPL_(a, b)
#define SC_TRY_CONCAT_IMPL_(a, b) a##b
#define SC_TRY_ASSIGN_IMPL_(tmp, declaration, ...) \
  auto tmp = (__VA_ARGS__);                        \
  if (!tmp) return std::move(tmp).error();         \
  declaration = std::move(tmp).value()
