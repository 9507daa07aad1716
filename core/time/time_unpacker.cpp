#include "time/time_unpacker.hpp"

#include <array>
#include <optional>
#include <utility>
#include <string>

#include "pool/cspice_decimal.hpp"
#include "time/parse_diagnostics.hpp"
#include "time/spicelib_text.hpp"
#include "time/text_util.hpp"

namespace sc::time::parse {
namespace {

std::optional<double> number_of(std::string_view text, Span s) {
  const pool::CspiceNumber n = pool::parse_cspice_number(text.substr(s.begin, s.end - s.begin + 1));
  if (!n) return std::nullopt;
  return n.value;
}

// ZZMKPC: a numeric component's picture marker, followed by its decimals as ".##" (at most 14).
std::string marker_with_decimals(std::string_view marker, std::string_view number) {
  std::string out(marker);
  const std::size_t point = number.find('.');
  if (point != std::string_view::npos) {
    out += '.';
    const std::size_t places = number.size() - point - 1;
    out.append(places < 14 ? places : 14, '#');
  }
  return out;
}

// What ZZUNPCK calls each token letter when it cannot use it.
std::string_view letter_name(char letter) {
  switch (letter) {
    case '\'': return "\"Year Abbreviation Mark\"";
    case ',': return "comma";
    case '-': return "dash";
    case '.': return "period";
    case '/': return "slash";
    case ':': return "colon";
    case 'D': return "Day of Month";
    case 'H': return "Hour";
    case 'M': return "Minute";
    case 'N': return "AM/PM indicator";
    case 'O': return "UTC-Offset indicator";
    case 'S': return "Second";
    case 'Y': return "Year";
    case 'Z': return "Time-Zone indicator";
    case '[': return "Left Parenthesis";
    case ']': return "Right Parenthesis";
    case 'b': return "White Space";
    case 'd': return "Day-of-Year indicator";
    case 'e': return "Era";
    case 'i': return "Integer";
    case 'j': return "Julian Date indicator";
    case 'm': return "Month";
    case 'n': return "Decimal Number";
    case 'o': return "UTC-Offset indicator";
    case 's': return "Time System specification";
    case 't': return "ISO Time Separator";
    case 'w': return "Weekday";
    case 'y': return "Day of Year";
    default: return "substring";
  }
}

// ZZUNPCK: reads the values of a fully lettered row, right to left. Every token must by now be
// one of Y m D y H M S J; anything else means the string could not be understood.
class Unpacker {
 public:
  Unpacker(std::string_view text, const TokenList& tokens) : text_(text), tokens_(tokens) {}

  Unpacked run(ParsedTime parsed) {
    picture_ = tokens_.picture();
    for (std::size_t i = tokens_.size(); i-- > 0;) {
      Status read_ok = read(i, parsed.tvec, parsed.year_abbreviated);
      if (!read_ok) return {std::move(read_ok).error(), std::string()};
    }
    return {classify(std::move(parsed)), picture_};
  }

 private:
  // A component token's number. CSPICE leaves the component as it was when its text does not
  // read as a number (a "-n" Julian date spanning other words can do that); that value is
  // whatever an earlier call left, so here it is an error instead.
  Status store(Span s, double& slot) const {
    const std::optional<double> v = number_of(text_, s);
    if (!v) {
      return unparsed("The substring <" + text_of(text_, s) + "> could not be read as a number: '" + marked(text_, s) +
                      "'");
    }
    slot = *v;
    return {};
  }

  // The token's piece of the picture becomes `marker` (right to left, so earlier pieces keep
  // their places).
  void mark(std::size_t i, std::string_view marker) {
    const PictureSpan p = tokens_.picture_span(i);
    picture_.replace(p.begin, p.end - p.begin, marker);
  }
  void mark_number(std::size_t i, std::string_view marker) {
    mark(i, marker_with_decimals(marker, text_of(text_, tokens_.span(i))));
  }

  Status read(std::size_t i, TimeVector& tvec, bool year_abbreviated) {
    const Span s = tokens_.span(i);
    switch (tokens_.letters()[i]) {
      case 'Y':
        ++years_;
        mark(i, year_abbreviated ? "YR" : "YYYY");
        return store(s, tvec[0]);
      case 'm': ++months_; return month_value(i, tvec[1]);
      case 'D': ++days_; mark_number(i, "DD"); return store(s, tvec[2]);
      case 'y': ++doys_; mark_number(i, "DOY"); return store(s, tvec[1]);
      case 'H': ++hours_; mark_number(i, tokens_.has_ampm() ? "AP" : "HR"); return store(s, hms_[0]);
      case 'M': ++minutes_; mark_number(i, "MN"); return store(s, hms_[1]);
      case 'S': ++seconds_; mark_number(i, "SC"); return store(s, hms_[2]);
      case 'J': ++jds_; mark_number(i, "JULIAND"); return store(s, tvec[0]);
      case 'i':
        return unparsed(text::repmc(
            text::suffix(text::prefix("The meaning of the integer <#> could not be determined: '", 1, marked(text_, s)),
                         0, "'"),
            "#", text_of(text_, s)));
      case 'n':
        return unparsed(text::repmc(
            text::prefix("The meaning of the decimal number <#> could not be determined: ", 1, marked(text_, s)), "#",
            text_of(text_, s)));
      default:
        return unparsed(text::repmc(
            text::repmc(text::prefix("An unexpected # (\"#\") was encountered in the time string: ", 1,
                                     marked(text_, s)),
                        "#", letter_name(tokens_.letters()[i])),
            "#", text_of(text_, s)));
    }
  }

  // A month name gives its number and keeps its picture word; digits are a number, "MM".
  Status month_value(std::size_t i, double& slot) {
    static constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    const Span s = tokens_.span(i);
    const std::string head = to_upper(text_of(text_, s).substr(0, 3));
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      if (head == kMonths[m]) {
        slot = static_cast<double>(m + 1);
        return {};
      }
    }
    mark(i, "MM");
    return store(s, slot);
  }

  bool clock_ok(int max_hours) const { return hours_ <= max_hours && minutes_ <= hours_ && seconds_ <= minutes_; }

  Result<ParsedTime> classify(ParsedTime parsed) const {
    if (years_ == 1 && months_ == 1 && days_ == 1 && doys_ == 0 && jds_ == 0 && clock_ok(1)) {
      parsed.kind = ParsedKind::Ymd;
      parsed.tvec[3] = hms_[0];
      parsed.tvec[4] = hms_[1];
      parsed.tvec[5] = hms_[2];
      return parsed;
    }
    if (years_ == 1 && months_ == 0 && days_ == 0 && jds_ == 0 && doys_ == 1 && clock_ok(1)) {
      parsed.kind = ParsedKind::Yd;
      parsed.tvec[2] = hms_[0];
      parsed.tvec[3] = hms_[1];
      parsed.tvec[4] = hms_[2];
      return parsed;
    }
    if (years_ == 0 && months_ == 0 && days_ == 0 && jds_ == 1 && doys_ == 0 && clock_ok(0)) {
      parsed.kind = ParsedKind::Jd;
      return parsed;
    }
    return unparsed(diagnosis());
  }

  // The 0-based row positions of the first two tokens lettered `letter`.
  std::pair<std::size_t, std::size_t> first_two(char letter) const {
    const std::string& row = tokens_.letters();
    const std::size_t p1 = row.find(letter);
    return {p1, row.find(letter, p1 + 1)};
  }

  // CSPICE names the second occurrence first, then the first, and marks both in the string.
  std::string repeated(char letter, std::string_view message) const {
    const auto [p1, p2] = first_two(letter);
    const Span first = tokens_.span(p1);
    const Span second = tokens_.span(p2);
    const std::string filled = text::repmc(text::repmc(message, "#", text_of(text_, second)), "#", text_of(text_, first));
    return text::suffix(text::prefix(filled, 1, marked(text_, first, second)), 0, "\"");
  }

  // A message quoting the whole string (REPMC drops its leading and trailing blanks).
  std::string quoting(std::string_view message) const { return text::repmc(message, "#", text_); }

  std::string diagnosis() const {
    if (years_ == 0 && days_ == 0 && jds_ == 0 && doys_ == 0 && hours_ == 0 && minutes_ == 0 && seconds_ == 0) {
      return "No numeric components were supplied in the time string. ";
    }
    if (jds_ == 1) return "The string possesses calendar components in addition to Julian Date specifier. ";
    if (jds_ > 1) return "There is more than one Julian Date specified in the epoch string. ";
    if (years_ == 0) return quoting("The year associated with the calendar string \"#\" could not be identified. ");
    if (years_ > 1) {
      return repeated('Y', "Two substrings indicating a calendar year were identified in the input time string <#> "
                           "and <#>: \"");
    }
    if (months_ > 0 && doys_ > 0) {
      const std::size_t m = tokens_.letters().find('m');
      const std::size_t y = tokens_.letters().find('y');
      const Span earlier = tokens_.span(m < y ? m : y);
      const Span later = tokens_.span(m < y ? y : m);
      return text::suffix(text::prefix("Both a day of year and month were identified in the input string. \"", 1,
                                       marked(text_, earlier, later)),
                          0, "\"");
    }
    if (months_ > 1) {
      return repeated('m', "Two substrings indicating a calendar month were identified in the input time string <#> "
                           "and <#>: \"");
    }
    if (doys_ > 1) {
      return repeated('y', "Two substrings indicating a day of year were identified in the input time string <#> and "
                           "<#>: \"");
    }
    if (days_ > 1) {
      return repeated('D', "Two substrings indicating a day of month were identified in the input time string <#> "
                           "and <#>: \"");
    }
    if (hours_ > 1) {
      return repeated('H', "Two substrings representing an hour of the day were identified in the input time string "
                           "<#> and <#>: \"");
    }
    if (minutes_ > 1) {
      return repeated('M', "Two substrings representing minutes of the hour were identified in the input time "
                           "string <#> and <#>: \"");
    }
    if (seconds_ > 1) {
      return repeated('S', "Two substrings representing seconds were identified in the input time string <#> and "
                           "<#>: \"");
    }
    if (doys_ == 0 && months_ == 0) {
      return quoting("Neither a month nor day of year could be identified in the input time string: \"#\" ");
    }
    if (months_ == 1 && days_ == 0) {
      return quoting("A month was identified in the time string \"#\", but a day of month could not be identified. ");
    }
    if (months_ == 0 && days_ == 1) {
      return quoting("A day of month was identified in the time string \"#\", but the month it belongs to could not "
                     "be identified. ");
    }
    // The wording (and the double blank) are CSPICE's.
    if (minutes_ > hours_) {
      return quoting("A minutes components of the time  was identified in the time string \"#\", but the hours "
                     "component could not be identified. ");
    }
    return quoting("A seconds components of the time was identified in the time string \"#\", but the minutes "
                   "component could not be identified. ");
  }

  std::string_view text_;
  const TokenList& tokens_;
  std::string picture_;
  int years_ = 0, months_ = 0, days_ = 0, doys_ = 0, hours_ = 0, minutes_ = 0, seconds_ = 0, jds_ = 0;
  std::array<double, 3> hms_{};
};

}  // namespace

Unpacked unpack(std::string_view text, const TokenList& tokens, ParsedTime parsed) {
  return Unpacker(text, tokens).run(std::move(parsed));
}

}  // namespace sc::time::parse
