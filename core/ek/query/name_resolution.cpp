#include "ek/query/name_resolution.hpp"

#include <string>
#include <vector>

#include "ek/query/query_errors.hpp"
#include "ek/query/query_limits.hpp"
#include "time/spicelib_text.hpp"

namespace sc::ek::query {
namespace {

using time::text::repmc;
using time::text::repmi;

// CSPICE holds table names and aliases in CHARACTER*(64).
std::string kept(std::string_view name) { return std::string(name.substr(0, std::min(name.size(), kTableNameLength))); }

// Names as CSPICE compares them: trailing blanks do not count.
std::string_view trimmed(std::string_view s) {
  const std::size_t last = s.find_last_not_of(' ');
  return last == std::string_view::npos ? std::string_view() : s.substr(0, last + 1);
}

class Resolver {
 public:
  Resolver(std::string_view text, ParsedQuery& query, Catalog catalog) : text_(text), query_(query), catalog_(catalog) {
    for (const ParsedTable& t : query.tables) {
      tables_.push_back(kept(t.name.text));
      aliases_.push_back(t.alias ? kept(t.alias->text) : std::string());
    }
  }

  Status run() {
    SC_TRY(check_tables());
    for (auto& conjunction : query_.where) {
      for (ParsedConstraint& c : conjunction) {
        SC_TRY(resolve(c.lhs));
        if (auto* rhs = std::get_if<ColumnName>(&c.rhs)) SC_TRY(resolve(*rhs));
      }
    }
    if (query_.order_sense_missing && !query_.select.empty()) return misaligned_select();
    for (ColumnName& c : query_.select) SC_TRY(resolve(c));
    for (ParsedOrder& o : query_.order_by) SC_TRY(resolve(o.column));
    return {};
  }

 private:
  std::string_view lexeme(const Identifier& id) const { return lexeme_text(text_, id.lexeme().begin, id.lexeme().end); }

  Status check_tables() {
    const std::size_t n = tables_.size();
    for (std::size_t i = 0; i + 1 < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        if (!aliases_[i].empty() && aliases_[i] == aliases_[j]) {
          return query_error(repmc("Non-distinct alias <#> was found.", "#", lexeme(*query_.tables[j].alias)));
        }
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        if (aliases_[i] == tables_[j]) {
          if (j != i) return query_error(repmc("Alias <#> conflicts with table name.", "#", lexeme(*query_.tables[i].alias)));
          break;
        }
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      int found = -1;
      for (std::size_t k = 0; k < catalog_.size() && found < 0; ++k) {
        if (trimmed(catalog_[k].name) == tables_[i]) found = static_cast<int>(k);
      }
      if (found < 0) return query_error(repmc("Table <#> is not currently loaded.", "#", lexeme(query_.tables[i].name)));
      query_.tables[i].catalog_table = found;
    }
    return {};
  }

  const TableInfo& table(std::size_t from_index) const {
    return catalog_[static_cast<std::size_t>(query_.tables[from_index].catalog_table)];
  }

  int column_index(std::size_t from_index, std::string_view name) const {
    const auto& columns = table(from_index).columns;
    for (std::size_t j = 0; j < columns.size(); ++j) {
      if (trimmed(columns[j].name) == name) return static_cast<int>(j);
    }
    return -1;
  }

  Status resolve(ColumnName& c) {
    const std::string& column = c.column.text;
    if (!c.qualifier) {
      int matches = 0;
      for (std::size_t i = 0; i < tables_.size(); ++i) {
        const int j = column_index(i, column);
        if (j >= 0) {
          ++matches;
          c.ref = ColumnRef{static_cast<int>(i), j};
        }
      }
      if (matches == 0) return query_error(repmc("Column <#> is not present in any table in FROM clause.", "#", column));
      if (matches > 1) {
        return query_error(
            repmc("Column name <#> is ambiguous; a qualifying table name or alias is required.", "#", column));
      }
      return {};
    }
    const std::string& qualifier = c.qualifier->text;
    int t = -1;
    for (std::size_t i = 0; i < tables_.size() && t < 0; ++i) {
      if (tables_[i] == qualifier) t = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < aliases_.size() && t < 0; ++i) {
      if (aliases_[i] == qualifier) t = static_cast<int>(i);
    }
    if (t < 0) return query_error(repmc("Table name <#> is not present in FROM clause.", "#", qualifier));
    const int j = column_index(static_cast<std::size_t>(t), column);
    if (j < 0) return query_error(repmc(repmc("Column <#> does not exist in table <#>.", "#", column), "#", qualifier));
    c.ref = ColumnRef{t, j};
    return {};
  }

  // CSPICE reads the first SELECT column one integer late: its "column" descriptor's string
  // bounds are then the column name's end and 0.
  Status misaligned_select() const {
    int constraints = 0;
    for (const auto& conjunction : query_.where) constraints += static_cast<int>(conjunction.size());
    const int base = kHeaderSize + static_cast<int>(query_.tables.size()) * 2 * kDescriptorSize +
                     static_cast<int>(query_.where.size()) + constraints * kConstraintSize +
                     static_cast<int>(query_.order_by.size()) * kOrderSize;
    const int column_end = query_.select.front().column.descriptor[4];
    return make_error("SPICE(BUG)", repmi(repmi(repmi("Invalid string bounds #:# for column.  Column name descriptor "
                                                      "base is #.",
                                                      "#", column_end),
                                                "#", 0),
                                          "#", base));
  }

  std::string_view text_;
  ParsedQuery& query_;
  Catalog catalog_;
  std::vector<std::string> tables_;
  std::vector<std::string> aliases_;
};

}  // namespace

Status resolve_names(std::string_view text, ParsedQuery& query, Catalog catalog) {
  return Resolver(text, query, catalog).run();
}

}  // namespace sc::ek::query
