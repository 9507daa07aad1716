// The binary PCK segment descriptor (core/pck/segment): the MOON_PA_DE421 fixture's summary, its
// class IDs and search order.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::kMoonEnd;
using sc_test::kMoonPaDe421;
using sc_test::kMoonPck;
using sc_test::kMoonStart;

}  // namespace

TEST_CASE("PCK file: the MOON_PA_DE421 fixture's summary and coverage listing") {
  auto file = sc_test::open_pck_file(sc::io::Bytes::from_vector(fixture_bytes(kMoonPck)), "moon.bpc");
  REQUIRE(file.ok());
  const auto segments = sc_test::pck_segments(**file);
  REQUIRE(segments.size() == 1);
  CHECK(segments[0].class_id == kMoonPaDe421);
  CHECK(segments[0].base_frame == 1);  // J2000
  CHECK(segments[0].type == 2);
  CHECK(segments[0].start_et == kMoonStart);
  CHECK(segments[0].end_et == kMoonEnd);
  CHECK((*file)->keys() == std::vector<int>{kMoonPaDe421});
  CHECK((*file)->search_order(kMoonPaDe421).size() == 1);
  CHECK((*file)->search_order(301).empty());
}
