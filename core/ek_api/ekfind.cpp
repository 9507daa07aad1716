#include "ek_api/ek_api.hpp"

#include <variant>

#include "ek/query/ek_query.hpp"
#include "ek/query_search.hpp"
#include "sclk/sclk_api.hpp"

namespace sc::ek_api {
namespace {

// The loaded tables as the query language's front end sees them.
std::vector<ek::TableInfo> catalog_of(const ek::LoadedTables& tables) {
  std::vector<ek::TableInfo> out;
  for (const auto& t : tables.tables) {
    ek::TableInfo info{t.name, {}};
    for (const auto& c : t.columns) {
      info.columns.push_back({c.name, c.type, c.size, c.string_length, c.indexed, c.nulls_ok});
    }
    out.push_back(std::move(info));
  }
  return out;
}

ek::Literal literal_of(const ek::Value& v) {
  switch (v.type) {
    case ek::DataType::integer: return {ek::DataType::integer, static_cast<int>(v.number), 0, {}};
    case ek::DataType::dp: return {ek::DataType::dp, 0, v.number, {}};
    case ek::DataType::time: return {ek::DataType::time, 0, v.number, {}};
    case ek::DataType::character: break;
  }
  return {ek::DataType::character, 0, 0, v.text};
}

ek::SearchRequest request_of(const ek::ResolvedQuery& q) {
  ek::SearchRequest r;
  for (const auto& t : q.tables) r.from.push_back(t.catalog_table);
  for (const auto& conjunction : q.where) {
    std::vector<ek::SearchConstraint> cs;
    for (const auto& c : conjunction) {
      ek::SearchConstraint s;
      s.lhs = {c.lhs.table, c.lhs.column};
      s.op = c.op;
      if (const auto* col = std::get_if<ek::ColumnRef>(&c.rhs)) {
        s.against_column = true;
        s.rhs = {col->table, col->column};
      } else {
        s.value = literal_of(std::get<ek::Value>(c.rhs));
      }
      cs.push_back(std::move(s));
    }
    r.conjunctions.push_back(std::move(cs));
  }
  for (const auto& o : q.order_by) r.order.push_back({{o.column.table, o.column.column}, o.descending});
  return r;
}

}  // namespace

Result<EkFindOutcome> ekfind(Context& ctx, std::string_view query) {
  auto tables = ctx.kernels().ek_tables();
  const auto catalog = catalog_of(tables);
  auto time = ek::str2et_conversion(ctx.pool(), ctx.time_defaults());
  // A TIME literal "<clock> SCLK <clock string>" reads the clock through the session's SCLK kernels.
  time.clock_id = [&ctx](std::string_view name) { return ctx.body_names().name_to_code(name, ctx.pool()); };
  time.clock_to_et = [&ctx](int id, std::string_view clock) -> Result<ek::TimeConversion::ClockReading> {
    SC_TRY_ASSIGN(auto&& ticks, sclk::scencd(ctx.pool(), id, clock));
    SC_TRY_ASSIGN(auto&& et, sclk::sct2e(ctx.pool(), id, ticks));
    return ek::TimeConversion::ClockReading{et, {}};
  };
  SC_TRY_ASSIGN(auto&& prepared, ek::prepare_query(query, catalog, time));
  if (!prepared.query) return EkFindOutcome{false, 0, prepared.errmsg};
  if (!ctx.kernels().eks_loaded()) return make_error("SPICE(NOLOADEDFILES)", "No E-kernels are currently loaded.");
  const ek::ResolvedQuery& q = *prepared.query;
  SC_TRY_ASSIGN(auto&& found, ek::search(tables, request_of(q)));
  std::vector<ek::SearchColumn> select;
  for (const auto& s : q.select) select.push_back({s.table, s.column});
  const int n = static_cast<int>(found.rows.size());
  ctx.ek_results().replace(std::move(tables), std::move(select), std::move(found.rows), std::move(found.deferred));
  return EkFindOutcome{true, n, {}};
}

}  // namespace sc::ek_api
