// tpictr: the timout picture of a sample time string (SPICELIB's TPICTR through tpictr_c). TPICTR
// is a front for TPARTV's picture: it succeeds whenever a picture could be drawn, even for a
// sample TPARTV cannot turn into a time ("2020 JAN 1 1:2:3:4" gives "YYYY MON DD DD:HR:MN:SC"),
// and otherwise reports TPARTV's diagnostic.
#include <string>

#include "time/parse_diagnostics.hpp"
#include "time/text_util.hpp"
#include "time/time_api.hpp"
#include "time/time_parser.hpp"
#include "time/wrapper_checks.hpp"

namespace sc::time {

Result<std::string> tpictr(const TimeDefaults& /*defaults: TPICTR ignores TIMDEF*/, std::string_view sample) {
  SC_TRY(require_text(sample, "sample"));
  parse::ParseOutcome parsed = parse::parse_time_with_picture(sample);
  const std::string picture(rtrim(parsed.picture));  // tpictr_c trims the picture's trailing blanks
  if (!picture.empty()) return picture;
  if (!parsed.time) return std::move(parsed.time).error();
  return parse::unparsed("");  // a parsed string always has a picture; kept for completeness
}

}  // namespace sc::time
