#include "ek/query/time_literals.hpp"

#include <optional>
#include <string>

#include "ek/query/query_errors.hpp"
#include "ek/query/query_limits.hpp"
#include "time/spicelib_text.hpp"
#include "time/time_api.hpp"
#include "time/time_parser.hpp"

namespace sc::ek::query {
namespace {

using time::text::repmc;
using time::text::suffix;

// CMPRSS(' ', 1), LJUST and UCASE: runs of blanks become one, leading blanks go, upper case.
std::string normalised(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// SCPARS keeps its message in CHARACTER*(160).
constexpr std::size_t kClockMessageLength = 160;

// ZZEKTCNV of the 32-character string `timstr`.
Result<double> to_et(const std::string& timstr, const TimeConversion& conversion) {
  const std::string local = normalised(timstr);
  const std::size_t sclk = local.rfind("SCLK");
  if (sclk != std::string::npos) {
    std::optional<int> clock;
    std::string name = local.substr(0, sclk);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (conversion.clock_id) clock = conversion.clock_id(name);
    if (!clock) {
      // CSPICE cuts the name from the string as written, at the position found in the compressed one.
      if (sclk > 0) {
        return query_error(repmc("Time conversion failed; SCLK type <#> was not recognized.", "#",
                                 std::string_view(timstr).substr(0, std::min(sclk, timstr.size()))));
      }
      return query_error("Time conversion failed; SCLK name was not supplied.");
    }
    if (!conversion.clock_to_et) return make_error("SPICE(NOTSUPPORTED)", "No spacecraft clock conversion is available.");
    SC_TRY_ASSIGN(const TimeConversion::ClockReading reading, conversion.clock_to_et(*clock, local.substr(sclk + 4)));
    if (!reading.et) {
      const std::string problem = reading.problem.substr(0, std::min(reading.problem.size(), kClockMessageLength));
      return query_error(suffix(repmc("The string <#> didn't parse as a spacecraft clock string.", "#", timstr), 3, problem));
    }
    return *reading.et;
  }
  const auto parsed = time::parse::parse_time_string(local);
  if (!parsed) return query_error(parsed.error().long_msg);
  if (!conversion.str2et) return make_error("SPICE(NOTSUPPORTED)", "No time conversion is available.");
  return conversion.str2et(local);
}

}  // namespace

Status resolve_times(ParsedQuery& query, Catalog catalog, const TimeConversion& conversion) {
  for (auto& conjunction : query.where) {
    for (ParsedConstraint& c : conjunction) {
      auto* literal = std::get_if<Literal>(&c.rhs);
      if (literal == nullptr || c.op == Op::isnull || c.op == Op::notnull) continue;
      const TableInfo& table = catalog[static_cast<std::size_t>(query.tables[static_cast<std::size_t>(c.lhs.ref.table)].catalog_table)];
      if (table.columns[static_cast<std::size_t>(c.lhs.ref.column)].type != DataType::time) continue;
      std::string timstr = literal->value.kind == Value::Kind::String ? literal->value.text : std::string();
      if (timstr.size() > static_cast<std::size_t>(kTimeStringLength)) timstr.resize(static_cast<std::size_t>(kTimeStringLength));
      SC_TRY_ASSIGN(const double et, to_et(timstr, conversion));
      const int begin = literal->descriptor[1];
      SC_TRY_ASSIGN(literal->descriptor, query.budget.insert_number(static_cast<int>(DataType::time), Lexeme{begin, begin}));
      literal->value = Value{Value::Kind::Number, et, "", DataType::time};
    }
  }
  return {};
}

}  // namespace sc::ek::query

namespace sc::ek {

TimeConversion str2et_conversion(const pool::Pool& pool, const time::TimeDefaults& defaults) {
  TimeConversion c;
  c.str2et = [&pool, &defaults](std::string_view text) { return time::str2et(pool, defaults, text); };
  return c;
}

}  // namespace sc::ek
