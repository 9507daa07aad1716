// timdef: GET and SET of the time-string defaults (SPICELIB's TIMDEF, through timdef_c). Items and
// values are read as TIMDEF reads them: left-justified, upper-cased and cut to 16 characters. A
// zone is checked with ZZUTCPM (so "UTC+5:99" is accepted as "UTC+5", while the stored text stays
// as written) and stored without its "::" prefix.
#include <array>
#include <string>
#include <string_view>

#include "time/spicelib_text.hpp"
#include "time/text_util.hpp"
#include "time/time_api.hpp"
#include "time/wrapper_checks.hpp"
#include "time/zone_offset.hpp"

namespace sc::time {
namespace {

constexpr std::size_t kWidth = 16;  // TIMDEF's CHARACTER*16 items and values

// LJUST + UCASE into CHARACTER*16, trailing blanks dropped for comparisons.
std::string normalized(std::string_view s) {
  std::string out = to_upper(ltrim(s).substr(0, kWidth));
  return std::string(rtrim(out));
}

Error bad_item(std::string_view item) {
  return make_error("SPICE(BADTIMEITEM)",
                    text::trimmed(text::repmc("The specified item '#' is not a recognized time default item.  The "
                                              "items that you may \"SET\" via the routine TIMDEF are 'CALENDAR', "
                                              "'SYSTEM', or 'ZONE' ",
                                              "#", item)));
}

Error bad_value(std::string_view message, std::string_view value) {
  return make_error("SPICE(BADDEFAULTVALUE)", text::trimmed(text::repmc(message, "#", value)));
}

// A U.S. zone name as its UTC offset (TIMDEF's table).
std::string translated_zone(const std::string& value) {
  static constexpr std::array<std::string_view, 8> kZones = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"};
  static constexpr std::array<std::string_view, 8> kOffsets = {"UTC-5", "UTC-4", "UTC-6", "UTC-5",
                                                               "UTC-7", "UTC-6", "UTC-8", "UTC-7"};
  for (std::size_t i = 0; i < kZones.size(); ++i) {
    if (value == kZones[i]) return std::string(kOffsets[i]);
  }
  return value;
}

}  // namespace

Result<std::string> timdef_get(const TimeDefaults& defaults, std::string_view item) {
  SC_TRY(require_text(item, "item"));
  const std::string what = normalized(item);
  if (what == "CALENDAR") return defaults.calendar;
  if (what == "SYSTEM") return defaults.system;
  if (what == "ZONE") return defaults.zone;
  return bad_item(item);
}

Status timdef_set(TimeDefaults& defaults, std::string_view item, std::string_view value) {
  SC_TRY(require_text(item, "item"));
  SC_TRY(require_text(value, "value"));
  const std::string what = normalized(item);
  const std::string v = normalized(value);
  if (what == "SYSTEM") {
    if (v != "TDB" && v != "TDT" && v != "TT" && v != "UTC") {
      return bad_value("The default value assigned to the time system must be one of 'UTC', 'TDT', 'TT', or 'TDB'. "
                       "The value supplied was '#'. ",
                       value);
    }
    defaults.zone.clear();
    defaults.system = v;
    return {};
  }
  if (what == "ZONE") {
    // "::" + the value in a 16-character buffer: only its first 14 characters are kept.
    std::string zone = translated_zone(v).substr(0, kWidth - 2);
    std::string buffer = "::" + zone;
    buffer.resize(kWidth, ' ');
    if (!read_zone_offset(buffer, 0)) {
      return bad_value("The input value for a time zone \"#\" was not recognized as known time zone and could not "
                       "be parsed according to the pattern UTC(+/-)HR[:MN]. Known time zones are: 'EST', 'EDT', "
                       "'CST', 'CDT', 'MST', 'MDT', 'PST', and 'PDT'. ",
                       value);
    }
    defaults.zone = std::string(rtrim(zone));
    defaults.system.clear();
    return {};
  }
  if (what == "CALENDAR") {
    if (v != "JULIAN" && v != "GREGORIAN" && v != "MIXED") {
      return bad_value("The input value for '#' is not a recognized calendar type.  The recognized calendars are "
                       "'GREGORIAN', 'JULIAN', and 'MIXED'. ",
                       value);
    }
    defaults.calendar = v;
    return {};
  }
  return bad_item(item);
}

Result<std::string> timdef(TimeDefaults& defaults, std::string_view action, std::string_view item,
                           std::string_view value) {
  SC_TRY(require_text(action, "action"));
  const std::string act = normalized(action);
  if (act == "GET") return timdef_get(defaults, item);
  if (act == "SET") {
    SC_TRY(timdef_set(defaults, item, value));
    return std::string();
  }
  return make_error("SPICE(BADACTION)", "The action specified to TIMDEF was '" + std::string(action) +
                                            "'. The recognized actions are 'SET' and 'GET'.");
}

}  // namespace sc::time
