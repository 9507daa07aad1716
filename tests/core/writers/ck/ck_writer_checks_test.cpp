// The CK writers' checks (core/writers/ck/ck_writer.hpp) on the DafWriter level, in the order of
// CKW01, CKW02, CKW03, CKW05 and CKW06: for each writer, input that breaks two rules at once fails
// with the rule CSPICE checks first, and a failed call leaves the file unchanged.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "daf/daf_writer.hpp"
#include "fixtures.hpp"
#include "writers/ck/ck_writer.hpp"

namespace {

using sc::ck::CkSegmentSpec;
using sc_test::error_code;
using sc_test::ok;
using Words = std::vector<double>;

sc::daf::DafWriter new_ck() { return ok(sc::daf::DafWriter::create("t.bc", "CK", 2, 6, "checks", 0)); }

CkSegmentSpec spec(double begtim, double endtim, std::string_view segid = "S", bool known_frame = true) {
  CkSegmentSpec s;
  s.begtim = begtim;
  s.endtim = endtim;
  s.inst = -1;
  s.ref = known_frame ? "J2000" : "NOPE";
  s.ref_code = known_frame ? std::optional<int>(1) : std::nullopt;
  s.segid = segid;
  return s;
}

const Words kTimes = {100, 200, 300};
const Words kQuats = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0};
const Words kAvvs(9, 0.0);
const std::string kLong(41, 'X');

}  // namespace

TEST_CASE("ckw01 checks in CKW01's order") {
  auto file = new_ck();
  const auto before = file.bytes();
  CHECK(error_code(sc::ck::ckw01(file, spec(150, 300, "S", false), 3, kTimes, kQuats, kAvvs)) ==
        "SPICE(INVALIDDESCRTIME)");
  CHECK(error_code(sc::ck::ckw01(file, spec(100, 300, kLong + "\t", false), 3, kTimes, kQuats, kAvvs)) ==
        "SPICE(INVALIDREFFRAME)");
  // CKW01 looks at the characters before the length.
  CHECK(error_code(sc::ck::ckw01(file, spec(100, 300, kLong + "\t"), 3, kTimes, kQuats, kAvvs)) ==
        "SPICE(NONPRINTABLECHARS)");
  CHECK(error_code(sc::ck::ckw01(file, spec(100, 300, kLong), 3, Words{100, 100, 300}, kQuats, kAvvs)) ==
        "SPICE(SEGIDTOOLONG)");
  CHECK(error_code(sc::ck::ckw01(file, spec(-100, 300), 3, Words{-100, -200, 300}, Words(12, 0.0), kAvvs)) ==
        "SPICE(INVALIDSCLKTIME)");
  CHECK(error_code(sc::ck::ckw01(file, spec(100, 300), 3, Words{100, 100, 300}, Words(12, 0.0), kAvvs)) ==
        "SPICE(TIMESOUTOFORDER)");
  CHECK(error_code(sc::ck::ckw01(file, spec(100, 300), 0, kTimes, kQuats, kAvvs)) == "SPICE(INVALIDNUMREC)");
  CHECK(file.bytes() == before);
  ok(sc::ck::ckw01(file, spec(100, 300), 3, kTimes, kQuats, {}));
  CHECK(file.array_count() == 1);
}

TEST_CASE("ckw02 checks each interval in turn: its length, its start, then the previous stop") {
  auto file = new_ck();
  const Words rates = {1, 1, 1};
  CHECK(error_code(sc::ck::ckw02(file, spec(100, 400), 3, kTimes, Words{150, 190, 400}, kQuats, kAvvs, rates)) ==
        "SPICE(DEGENERATEINTERVAL)");
  CHECK(error_code(sc::ck::ckw02(file, spec(100, 400), 3, Words{100, 90, 300}, Words{150, 95, 400}, kQuats, kAvvs,
                                 rates)) == "SPICE(TIMESOUTOFORDER)");
  CHECK(error_code(sc::ck::ckw02(file, spec(100, 400), 3, kTimes, Words{250, 260, 400}, kQuats, kAvvs, rates)) ==
        "SPICE(BADSTOPTIME)");
  CHECK(error_code(sc::ck::ckw02(file, spec(100, 400), 3, kTimes, Words{150, 250, 400}, Words(12, 0.0), kAvvs,
                                 rates)) == "SPICE(ZEROQUATERNION)");
  ok(sc::ck::ckw02(file, spec(100, 400), 3, kTimes, Words{150, 250, 400}, kQuats, kAvvs, rates));
  // 8-word records, the starts, the stops; the descriptor flags angular velocity.
  CHECK(file.array_count() == 1);
}

TEST_CASE("ckw03 checks the interval starts after the pointing times") {
  auto file = new_ck();
  CHECK(error_code(sc::ck::ckw03(file, spec(100, 300), 3, kTimes, kQuats, {}, 0, {})) == "SPICE(INVALIDNUMINT)");
  CHECK(error_code(sc::ck::ckw03(file, spec(100, 300), 3, Words{100, 100, 300}, kQuats, {}, 1, Words{200})) ==
        "SPICE(TIMESOUTOFORDER)");
  CHECK(error_code(sc::ck::ckw03(file, spec(100, 300), 3, kTimes, kQuats, {}, 1, Words{200})) ==
        "SPICE(TIMESDONTMATCH)");
  CHECK(error_code(sc::ck::ckw03(file, spec(100, 300), 3, kTimes, kQuats, {}, 2, Words{100, 100})) ==
        "SPICE(TIMESOUTOFORDER)");
  CHECK(error_code(sc::ck::ckw03(file, spec(100, 300), 3, kTimes, kQuats, {}, 2, Words{100, 250})) ==
        "SPICE(INVALIDSTARTTIME)");
  ok(sc::ck::ckw03(file, spec(100, 300), 3, kTimes, kQuats, {}, 2, Words{100, 300}));
}

TEST_CASE("ckw05 checks the subtype before the quaternions and the degree after them") {
  auto file = new_ck();
  CHECK(error_code(sc::ck::ckw05(file, spec(100, 300, kLong + "\t"), 4, 0, 3, kTimes, kQuats, 1, 1, Words{100})) ==
        "SPICE(SEGIDTOOLONG)");  // CKW05 looks at the length first
  CHECK(error_code(sc::ck::ckw05(file, spec(100, 300), 4, 0, 3, kTimes, kQuats, 1, 1, Words{150})) ==
        "SPICE(INVALIDSTARTTIME)");
  CHECK(error_code(sc::ck::ckw05(file, spec(100, 300), 4, 0, 3, kTimes, Words(12, 0.0), 1, 1, Words{100})) ==
        "SPICE(NOTSUPPORTED)");
  CHECK(error_code(sc::ck::ckw05(file, spec(100, 300), 1, 0, 3, kTimes, Words(12, 0.0), 1, 1, Words{100})) ==
        "SPICE(ZEROQUATERNION)");
  CHECK(error_code(sc::ck::ckw05(file, spec(300, 100), 1, 24, 3, kTimes, kQuats, 1, 1, Words{100})) ==
        "SPICE(INVALIDDEGREE)");
  CHECK(error_code(sc::ck::ckw05(file, spec(300, 100), 0, 5, 3, kTimes, Words(24, 1.0), 1, 1, Words{100})) ==
        "SPICE(INVALIDDEGREE)");  // a Hermite window of 3
  CHECK(error_code(sc::ck::ckw05(file, spec(300, 100), 1, 1, 3, kTimes, kQuats, 0, 1, Words{100})) ==
        "SPICE(BADDESCRTIMES)");
  CHECK(error_code(sc::ck::ckw05(file, spec(301, 400), 1, 1, 3, kTimes, kQuats, 0, 1, Words{100})) ==
        "SPICE(EMPTYSEGMENT)");
  CHECK(error_code(sc::ck::ckw05(file, spec(300, 400), 1, 1, 3, kTimes, kQuats, 0, 1, Words{100})) ==
        "SPICE(INVALIDVALUE)");
  CHECK(file.array_count() == 0);
  // A time on either bound is inside the segment.
  ok(sc::ck::ckw05(file, spec(300, 400), 1, 1, 3, kTimes, kQuats, 1, 1, Words{100}));
}

TEST_CASE("ckw06 checks the whole segment, then each mini-segment in turn") {
  auto file = new_ck();
  const std::vector<int> npkts = {3};
  const std::vector<int> lagrange = {1};
  const std::vector<int> degree1 = {1};
  const Words bounds = {100, 300};
  CHECK(error_code(sc::ck::ckw06(file, spec(300, 100, kLong, false), 1, npkts, lagrange, degree1, kQuats, Words{1},
                                 kTimes, bounds, false)) == "SPICE(BADDESCRTIMES)");
  CHECK(error_code(sc::ck::ckw06(file, spec(100, 300, kLong, false), 1, npkts, lagrange, degree1, kQuats, Words{1},
                                 kTimes, bounds, false)) == "SPICE(INVALIDREFFRAME)");
  CHECK(error_code(sc::ck::ckw06(file, spec(100, 300, kLong + "\t"), 1, npkts, lagrange, degree1, kQuats, Words{1},
                                 kTimes, bounds, false)) == "SPICE(SEGIDTOOLONG)");
  CHECK(error_code(sc::ck::ckw06(file, spec(100, 300), 0, {}, {}, {}, {}, {}, {}, {}, false)) ==
        "SPICE(INVALIDCOUNT)");
  // Mini-segment 1 is fine; mini-segment 2 has a bad subtype and zero quaternions: the subtype first.
  const std::vector<int> two = {3, 3};
  const Words two_bounds = {100, 300, 500};
  Words packets = kQuats;
  packets.insert(packets.end(), 12, 0.0);
  const Words times = {100, 200, 300, 300, 400, 500};
  CHECK(error_code(sc::ck::ckw06(file, spec(100, 500), 2, two, std::vector<int>{1, 5}, std::vector<int>{1, 1},
                                 packets, Words{1, 1}, times, two_bounds, true)) == "SPICE(INVALIDSUBTYPE)");
  CHECK(error_code(sc::ck::ckw06(file, spec(100, 500), 2, two, std::vector<int>{1, 1}, std::vector<int>{1, 1},
                                 packets, Words{1, 1}, times, two_bounds, true)) == "SPICE(ZEROQUATERNION)");
  CHECK(error_code(sc::ck::ckw06(file, spec(100, 500), 2, two, std::vector<int>{1, 1}, std::vector<int>{1, 1},
                                 Words(24, 1.0), Words{1, 1}, Words{100, 200, 300, 350, 400, 500}, two_bounds, true)) ==
        "SPICE(BOUNDSDISAGREE)");
  CHECK(file.array_count() == 0);
}
