// SegmentFile (core/daf/segment_file): a descriptor whose coverage is not finite makes the file
// fail to open, naming the segment (issue 16, item 4: spkcov reported [[-Inf, ...]]).
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "daf/segment_file.hpp"
#include "daf_images.hpp"
#include "fixtures.hpp"

TEST_CASE("a segment whose coverage is not finite makes its file fail to open") {
  const sc::daf::SummaryFormat spk{2, 6, "SPK", "SPK"};
  auto bytes = sc_test::fixture_bytes("spk/de430-2015-03-02.bsp");
  REQUIRE(sc::daf::SegmentFile::open(sc::io::Bytes::from_vector(bytes), "good.bsp", spk).ok());
  for (double bad : {-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
    auto damaged = bytes;
    // Summary 2 of the first summary record (record 4): its start time, the first double.
    sc_test::put_double_at(damaged, sc_test::record_at(4) + 24 + 1 * 40, bad);
    auto file = sc::daf::SegmentFile::open(sc::io::Bytes::from_vector(damaged), "bad.bsp", spk);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().short_code == "SPICE(INVALIDVALUE)");
    CHECK(file.error().long_msg.find("'bad.bsp'") != std::string::npos);
    CHECK(file.error().long_msg.find("segment 2") != std::string::npos);
  }
}
