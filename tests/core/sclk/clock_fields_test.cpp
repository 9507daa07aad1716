// Splitting clock strings into fields (core/sclk/clock_fields: LPARSM(list, ".:-, ", 10) as SCTK01
// calls it): blanks around fields, blank runs next to delimiters, empty fields, the 10-field cap.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sclk/clock_fields.hpp"

TEST_CASE("clock strings split into fields as LPARSM splits them") {
  using sc::sclk::split_clock_fields;
  using V = std::vector<std::string>;
  CHECK(split_clock_fields("1:2") == V{"1", "2"});
  CHECK(split_clock_fields(" 1 : 2 ") == V{"1 ", "2"});
  CHECK(split_clock_fields("1 2") == V{"1", "2"});
  CHECK(split_clock_fields("-5") == V{" ", "5"});
  CHECK(split_clock_fields("1:") == V{"1", " "});
  CHECK(split_clock_fields("1::2") == V{"1", " ", "2"});
  CHECK(split_clock_fields("   ") == V{" "});
  CHECK(split_clock_fields("1.2.3.4.5.6.7.8.9.10.11.12").size() == 10);
}
