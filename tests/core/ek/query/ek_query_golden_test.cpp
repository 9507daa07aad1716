// Every ekfind of tests/fixtures/golden/ek.json (CSPICE N0067's answers) through prepare_query on
// the hand-built fixture tables: refused queries give CSPICE's exact message; accepted ones select
// as many columns as the case fetches, each of the type and shape its `kinds` entry says. The
// ekfind steps of `steps` cases run too, with the tables of the EKs loaded at that step.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "ek/query/ek_query.hpp"
#include "ek_query_test_support.hpp"
#include "json.hpp"

namespace {

using sc::ek::DataType;
using sc::ek::TableInfo;

const sc_test::Json& golden() {
  static const sc_test::Json doc =
      sc_test::read_json_file(std::string(SC_FIXTURES_DIR) + "/golden/ek.json");
  return doc;
}

std::string kind_of(const sc::ek::ColumnInfo& c) {
  const char* letter = c.type == DataType::integer ? "I" : c.type == DataType::dp ? "D" : c.type == DataType::time ? "T" : "C";
  return std::string(letter) + (c.size == 1 ? "" : "[]");
}

// The tables of the EKs loaded, in load order (EVENT_LOG is in the events file, the other two in
// the instruments file).
std::vector<TableInfo> tables_of(const std::vector<std::string>& loaded) {
  std::vector<TableInfo> out;
  for (const std::string& file : loaded) {
    for (const TableInfo& t : sc_test::ek_fixture_tables()) {
      const bool events = t.name == "EVENT_LOG";
      if (events == (file.find("events") != std::string::npos)) out.push_back(t);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("ek.json: every ekfind case") {
  int accepted = 0;
  int refused = 0;
  for (const sc_test::Json& c : golden()["cases"].array()) {
    if (c["call"].string() != "ekfind") continue;
    const std::string& query = c["args"][0].string();
    CAPTURE(query);
    const auto r = sc_test::ek_prepare(query);
    REQUIRE_MESSAGE(r.ok(), r.error().short_code << " " << r.error().long_msg);
    const auto& expect = c["expect"];
    if (!std::get<bool>(expect["ok"].v)) {
      CHECK(r->errmsg == expect["errmsg"].string());
      ++refused;
      continue;
    }
    REQUIRE_MESSAGE(r->query.has_value(), r->errmsg);
    const auto& kinds = c["args"][1].array();
    const sc::ek::ResolvedQuery& q = *r->query;
    REQUIRE(q.select.size() == kinds.size());
    for (std::size_t j = 0; j < kinds.size(); ++j) {
      const auto& from = q.tables[static_cast<std::size_t>(q.select[j].table)];
      const auto& col = sc_test::ek_fixture_tables()[static_cast<std::size_t>(from.catalog_table)]
                            .columns[static_cast<std::size_t>(q.select[j].column)];
      CHECK(kind_of(col) == kinds[j].string());
    }
    ++accepted;
  }
  CHECK(accepted == 152);
  CHECK(refused == 38);
}

TEST_CASE("ek.json: ekfind steps with EKs unloaded and loaded again") {
  for (const sc_test::Json& c : golden()["cases"].array()) {
    if (c["call"].string() != "steps") continue;
    std::vector<std::string> loaded{"events", "instruments"};
    const auto& steps = c["args"][0].array();
    const auto& expects = c["expect"].array();
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const std::string& call = steps[i][0].string();
      if (call == "unload") {
        std::erase_if(loaded, [&](const std::string& f) { return steps[i][1][0].string().find(f) != std::string::npos; });
      } else if (call == "furnsh") {
        const std::string& path = steps[i][1][0].string();
        loaded.push_back(path.find("events") != std::string::npos ? "events" : "instruments");
      } else if (call == "ekfind-raw") {
        const std::string& query = steps[i][1][0].string();
        CAPTURE(query);
        const std::vector<TableInfo> tables = tables_of(loaded);
        const auto r = sc::ek::prepare_query(query, tables, sc::ek::str2et_conversion(sc_test::ek_lsk_context().pool(),
                                                                                      sc_test::ek_time_defaults()));
        REQUIRE(r.ok());
        const auto& expect = expects[i]["expect"];
        if (std::get<bool>(expect["ok"].v)) {
          CHECK_MESSAGE(r->query.has_value(), r->errmsg);
        } else {
          CHECK(r->errmsg == expect["errmsg"].string());
        }
      }
    }
  }
}
