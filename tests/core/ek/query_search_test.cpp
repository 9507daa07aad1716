// EKSRCH's row order (core/ek/query_search): searches built by hand (the query language's front end
// has its own tests) for golden cases whose order is CSPICE's own: unordered queries (record order,
// index order), ties under ORDER BY (the Shell sort), a disjunction with duplicates, an equi-join.
#include <doctest/doctest.h>

#include <string>

#include "ek/loaded_tables.hpp"
#include "ek/query_results.hpp"
#include "ek/query_search.hpp"
#include "fixtures.hpp"
#include "json.hpp"

using sc_test::ok;
namespace ek = sc::ek;

namespace {

struct Loaded {
  std::vector<std::shared_ptr<const ek::EkFile>> files;
  std::vector<ek::TableSchema> known;
  ek::LoadedTables tables;

  Loaded() {
    for (const char* name : {"spicecraft_events.bes", "spicecraft_instruments.bes"}) {
      files.push_back(ok(ek::EkFile::open(sc::io::Bytes::from_vector(sc_test::fixture_bytes(std::string("ek/") + name)), name)));
      REQUIRE(ek::add_tables(known, *files.back(), name).ok());
    }
    tables = ek::assemble_tables(known, files);
  }
  int table(const std::string& name) const {
    for (std::size_t i = 0; i < tables.tables.size(); ++i) {
      if (tables.tables[i].name == name) return static_cast<int>(i);
    }
    FAIL("no table " << name);
    return -1;
  }
  // FROM position `from` of `request`, column `name`.
  ek::SearchColumn column(const ek::SearchRequest& request, int from, const std::string& name) const {
    const auto& t = tables.tables[static_cast<std::size_t>(request.from[static_cast<std::size_t>(from)])];
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      if (t.columns[i].name == name) return {from, static_cast<int>(i)};
    }
    FAIL("no column " << name);
    return {};
  }
};

ek::Literal integer(int i) { return {ek::DataType::integer, i, 0, {}}; }
ek::Literal dp(double d) { return {ek::DataType::dp, 0, d, {}}; }
ek::Literal text(std::string s) { return {ek::DataType::character, 0, 0, std::move(s)}; }

const sc_test::Json& golden_case(const std::string& id) {
  static const sc_test::Json golden = sc_test::read_json_file(sc_test::kFixturesDir + "/golden/ek.json");
  for (const auto& c : golden["cases"].array()) {
    if (c["id"].string() == id) return c;
  }
  FAIL("no golden case " << id);
  return golden;
}

// Runs `request`, fetches every selected scalar and compares with the golden rows, in order.
void check(const Loaded& loaded, const ek::SearchRequest& request, const std::vector<ek::SearchColumn>& select,
           const std::string& id) {
  const auto& expect = golden_case(id)["expect"];
  const auto& kinds = golden_case(id)["args"][1].array();
  ek::QueryResults results;
  results.replace(loaded.tables, select, ok(ek::search(loaded.tables, request)).rows);
  REQUIRE(results.rows() == static_cast<int>(expect["nmrows"].number()));
  for (int r = 0; r < results.rows(); ++r) {
    for (std::size_t j = 0; j < select.size(); ++j) {
      const auto& want = expect["rows"][static_cast<std::size_t>(r)][j];
      const std::string kind = kinds[j].string();
      INFO(id << " row " << r << " item " << j);
      if (kind == "I") {
        const auto got = ok(results.ekgi(true, static_cast<int>(j) + 1, r + 1, 1));
        if (want.is_number()) CHECK(got.value == static_cast<int>(want.number()));
        else CHECK(got.null);
      } else if (kind == "C") {
        const auto got = ok(results.ekgc(true, static_cast<int>(j) + 1, r + 1, 1));
        if (want.is_string()) CHECK(got.value == want.string());
        else CHECK(got.null);
      } else {
        const auto got = ok(results.ekgd(true, static_cast<int>(j) + 1, r + 1, 1));
        if (want.is_number()) CHECK(got.value == want.number());
        else CHECK(got.null);
      }
    }
  }
}

}  // namespace

TEST_CASE("unordered queries come in record order, or in the order of the index CSPICE chose") {
  const Loaded loaded;
  ek::SearchRequest all{{loaded.table("EVENT_LOG")}, {}, {}};
  check(loaded, all, {loaded.column(all, 0, "EVENT_ID")}, "ekfind-event-ids-unordered");

  ek::SearchRequest indexed{{loaded.table("EVENT_LOG")}, {}, {}};
  indexed.conjunctions = {{{loaded.column(indexed, 0, "SEVERITY"), ek::Op::ge, false, {}, integer(4)}}};
  check(loaded, indexed, {loaded.column(indexed, 0, "EVENT_ID"), loaded.column(indexed, 0, "SEVERITY")},
        "ekfind-indexed-constraint-unordered");

  ek::SearchRequest plain{{loaded.table("EVENT_LOG")}, {}, {}};
  plain.conjunctions = {{{loaded.column(plain, 0, "DURATION"), ek::Op::gt, false, {}, integer(6500)}}};
  check(loaded, plain, {loaded.column(plain, 0, "EVENT_ID"), loaded.column(plain, 0, "DURATION")},
        "ekfind-unindexed-constraint-unordered");

  ek::SearchRequest instruments{{loaded.table("INSTRUMENTS")}, {}, {}};
  std::vector<ek::SearchColumn> select;
  for (const char* c : {"INSTRUMENT_ID", "NAME", "SPACECRAFT", "FOCAL_LENGTH", "PIXEL_SIZE"}) {
    select.push_back(loaded.column(instruments, 0, c));
  }
  const auto& rows = golden_case("ekfind-all-instruments-unordered")["expect"]["rows"].array();
  ek::QueryResults results;
  results.replace(loaded.tables, select, ok(ek::search(loaded.tables, instruments)).rows);
  REQUIRE(results.rows() == static_cast<int>(rows.size()));
  for (int r = 0; r < results.rows(); ++r) {
    CHECK(ok(results.ekgi(true, 1, r + 1, 1)).value == static_cast<int>(rows[static_cast<std::size_t>(r)][0].number()));
  }
}

TEST_CASE("ORDER BY ties keep the order CSPICE's Shell sort leaves them in") {
  const Loaded loaded;
  ek::SearchRequest q{{loaded.table("EVENT_LOG")}, {}, {}};
  q.conjunctions = {{{loaded.column(q, 0, "SEVERITY"), ek::Op::eq, false, {}, integer(5)}}};
  q.order = {{loaded.column(q, 0, "EVENT_TYPE"), false}};
  check(loaded, q, {loaded.column(q, 0, "EVENT_ID"), loaded.column(q, 0, "EVENT_TYPE")}, "ekfind-order-ties");
}

TEST_CASE("a disjunction whose second conjunction repeats rows of the first") {
  const Loaded loaded;
  ek::SearchRequest q{{loaded.table("EVENT_LOG")}, {}, {}};
  const auto duration = loaded.column(q, 0, "DURATION");
  q.conjunctions = {{{duration, ek::Op::lt, false, {}, integer(100)}}, {{duration, ek::Op::isnull, false, {}, {}}}};
  q.order = {{loaded.column(q, 0, "EVENT_ID"), false}};
  check(loaded, q, {loaded.column(q, 0, "EVENT_ID"), duration}, "ekfind-null-or-less");
}

TEST_CASE("an unordered equi-join comes in the merge order of both sides sorted by the join column") {
  const Loaded loaded;
  ek::SearchRequest q{{loaded.table("INSTRUMENTS"), loaded.table("EVENT_LOG")}, {}, {}};
  ek::SearchConstraint join{loaded.column(q, 0, "INSTRUMENT_ID"), ek::Op::eq, true, loaded.column(q, 1, "INSTRUMENT_ID"), {}};
  ek::SearchConstraint safe{loaded.column(q, 1, "EVENT_TYPE"), ek::Op::eq, false, {}, text("SAFE_MODE")};
  q.conjunctions = {{join, safe}};
  check(loaded, q, {loaded.column(q, 0, "NAME"), loaded.column(q, 1, "EVENT_ID")}, "ekfind-join-unordered");
}

TEST_CASE("an integer column against a double: the index search rounds it, the row check does not") {
  const Loaded loaded;
  ek::SearchRequest q{{loaded.table("EVENT_LOG")}, {}, {}};
  q.conjunctions = {{{loaded.column(q, 0, "SEVERITY"), ek::Op::gt, false, {}, dp(2.5)}}};
  q.order = {{loaded.column(q, 0, "EVENT_ID"), false}};
  check(loaded, q, {loaded.column(q, 0, "EVENT_ID"), loaded.column(q, 0, "SEVERITY")}, "ekfind#39");
}

TEST_CASE("a constraint between two columns of the second FROM table is checked within that table") {
  const Loaded loaded;
  ek::SearchRequest q{{loaded.table("CALIBRATION"), loaded.table("CALIBRATION")}, {}, {}};
  ek::SearchConstraint join{loaded.column(q, 0, "INSTRUMENT_ID"), ek::Op::eq, true, loaded.column(q, 1, "INSTRUMENT_ID"), {}};
  ek::SearchConstraint within{loaded.column(q, 1, "OFFSET"), ek::Op::lt, true, loaded.column(q, 1, "GAIN"), {}};
  q.conjunctions = {{join, within}};
  const auto rows = ok(ek::search(loaded.tables, q)).rows;
  CHECK_FALSE(rows.empty());
}
