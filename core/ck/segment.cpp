#include "ck/segment.hpp"

#include "errors/quoted.hpp"

namespace sc::ck {

Segment Segment::from_summary(const daf::ArraySummary& a) {
  Segment s;
  s.start = a.doubles[0];
  s.end = a.doubles[1];
  s.instrument = a.ints[0];
  s.frame = a.ints[1];
  s.type = a.ints[2];
  s.has_av = a.ints[3] == 1;
  s.begin = a.ints[4];
  s.last = a.ints[5];
  s.name = a.name;
  return s;
}

std::string describe(const Segment& segment, const std::string& file_name) {
  return "the type " + std::to_string(segment.type) + " CK segment '" + segment.name + "' for instrument " +
         std::to_string(segment.instrument) + " (frame " + std::to_string(segment.frame) + ") in " + quoted(file_name);
}

}  // namespace sc::ck
