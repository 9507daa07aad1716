// The markers of timout format pictures (TIMOUT, time.req "Output formats") and the scan that
// splits a picture into markers and literal text: at each position the longest marker that
// matches (case-sensitively) wins, and runs of other characters form one literal token.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sc::time::picture {

enum class Marker {
  Literal,
  Yyyy,
  Yr,
  MonUpper,
  MonCapital,
  MonLower,
  MonthUpper,
  MonthCapital,
  MonthLower,
  Mm,
  Doy,
  WkdUpper,
  WkdCapital,
  WkdLower,
  WeekdayUpper,
  WeekdayCapital,
  WeekdayLower,
  Dd,
  Mn,
  Hr,
  Sc,
  Ap,
  DecimalPoint,  // ".#"
  PlaceHolder,   // "#"
  JulianDate,
  Sp2000,
  Sp1950,
  Utc,
  Tdb,
  Tdt,
  Tt,
  UtcPlus,
  UtcMinus,
  Round,
  Truncate,
  JulianCalendar,
  GregorianCalendar,
  MixedCalendar,
  EraUpper,
  EraLower,
  EraIfOldUpper,
  EraIfOldLower,
  AmPmUpper,
  AmPmLower,
};

// TIMOUT's classes of markers. The values are CSPICE's (they index its per-class tables, which
// timout mirrors), so they are kept as written there.
enum class Part : int {
  Literal = 2,
  Year = 3,
  YearOfCentury = 4,
  MonthNumber = 11,
  DayOfYear = 12,
  DayOfMonth = 19,
  Minute = 20,
  Hour = 21,
  Second = 22,
  DecimalPoint = 23,
  PlaceHolder = 24,
  JulianDate = 25,
  Sp2000 = 30,
  Sp1950 = 31,
  Round = 32,
  Truncate = 33,
  TimeSystem = 45,
  Calendar = 46,
  TwelveHour = 47,
  MonthName = 48,
  Weekday = 49,
  Era = 50,
  AmPm = 51,
  ActualYear = 52,  // no marker: the year before an era flip, kept for fractions
};
inline constexpr std::size_t kPartSlots = 53;

Part part_of(Marker m);

struct Token {
  Marker marker = Marker::Literal;
  std::size_t begin = 0;  // [begin, end) in the picture
  std::size_t end = 0;
};

std::vector<Token> scan_picture(std::string_view picture);

}  // namespace sc::time::picture
