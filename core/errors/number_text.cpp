#include "errors/number_text.hpp"

#include <cmath>
#include <cstdio>

namespace sc {
namespace {

// printf spells NaN "nan" or "-nan" by its sign bit, and a NaN's sign differs between x86 and WASM
// for the same computation (0x7ff8... vs 0xfff8...): messages name non-finite values one way instead.
const char* non_finite_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  return nullptr;
}

}  // namespace

std::string number_text(double d) {
  if (const char* text = non_finite_text(d)) return text;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

std::string epoch_text(double et) {
  if (const char* text = non_finite_text(et)) return std::string("ET ") + text + " (TDB seconds past J2000)";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", et);
  return std::string("ET ") + buf + " (TDB seconds past J2000)";
}

}  // namespace sc
