// The summary-record list of a DAF (core/daf/array_summaries): summaries over two records, arrays
// that must lie inside the file, and hostile lists (cycles, bad pointers and counts, addresses out
// of range) that must fail with a clear error, never a crash.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "daf/daf_file.hpp"
#include "daf_images.hpp"

namespace {

using sc::daf::ByteOrder;
using sc::daf::DafFile;
using sc_test::check_open_error;
using sc_test::fixture_bytes;
using sc_test::open_daf_bytes;
using sc_test::open_daf_fixture;
using sc_test::put_double_at;
using sc_test::put_int_at;
using sc_test::record_at;
using sc_test::summary_int_at;

}  // namespace

TEST_CASE("DAF summaries spread over two summary records (DE441 merged excerpt)") {
  const DafFile daf = open_daf_fixture("spk/de441-1969.bsp");
  CHECK(daf.file_record().internal_name == "SPKMERGE");
  CHECK(daf.file_record().fward == 62);
  CHECK(daf.file_record().bward == 71);
  const auto arrays = daf.arrays();
  REQUIRE(arrays.size() == 28);
  CHECK(arrays[0].ints == std::vector<int>{299, 2, 1, 2, 8065, 8076});
  CHECK(arrays[24].summary_record == 62);
  CHECK(arrays[25].summary_record == 71);
  CHECK(arrays[25].ints == std::vector<int>{3, 0, 1, 2, 9217, 9261});
  CHECK(arrays[27].doubles == std::vector<double>{-960120000.0, -959428800.0});
  for (const auto& a : arrays) CHECK(a.name == "XE-0441LE-0441");
}

TEST_CASE("DAF bad/de440s-truncated.bsp: everything its summaries describe is inside the file") {
  // The fixture's README calls this file truncated with summaries pointing far past the end, but
  // its bytes say otherwise: an spkmerge-style subset whose 14 arrays end at word 49502, exactly
  // where the 396016-byte file ends (FREE = 49503). Like the unpadded quirks, it reads.
  const DafFile daf = open_daf_fixture("bad/de440s-truncated.bsp");
  CHECK(daf.word_count() == 49502);
  REQUIRE(daf.arrays().size() == 14);
  CHECK(daf.arrays().back().end_address() == 49502);
  CHECK(daf.file_record().free == 49503);
}

TEST_CASE("DAF summary list errors: cycles, bad pointers and counts") {
  SUBCASE("a summary record pointing to itself") {
    auto b = fixture_bytes("spk/de430-2015-03-02.bsp");
    put_double_at(b, record_at(4), 4.0, ByteOrder::little);
    auto r = open_daf_bytes(b);
    check_open_error(r, "SPICE(DAFCORRUPTED)");
    CHECK(r.error().long_msg.find("loops") != std::string::npos);
  }
  SUBCASE("a two-record cycle") {
    auto b = fixture_bytes("spk/de441-1969.bsp");
    put_double_at(b, record_at(71), 62.0, ByteOrder::little);
    check_open_error(open_daf_bytes(b), "SPICE(DAFCORRUPTED)");
  }
  SUBCASE("NEXT pointers that are no record of the file") {
    for (double next : {1.0, 1e300, -3.0, 2.5, std::numeric_limits<double>::quiet_NaN(),
                        std::numeric_limits<double>::infinity(), 10.0 + 1.0}) {
      auto b = fixture_bytes("spk/de430-2015-03-02.bsp");
      put_double_at(b, record_at(4), next, ByteOrder::little);
      check_open_error(open_daf_bytes(b), "SPICE(DAFCORRUPTED)");
    }
  }
  SUBCASE("summary counts out of range") {
    for (double count : {26.0, -1.0, 1e18, 3.5, std::numeric_limits<double>::quiet_NaN()}) {
      auto b = fixture_bytes("spk/de430-2015-03-02-big-endian.bsp");
      put_double_at(b, record_at(4) + 16, count, ByteOrder::big);
      check_open_error(open_daf_bytes(b), "SPICE(DAFCORRUPTED)");
    }
  }
  SUBCASE("a count of 25 reads garbage summaries, but only inside the file") {
    auto b = fixture_bytes("spk/de430-2015-03-02.bsp");
    put_double_at(b, record_at(4) + 16, 25.0, ByteOrder::little);
    auto r = open_daf_bytes(b);
    // Summaries 15..25 are zeros: their array starts at address 0.
    check_open_error(r, "SPICE(DAFNEGADDR)");
  }
}

TEST_CASE("DAF array addresses out of range") {
  const auto good = fixture_bytes("spk/de430-2015-03-02.bsp");
  SUBCASE("end beyond the end of the file") {
    auto b = good;
    put_int_at(b, summary_int_at(4, 13, 5), 1281, ByteOrder::little);  // the file has 1280 words
    auto r = open_daf_bytes(b);
    check_open_error(r, "SPICE(DAFBEGGTEND)");
    CHECK(r.error().long_msg.find("Array 14") != std::string::npos);
    put_int_at(b, summary_int_at(4, 13, 5), std::numeric_limits<int>::max(), ByteOrder::little);
    check_open_error(open_daf_bytes(b), "SPICE(DAFBEGGTEND)");
  }
  SUBCASE("begin after end") {
    auto b = good;
    put_int_at(b, summary_int_at(4, 2, 4), 800, ByteOrder::little);
    put_int_at(b, summary_int_at(4, 2, 5), 799, ByteOrder::little);
    check_open_error(open_daf_bytes(b), "SPICE(DAFBEGGTEND)");
  }
  SUBCASE("begin below 1") {
    for (int begin : {0, -1, std::numeric_limits<int>::min()}) {
      auto b = good;
      put_int_at(b, summary_int_at(4, 0, 4), begin, ByteOrder::little);
      check_open_error(open_daf_bytes(b), "SPICE(DAFNEGADDR)");
    }
  }
  SUBCASE("reading words outside the file") {
    auto daf = open_daf_bytes(good);
    REQUIRE(daf.ok());
    std::vector<double> w(4);
    CHECK(daf->read_words(1, w).ok());
    CHECK(daf->read_words(1277, w).ok());
    CHECK(daf->read_words(1278, w).error().short_code == "SPICE(DAFBEGGTEND)");
    CHECK(daf->read_words(0, w).error().short_code == "SPICE(DAFNEGADDR)");
    CHECK(daf->read_words(std::numeric_limits<long long>::max(), w).error().short_code == "SPICE(DAFBEGGTEND)");
    CHECK(daf->read_words(std::numeric_limits<long long>::min(), w).error().short_code == "SPICE(DAFNEGADDR)");
  }
}
