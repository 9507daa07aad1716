#include "pck/segment.hpp"

#include "errors/quoted.hpp"

namespace sc::pck {

std::string describe(const Segment& segment, const std::string& file_name) {
  return "the type " + std::to_string(segment.type) + " PCK segment '" + segment.name + "' for class " +
         std::to_string(segment.class_id) + " (base frame " + std::to_string(segment.base_frame) + ") in " +
         quoted(file_name);
}

}  // namespace sc::pck
