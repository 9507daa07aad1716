// et2utc: ET to a UTC string in calendar (C), day-of-year (D), Julian date (J) or ISO (ISOC, ISOD)
// format (ET2UTC). The UTC fraction of a second is rounded to `precision` digits on TAI first
// (a carry moves the whole second, which then flows into minutes, days and years through the
// calendar), so 23:59:59.9996 at precision 3 becomes 00:00:00.000 of the next day and a leap
// second shows as 23:59:60.
#include <algorithm>
#include <array>
#include <string>

#include "time/decimal_format.hpp"
#include "time/epoch_range.hpp"
#include "time/fortran_numeric.hpp"
#include "time/leapseconds.hpp"
#include "time/text_util.hpp"
#include "time/time_api.hpp"
#include "time/time_vector.hpp"
#include "time/uniform_time.hpp"
#include "time/wrapper_checks.hpp"

namespace sc::time {
namespace {

enum class Format { Calendar, DayOfYear, JulianDate, IsoCalendar, IsoDayOfYear };

constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::array<double, 15> kPowersOfTen = {1.0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};

std::optional<Format> format_of(std::string_view text) {
  const std::string f = fortran_word(text, 4);  // ET2UTC reads the format into CHARACTER*4
  if (f == "C") return Format::Calendar;
  if (f == "D") return Format::DayOfYear;
  if (f == "J") return Format::JulianDate;
  if (f == "ISOC") return Format::IsoCalendar;
  if (f == "ISOD") return Format::IsoDayOfYear;
  return std::nullopt;
}

std::string zero_padded(std::int64_t value, std::size_t width) {
  std::string s = std::to_string(value);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

// TAI split into whole seconds and a fraction rounded to `precision` digits (half up).
struct SplitSeconds {
  double whole;
  double fraction;
};
SplitSeconds split_rounded(double tai, int precision) {
  double whole = detail::aint(tai);
  if (tai < 0.0 && tai != whole) whole -= 1.0;
  const double scale = kPowersOfTen[static_cast<std::size_t>(precision)];
  double units = detail::anint(scale * (tai - whole));
  if (units == scale) {
    whole += 1.0;
    units = 0.0;
  }
  return {whole, units / scale};
}

// ".ddd" with `precision` digits, taken from DPSTRF's text of 1 + fraction (the leading 1 pins
// the digit count; DPSTRF keeps at most 14 significant digits, so precision 14 shows 13).
std::string fraction_text(double fraction, int precision) {
  const std::string text = dpstrf(fraction + 1.0, precision + 1);
  const std::size_t point = text.find('.');
  std::string out =
      point == std::string::npos ? std::string() : text.substr(point, static_cast<std::size_t>(precision) + 1);
  out.resize(static_cast<std::size_t>(precision) + 1, ' ');
  return out;
}

Result<std::string> julian_date_text(const TimeKernel& kernel, double et, int precision) {
  TimeVector tvec{};
  tvec[0] = et;
  SC_TRY(transform_time_vector(kernel, TimeVectorKind::Tdb, TimeVectorKind::JdUtc, tvec));
  return std::string(rtrim("JD" + dpstrf(tvec[0], precision + 7)));
}

Result<std::string> calendar_text(const TimeKernel& kernel, double et, Format format, int precision) {
  if (!kernel.uniform) return kernel.uniform.error();
  const double tai = convert_uniform(*kernel.uniform, et, UniformScale::Tdb, UniformScale::Tai);
  const SplitSeconds split = split_rounded(tai, precision);
  TimeVector tvec{};
  tvec[0] = split.whole;
  const bool by_month = format == Format::Calendar || format == Format::IsoCalendar;
  SC_TRY(transform_time_vector(kernel, TimeVectorKind::Tai, by_month ? TimeVectorKind::Ymd : TimeVectorKind::Yd, tvec));
  std::int64_t year = detail::nint(tvec[0]);
  const std::size_t clock = by_month ? 3 : 2;  // index of the hours in the vector
  const std::string hms = zero_padded(detail::nint(tvec[clock]), 2) + ":" +
                          zero_padded(detail::nint(tvec[clock + 1]), 2) + ":" +
                          zero_padded(detail::nint(tvec[clock + 2]), 2);
  std::string end;
  switch (format) {
    case Format::Calendar: {
      const auto month = static_cast<std::size_t>(std::clamp<std::int64_t>(detail::nint(tvec[1]), 1, 12));
      end =
          std::string(" ") + std::string(kMonths[month - 1]) + " " + zero_padded(detail::nint(tvec[2]), 2) + " " + hms;
      break;
    }
    case Format::IsoCalendar:
      end = std::string("-") + zero_padded(detail::nint(tvec[1]), 2) + "-" + zero_padded(detail::nint(tvec[2]), 2) +
            "T" + hms;
      break;
    case Format::DayOfYear: end = std::string("-") + zero_padded(detail::nint(tvec[1]), 3) + " // " + hms; break;
    default: end = std::string("-") + zero_padded(detail::nint(tvec[1]), 3) + "T" + hms; break;
  }
  if (precision > 0) end += fraction_text(split.fraction, precision);

  const bool iso = format == Format::IsoCalendar || format == Format::IsoDayOfYear;
  std::string head;
  if (year >= 1000) {
    head = std::to_string(year);
  } else if (year > 0) {
    head = std::to_string(year);
    if (!iso) {
      head += " A.D.";
      end[0] = ' ';
    }
  } else {
    year = 1 - year;
    if (iso) {
      return make_error("SPICE(YEAROUTOFRANGE)", "The year of the ET epoch supplied is " + std::to_string(year) +
                                                     " B.C.  Years in this era are not supported in ISO format.");
    }
    head = std::to_string(year) + " B.C.";
    end[0] = ' ';
  }
  return std::string(rtrim(head + end));
}

}  // namespace

Result<std::string> et2utc(const pool::Pool& pool, double et, std::string_view format, int precision) {
  SC_TRY(require_text(format, "format"));
  const auto f = format_of(format);
  if (!f) {
    return make_error("SPICE(INVALIDTIMEFORMAT)",
                      "ET2UTC: Format specification for output time string is not recognized. Valid specifications "
                      "are: 'C', 'D', 'J', 'ISOC', or 'ISOD'. The supplied format was '" +
                          std::string(format) + "'.");
  }
  SC_TRY(require_calendar_epoch(et));
  const int prec = std::clamp(precision, 0, 14);
  const auto kept = time_kernel(pool);
  const TimeKernel& kernel = *kept;
  if (*f == Format::JulianDate) return julian_date_text(kernel, et, prec);
  return calendar_text(kernel, et, *f, prec);
}

Result<std::string> et2utc(const pool::Pool& pool, const TimeDefaults& /*defaults: ET2UTC ignores TIMDEF*/,
                           double et, std::string_view format, int precision) {
  return et2utc(pool, et, format, precision);
}

}  // namespace sc::time
