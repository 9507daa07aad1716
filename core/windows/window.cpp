#include "windows/window.hpp"

#include <string>

namespace sc::windows {

Result<Window> Window::from_endpoints(std::span<const double> endpoints) {
  if (endpoints.size() % 2 != 0) {
    return make_error("SPICE(INVALIDCARDINALITY)",
                      "A window holds pairs of endpoints; " + std::to_string(endpoints.size()) + " were given.");
  }
  Window w;
  w.ends_.assign(endpoints.begin(), endpoints.end());
  return w;
}

}  // namespace sc::windows
