#include "time/picture_scanner.hpp"

#include <array>

namespace sc::time::picture {
namespace {

struct MarkerText {
  std::string_view text;
  Marker marker;
};

constexpr auto kMarkers = std::to_array<MarkerText>({
    {"YYYY", Marker::Yyyy},
    {"YR", Marker::Yr},
    {"MON", Marker::MonUpper},
    {"Mon", Marker::MonCapital},
    {"mon", Marker::MonLower},
    {"MONTH", Marker::MonthUpper},
    {"Month", Marker::MonthCapital},
    {"month", Marker::MonthLower},
    {"MM", Marker::Mm},
    {"DOY", Marker::Doy},
    {"WKD", Marker::WkdUpper},
    {"Wkd", Marker::WkdCapital},
    {"wkd", Marker::WkdLower},
    {"WEEKDAY", Marker::WeekdayUpper},
    {"Weekday", Marker::WeekdayCapital},
    {"weekday", Marker::WeekdayLower},
    {"DD", Marker::Dd},
    {"MN", Marker::Mn},
    {"HR", Marker::Hr},
    {"SC", Marker::Sc},
    {".#", Marker::DecimalPoint},
    {"#", Marker::PlaceHolder},
    {"JULIAND", Marker::JulianDate},
    {"::UTC", Marker::Utc},
    {"::TDB", Marker::Tdb},
    {"::TDT", Marker::Tdt},
    {"::TT", Marker::Tt},
    {"SP2000", Marker::Sp2000},
    {"SP1950", Marker::Sp1950},
    {"::RND", Marker::Round},
    {"::TRNC", Marker::Truncate},
    {"ERA", Marker::EraUpper},
    {"era", Marker::EraLower},
    {"AMPM", Marker::AmPmUpper},
    {"ampm", Marker::AmPmLower},
    {"::UTC+", Marker::UtcPlus},
    {"::UTC-", Marker::UtcMinus},
    {"::JCAL", Marker::JulianCalendar},
    {"::GCAL", Marker::GregorianCalendar},
    {"::MCAL", Marker::MixedCalendar},
    {"AP", Marker::Ap},
    {"?ERA?", Marker::EraIfOldUpper},
    {"?era?", Marker::EraIfOldLower},
});

}  // namespace

Part part_of(Marker m) {
  switch (m) {
    case Marker::Literal: return Part::Literal;
    case Marker::Yyyy: return Part::Year;
    case Marker::Yr: return Part::YearOfCentury;
    case Marker::MonUpper:
    case Marker::MonCapital:
    case Marker::MonLower:
    case Marker::MonthUpper:
    case Marker::MonthCapital:
    case Marker::MonthLower: return Part::MonthName;
    case Marker::Mm: return Part::MonthNumber;
    case Marker::Doy: return Part::DayOfYear;
    case Marker::WkdUpper:
    case Marker::WkdCapital:
    case Marker::WkdLower:
    case Marker::WeekdayUpper:
    case Marker::WeekdayCapital:
    case Marker::WeekdayLower: return Part::Weekday;
    case Marker::Dd: return Part::DayOfMonth;
    case Marker::Mn: return Part::Minute;
    case Marker::Hr: return Part::Hour;
    case Marker::Sc: return Part::Second;
    case Marker::Ap: return Part::TwelveHour;
    case Marker::DecimalPoint: return Part::DecimalPoint;
    case Marker::PlaceHolder: return Part::PlaceHolder;
    case Marker::JulianDate: return Part::JulianDate;
    case Marker::Sp2000: return Part::Sp2000;
    case Marker::Sp1950: return Part::Sp1950;
    case Marker::Utc:
    case Marker::Tdb:
    case Marker::Tdt:
    case Marker::Tt:
    case Marker::UtcPlus:
    case Marker::UtcMinus: return Part::TimeSystem;
    case Marker::Round: return Part::Round;
    case Marker::Truncate: return Part::Truncate;
    case Marker::JulianCalendar:
    case Marker::GregorianCalendar:
    case Marker::MixedCalendar: return Part::Calendar;
    case Marker::EraUpper:
    case Marker::EraLower:
    case Marker::EraIfOldUpper:
    case Marker::EraIfOldLower: return Part::Era;
    case Marker::AmPmUpper:
    case Marker::AmPmLower: return Part::AmPm;
  }
  return Part::Literal;
}

std::vector<Token> scan_picture(std::string_view picture) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < picture.size()) {
    const MarkerText* best = nullptr;
    for (const MarkerText& m : kMarkers) {
      if (picture.substr(at, m.text.size()) == m.text && (best == nullptr || m.text.size() > best->text.size())) {
        best = &m;
      }
    }
    if (best != nullptr) {
      tokens.push_back({best->marker, at, at + best->text.size()});
      at += best->text.size();
    } else if (!tokens.empty() && tokens.back().marker == Marker::Literal && tokens.back().end == at) {
      tokens.back().end = ++at;
    } else {
      tokens.push_back({Marker::Literal, at, at + 1});
      ++at;
    }
  }
  return tokens;
}

}  // namespace sc::time::picture
