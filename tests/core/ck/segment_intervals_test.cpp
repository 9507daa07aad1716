// CK coverage intervals (core/ck/segment_intervals, CKCOV's INTERVAL level): a bound that is not
// finite in a segment's data (found by the corrupt-kernel corpus, issue 16 item 4: ckcov answered
// [[-Inf, ...]] on both backends) is SPICE(INVALIDVALUE) naming the file and segment.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "ck/segment.hpp"
#include "ck/segment_intervals.hpp"
#include "fixtures.hpp"
#include "kernels/segment_kinds.hpp"
#include "segment_files.hpp"

namespace {

sc_test::SegmentFilePtr open_ck(std::vector<std::uint8_t> bytes, const std::string& name) {
  auto file = sc::daf::SegmentFile::open(sc::io::Bytes::from_vector(std::move(bytes)), name, sc::kernels::kCk.format);
  REQUIRE_MESSAGE(file.ok(), name << ": " << (file.ok() ? "" : file.error().long_msg));
  return *file;
}

}  // namespace

TEST_CASE("CK type 2 intervals: the real file's, then an infinite stop time refused, naming the segment") {
  const auto bytes = sc_test::fixture_bytes("ck-written/spicecraft_type02.bc");
  const auto file = open_ck(bytes, "/kernels/type02.bc");
  REQUIRE(file->segments().size() == 1);
  const auto segment = sc::ck::Segment::from_summary(file->segments()[0]);
  const auto good = sc::ck::segment_intervals(*file, segment);
  REQUIRE(good.ok());
  CHECK(good->intervals.size() == 60);

  for (double bad : {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                     std::numeric_limits<double>::quiet_NaN()}) {
    auto corrupt = bytes;
    // Type 2 data: 60 records of 8 words, 60 start times, 60 stop times: the last word is the last
    // interval's stop time.
    sc_test::put_double(corrupt, segment.last, bad);
    const auto file2 = open_ck(corrupt, "/kernels/corrupt02.bc");
    const auto got = sc::ck::segment_intervals(*file2, sc::ck::Segment::from_summary(file2->segments()[0]));
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().short_code == "SPICE(INVALIDVALUE)");
    CHECK_MESSAGE(got.error().long_msg.find("'/kernels/corrupt02.bc'") != std::string::npos, got.error().long_msg);
    CHECK_MESSAGE(got.error().long_msg.find("not finite") != std::string::npos, got.error().long_msg);
  }
}
