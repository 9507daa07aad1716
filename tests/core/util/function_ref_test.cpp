// FunctionRef (core/util/function_ref): calls the referenced callable with its captures as they are
// at the call (a reference, not a copy), forwards arguments and results, and stays two pointers.
#include <doctest/doctest.h>

#include <string>

#include "util/function_ref.hpp"

namespace {

using sc::util::FunctionRef;

double apply_twice(FunctionRef<double(double)> f, double x) { return f(f(x)); }

TEST_CASE("FunctionRef calls a lambda with more captures than std::function's small buffer") {
  double a = 2, b = 3, c = 5, d = 7;
  const auto affine = [&](double x) { return a * x + b + c - d; };
  CHECK(apply_twice(affine, 1.0) == 2 * (2 * 1.0 + 1) + 1);
  a = 10;  // a reference: the change is seen
  CHECK(apply_twice(affine, 1.0) == 10 * (10 * 1.0 + 1) + 1);
  static_assert(sizeof(FunctionRef<double(double)>) == 2 * sizeof(void*));
}

TEST_CASE("FunctionRef forwards references and returns non-trivial values") {
  std::string log;
  const auto append = [&log](const std::string& s) -> std::string {
    log += s;
    return log;
  };
  const FunctionRef<std::string(const std::string&)> f = append;
  CHECK(f("ab") == "ab");
  CHECK(f("cd") == "abcd");
  CHECK(log == "abcd");
}

}  // namespace
