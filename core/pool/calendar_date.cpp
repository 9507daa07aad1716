#include "pool/calendar_date.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "errors/quoted.hpp"
#include "math/constants.hpp"
#include "pool/cspice_decimal.hpp"

namespace sc::pool {
namespace {

using math::kJ2000JulianDate;
using math::kSecondsPerDay;

// Longer strings cannot be dates; the bound lets every buffer below have a fixed size.
constexpr std::size_t kMaxDateLength = 80;
// Nine digits fit an int32 and are more than any calendar field needs.
constexpr std::size_t kMaxFieldDigits = 9;

Error bad_date(std::string why) { return make_error("SPICE(BADTIMESPEC)", std::move(why)); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char to_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return !s.empty();
}

// Days from 0000-03-01 to the given date of the proleptic Gregorian calendar. Counting from a
// March 1st puts the leap day at the end of each counting year, so the month lengths before any
// date follow one formula, and 400-year eras make the result exact for negative years too.
constexpr std::int64_t days_from_march_of_year_zero(std::int64_t year, int month, std::int64_t day) {
  const std::int64_t y = month <= 2 ? year - 1 : year;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;                              // 0..399
  const std::int64_t month_from_march = (month + 9) % 12;                      // March = 0
  const std::int64_t days_before_month = (153 * month_from_march + 2) / 5;     // 0..337
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + days_before_month;
  return era * 146097 + day_of_era + (day - 1);
}

constexpr std::int64_t kDays2000 = days_from_march_of_year_zero(2000, 1, 1);

// Day number of a date counted from 2000-01-01 (day 0). `day` may exceed the month's length.
std::int64_t days_since_2000(std::int64_t year, int month, std::int64_t day) {
  return days_from_march_of_year_zero(year, month, day) - kDays2000;
}

// A run of at most nine digits as an integer.
std::optional<std::int64_t> parse_int(std::string_view s) {
  if (!all_digits(s) || s.size() > kMaxFieldDigits) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// digits[.digits] as a double. CSPICE's date parser (TPARSE, through TPARTV) reads every numeric
// field with NPARSD, so this does too: a long fraction gets NPARSD's value, not the nearest double.
std::optional<double> parse_decimal(std::string_view s) {
  const std::size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (whole.empty() || whole.size() > kMaxFieldDigits || !all_digits(whole)) return std::nullopt;
  if (dot != std::string_view::npos && !fraction.empty() && !all_digits(fraction)) return std::nullopt;
  const CspiceNumber number = parse_cspice_number(s);
  if (!number) return std::nullopt;
  return number.value;
}

// Years written with one or two digits are 1969..2068, NAIF's default century window.
std::int64_t expand_year(std::int64_t year, std::size_t digit_count) {
  if (digit_count > 2) return year;
  return year + (year >= 69 ? 1900 : 2000);
}

std::optional<int> month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "JANUARY", "FEBRUARY", "MARCH",     "APRIL",   "MAY",      "JUNE",
      "JULY",    "AUGUST",   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
  if (word.size() < 3) return std::nullopt;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = kMonths[m];
    if (word.size() > name.size()) continue;
    bool match = true;
    for (std::size_t i = 0; i < word.size() && match; ++i) match = to_upper(word[i]) == name[i];
    if (match) return static_cast<int>(m + 1);
  }
  return std::nullopt;
}

struct CalendarDay {
  std::int64_t year = 0;
  int month = 1;         // 1..12
  std::int64_t day = 1;  // day of month (1..31) or, with month 1, day of year (1..366)
};

struct TimeOfDay {
  double hours = 0;
  double minutes = 0;
  double seconds = 0;
};

Result<CalendarDay> year_day_of_year(std::string_view year_text, std::string_view doy_text) {
  const auto year = parse_int(year_text);
  const auto doy = parse_int(doy_text);
  if (!year || !doy) return bad_date("the year and day of year must be whole numbers");
  if (*doy < 1 || *doy > 366) return bad_date("day of year " + std::to_string(*doy) + " is not in 1..366");
  return CalendarDay{expand_year(*year, year_text.size()), 1, *doy};
}

Result<CalendarDay> year_month_day(std::string_view year_text, int month, std::string_view day_text) {
  const auto year = parse_int(year_text);
  const auto day = parse_int(day_text);
  if (!year || !day) return bad_date("the year and day must be whole numbers");
  if (month < 1 || month > 12) return bad_date("month " + std::to_string(month) + " is not in 1..12");
  if (*day < 1 || *day > 31) return bad_date("day of month " + std::to_string(*day) + " is not in 1..31");
  return CalendarDay{expand_year(*year, year_text.size()), month, *day};
}

// One field of a calendar date: a run of digits or a run of letters.
struct Field {
  bool is_word = false;
  std::string_view text;
};

struct DateFields {
  std::array<Field, 3> field{};
  std::size_t count = 0;
};

// Splits "1972-JAN-1" or "17JUN1982" into fields; '-' separates fields, and so does the change
// from digits to letters. Empty fields (leading, trailing or doubled '-') are errors.
Result<DateFields> split_date_fields(std::string_view date) {
  DateFields fields;
  std::size_t i = 0;
  bool expect_field = true;  // at the start and after each '-'
  while (i < date.size()) {
    if (date[i] == '-') {
      if (expect_field) return bad_date("the date " + quoted(date) + " has an empty field");
      expect_field = true;
      ++i;
      continue;
    }
    const bool word = is_letter(date[i]);
    if (!word && !is_digit(date[i])) {
      return bad_date("unexpected character '" + std::string(1, date[i]) + "' in the date " + quoted(date));
    }
    std::size_t j = i;
    while (j < date.size() && (word ? is_letter(date[j]) : is_digit(date[j]))) ++j;
    if (fields.count == fields.field.size()) return bad_date("the date " + quoted(date) + " has too many fields");
    fields.field[fields.count++] = Field{word, date.substr(i, j - i)};
    expect_field = false;
    i = j;
  }
  if (expect_field) return bad_date("the date " + quoted(date) + " is empty or ends with '-'");
  return fields;
}

// NAIF's rule: in a date with a month name, a number of 1000 or more is the year.
bool looks_like_year(std::string_view digits) { return parse_int(digits).value_or(0) >= 1000; }

// Three fields, one of them a month name: the other two are a year and a day. As in NAIF's
// parser, a number of 1000 or more is the year; otherwise the first number is the year.
Result<CalendarDay> date_with_month_name(const std::array<Field, 3>& f, std::string_view date) {
  int month_at = -1;
  for (int k = 0; k < 3; ++k) {
    if (f[k].is_word) {
      if (month_at >= 0) return bad_date("the date " + quoted(date) + " has two words");
      month_at = k;
    }
  }
  const auto month = month_number(f[month_at].text);
  if (!month) return bad_date(quoted(f[month_at].text) + " is not a month name");
  const std::string_view a = f[month_at == 0 ? 1 : 0].text;
  const std::string_view b = f[month_at == 2 ? 1 : 2].text;
  const bool a_year = looks_like_year(a);
  const bool b_year = looks_like_year(b);
  if (a_year && b_year) return bad_date("the date " + quoted(date) + " has two years");
  // MON-a-b reads "month day year" unless a is the year; a-MON-b and a-b-MON read "year ... day"
  // unless only b can be the year.
  const bool b_is_year = month_at == 0 ? !a_year : b_year;
  return b_is_year ? year_month_day(b, *month, a) : year_month_day(a, *month, b);
}

Result<CalendarDay> parse_calendar_day(std::string_view date, bool day_of_year_marked) {
  SC_TRY_ASSIGN(auto&& fields, split_date_fields(date));
  const std::array<Field, 3>& f = fields.field;
  const std::size_t count = fields.count;
  int words = 0;
  for (std::size_t k = 0; k < count; ++k) words += f[k].is_word ? 1 : 0;
  if (count == 2 && words == 0) return year_day_of_year(f[0].text, f[1].text);
  if (day_of_year_marked) return bad_date("'//' or '::' must follow a year and day of year, not " + quoted(date));
  if (count == 3 && words == 0) {
    const auto month = parse_int(f[1].text);
    if (!month) return bad_date("bad month in " + quoted(date));
    return year_month_day(f[0].text, static_cast<int>(*month), f[2].text);
  }
  if (count == 3) return date_with_month_name(f, date);
  return bad_date(quoted(date) + " is not a calendar date (year, month and day, or year and day of year)");
}

// hh[:mm[:ss]], each field digits with a fraction allowed on the last one only.
Result<TimeOfDay> parse_time_of_day(std::string_view text) {
  TimeOfDay t;
  if (text.empty()) return t;
  std::array<double*, 3> slots = {&t.hours, &t.minutes, &t.seconds};
  std::size_t field = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t colon = text.find(':', start);
    const std::string_view part = text.substr(start, colon == std::string_view::npos ? text.npos : colon - start);
    if (field == slots.size()) return bad_date("the time " + quoted(text) + " has more than three fields");
    const bool last = colon == std::string_view::npos;
    if (!last && part.find('.') != std::string_view::npos) {
      return bad_date("only the last field of the time " + quoted(text) + " may have a fraction");
    }
    const auto value = parse_decimal(part);
    if (!value) return bad_date("bad field " + quoted(part) + " in the time " + quoted(text));
    *slots[field++] = *value;
    if (last) break;
    start = colon + 1;
  }
  if (t.hours >= 24) return bad_date("the hour in " + quoted(text) + " is not below 24");
  if (t.minutes >= 60) return bad_date("the minute in " + quoted(text) + " is not below 60");
  if (t.seconds >= 61) return bad_date("the second in " + quoted(text) + " is not below 61");
  return t;
}

// Same order of operations as NAIF's formal-calendar conversion, so both give the same bits.
double seconds_past_j2000(const CalendarDay& d, const TimeOfDay& t) {
  const std::int64_t days = days_since_2000(d.year, d.month, d.day);
  return (static_cast<double>(days) - 0.5) * kSecondsPerDay + t.hours * 3600.0 + t.minutes * 60.0 + t.seconds;
}

Result<double> julian_date(std::string_view number) {
  const auto jd = parse_decimal(number);
  if (!jd) return bad_date("bad Julian date " + quoted(number));
  return (*jd - kJ2000JulianDate) * kSecondsPerDay;
}

Result<double> with_time(Result<CalendarDay> day, std::string_view time) {
  if (!day) return std::move(day).error();
  SC_TRY_ASSIGN(auto&& t, parse_time_of_day(time));
  return seconds_past_j2000(*day, t);
}

// "1986-01-18T12:19:52.18Z", "1995-018T", ...: the date part is digits and dashes only.
Result<double> iso_date(std::string_view date, std::string_view time) {
  if (!time.empty() && to_upper(time.back()) == 'Z') time.remove_suffix(1);
  const std::size_t d1 = date.find('-');
  if (d1 == std::string_view::npos) return bad_date("the ISO date " + quoted(date) + " has no '-'");
  const std::size_t d2 = date.find('-', d1 + 1);
  const std::string_view year = date.substr(0, d1);
  if (d2 == std::string_view::npos) return with_time(year_day_of_year(year, date.substr(d1 + 1)), time);
  if (date.find('-', d2 + 1) != std::string_view::npos) return bad_date("the ISO date " + quoted(date) + " has too many fields");
  const auto month = parse_int(date.substr(d1 + 1, d2 - d1 - 1));
  if (!month) return bad_date("bad month in the ISO date " + quoted(date));
  return with_time(year_month_day(year, static_cast<int>(*month), date.substr(d2 + 1)), time);
}

std::size_t iso_separator(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (is_digit(s[i]) || s[i] == '-')) ++i;
  return i < s.size() && (s[i] == 'T' || s[i] == 't') && i > 0 ? i : std::string_view::npos;
}

bool ends_with_jd(std::string_view s) {
  return s.size() > 2 && to_upper(s[s.size() - 2]) == 'J' && to_upper(s.back()) == 'D';
}

}  // namespace

Result<double> parse_formal_calendar_date(std::string_view text) {
  if (text.empty()) return bad_date("the date is empty");
  if (text.size() > kMaxDateLength) return bad_date("the date string is longer than " + std::to_string(kMaxDateLength) + " characters");
  if (text.size() > 2 && to_upper(text[0]) == 'J' && to_upper(text[1]) == 'D') return julian_date(text.substr(2));
  if (ends_with_jd(text)) return julian_date(text.substr(0, text.size() - 2));

  if (const std::size_t t = iso_separator(text); t != std::string_view::npos) {
    return iso_date(text.substr(0, t), text.substr(t + 1));
  }
  if (const std::size_t p = text.find("::"); p != std::string_view::npos) {
    return with_time(parse_calendar_day(text.substr(0, p), true), text.substr(p + 2));
  }
  if (const std::size_t p = text.find('/'); p != std::string_view::npos) {
    const bool doubled = p + 1 < text.size() && text[p + 1] == '/';
    return with_time(parse_calendar_day(text.substr(0, p), doubled), text.substr(p + (doubled ? 2 : 1)));
  }
  if (const std::size_t colon = text.find(':'); colon != std::string_view::npos) {
    // "1972-JAN-1-12:30": the time starts after the last '-' before the first ':'.
    const std::size_t dash = text.rfind('-', colon);
    if (dash == std::string_view::npos) return bad_date(quoted(text) + " has a time but no date");
    return with_time(parse_calendar_day(text.substr(0, dash), false), text.substr(dash + 1));
  }
  return with_time(parse_calendar_day(text, false), {});
}

}  // namespace sc::pool
