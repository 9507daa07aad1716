#include "errors/error.hpp"

namespace sc {

std::string Error::trace_text() const {
  std::string out;
  for (const auto& step : trace) {
    if (!out.empty()) out += " --> ";
    out += step;
  }
  return out;
}

}  // namespace sc
