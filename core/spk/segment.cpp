#include "spk/segment.hpp"

#include "errors/quoted.hpp"

namespace sc::spk {

Segment Segment::from_summary(const daf::ArraySummary& a) {
  Segment s;
  s.start_et = a.doubles[0];
  s.end_et = a.doubles[1];
  s.target = a.ints[0];
  s.center = a.ints[1];
  s.frame = a.ints[2];
  s.type = a.ints[3];
  s.begin = a.ints[4];
  s.end = a.ints[5];
  s.name = a.name;
  return s;
}

std::string describe(const Segment& segment, const std::string& file_name) {
  return "the type " + std::to_string(segment.type) + " segment '" + segment.name + "' for body " +
         std::to_string(segment.target) + " (center " + std::to_string(segment.center) + ", frame " +
         std::to_string(segment.frame) + ") in " + quoted(file_name);
}

}  // namespace sc::spk
