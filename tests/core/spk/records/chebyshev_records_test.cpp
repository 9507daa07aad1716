// The Chebyshev records of SPK types 2 and 3 (core/spk/records/chebyshev_records): a boundary
// between records belongs to the later record and the segment's end to the last, and the states
// are continuous across record boundaries.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "bodies/body_names.hpp"
#include "daf_images.hpp"
#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "segment_files.hpp"
#include "spk/records/chebyshev_records.hpp"
#include "spk/segment_evaluation.hpp"

namespace {

using sc_test::fixture_bytes;

}  // namespace

TEST_CASE("Type 2 record selection: boundaries belong to the later record, the end to the last") {
  auto file = sc_test::open_spk_file(sc::io::Bytes::from_vector(fixture_bytes("spk/de430-2015-03-02.bsp")), "de430");
  REQUIRE(file.ok());
  const auto segments = sc_test::spk_segments(**file);
  const auto& earth = segments[11];  // 399 relative to 3, 8-day records
  REQUIRE(earth.target == 399);
  std::vector<double> dir(4);
  REQUIRE((*file)->daf().read_words(earth.end - 3, dir).ok());
  const double init = dir[0], intlen = dir[1];
  const int n = static_cast<int>(dir[3]);
  REQUIRE(n >= 2);
  for (int k = 0; k <= n; ++k) {
    const double et = init + k * intlen;
    auto record = sc::spk::read_chebyshev_record(**file, earth, et, 3);
    REQUIRE(record.ok());
    const double record_start = record->midpoint - record->radius;
    if (k < n) {
      CHECK_MESSAGE(record_start == et, "boundary " << k);  // record k+1 starts here
    } else {
      CHECK(record->midpoint + record->radius == et);  // segment end: the last record
    }
  }
  // Just before a boundary: the earlier record.
  auto before = sc::spk::read_chebyshev_record(**file, earth, init + intlen - 1e-3, 3);
  REQUIRE(before.ok());
  CHECK(before->midpoint - before->radius == init);
  // An epoch before INIT (not covered, but evaluable) stays inside the segment: the first record.
  auto early = sc::spk::read_chebyshev_record(**file, earth, init - 10 * intlen, 3);
  REQUIRE(early.ok());
  CHECK(early->midpoint - early->radius == init);
}

TEST_CASE("Type 2 and type 3 segments evaluate continuously across record boundaries") {
  auto file = sc_test::open_spk_file(sc::io::Bytes::from_vector(fixture_bytes("spk/jup310-2015-03-02.bsp")), "jup");
  REQUIRE(file.ok());
  for (const auto& segment : sc_test::spk_segments(**file)) {
    std::vector<double> dir(4);
    REQUIRE((*file)->daf().read_words(segment.end - 3, dir).ok());
    if (dir[3] < 2) continue;
    const double boundary = dir[0] + dir[1];
    auto at = sc::spk::evaluate_segment(**file, segment, boundary);
    auto just_before = sc::spk::evaluate_segment(**file, segment, boundary - 1e-6);
    REQUIRE(at.ok());
    REQUIRE(just_before.ok());
    for (std::size_t i = 0; i < 3; ++i) {
      CHECK_MESSAGE(std::fabs((*at)[i] - (*just_before)[i]) < 1e-3, describe(segment, "jup") << " component " << i);
    }
    // Type 3 velocities come from their own polynomials, close to the position's derivative.
    if (segment.type == 3) {
      auto later = sc::spk::evaluate_segment(**file, segment, boundary + 1.0);
      REQUIRE(later.ok());
      for (std::size_t i = 0; i < 3; ++i) {
        CHECK((*later)[i] - (*at)[i] == doctest::Approx(((*later)[i + 3] + (*at)[i + 3]) / 2).epsilon(1e-5));
      }
    }
  }
}
