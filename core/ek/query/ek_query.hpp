// The EK query language (EK Required Reading, EKFIND): everything ekfind does to a query string
// before it reads any EK data. A query is scanned (ZZEKSCAN), parsed with its WHERE clause
// normalised to a disjunction of conjunctions (ZZEKPARS, ZZEKNRML), its table and column names are
// resolved against the loaded tables (ZZEKNRES), its time literals converted to TDB seconds past
// J2000 (ZZEKTRES, ZZEKTCNV) and it is checked (ZZEKSEMC), with CSPICE N0067's error messages.
//
// Errors come in two kinds, as in CSPICE. A bad query is not a SPICE error: ekfind_c reports it
// through its error flag and message (QueryResult::errmsg). A few conditions make CSPICE signal
// an error instead (an empty query string, a time string STR2ET or an SCLK lookup fails on, more
// time values or normalised constraints than CSPICE's encoded query holds, and the misaligned
// query CSPICE builds for a qualified ORDER BY column directly followed by WHERE, FROM or SELECT):
// those are the Error of the Result.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ek/ek_file.hpp"
#include "ek/operators.hpp"
#include "errors/result.hpp"
#include "pool/pool.hpp"
#include "time/time_defaults.hpp"

namespace sc::ek {

// Column data types are ek::DataType (ek_file.hpp: CSPICE's codes CHR DP INT TIME).

struct ColumnInfo {
  std::string name;        // upper case, at most 32 characters
  DataType type = DataType::integer;
  int size = 1;            // elements per entry; -1 for SIZE = VARIABLE
  int string_length = 0;   // CHARACTER*(n) length, -1 for CHARACTER*(*); unused for other types
  bool indexed = false;
  bool nulls_ok = false;
};

struct TableInfo {
  std::string name;  // upper case, at most 64 characters
  std::vector<ColumnInfo> columns;  // in the order EKCII numbers them
};

// The loaded tables in the order CSPICE knows them (EKTNAM's order).
using Catalog = std::span<const TableInfo>;

// A column of the query: `table` indexes ResolvedQuery::tables (FROM order), `column` the
// columns of that table's TableInfo; both from 0.
struct ColumnRef {
  int table = 0;
  int column = 0;
  bool operator==(const ColumnRef&) const = default;
};

// Comparison operators are ek::Op (operators.hpp, CSPICE's codes). isnull and notnull are what
// `IS NULL`, `= NULL`, `IS NOT NULL`, `<> NULL` ... become; unlike is NOT LIKE.

// The value on the right of a constraint, as CSPICE keeps it: numbers as doubles (INTEGER literals
// too), strings with doubled quotes undoubled and blanks kept, TIME values converted to TDB
// seconds past J2000 (`type` Time, kind Number). Null only with ISNULL and NOTNUL.
struct Value {
  enum class Kind { Null, Number, String };
  Kind kind = Kind::Null;
  double number = 0.0;
  std::string text;
  DataType type = DataType::character;  // the literal's type: Integer or Double as written
                                        // (BEINT decides), Character, or Time once converted
};

struct Constraint {
  ColumnRef lhs;
  Op op = Op::eq;
  std::variant<ColumnRef, Value> rhs;
};

struct FromItem {
  int catalog_table = 0;  // index into the Catalog
  std::string alias;      // upper case; empty when none was given
};

struct OrderItem {
  ColumnRef column;
  bool descending = false;
};

// A query ready for evaluation.
//
// `where` is the WHERE clause in disjunctive normal form, in exactly the order ZZEKNRML leaves it
// (the later stages keep it): an OR of ANDs, empty when there is no WHERE clause. The order is
// that of a bottom-up reduction of the clause:
//   - a comparison is one conjunction of one constraint;
//   - `x BETWEEN a AND b` is (x >= a AND x <= b) OR (x <= a AND x >= b), so reversed bounds
//     still select the rows between them; `x NOT BETWEEN a AND b` is
//     (x < a AND x < b) OR (x > a AND x > b);
//   - `A OR B`: A's conjunctions, then B's;
//   - `A AND B`: for each conjunction a of A in order, for each conjunction b of B in order,
//     the conjunction a followed by b;
//   - `NOT A`, A = c1 OR ... OR cm: start from one single-constraint conjunction per constraint of
//     c1 (in order); for each further ck, replace the list by: for each conjunction d in order,
//     for each constraint y of ck in order, d followed by y; then negate every operator
//     (= <>, >= <, > <=, LIKE NOT-LIKE, IS NULL IS-NOT-NULL, and back);
//   - NOT binds tightest, then AND, then OR; AND and OR group from the left; parentheses group.
// A constraint may appear in several conjunctions (AND distributes over OR).
struct ResolvedQuery {
  std::vector<FromItem> tables;                // FROM order
  std::vector<ColumnRef> select;               // SELECT order
  std::vector<std::vector<Constraint>> where;  // see above
  std::vector<OrderItem> order_by;             // ORDER BY order
};

// ok (query set, errmsg empty), or the message ekfind_c returns with its error flag set.
struct QueryResult {
  std::optional<ResolvedQuery> query;
  std::string errmsg;
};

// What CSPICE calls to turn a TIME literal into ET (ZZEKTCNV), supplied by the session. The query
// code itself checks the string with TPARTV's rules and builds the messages.
//
// A string holding "SCLK" is a spacecraft clock string "<clock name> SCLK <clock string>"; any
// other is read by STR2ET.
struct TimeConversion {
  // STR2ET with the session's leapseconds and TIMDEF defaults; called only for strings TPARTV
  // accepts. An Error is returned as the signalled error (CSPICE leaves it signalled).
  std::function<Result<double>(std::string_view)> str2et;

  // SCN2ID's lookup: BODN2C of the clock name (upper case, blanks compressed, "SCLK" removed).
  // Unset, no clock name is known.
  std::function<std::optional<int>(std::string_view)> clock_id;

  // SCPARS then SCT2E for clock `id` and the text after "SCLK" (upper case, blanks compressed):
  // the ET, or SCPARS's message when it reports a malformed clock string through its error flag;
  // an Error for what SCPARS or SCT2E signal (a missing SCLK kernel). Only called for clocks
  // clock_id found.
  struct ClockReading {
    std::optional<double> et;
    std::string problem;  // SCPARS's MSG when et is empty
  };
  std::function<Result<ClockReading>(int, std::string_view)> clock_to_et;
  // An unset str2et or clock_to_et fails the conversions that need it with SPICE(NOTSUPPORTED).
};

// STR2ET on `pool` (its leapseconds) and `defaults`, and no clocks. Both are referenced, not
// copied: they must outlive the calls of prepare_query that use the result.
TimeConversion str2et_conversion(const pool::Pool& pool, const time::TimeDefaults& defaults);

// ekfind's work on `text` before the search, against the loaded tables `catalog`.
Result<QueryResult> prepare_query(std::string_view text, Catalog catalog, const TimeConversion& time);

}  // namespace sc::ek
