#include "time/timout_writer.hpp"

#include <algorithm>

#include "time/calendar.hpp"
#include "time/decimal_format.hpp"
#include "time/fortran_numeric.hpp"
#include "time/text_util.hpp"
#include "time/time_constants.hpp"
#include "time/uniform_time.hpp"

namespace sc::time {
namespace {

using picture::Marker;
using picture::Part;

constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                           "Thursday", "Friday", "Saturday"};
constexpr std::array<double, 15> kPowersOfTen = {1.0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};

// The DPFMT picture a numeric component starts from (before any ".###").
std::string_view base_picture(Part p) {
  switch (p) {
    case Part::Year: return "YYYY";
    case Part::YearOfCentury: return "0Y";
    case Part::DayOfYear: return "0DD";
    case Part::DayOfMonth: return "0D";
    case Part::MonthNumber: return "0M";
    case Part::Hour:
    case Part::TwelveHour: return "0H";
    case Part::Minute: return "0M";
    case Part::Second: return "0S";
    case Part::JulianDate: return "XXXXXXX";
    case Part::Sp2000:
    case Part::Sp1950: return "XXXXXXXXXXX";
    default: return "";
  }
}

bool is_calendar_part(Part p) {
  switch (p) {
    case Part::Year:
    case Part::YearOfCentury:
    case Part::MonthNumber:
    case Part::MonthName:
    case Part::DayOfMonth:
    case Part::DayOfYear:
    case Part::AmPm:
    case Part::Hour:
    case Part::Era:
    case Part::TwelveHour:
    case Part::Minute:
    case Part::Second: return true;
    default: return false;
  }
}

// A name in the case its marker asks for: "MON" upper, "Mon" as written, "mon" lower, and the
// three-letter forms cut to three letters.
std::string cased_name(std::string_view name, bool upper_case, bool lower_case, bool abbreviated) {
  std::string out(abbreviated ? name.substr(0, 3) : name);
  if (upper_case) return to_upper(out);
  if (lower_case) return to_lower(out);
  return out;
}

std::size_t index_in(double v, std::size_t count) {
  return static_cast<std::size_t>(std::clamp<std::int64_t>(detail::nint(v), 1, static_cast<std::int64_t>(count)));
}

}  // namespace

double half_unit(Part part) {
  constexpr double kSecond = 0.5;
  constexpr double kMinute = kSecond * 60.0;
  constexpr double kHour = kMinute * 60.0;
  constexpr double kDay = kHour * 24.0;
  switch (part) {
    case Part::Second:
    case Part::Sp2000:
    case Part::Sp1950: return kSecond;
    case Part::Minute: return kMinute;
    case Part::Hour:
    case Part::TwelveHour: return kHour;
    case Part::DayOfMonth:
    case Part::DayOfYear:
    case Part::JulianDate: return kDay;
    case Part::MonthNumber: return kDay * 30.0;
    case Part::Year:
    case Part::YearOfCentury: return kDay * 365.0;
    default: return 0.0;
  }
}

Result<TimoutWriter> TimoutWriter::create(const TimeKernel& kernel, double et, double pad, OutputSystem system,
                                          CalendarChoice calendar, bool era_wanted) {
  TimoutWriter w(kernel, system, calendar, era_wanted);
  if (!kernel.uniform) return kernel.uniform.error();
  const UniformConstants& c = *kernel.uniform;
  constexpr double kSp1950MinusSp2000 = kSecondsPerDay * (kJ2000 - kJ1950);
  if (system.scale == OutputScale::Utc) {
    // UTC components come from TDT through the leap-second table.
    w.epoch_ = convert_uniform(c, et, UniformScale::Tdb, UniformScale::Tdt) + pad;
    return w;
  }
  w.base_ = TimeVectorKind::Formal;
  w.ymd_ = TimeVectorKind::Ymdf;
  w.ymwd_ = TimeVectorKind::Ymwdf;
  if (system.scale == OutputScale::Tdb) {
    w.epoch_ = et + pad;
    w.value(Part::JulianDate) = convert_uniform(c, w.epoch_, UniformScale::Tdb, UniformScale::Jdtdb);
  } else {
    w.epoch_ = convert_uniform(c, et, UniformScale::Tdb, UniformScale::Tdt) + pad;
    w.value(Part::JulianDate) = convert_uniform(c, w.epoch_, UniformScale::Tdt, UniformScale::Jdtdt);
  }
  w.value(Part::Sp2000) = w.epoch_;
  w.value(Part::Sp1950) = w.value(Part::Sp2000) + kSp1950MinusSp2000;
  w.have(Part::Sp2000) = w.have(Part::Sp1950) = w.have(Part::JulianDate) = true;
  return w;
}

Result<std::string> TimoutWriter::write(std::string_view text, const std::vector<picture::Token>& tokens) {
  for (const picture::Token& token : tokens) {
    const std::string_view piece = text.substr(token.begin, token.end - token.begin);
    const Part part = picture::part_of(token.marker);
    // Anything but more '#' ends a number being built (a second ".#" too).
    if (making_ && part != Part::PlaceHolder && (part != Part::DecimalPoint || have_point_)) finish_number();
    switch (part) {
      case Part::Literal: out_ += piece; break;
      case Part::PlaceHolder:
        if (making_)
          format_ += piece;
        else
          out_ += piece;
        break;
      case Part::DecimalPoint:
        if (!making_) {
          out_ += piece;
          have_point_ = false;
        } else {
          format_ += piece;
          have_point_ = true;
          if (!continuous_) SC_TRY(add_fraction());
        }
        break;
      default: SC_TRY(start_component(token.marker, part)); break;
    }
  }
  return std::string(rtrim(out_));
}

Status TimoutWriter::start_component(Marker marker, Part part) {
  making_ = true;
  have_point_ = false;
  format_ = std::string(base_picture(part));
  number_part_ = part;
  if (!have(part)) SC_TRY(compute(part));
  if (part == Part::MonthName || part == Part::Weekday || part == Part::Era || part == Part::AmPm) {
    write_words(marker, part);
    making_ = false;
    return {};
  }
  number_ = value(part);
  return prepare_neighbours(part);
}

Status TimoutWriter::compute(Part part) {
  if (is_calendar_part(part)) return compute_calendar();
  if (part == Part::Weekday) return compute_weekday();
  TimeVector tv{};
  tv[0] = epoch_;
  if (part == Part::Sp2000 || part == Part::Sp1950) {
    SC_TRY(transform_time_vector(kernel_, base_, TimeVectorKind::Formal, tv));
    value(Part::Sp2000) = tv[0];
    value(Part::Sp1950) = tv[0] + kSecondsPerDay * (kJ2000 - kJ1950);
    have(Part::Sp2000) = have(Part::Sp1950) = true;
  } else if (part == Part::JulianDate) {
    SC_TRY(transform_time_vector(kernel_, base_, TimeVectorKind::JdUtc, tv));
    value(Part::JulianDate) = tv[0];
    have(Part::JulianDate) = true;
  }
  return {};
}

Status TimoutWriter::compute_calendar() {
  TimeVector tv{};
  tv[0] = epoch_;
  SC_TRY(transform_time_vector(kernel_, base_, ymd_, tv));
  value(Part::Second) = tv[5];  // the seconds are the same in every zone
  if (system_.zoned) {
    tv[3] += system_.hours;
    tv[4] += system_.minutes;
    tv[5] = 0.0;
    SC_TRY(transform_time_vector(kernel_, TimeVectorKind::Ymdf, TimeVectorKind::Ymdf, tv));
  }
  const double hour = tv[3];
  value(Part::Hour) = hour;
  value(Part::Minute) = tv[4];
  value(Part::TwelveHour) = hour == 0.0 ? 12.0 : (hour > 12.0 ? hour - 12.0 : hour);

  const calendar::Date julian =
      calendar::gregorian_to_julian(detail::nint(tv[0]), detail::nint(tv[1]), detail::nint(tv[2]));
  const calendar::Date gregorian = calendar::julian_to_gregorian(julian.year, julian.month, julian.day);
  bool julian_wanted = calendar_ == CalendarChoice::Julian;
  if (calendar_ == CalendarChoice::Mixed) {
    // The Julian calendar before 15 October 1582.
    if (gregorian.year != 1582)
      julian_wanted = gregorian.year < 1582;
    else if (gregorian.month != 10)
      julian_wanted = gregorian.month < 10;
    else
      julian_wanted = gregorian.day < 15;
  }
  const calendar::Date& date = julian_wanted ? julian : gregorian;
  to_julian_ = julian_wanted;
  value(Part::Year) = static_cast<double>(date.year);
  value(Part::MonthNumber) = static_cast<double>(date.month);
  value(Part::DayOfMonth) = static_cast<double>(date.day);
  value(Part::DayOfYear) = static_cast<double>(date.day_of_year);
  value(Part::ActualYear) = value(Part::Year);
  if (era_wanted_) {
    const bool bc = value(Part::Year) < 1.0;
    if (bc) value(Part::Year) = 1.0 - value(Part::Year);
    value(Part::Era) = bc ? 1.0 : 2.0;
    era_vanishes_ = value(Part::Year) >= 1000.0;
  }
  value(Part::YearOfCentury) = detail::rmaind(value(Part::Year), 100.0).remainder;
  for (Part p : {Part::Year, Part::YearOfCentury, Part::DayOfYear, Part::MonthNumber, Part::MonthName, Part::DayOfMonth,
                 Part::Hour, Part::Minute, Part::Second, Part::TwelveHour, Part::Era}) {
    have(p) = true;
  }
  return {};
}

Status TimoutWriter::compute_weekday() {
  TimeVector tv{};
  tv[0] = epoch_;
  SC_TRY(transform_time_vector(kernel_, base_, ymwd_, tv));
  if (system_.zoned) {
    tv[4] += system_.hours;
    tv[5] += system_.minutes;
    tv[6] = 0.0;
    SC_TRY(transform_time_vector(kernel_, TimeVectorKind::Ymwdf, TimeVectorKind::Ymwdf, tv));
  }
  value(Part::Weekday) = tv[3];
  have(Part::Weekday) = true;
  return {};
}

void TimoutWriter::write_words(Marker marker, Part part) {
  switch (part) {
    case Part::MonthName: {
      const std::string_view name = kMonthNames[index_in(value(Part::MonthNumber), 12) - 1];
      const bool abbreviated = marker == Marker::MonUpper || marker == Marker::MonCapital || marker == Marker::MonLower;
      out_ += cased_name(name, marker == Marker::MonUpper || marker == Marker::MonthUpper,
                         marker == Marker::MonLower || marker == Marker::MonthLower, abbreviated);
      return;
    }
    case Part::Weekday: {
      const std::string_view name = kWeekdayNames[index_in(value(Part::Weekday), 7) - 1];
      const bool abbreviated = marker == Marker::WkdUpper || marker == Marker::WkdCapital || marker == Marker::WkdLower;
      out_ += cased_name(name, marker == Marker::WkdUpper || marker == Marker::WeekdayUpper,
                         marker == Marker::WkdLower || marker == Marker::WeekdayLower, abbreviated);
      return;
    }
    case Part::Era: {
      const bool upper_case = marker == Marker::EraUpper || marker == Marker::EraIfOldUpper;
      const bool ad = value(Part::Era) == 2.0;
      const std::string_view era = upper_case ? (ad ? "A.D." : "B.C.") : (ad ? "a.d." : "b.c.");
      if (marker == Marker::EraIfOldUpper || marker == Marker::EraIfOldLower) {
        out_ += era_vanishes_ ? std::string(" ") : std::string(" ") + std::string(era) + " ";
      } else {
        out_ += era;
      }
      return;
    }
    default: {
      const bool pm = value(Part::Hour) >= 12.0;
      if (marker == Marker::AmPmUpper)
        out_ += pm ? "P.M." : "A.M.";
      else
        out_ += pm ? "p.m." : "a.m.";
      return;
    }
  }
}

// Builds the epochs of the start of this component and of the next one (for a component that is
// not continuous), so that ".###" can show how far the epoch lies between them.
Status TimoutWriter::prepare_neighbours(Part part) {
  previous_ = {};
  next_ = {};
  std::size_t stop = 1;
  double increment = 1.0;
  continuous_ = false;
  neighbour_kind_ = ymd_;
  switch (part) {
    case Part::Year:
    case Part::YearOfCentury: stop = 1; break;
    case Part::MonthNumber: stop = 2; break;
    case Part::DayOfMonth:
    case Part::DayOfYear: stop = 3; break;
    case Part::Hour:
    case Part::TwelveHour: stop = 4; break;
    case Part::Minute: stop = 5; break;
    case Part::Second:
      stop = 6;
      increment = 0.0;
      break;
    default:
      continuous_ = true;
      increment = 0.0;
      neighbour_kind_ = base_;
      if (part == Part::JulianDate) {
        neighbour_kind_ = system_.scale == OutputScale::Tdb   ? TimeVectorKind::Jdtdb
                          : system_.scale == OutputScale::Tdt ? TimeVectorKind::Jdtdt
                                                              : TimeVectorKind::JdUtc;
      }
      break;
  }
  if (continuous_) {
    previous_[0] = number_;
    next_[0] = number_ + increment;
    return {};
  }
  const std::array<Part, 6> components = {Part::ActualYear, Part::MonthNumber, Part::DayOfMonth,
                                          Part::Hour,       Part::Minute,      Part::Second};
  for (std::size_t j = 0; j < stop; ++j) previous_[j] = next_[j] = value(components[j]);
  next_[stop - 1] += increment;
  if (part == Part::Year || part == Part::YearOfCentury) {
    previous_[1] = next_[1] = 1.0;
    previous_[2] = next_[2] = 1.0;
  } else if (part == Part::MonthNumber) {
    previous_[2] = next_[2] = 1.0;
  }
  if (to_julian_) {
    for (TimeVector* tv : {&previous_, &next_}) {
      const calendar::Date g =
          calendar::julian_to_gregorian(detail::nint((*tv)[0]), detail::nint((*tv)[1]), detail::nint((*tv)[2]));
      (*tv)[0] = static_cast<double>(g.year);
      (*tv)[1] = static_cast<double>(g.month);
      (*tv)[2] = static_cast<double>(g.day);
    }
  }
  if (system_.zoned) {
    for (TimeVector* tv : {&previous_, &next_}) {
      (*tv)[3] -= system_.hours;
      (*tv)[4] -= system_.minutes;
      (*tv)[5] = 0.0;
      SC_TRY(transform_time_vector(kernel_, TimeVectorKind::Ymdf, TimeVectorKind::Ymdf, *tv));
      if (part == Part::Second) (*tv)[5] = value(Part::Second);
    }
  }
  return {};
}

// The fraction of a calendar component: where the epoch lies between the component's start and
// the start of the next one.
Status TimoutWriter::add_fraction() {
  SC_TRY(transform_time_vector(kernel_, neighbour_kind_, base_, previous_));
  SC_TRY(transform_time_vector(kernel_, neighbour_kind_, base_, next_));
  const double span = std::max(1.0, next_[0] - previous_[0]);
  number_ += std::clamp((epoch_ - previous_[0]) / span, 0.0, 1.0);
  return {};
}

// Truncates the number to the places its picture shows (the 1/8-unit nudge down keeps DPFMT's
// rounding from undoing the truncation) and writes it.
void TimoutWriter::finish_number() {
  const int decimals = static_cast<int>(format_.size()) - static_cast<int>(base_picture(number_part_).size()) - 1;
  const double scale = kPowersOfTen[static_cast<std::size_t>(std::clamp(decimals, 0, 14))];
  double frac = number_ - detail::aint(number_);
  if (frac < 0.0) {
    number_ -= 1.0;
    frac += 1.0;
  }
  frac = std::clamp((detail::aint(frac * scale) - 0.125) / scale, 0.0, 1.0);
  number_ = detail::aint(number_) + frac;
  out_ += dpfmt(number_, format_);
  have_point_ = false;
  making_ = false;
}

}  // namespace sc::time
