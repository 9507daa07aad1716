#include "ek/query/dnf_normalisation.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "ek/query/query_errors.hpp"
#include "ek/query/query_limits.hpp"
#include "time/spicelib_text.hpp"

namespace sc::ek::query {
namespace {

using time::text::repmc;
using time::text::repmi;

// The kinds of meta-tokens. Compare carries a comparison operator (EQ ... UNLIKE).
enum class Meta { LeftGroup, RightGroup, Between, NotBetween, Bounds, Name, Ident, Value, Period, And, Or, Not, Expr, Compare };

// What sits on the right of a relation or in a BETWEEN's bounds: a column name or a literal.
struct Operand {
  bool is_name = false;
  int index = -1;  // into names_ or literals_; a literal index of -1 is NULL
};

struct Relation {
  int lhs = 0;  // names_
  Op op = Op::eq;
  Operand rhs;
};

// A normal form: conjunctions of relation indices.
using Dnf = std::vector<std::vector<int>>;

struct Node {
  Meta code = Meta::Value;
  Op op = Op::eq;  // Compare
  int ref = 0;     // Ident: identifiers_; Value: literals_ (-1 = NULL); Name: names_; Bounds: bounds_; Expr: exprs_
  int prev = -1;
  int next = -1;
};

struct NameRef {
  std::optional<int> qualifier;  // identifiers_
  int column = 0;
};

Op negated(Op op) {
  switch (op) {
    case Op::eq: return Op::ne;
    case Op::ge: return Op::lt;
    case Op::gt: return Op::le;
    case Op::le: return Op::gt;
    case Op::lt: return Op::ge;
    case Op::ne: return Op::eq;
    case Op::like: return Op::unlike;
    case Op::unlike: return Op::like;
    default: return op;
  }
}

Op comparison_of(Keyword kw) {
  switch (kw) {
    case Keyword::Eq: return Op::eq;
    case Keyword::Ge: return Op::ge;
    case Keyword::Gt: return Op::gt;
    case Keyword::Le: return Op::le;
    case Keyword::Lt: return Op::lt;
    case Keyword::Ne: return Op::ne;
    default: return Op::like;
  }
}

class WhereClause {
 public:
  WhereClause(std::string_view text, const std::vector<Token>& tokens, ParsedQuery& query)
      : text_(text), tokens_(tokens), query_(query) {}

  Status run(std::size_t where_index) {
    // Token numbers from 1, as CSPICE counts them, so that its comparisons read the same.
    const int ntoken = static_cast<int>(tokens_.size());
    const int begin = static_cast<int>(where_index) + 2;
    int end = ntoken;
    for (const Keyword kw : {Keyword::From, Keyword::Order, Keyword::Select}) {
      const int at = first_keyword(kw);
      if (at > 0 && at < end && at > begin) end = at - 1;
    }
    if (end - begin + 1 == 0) return query_error("Empty WHERE clause.");
    SC_TRY(classify(begin, end));
    drop_parentheses_around_values();
    if (end - begin + 1 < 3) return query_error("Too few tokens in WHERE clause.");
    SC_TRY_ASSIGN(const int expression, reduce());
    return encode(exprs_[static_cast<std::size_t>(expression)]);
  }

 private:
  const Token& token(int number) const { return tokens_[static_cast<std::size_t>(number) - 1]; }

  int first_keyword(Keyword kw) const {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].kind == TokenKind::Keyword && tokens_[i].keyword == kw) return static_cast<int>(i) + 1;
    }
    return 0;
  }

  bool is_keyword(int number, Keyword kw) const {
    return number >= 1 && number <= static_cast<int>(tokens_.size()) && token(number).kind == TokenKind::Keyword &&
           token(number).keyword == kw;
  }

  // The meta-token list ------------------------------------------------------------------------

  int add_node(Meta code, int ref = 0, Op op = Op::eq) {
    const int n = static_cast<int>(nodes_.size());
    nodes_.push_back(Node{code, op, ref, tail_, -1});
    if (tail_ >= 0) nodes_[static_cast<std::size_t>(tail_)].next = n;
    if (head_ < 0) head_ = n;
    tail_ = n;
    ++count_;
    return n;
  }
  Node& node(int n) { return nodes_[static_cast<std::size_t>(n)]; }
  Meta code(int n) { return node(n).code; }
  int next(int n) { return n >= 0 ? node(n).next : -1; }
  int prev(int n) { return n >= 0 ? node(n).prev : -1; }
  void erase(int n) {
    Node& x = node(n);
    if (x.prev >= 0) node(x.prev).next = x.next; else head_ = x.next;
    if (x.next >= 0) node(x.next).prev = x.prev; else tail_ = x.prev;
    --count_;
  }
  bool is_null(int n) { return code(n) == Meta::Value && node(n).ref < 0; }
  bool is_operand(int n) { return code(n) == Meta::Name || code(n) == Meta::Value; }

  // Each token of the clause becomes a meta-token; names and literals enter the encoded query.
  Status classify(int begin, int end) {
    for (int i = begin; i <= end; ++i) {
      const Token& t = token(i);
      switch (t.kind) {
        case TokenKind::LeftParen: add_node(Meta::LeftGroup); break;
        case TokenKind::RightParen: add_node(Meta::RightGroup); break;
        case TokenKind::Integer:
        case TokenKind::Double: {
          const bool integer = t.kind == TokenKind::Integer;
          SC_TRY_ASSIGN(const Descriptor d, query_.budget.insert_number(integer ? 3 : 2, t.lexeme));
          literals_.push_back(Literal{Value{Value::Kind::Number, t.number, "", integer ? DataType::integer : DataType::dp}, d});
          add_node(Meta::Value, static_cast<int>(literals_.size()) - 1);
          break;
        }
        case TokenKind::String: {
          SC_TRY_ASSIGN(const Descriptor d, query_.budget.insert_text(static_cast<int>(t.text.size()), t.lexeme));
          literals_.push_back(Literal{Value{Value::Kind::String, 0.0, t.text, DataType::character}, d});
          add_node(Meta::Value, static_cast<int>(literals_.size()) - 1);
          break;
        }
        case TokenKind::Name: {
          SC_TRY_ASSIGN(const Descriptor d, query_.budget.insert_text(static_cast<int>(t.text.size()), t.lexeme));
          identifiers_.push_back(Identifier{t.text, d});
          add_node(Meta::Ident, static_cast<int>(identifiers_.size()) - 1);
          break;
        }
        case TokenKind::Dot: add_node(Meta::Period); break;
        case TokenKind::Keyword: SC_TRY(classify_keyword(i, end)); break;
        default:
          return query_error(repmi(repmc("Unexpected token # found at location #.", "#",
                                         lexeme_text(text_, t.lexeme.begin, t.lexeme.end)),
                                   "#", t.lexeme.begin));
      }
    }
    return {};
  }

  // Keywords; `i` may move past a second keyword of a pair (NOT LIKE, NOT BETWEEN, IS NOT).
  Status classify_keyword(int& i, int end) {
    const Token& t = token(i);
    switch (t.keyword) {
      case Keyword::And: add_node(Meta::And); return {};
      case Keyword::Or: add_node(Meta::Or); return {};
      case Keyword::Not:
        // CSPICE looks at the next token even when NOT ends the clause (it is then the keyword
        // that ends it, never LIKE or BETWEEN).
        if (is_keyword(i + 1, Keyword::Like)) {
          add_node(Meta::Compare, 0, Op::unlike);
          ++i;
        } else if (is_keyword(i + 1, Keyword::Between)) {
          add_node(Meta::NotBetween);
          ++i;
        } else {
          add_node(Meta::Not);
        }
        return {};
      case Keyword::Eq:
      case Keyword::Ge:
      case Keyword::Gt:
      case Keyword::Le:
      case Keyword::Lt:
      case Keyword::Ne:
      case Keyword::Like: add_node(Meta::Compare, 0, comparison_of(t.keyword)); return {};
      case Keyword::Between: add_node(Meta::Between); return {};
      case Keyword::Is:
        if (i < end && is_keyword(i + 1, Keyword::Not)) {
          add_node(Meta::Compare, 0, Op::ne);
          ++i;
        } else {
          add_node(Meta::Compare, 0, Op::eq);
        }
        return {};
      case Keyword::Null: add_node(Meta::Value, -1); return {};
      default:
        return query_error(repmi(repmc("Unexpected keyword # found at location #.", "#",
                                       lexeme_text(text_, t.lexeme.begin, t.lexeme.end)),
                                 "#", t.lexeme.begin));
    }
  }

  // "( value )" loses its parentheses, repeatedly. Column names are not names yet at this point,
  // so "( column )" keeps them.
  void drop_parentheses_around_values() {
    int n = head_;
    while (n >= 0) {
      if (!is_operand(n)) {
        n = next(n);
        continue;
      }
      const int p = prev(n);
      const int x = next(n);
      if (p >= 0 && x >= 0 && code(p) == Meta::LeftGroup && code(x) == Meta::RightGroup) {
        erase(p);
        erase(x);
      } else {
        n = x;
      }
    }
  }

  // CSPICE's tables are bounded: each entry is checked for before it is taken.
  Status take(int& used, const char* message) {
    if (used >= kPoolSize) return query_error(message);
    ++used;
    return {};
  }
  Status take_relation() { return take(relations_used_, "Relation table is full."); }
  Status take_conjunction() { return take(conjunctions_live_, "Conjunction table is full."); }
  Status take_disjunction() { return take(disjunctions_live_, "Disjunction table is full."); }
  void release(const Dnf& e) {
    for (const auto& c : e) conjunctions_live_ -= static_cast<int>(c.size());
    disjunctions_live_ -= static_cast<int>(e.size());
  }

  int add_relation(int lhs_name, Op op, Operand rhs) {
    relations_.push_back(Relation{lhs_name, op, rhs});
    return static_cast<int>(relations_.size()) - 1;
  }
  int add_expr(Dnf e) {
    exprs_.push_back(std::move(e));
    return static_cast<int>(exprs_.size()) - 1;
  }
  Operand operand_of(int n) { return Operand{code(n) == Meta::Name, node(n).ref}; }

  // The reduction -------------------------------------------------------------------------------

  enum class PopWhen { Never, Reduced, GroupEnds };
  struct Level {
    int start;
    PopWhen when;
  };
  enum class State { Parse, Reduced, Push, Pop, Done };

  Result<int> reduce() {
    levels_.push_back(Level{head_, PopWhen::Never});
    State state = State::Parse;
    while (state != State::Done) {
      switch (state) {
        case State::Parse: {
          SC_TRY_ASSIGN(state, parse_step());
          break;
        }
        case State::Reduced:
          if (levels_.back().when == PopWhen::Reduced) {
            state = State::Pop;
          } else {
            levels_.back().start = first_;
            state = State::Parse;
          }
          break;
        case State::Push:
          if (static_cast<int>(levels_.size()) + 1 > kMaxStack) return query_error("Stack is full");
          levels_.push_back(Level{push_start_, push_when_});
          state = State::Parse;
          break;
        case State::Pop:
          if (levels_.size() <= 1) return query_error("Syntax error:  badly formed WHERE clause.");
          if (levels_.back().when == PopWhen::GroupEnds) {
            // ( expression ): the parentheses go; the level below may have started at the '('.
            const int p = prev(first_);
            Level& below = levels_[levels_.size() - 2];
            if (below.start == p) below.start = first_;
            if (p >= 0) erase(p);  // always the '(' that opened the level
            erase(second_);
          }
          levels_.pop_back();
          state = State::Parse;
          break;
        case State::Done: break;
      }
    }
    return node(first_).ref;
  }

  State push(int start, PopWhen when) {
    push_start_ = start;
    push_when_ = when;
    return State::Push;
  }

  Result<State> parse_step() {
    const int first = levels_.back().start;
    first_ = first;
    second_ = next(first);
    const int second = second_;
    const int third = next(second);
    const int fourth = next(third);
    if (first < 0) {
      return query_error("WHERE clause ran out of tokens unexpectedly.  This may be due to an extra left parenthesis.");
    }
    switch (code(first)) {
      case Meta::Ident: {
        // column or qualifier . column
        if (third >= 0 && code(second) == Meta::Period && code(third) == Meta::Ident) {
          names_.push_back(NameRef{node(first).ref, node(third).ref});
          erase(second);
          erase(third);
        } else {
          names_.push_back(NameRef{std::nullopt, node(first).ref});
        }
        node(first).code = Meta::Name;
        node(first).ref = static_cast<int>(names_.size()) - 1;
        return State::Reduced;
      }
      case Meta::Value: {
        // value AND (name | value): the bounds of a BETWEEN
        if (third < 0) return query_error("Tokens were missing from comparison relation.");
        if (is_null(first) || is_null(third)) {
          return query_error("NULL values are not allowed in BETWEEN or NOT BETWEEN clauses.");
        }
        if (code(third) == Meta::Ident) return push(third, PopWhen::Reduced);
        if (code(second) == Meta::And && is_operand(third)) return make_bounds(first, second, third);
        if (code(second) == Meta::Compare) return query_error("Token sequence must be followed by a value.");
        return query_error("Token must be followed by the AND operator.");
      }
      case Meta::Name: return parse_name(first, second, third);
      case Meta::Expr: {
        if (second < 0) {
          if (levels_.size() > 1 || count_ > 1) return query_error("More tokens expected.");
          return State::Done;
        }
        if (code(second) == Meta::RightGroup) {
          if (levels_.size() > 1 && levels_.back().when == PopWhen::GroupEnds) return State::Pop;
          return query_error("Unexpected right parenthesis found.");
        }
        if (third < 0) return query_error("More tokens expected.");
        if (code(third) == Meta::Ident || code(third) == Meta::Name || code(third) == Meta::Not) {
          return push(third, PopWhen::Reduced);
        }
        if (code(third) == Meta::LeftGroup) return push(fourth, PopWhen::GroupEnds);
        if (code(second) == Meta::Or && code(third) == Meta::Expr) {
          // AND binds tighter: an AND after the right operand goes first.
          if (fourth >= 0 && code(fourth) == Meta::And) return push(third, PopWhen::Reduced);
          Dnf& left = exprs_[static_cast<std::size_t>(node(first).ref)];
          const Dnf& right = exprs_[static_cast<std::size_t>(node(third).ref)];
          left.insert(left.end(), right.begin(), right.end());
          erase(second);
          erase(third);
          return State::Reduced;
        }
        if (code(second) == Meta::And && code(third) == Meta::Expr) return conjoin(first, second, third);
        return query_error("Unexpected token found following valid expression.");
      }
      case Meta::Not: {
        if (second < 0) return query_error("Tokens were missing from logical expression.");
        if (code(second) == Meta::LeftGroup) return push(third, PopWhen::GroupEnds);
        if (code(second) == Meta::Not || code(second) == Meta::Ident || code(second) == Meta::Name) {
          return push(second, PopWhen::Reduced);
        }
        if (code(second) == Meta::Expr) return negate(first, second);
        return query_error("Token following NOT operator was invalid.");
      }
      case Meta::LeftGroup: return push(second, PopWhen::GroupEnds);
      default: return query_error("Unexpected token found.");
    }
  }

  Result<State> make_bounds(int first, int second, int third) {
    bounds_.emplace_back(operand_of(first), operand_of(third));
    node(first).code = Meta::Bounds;
    node(first).ref = static_cast<int>(bounds_.size()) - 1;
    erase(second);
    erase(third);
    return State::Reduced;
  }

  Result<State> parse_name(int first, int second, int third) {
    // name op (name | value), name AND (name | value) (BETWEEN bounds), name [NOT] BETWEEN bounds
    if (third < 0) return query_error("Tokens were missing from comparison relation.");
    if (code(third) == Meta::Ident) return push(third, PopWhen::Reduced);
    if (code(second) == Meta::And && is_operand(third)) {
      if (is_null(third)) return query_error("NULL values are not allowed in BETWEEN or NOT BETWEEN clauses.");
      return make_bounds(first, second, third);
    }
    if (code(second) == Meta::Compare && is_operand(third)) {
      SC_TRY(take_relation());
      const int r = add_relation(node(first).ref, node(second).op, operand_of(third));
      erase(second);
      erase(third);
      SC_TRY(take_conjunction());
      SC_TRY(take_disjunction());
      node(first).code = Meta::Expr;
      node(first).ref = add_expr(Dnf{{r}});
      return State::Reduced;
    }
    if (code(second) == Meta::Between || code(second) == Meta::NotBetween) {
      if (code(third) == Meta::Bounds) return between(first, second, third);
      if (is_operand(third)) return push(third, PopWhen::Reduced);
      return query_error("Token following BETWEEN operator is invalid.");
    }
    if (code(second) == Meta::Compare) return query_error("Token sequence must be followed by a value.");
    return query_error("Token must be followed by a comparison operator.");
  }

  // x BETWEEN a AND b: (x >= a AND x <= b) OR (x <= a AND x >= b);
  // x NOT BETWEEN a AND b: (x < a AND x < b) OR (x > a AND x > b).
  Result<State> between(int first, int second, int third) {
    const bool inside = code(second) == Meta::Between;
    const auto [a, b] = bounds_[static_cast<std::size_t>(node(third).ref)];
    const Op ops[4] = {inside ? Op::ge : Op::lt, inside ? Op::le : Op::lt, inside ? Op::le : Op::gt,
                       inside ? Op::ge : Op::gt};
    const Operand items[4] = {a, b, a, b};
    int r[4];
    for (int i = 0; i < 4; ++i) {
      SC_TRY(take_relation());
      r[i] = add_relation(node(first).ref, ops[i], items[i]);
      SC_TRY(take_conjunction());
    }
    SC_TRY(take_disjunction());
    SC_TRY(take_disjunction());
    node(first).code = Meta::Expr;
    node(first).ref = add_expr(Dnf{{r[0], r[1]}, {r[2], r[3]}});
    erase(second);
    erase(third);
    return State::Reduced;
  }

  // A AND B: every conjunction of A followed by every conjunction of B.
  Result<State> conjoin(int first, int second, int third) {
    const Dnf a = exprs_[static_cast<std::size_t>(node(first).ref)];
    const Dnf b = exprs_[static_cast<std::size_t>(node(third).ref)];
    Dnf out;
    for (const auto& ca : a) {
      for (const auto& cb : b) {
        SC_TRY(take_disjunction());
        std::vector<int> c;
        for (const int rel : ca) {
          SC_TRY(take_conjunction());
          c.push_back(rel);
        }
        for (const int rel : cb) {
          SC_TRY(take_conjunction());
          c.push_back(rel);
        }
        out.push_back(std::move(c));
      }
    }
    release(a);
    release(b);
    node(first).ref = add_expr(std::move(out));
    erase(second);
    erase(third);
    return State::Reduced;
  }

  // NOT E, De Morgan's way: the negations of E's first conjunction's constraints, each alone, then
  // combined with each further conjunction's; the operators are negated last, once each. CSPICE
  // does not give E's own entries back to its tables.
  Result<State> negate(int first, int second) {
    const Dnf& e = exprs_[static_cast<std::size_t>(node(second).ref)];
    Dnf acc;
    for (const int rel : e.front()) {
      SC_TRY(take_disjunction());
      SC_TRY(take_conjunction());
      acc.push_back({rel});
    }
    for (std::size_t k = 1; k < e.size(); ++k) {
      Dnf next_acc;
      for (const auto& d : acc) {
        for (const int y : e[k]) {
          for (std::size_t i = 0; i < d.size(); ++i) SC_TRY(take_conjunction());
          SC_TRY(take_conjunction());
          SC_TRY(take_disjunction());
          std::vector<int> c = d;
          c.push_back(y);
          next_acc.push_back(std::move(c));
        }
      }
      release(acc);
      acc = std::move(next_acc);
    }
    std::set<int> seen;
    for (const auto& c : e) seen.insert(c.begin(), c.end());
    for (const int rel : seen) relations_[static_cast<std::size_t>(rel)].op = negated(relations_[static_cast<std::size_t>(rel)].op);
    node(first).code = Meta::Expr;
    node(first).ref = add_expr(std::move(acc));
    erase(second);
    return State::Reduced;
  }

  // The encoded constraints ---------------------------------------------------------------------

  ColumnName column_name(int name) const {
    const NameRef& n = names_[static_cast<std::size_t>(name)];
    ColumnName out;
    if (n.qualifier) out.qualifier = identifiers_[static_cast<std::size_t>(*n.qualifier)];
    out.column = identifiers_[static_cast<std::size_t>(n.column)];
    return out;
  }

  Status encode(const Dnf& dnf) {
    EncodedQueryBudget& budget = query_.budget;
    for (const auto& conjunction : dnf) {
      std::vector<ParsedConstraint> out;
      for (const int r : conjunction) {
        const Relation& rel = relations_[static_cast<std::size_t>(r)];
        ParsedConstraint c;
        c.lhs = column_name(rel.lhs);
        c.op = rel.op;
        SC_TRY(budget.append(0));
        SC_TRY(budget.append(c.lhs.table_descriptor()));
        SC_TRY(budget.append(c.lhs.column.descriptor));
        if (!rel.rhs.is_name && rel.rhs.index < 0) {
          if (c.op == Op::eq) {
            c.op = Op::isnull;
          } else if (c.op == Op::ne) {
            c.op = Op::notnull;
          } else {
            return query_error(
                "NULL values can only be used with the operators \"IS NULL\", \"NOT NULL\", or equivalents.");
          }
          SC_TRY(budget.append(static_cast<int>(c.op)));
          for (int i = 0; i < 2 * kDescriptorSize; ++i) SC_TRY(budget.append(0));
          c.rhs = Literal{};
        } else {
          SC_TRY(budget.append(static_cast<int>(c.op)));
          if (rel.rhs.is_name) {
            ColumnName rhs = column_name(rel.rhs.index);
            SC_TRY(budget.append(rhs.table_descriptor()));
            SC_TRY(budget.append(rhs.column.descriptor));
            c.rhs = std::move(rhs);
          } else {
            const Literal& lit = literals_[static_cast<std::size_t>(rel.rhs.index)];
            SC_TRY(budget.append(lit.descriptor));
            for (int i = 0; i < kDescriptorSize; ++i) SC_TRY(budget.append(0));
            c.rhs = lit;
          }
        }
        out.push_back(std::move(c));
      }
      query_.where.push_back(std::move(out));
    }
    for (const auto& conjunction : dnf) SC_TRY(budget.append(static_cast<int>(conjunction.size())));
    return {};
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  ParsedQuery& query_;

  std::vector<Node> nodes_;
  int head_ = -1;
  int tail_ = -1;
  int count_ = 0;

  std::vector<Identifier> identifiers_;
  std::vector<Literal> literals_;
  std::vector<NameRef> names_;
  std::vector<std::pair<Operand, Operand>> bounds_;
  std::vector<Relation> relations_;
  std::vector<Dnf> exprs_;
  int relations_used_ = 0;
  int conjunctions_live_ = 0;
  int disjunctions_live_ = 0;

  std::vector<Level> levels_;
  int first_ = -1;
  int second_ = -1;
  int push_start_ = -1;
  PopWhen push_when_ = PopWhen::Never;
};

}  // namespace

Status normalise_where(std::string_view text, const std::vector<Token>& tokens, std::size_t where, ParsedQuery& query) {
  return WhereClause(text, tokens, query).run(where);
}

}  // namespace sc::ek::query
