#include "ek/query/query_parser.hpp"

#include <optional>
#include <string>
#include <utility>

#include "ek/query/dnf_normalisation.hpp"
#include "ek/query/query_errors.hpp"
#include "ek/query/query_limits.hpp"
#include "time/spicelib_text.hpp"

namespace sc::ek::query {
namespace {

using time::text::repmc;
using time::text::repmi;

// What went wrong, as ZZEKPARS names its messages; the message is made from it and the token at
// which parsing stopped.
enum class Problem {
  None, FromNotFound, SelectNotFound, ByExpected, BadKeyword, TableOrColumnExpected, TableExpected, ColumnExpected,
  AliasExpected, CommaOrKeywordExpected, CommaExpected, MoreTokensExpected, BadToken, TooManyTables, TooManyOrderBy,
  TooManySelect
};

enum class State { From, FromTable, FromAlias, Where, Order, OrderBy, OrderName, OrderTable, OrderColumn, OrderSense, SelectKey,
                   Select, SelectName, SelectTable, SelectColumn, Done };

constexpr int kAscending = 0;   // EQASND
constexpr int kDescending = 1;  // EQDSND

class Parser {
 public:
  Parser(std::string_view text, const std::vector<Token>& tokens) : text_(text), tokens_(tokens) {}

  Result<ParsedQuery> run() {
    State state = State::From;
    std::optional<std::size_t> from = find(Keyword::From);
    if (!from) return message(Problem::FromNotFound);
    at_ = *from;
    while (state != State::Done) {
      ++at_;
      SC_TRY_ASSIGN(state, step(state));
    }
    if (problem_ != Problem::None) return message(problem_);
    return std::move(query_);
  }

 private:
  std::optional<std::size_t> find(Keyword kw) const {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].kind == TokenKind::Keyword && tokens_[i].keyword == kw) return i;
    }
    return std::nullopt;
  }

  // The current token; nullptr past the end of the query.
  const Token* current() const { return at_ < tokens_.size() ? &tokens_[at_] : nullptr; }
  bool is(TokenKind kind) const { return current() && current()->kind == kind; }
  bool is_keyword(Keyword kw) const { return is(TokenKind::Keyword) && current()->keyword == kw; }
  bool at_end() const { return current() == nullptr; }

  State fail(Problem p) {
    problem_ = p;
    return State::Done;
  }

  // ZZEKINQC of the current name token.
  Result<Identifier> identifier() {
    const Token& t = *current();
    SC_TRY_ASSIGN(const Descriptor d, query_.budget.insert_text(static_cast<int>(t.text.size()), t.lexeme));
    return Identifier{t.text, d};
  }

  Result<State> step(State state) {
    EncodedQueryBudget& budget = query_.budget;
    switch (state) {
      case State::From:
        if (is(TokenKind::Name)) {
          if (static_cast<int>(query_.tables.size()) + 1 > kMaxTables) return fail(Problem::TooManyTables);
          SC_TRY_ASSIGN(Identifier name, identifier());
          SC_TRY(budget.append(name.descriptor));
          SC_TRY(budget.append(kBlankDescriptor));  // room for an alias
          query_.tables.push_back(ParsedTable{std::move(name), std::nullopt});
          return State::FromTable;
        }
        return fail(at_end() ? Problem::MoreTokensExpected : Problem::TableExpected);

      case State::FromTable:
      case State::FromAlias:
        if (at_end()) return State::Where;
        if (is(TokenKind::Comma)) return State::From;
        if (state == State::FromTable && is(TokenKind::Name)) {
          SC_TRY_ASSIGN(Identifier alias, identifier());
          query_.tables.back().alias = std::move(alias);
          return State::FromAlias;
        }
        if (is(TokenKind::Keyword)) {
          if (is_keyword(Keyword::Where) || is_keyword(Keyword::Select) || is_keyword(Keyword::Order)) return State::Where;
          return fail(Problem::BadKeyword);
        }
        return fail(state == State::FromTable ? Problem::AliasExpected : Problem::CommaOrKeywordExpected);

      case State::Where:
        if (const auto where = find(Keyword::Where)) {
          at_ = *where;
          SC_TRY(normalise_where(text_, tokens_, *where, query_));
        }
        return State::Order;

      case State::Order: {
        const auto order = find(Keyword::Order);
        if (!order) return State::SelectKey;
        at_ = *order;
        if (at_ + 1 < tokens_.size()) {
          ++at_;
          if (is_keyword(Keyword::By)) return State::OrderBy;
        }
        return fail(Problem::ByExpected);
      }

      case State::OrderBy:
        if (is(TokenKind::Name)) {
          if (static_cast<int>(query_.order_by.size()) + 1 > kMaxOrderBy) return fail(Problem::TooManyOrderBy);
          SC_TRY_ASSIGN(pending_, identifier());
          SC_TRY(budget.append(kBlankDescriptor));  // room for a qualifier
          query_.order_by.push_back(ParsedOrder{});
          return State::OrderName;
        }
        return fail(at_end() ? Problem::MoreTokensExpected : Problem::TableOrColumnExpected);

      case State::OrderName: {
        ParsedOrder& item = query_.order_by.back();
        if (is(TokenKind::Dot)) return State::OrderTable;
        if (at_end() || is(TokenKind::Comma) || is(TokenKind::Keyword)) {
          SC_TRY(budget.append(pending_.descriptor));
          item.column.column = pending_;
          if (at_end() || is(TokenKind::Comma)) {
            SC_TRY(budget.append(kAscending));
            return at_end() ? State::SelectKey : State::OrderBy;
          }
          return order_keyword(item, /*sense_if_clause=*/true);
        }
        return fail(Problem::BadToken);
      }

      case State::OrderTable:
        if (is(TokenKind::Name)) {
          ParsedOrder& item = query_.order_by.back();
          item.column.qualifier = pending_;
          SC_TRY_ASSIGN(item.column.column, identifier());
          SC_TRY(budget.append(item.column.column.descriptor));
          return State::OrderColumn;
        }
        return fail(at_end() ? Problem::MoreTokensExpected : Problem::ColumnExpected);

      case State::OrderColumn:
        if (is(TokenKind::Keyword)) {
          // ZZEKPARS stores no sense here when a clause keyword follows (see ParsedQuery).
          return order_keyword(query_.order_by.back(), /*sense_if_clause=*/false);
        }
        if (is(TokenKind::Comma) || at_end()) {
          SC_TRY(budget.append(kAscending));
          return at_end() ? State::SelectKey : State::OrderBy;
        }
        return fail(Problem::CommaOrKeywordExpected);

      case State::OrderSense:
        if (is(TokenKind::Comma)) return State::OrderBy;
        if (at_end()) return State::SelectKey;
        if (is(TokenKind::Keyword)) {
          if (ends_order_by()) return State::SelectKey;
          return fail(Problem::BadKeyword);
        }
        return fail(Problem::CommaExpected);

      case State::SelectKey: {
        const auto select = find(Keyword::Select);
        if (!select) return fail(Problem::SelectNotFound);
        at_ = *select;
        return State::Select;
      }

      case State::Select:
        if (is(TokenKind::Name)) {
          if (static_cast<int>(query_.select.size()) + 1 > kMaxSelect) return fail(Problem::TooManySelect);
          SC_TRY_ASSIGN(pending_, identifier());
          SC_TRY(budget.append(kBlankDescriptor));  // room for a qualifier
          query_.select.emplace_back();
          return State::SelectName;
        }
        return fail(at_end() ? Problem::MoreTokensExpected : Problem::TableOrColumnExpected);

      case State::SelectName:
        if (is(TokenKind::Dot)) return State::SelectTable;
        if (at_end() || is(TokenKind::Comma) || is(TokenKind::Keyword)) {
          SC_TRY(budget.append(pending_.descriptor));
          query_.select.back().column = pending_;
          if (at_end()) return State::Done;
          if (is(TokenKind::Comma)) return State::Select;
          return ends_select() ? State::Done : fail(Problem::BadKeyword);
        }
        return fail(Problem::BadToken);

      case State::SelectTable:
        if (is(TokenKind::Name)) {
          ColumnName& item = query_.select.back();
          item.qualifier = pending_;
          SC_TRY_ASSIGN(item.column, identifier());
          SC_TRY(budget.append(item.column.descriptor));
          return State::SelectColumn;
        }
        return fail(at_end() ? Problem::MoreTokensExpected : Problem::ColumnExpected);

      case State::SelectColumn:
        if (is(TokenKind::Keyword)) return ends_select() ? State::Done : fail(Problem::BadKeyword);
        if (is(TokenKind::Comma)) return State::Select;
        if (at_end()) return State::Done;
        return fail(Problem::CommaOrKeywordExpected);

      case State::Done: break;
    }
    return State::Done;
  }

  bool ends_order_by() const { return is_keyword(Keyword::Where) || is_keyword(Keyword::From) || is_keyword(Keyword::Select); }
  bool ends_select() const { return is_keyword(Keyword::Where) || is_keyword(Keyword::From) || is_keyword(Keyword::Order); }

  // A keyword after an ORDER BY column: its sense, or the clause that ends the ORDER BY list.
  Result<State> order_keyword(ParsedOrder& item, bool sense_if_clause) {
    if (is_keyword(Keyword::Asc) || is_keyword(Keyword::Desc)) {
      item.descending = is_keyword(Keyword::Desc);
      SC_TRY(query_.budget.append(item.descending ? kDescending : kAscending));
      return State::OrderSense;
    }
    if (ends_order_by()) {
      if (sense_if_clause) {
        SC_TRY(query_.budget.append(kAscending));
      } else {
        query_.order_sense_missing = true;
      }
      return State::SelectKey;
    }
    return fail(Problem::BadKeyword);
  }

  std::string at_token(std::string format) const {
    const Token& t = tokens_[at_];
    return repmc(repmi(std::move(format), "#", t.lexeme.begin), "#", lexeme_text(text_, t.lexeme.begin, t.lexeme.end));
  }

  Error message(Problem p) const {
    switch (p) {
      case Problem::FromNotFound:
        return query_error("Every query must contain a FROM clause. The FROM keyword was not found.");
      case Problem::SelectNotFound:
        return query_error("Every query must contain a SELECT clause. The SELECT keyword was not found.");
      case Problem::ByExpected: return query_error("The BY keyword was not found following the ORDER keyword.");
      case Problem::BadKeyword: return query_error(at_token("Invalid keyword at location #. Actual token was: #"));
      case Problem::TableOrColumnExpected:
        return query_error(at_token("Table or column name expected at location #. Actual token was: #"));
      case Problem::TableExpected: return query_error(at_token("Table name expected at location #. Actual token was: #"));
      case Problem::ColumnExpected: return query_error(at_token("Column name expected at location #. Actual token was: #"));
      case Problem::AliasExpected:
        return query_error(at_token("Table alias, comma, or keyword expected at location #. Actual token was: #"));
      case Problem::CommaOrKeywordExpected:
        return query_error(at_token("Comma or keyword expected at location #. Actual token was: #"));
      case Problem::CommaExpected: return query_error(at_token("Comma expected at location #. Actual token was: #"));
      case Problem::MoreTokensExpected: return query_error("More tokens were expected in query.");
      case Problem::BadToken: return query_error(at_token("Invalid token at location #. Token was: #"));
      case Problem::TooManyTables:
        return query_error(repmi("Number of tables in \"FROM\" clause exceeds allowed maximum of #.", "#", kMaxTables));
      case Problem::TooManyOrderBy:  // CSPICE quotes MAXTAB here; it equals MAXORD
        return query_error(repmi("Number of order-by columns exceeds allowed maximum of #.", "#", kMaxTables));
      case Problem::TooManySelect:
        return query_error(repmi("Number of SELECT columns exceeds allowed maximum of #.", "#", kMaxSelect));
      case Problem::None: break;
    }
    return query_error("");
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::size_t at_ = 0;
  Problem problem_ = Problem::None;
  Identifier pending_;  // a SELECT or ORDER BY name that may turn out to be a qualifier
  ParsedQuery query_;
};

}  // namespace

Result<ParsedQuery> parse_query(std::string_view text, const std::vector<Token>& tokens) {
  return Parser(text, tokens).run();
}

}  // namespace sc::ek::query
