// ekfind's stages in EKFIND's order: scan, parse (with the WHERE clause's normal form), names,
// times, semantic checks. The first failure ends the query.
#include <utility>

#include "ek/query/ek_query.hpp"
#include "ek/query/name_resolution.hpp"
#include "ek/query/query_errors.hpp"
#include "ek/query/query_parser.hpp"
#include "ek/query/query_scanner.hpp"
#include "ek/query/semantic_checks.hpp"
#include "ek/query/time_literals.hpp"
#include "time/wrapper_checks.hpp"

namespace sc::ek {
namespace {

Result<query::ParsedQuery> prepared(std::string_view text, Catalog catalog, const TimeConversion& time) {
  SC_TRY_ASSIGN(const auto tokens, query::scan_query(text));
  SC_TRY_ASSIGN(auto parsed, query::parse_query(text, tokens));
  SC_TRY(query::resolve_names(text, parsed, catalog));
  SC_TRY(query::resolve_times(parsed, catalog, time));
  SC_TRY(query::check_semantics(text, parsed, catalog));
  return parsed;
}

ResolvedQuery resolved(query::ParsedQuery&& p) {
  ResolvedQuery out;
  for (const auto& t : p.tables) out.tables.push_back(FromItem{t.catalog_table, t.alias ? t.alias->text : std::string()});
  for (const auto& c : p.select) out.select.push_back(c.ref);
  for (auto& conjunction : p.where) {
    std::vector<Constraint> cs;
    for (auto& c : conjunction) {
      Constraint out_c{c.lhs.ref, c.op, ColumnRef{}};
      if (const auto* rhs = std::get_if<query::ColumnName>(&c.rhs)) {
        out_c.rhs = rhs->ref;
      } else {
        out_c.rhs = std::move(std::get<query::Literal>(c.rhs).value);
      }
      cs.push_back(std::move(out_c));
    }
    out.where.push_back(std::move(cs));
  }
  for (const auto& o : p.order_by) out.order_by.push_back(OrderItem{o.column.ref, o.descending});
  return out;
}

}  // namespace

Result<QueryResult> prepare_query(std::string_view text, Catalog catalog, const TimeConversion& time) {
  SC_TRY(time::require_text(text, "query"));
  auto parsed = prepared(query::scanned_part(text), catalog, time);
  if (!parsed) {
    if (query::is_query_error(parsed.error())) return QueryResult{std::nullopt, parsed.error().long_msg};
    return std::move(parsed).error();
  }
  return QueryResult{resolved(std::move(parsed).value()), ""};
}

}  // namespace sc::ek
