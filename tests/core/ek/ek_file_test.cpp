// EK files (core/ek/ek_file, entry_values): the two EKs CSPICE's fast-load writer made for the golden
// files, their tables, columns and entries of every class they use.
#include <doctest/doctest.h>

#include <string>

#include "ek/ek_file.hpp"
#include "ek/entry_values.hpp"
#include "fixtures.hpp"

using sc_test::error_code;
using sc_test::ok;

namespace {

std::shared_ptr<const sc::ek::EkFile> open_fixture(const std::string& name) {
  return ok(sc::ek::EkFile::open(sc::io::Bytes::from_vector(sc_test::fixture_bytes("ek/" + name)), name));
}

const sc::ek::ColumnDescriptor& column(const sc::ek::Segment& s, const std::string& name) {
  for (const auto& c : s.columns) {
    if (c.name == name) return c;
  }
  FAIL("no column " << name);
  return s.columns.front();
}

}  // namespace

TEST_CASE("the events EK: EVENT_LOG in two segments of 180 and 120 rows, columns as declared") {
  const auto ek = open_fixture("spicecraft_events.bes");
  REQUIRE(ek->segments().size() == 2);
  const auto& s = ek->segments()[0];
  CHECK(s.table == "EVENT_LOG");
  CHECK(s.rows == 180);
  CHECK(ek->segments()[1].rows == 120);
  REQUIRE(s.columns.size() == 9);
  CHECK(s.columns[0].name == "EVENT_ID");
  CHECK(s.columns[0].indexed);
  CHECK(s.columns[0].type == sc::ek::DataType::integer);
  CHECK(column(s, "EVENT_TIME").type == sc::ek::DataType::time);
  CHECK(column(s, "EVENT_TYPE").string_length == 16);
  CHECK(column(s, "MESSAGE").string_length == -1);
  CHECK(column(s, "MESSAGE").nulls_ok);
  CHECK(column(s, "COUNTS").size == -1);
  CHECK(column(s, "QUAT").size == 4);
  CHECK_FALSE(column(s, "DURATION").indexed);
}

TEST_CASE("EVENT_LOG entries: every row has an id in 1000..1299, each once; arrays and nulls read") {
  const auto ek = open_fixture("spicecraft_events.bes");
  std::vector<int> seen(300, 0);
  int null_messages = 0, quats = 0, counts = 0;
  for (const auto& s : ek->segments()) {
    for (int row = 0; row < s.rows; ++row) {
      const auto id = ok(sc::ek::read_row_entry(*ek, s, column(s, "EVENT_ID"), row));
      REQUIRE(id.ints.size() == 1);
      REQUIRE(id.ints[0] >= 1000);
      REQUIRE(id.ints[0] < 1300);
      ++seen[static_cast<std::size_t>(id.ints[0] - 1000)];
      const auto type = ok(sc::ek::read_row_entry(*ek, s, column(s, "EVENT_TYPE"), row));
      REQUIRE(type.strings.size() == 1);
      // Scalar strings are stored with their own length (ZZEKAC03 drops trailing blanks; a blank string
      // keeps one), at most
      // the declared 16.
      CHECK(type.strings[0].size() <= 16);
      CHECK_FALSE(type.strings[0].empty());
      const auto message = ok(sc::ek::read_row_entry(*ek, s, column(s, "MESSAGE"), row));
      null_messages += message.null;
      const auto quat = ok(sc::ek::read_row_entry(*ek, s, column(s, "QUAT"), row));
      if (!quat.null) {
        CHECK(quat.doubles.size() == 4);
        ++quats;
      }
      const auto c = ok(sc::ek::read_row_entry(*ek, s, column(s, "COUNTS"), row));
      if (!c.null) counts += static_cast<int>(c.ints.size());
    }
  }
  for (int n : seen) CHECK(n == 1);
  CHECK(null_messages == 31);  // ekfind "MESSAGE IS NULL" finds 31 rows
  CHECK(quats > 0);
  CHECK(counts > 0);
}

TEST_CASE("the instruments EK: INSTRUMENTS (24 rows) and CALIBRATION (80 rows)") {
  const auto ek = open_fixture("spicecraft_instruments.bes");
  REQUIRE(ek->segments().size() == 2);
  CHECK(ek->segments()[0].table == "INSTRUMENTS");
  CHECK(ek->segments()[0].rows == 24);
  CHECK(ek->segments()[1].table == "CALIBRATION");
  CHECK(ek->segments()[1].rows == 80);
  const auto& s = ek->segments()[0];
  int obrien = 0;
  for (int row = 0; row < s.rows; ++row) {
    const auto name = ok(sc::ek::read_row_entry(*ek, s, column(s, "NAME"), row));
    obrien += name.strings.at(0).rfind("O'BRIEN_PROBE", 0) == 0;
    const auto detector = ok(sc::ek::read_row_entry(*ek, s, column(s, "DETECTOR"), row));
    CHECK(detector.ints.size() == 2);
    const auto filters = ok(sc::ek::read_row_entry(*ek, s, column(s, "FILTERS"), row));
    for (const auto& f : filters.strings) CHECK(f.size() == 8);
  }
  CHECK(obrien == 1);
}

TEST_CASE("an EK cut short or a DAS that is not in EK paged format fails with a clear error") {
  auto bytes = sc_test::fixture_bytes("ek/spicecraft_events.bes");
  bytes.resize(40 * 1024);
  CHECK_FALSE(sc::ek::EkFile::open(sc::io::Bytes::from_vector(bytes), "cut.bes").ok());
  const auto dsk = sc_test::fixture_bytes("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds");
  CHECK(error_code(sc::ek::EkFile::open(sc::io::Bytes::from_vector(dsk), "dsk")) == "SPICE(WRONGARCHITECTURE)");
}
