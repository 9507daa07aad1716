#include "pck/segment.hpp"

#include "errors/quoted.hpp"

namespace sc::pck {

Segment Segment::from_summary(const daf::ArraySummary& a) {
  Segment s;
  s.start_et = a.doubles[0];
  s.end_et = a.doubles[1];
  s.class_id = a.ints[0];
  s.base_frame = a.ints[1];
  s.type = a.ints[2];
  s.begin = a.ints[3];
  s.end = a.ints[4];
  s.name = a.name;
  return s;
}

std::string describe(const Segment& segment, const std::string& file_name) {
  return "the type " + std::to_string(segment.type) + " PCK segment '" + segment.name + "' for class " +
         std::to_string(segment.class_id) + " (base frame " + std::to_string(segment.base_frame) + ") in " +
         quoted(file_name);
}

}  // namespace sc::pck
