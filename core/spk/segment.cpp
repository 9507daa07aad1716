#include "spk/segment.hpp"

#include "errors/quoted.hpp"

namespace sc::spk {

std::string describe(const Segment& segment, const std::string& file_name) {
  return "the type " + std::to_string(segment.type) + " segment '" + segment.name + "' for body " +
         std::to_string(segment.target) + " (center " + std::to_string(segment.center) + ", frame " +
         std::to_string(segment.frame) + ") in " + quoted(file_name);
}

}  // namespace sc::spk
