#include "ek/query/semantic_checks.hpp"

#include <string>

#include "ek/query/query_errors.hpp"
#include "time/spicelib_text.hpp"

namespace sc::ek::query {
namespace {

using time::text::repmc;
using time::text::repmi;

std::string_view type_name(DataType t) {
  switch (t) {
    case DataType::character: return "CHARACTER";
    case DataType::dp: return "DOUBLE PRECISION";
    case DataType::integer: return "INTEGER";
    case DataType::time: return "TIME";
  }
  return "";
}

bool numeric(DataType t) { return t == DataType::integer || t == DataType::dp; }
bool compatible(DataType a, DataType b) { return a == b || (numeric(a) && numeric(b)); }

class Checker {
 public:
  Checker(std::string_view text, const ParsedQuery& query, Catalog catalog) : text_(text), query_(query), catalog_(catalog) {}

  Status run() {
    for (const auto& conjunction : query_.where) {
      for (const ParsedConstraint& c : conjunction) {
        bool stop = false;
        SC_TRY(check(c, stop));
        if (stop) return {};
      }
    }
    for (const ParsedOrder& o : query_.order_by) {
      const ColumnInfo& col = column(o.column.ref);
      if (col.size != 1) {
        return query_error(repmi(repmc("Non-scalar column <#> having size # found in order-by column.", "#",
                                       text(o.column.column.lexeme().begin, rhs_end_)),
                                 "#", col.size));
      }
    }
    return {};
  }

 private:
  const ColumnInfo& column(ColumnRef r) const {
    const TableInfo& t = catalog_[static_cast<std::size_t>(query_.tables[static_cast<std::size_t>(r.table)].catalog_table)];
    return t.columns[static_cast<std::size_t>(r.column)];
  }
  std::string_view text(int begin, int end) const { return lexeme_text(text_, begin, end); }

  Error non_scalar(int begin, int size) const {
    return query_error(repmi(repmc("Non-scalar column <#> having size # found in query constraint.", "#", text(begin, rhs_end_)),
                             "#", size));
  }

  Status check(const ParsedConstraint& c, bool& stop) {
    const ColumnInfo& left = column(c.lhs.ref);
    const Lexeme lhs = c.lhs.column.lexeme();
    if (left.size != 1) return non_scalar(lhs.begin, left.size);
    if ((c.op == Op::like || c.op == Op::unlike) && left.type != DataType::character) {
      return query_error(repmc(repmc("LIKE and NOT LIKE operators may be used only with character columns.  Column <#> "
                                     "has type #.",
                                     "#", text(lhs.begin, lhs.end)),
                               "#", type_name(left.type)));
    }
    if (const auto* rhs = std::get_if<ColumnName>(&c.rhs)) {
      const ColumnInfo& right = column(rhs->ref);
      const Lexeme r = rhs->column.lexeme();
      rhs_end_ = r.end;
      if (right.size != 1) return non_scalar(lhs.begin, right.size);
      if (!compatible(left.type, right.type)) {
        return query_error(repmc(repmc(repmc(repmc("Data type mismatch: column <#> has data type #; column <#> has data "
                                                   "type #.",
                                                   "#", text(lhs.begin, lhs.end)),
                                             "#", type_name(left.type)),
                                       "#", text(r.begin, r.end)),
                                 "#", type_name(right.type)));
      }
      return {};
    }
    if (c.op == Op::isnull || c.op == Op::notnull) {
      stop = true;
      return {};
    }
    const Literal& lit = std::get<Literal>(c.rhs);
    const Lexeme r{lit.descriptor[1], lit.descriptor[2]};
    rhs_end_ = r.end;
    if (!compatible(left.type, lit.value.type)) {
      return query_error(repmc(repmc(repmc(repmc("Data type mismatch: column <#> has data type #; value <#> has data "
                                                 "type #.",
                                                 "#", text(lhs.begin, lhs.end)),
                                           "#", type_name(left.type)),
                                     "#", text(r.begin, r.end)),
                               "#", type_name(lit.value.type)));
    }
    return {};
  }

  std::string_view text_;
  const ParsedQuery& query_;
  Catalog catalog_;
  int rhs_end_ = 0;  // CSPICE's LXE(2): the end of the last right-hand lexeme looked at
};

}  // namespace

Status check_semantics(std::string_view text, const ParsedQuery& query, Catalog catalog) {
  return Checker(text, query, catalog).run();
}

}  // namespace sc::ek::query
