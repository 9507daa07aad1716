// timout: ET written through a format picture (TIMOUT). Without markers, TIMDEF's default system
// (or zone) and calendar apply. Meta markers (::UTC, ::TDB, ::TDT/::TT,
// ::UTC+h:m, ::RND, ::TRNC, ::JCAL/::GCAL/::MCAL) set the time system, zone, rounding and calendar
// and vanish from the output; the other markers are replaced by time components, numbers being
// truncated (or, with ::RND, rounded by padding the epoch with half a unit of the least
// significant component) and written with DPFMT pictures, as CSPICE does.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "time/epoch_range.hpp"
#include "time/leapseconds.hpp"
#include "time/picture_scanner.hpp"
#include "time/text_util.hpp"
#include "time/time_api.hpp"
#include "time/timout_writer.hpp"
#include "time/wrapper_checks.hpp"
#include "time/zone_offset.hpp"

namespace sc::time {
namespace {

using picture::Marker;
using picture::Part;
using picture::Token;

// TIMOUT's system when the picture names none: TIMDEF's default system, or its zone when the
// system is blank (a zone that does not read, impossible through timdef_set, gives plain UTC).
OutputSystem default_system(const TimeDefaults& defaults) {
  OutputSystem out;
  if (defaults.system == "UTC") return out;
  if (defaults.system == "TDB") {
    out.scale = OutputScale::Tdb;
  } else if (defaults.system == "TDT" || defaults.system == "TT") {
    out.scale = OutputScale::Tdt;
  } else if (const auto zone = read_zone_offset("::" + defaults.zone + "  ", 0)) {
    out.zoned = true;
    out.hours = zone->hours;
    out.minutes = zone->minutes;
  }
  return out;
}

CalendarChoice default_calendar(const TimeDefaults& defaults) {
  if (defaults.calendar == "GREGORIAN") return CalendarChoice::Gregorian;
  if (defaults.calendar == "JULIAN") return CalendarChoice::Julian;
  return CalendarChoice::Mixed;
}

// The first time-system marker decides the system (the default otherwise); a "::UTC+h:m" zone
// also swallows the digits that follow it.
OutputSystem choose_system(std::string_view text, std::vector<Token>& tokens, const OutputSystem& fallback) {
  OutputSystem out = fallback;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Marker m = tokens[i].marker;
    if (picture::part_of(m) != Part::TimeSystem) continue;
    out = OutputSystem{};  // any marker replaces the default, a zone that does not read gives UTC
    if (m == Marker::Tdb) out.scale = OutputScale::Tdb;
    if (m == Marker::Tdt || m == Marker::Tt) out.scale = OutputScale::Tdt;
    if (m == Marker::UtcPlus || m == Marker::UtcMinus) {
      if (auto zone = read_zone_offset(text, tokens[i].begin)) {
        out.zoned = true;
        out.hours = zone->hours;
        out.minutes = zone->minutes;
        if (i + 1 < tokens.size()) {
          if (zone->end == tokens[i + 1].end)
            tokens[i + 1].marker = m;  // removed with the zone marker
          else
            tokens[i + 1].begin = zone->end;
        }
      }
    }
    break;
  }
  return out;
}

CalendarChoice choose_calendar(const std::vector<Token>& tokens, CalendarChoice fallback) {
  for (const Token& t : tokens) {
    if (t.marker == Marker::JulianCalendar) return CalendarChoice::Julian;
    if (t.marker == Marker::MixedCalendar) return CalendarChoice::Mixed;
    if (t.marker == Marker::GregorianCalendar) return CalendarChoice::Gregorian;
  }
  return fallback;
}

bool has_marker(const std::vector<Token>& tokens, std::initializer_list<Marker> markers) {
  return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
    return std::find(markers.begin(), markers.end(), t.marker) != markers.end();
  });
}

// Half a unit of the least significant component of the picture: what ::RND adds to the epoch.
double rounding_pad(const std::vector<Token>& tokens) {
  double pad = 0.0;
  for (std::size_t i = 0; i < tokens.size();) {
    const Part part = picture::part_of(tokens[i].marker);
    const double half = half_unit(part);
    if (half == 0.0) {
      ++i;
      continue;
    }
    double factor = 1.0;
    ++i;
    if (i < tokens.size() && tokens[i].marker == Marker::DecimalPoint) {
      factor *= 0.1;
      ++i;
      while (i < tokens.size() && tokens[i].marker == Marker::PlaceHolder) {
        factor *= 0.1;
        ++i;
      }
    }
    const double increment = half * factor;
    pad = pad != 0.0 ? std::min(pad, increment) : increment;
  }
  return pad;
}

}  // namespace

Result<std::string> timout(const pool::Pool& pool, const TimeDefaults& defaults, double et,
                           std::string_view picture_text) {
  SC_TRY(require_text(picture_text, "pictur"));
  SC_TRY(require_calendar_epoch(et));
  // TIMOUT left-justifies the picture in 255 characters and scans one blank past its end; that
  // blank flushes a number still being formatted at the end of the picture.
  std::string text(ltrim(picture_text).substr(0, 255));
  text = std::string(rtrim(text)) + " ";
  std::vector<Token> tokens = picture::scan_picture(text);
  const OutputSystem system = choose_system(text, tokens, default_system(defaults));
  const CalendarChoice calendar = choose_calendar(tokens, default_calendar(defaults));
  const bool round = has_marker(tokens, {Marker::Round});
  const bool era =
      has_marker(tokens, {Marker::EraUpper, Marker::EraLower, Marker::EraIfOldUpper, Marker::EraIfOldLower});
  std::erase_if(tokens, [](const Token& t) {
    const Part p = picture::part_of(t.marker);
    return p == Part::TimeSystem || p == Part::Calendar || p == Part::Round || p == Part::Truncate;
  });
  const double pad = round ? rounding_pad(tokens) : 0.0;
  const auto kept = time_kernel(pool);
  const TimeKernel& kernel = *kept;
  SC_TRY_ASSIGN(auto&& writer, TimoutWriter::create(kernel, et, pad, system, calendar, era));
  return writer.write(text, tokens);
}

Result<std::string> timout(const pool::Pool& pool, double et, std::string_view picture) {
  return timout(pool, TimeDefaults{}, et, picture);
}

}  // namespace sc::time
