#include "time/time_unpacker.hpp"

#include <array>
#include <optional>
#include <string>

#include "pool/cspice_decimal.hpp"
#include "time/parse_diagnostics.hpp"
#include "time/text_util.hpp"

namespace sc::time::parse {
namespace {

std::optional<double> number_of(std::string_view text, Span s) {
  const pool::CspiceNumber n = pool::parse_cspice_number(text.substr(s.begin, s.end - s.begin + 1));
  if (!n) return std::nullopt;
  return n.value;
}

// ZZUNPCK: reads the values of a fully lettered row. Every token must by now be one of
// Y m D y H M S J; anything else means the string could not be understood.
class Unpacker {
 public:
  Unpacker(std::string_view text, const TokenList& tokens) : text_(text), tokens_(tokens) {}

  Result<ParsedTime> run(ParsedTime parsed) {
    for (std::size_t i = tokens_.size(); i-- > 0;) {
      SC_TRY(read(i, parsed.tvec));
    }
    return classify(std::move(parsed));
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

  Status read(std::size_t i, TimeVector& tvec) {
    const Span s = tokens_.span(i);
    switch (tokens_.letters()[i]) {
      case 'Y': ++years_; return store(s, tvec[0]);
      case 'm': ++months_; return month_value(s, tvec[1]);
      case 'D': ++days_; return store(s, tvec[2]);
      case 'y': ++doys_; return store(s, tvec[1]);
      case 'H': ++hours_; return store(s, hms_[0]);
      case 'M': ++minutes_; return store(s, hms_[1]);
      case 'S': ++seconds_; return store(s, hms_[2]);
      case 'J': ++jds_; return store(s, tvec[0]);
      case 'i':
        return unparsed("The meaning of the integer <" + text_of(text_, s) + "> could not be determined: '" +
                        marked(text_, s) + "'");
      case 'n':
        return unparsed("The meaning of the decimal number <" + text_of(text_, s) + "> could not be determined: '" +
                        marked(text_, s) + "'");
      default:
        return unparsed("An unexpected substring (\"" + text_of(text_, s) +
                        "\") was encountered in the time string: '" + marked(text_, s) + "'");
    }
  }

  Status month_value(Span s, double& slot) const {
    static constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    const std::string head = to_upper(text_of(text_, s).substr(0, 3));
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      if (head == kMonths[m]) {
        slot = static_cast<double>(m + 1);
        return {};
      }
    }
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

  std::string repeated(char letter, std::string_view what) const {
    std::string first;
    std::string second;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_.letters()[i] != letter) continue;
      (first.empty() ? first : second) = text_of(text_, tokens_.span(i));
      if (!second.empty()) break;
    }
    return "Two substrings indicating " + std::string(what) + " were identified in the input time string <" + first +
           "> and <" + second + ">: \"" + std::string(text_) + "\"";
  }

  std::string diagnosis() const {
    const std::string quoted = std::string("\"") + std::string(text_) + "\"";
    if (years_ == 0 && days_ == 0 && jds_ == 0 && doys_ == 0 && hours_ == 0 && minutes_ == 0 && seconds_ == 0) {
      return "No numeric components were supplied in the time string. ";
    }
    if (jds_ == 1) return "The string possesses calendar components in addition to Julian Date specifier. ";
    if (jds_ > 1) return "There is more than one Julian Date specified in the epoch string. ";
    if (years_ == 0) return "The year associated with the calendar string " + quoted + " could not be identified. ";
    if (years_ > 1) return repeated('Y', "a calendar year");
    if (months_ > 0 && doys_ > 0) return "Both a day of year and month were identified in the input string. " + quoted;
    if (months_ > 1) return repeated('m', "a calendar month");
    if (doys_ > 1) return repeated('y', "a day of year");
    if (days_ > 1) return repeated('D', "a day of month");
    if (hours_ > 1) return repeated('H', "an hour of the day");
    if (minutes_ > 1) return repeated('M', "minutes of the hour");
    if (seconds_ > 1) return repeated('S', "seconds");
    if (doys_ == 0 && months_ == 0) {
      return "Neither a month nor day of year could be identified in the input time string: " + quoted;
    }
    if (months_ == 1 && days_ == 0) {
      return "A month was identified in the time string " + quoted + ", but a day of month could not be identified. ";
    }
    if (months_ == 0 && days_ == 1) {
      return "A day of month was identified in the time string " + quoted +
             ", but the month it belongs to could not be identified. ";
    }
    if (minutes_ > hours_) {
      return "A minutes component of the time was identified in the time string " + quoted +
             ", but the hours component could not be identified. ";
    }
    return "A seconds component of the time was identified in the time string " + quoted +
           ", but the minutes component could not be identified. ";
  }

  std::string_view text_;
  const TokenList& tokens_;
  int years_ = 0, months_ = 0, days_ = 0, doys_ = 0, hours_ = 0, minutes_ = 0, seconds_ = 0, jds_ = 0;
  std::array<double, 3> hms_{};
};

}  // namespace

Result<ParsedTime> unpack(std::string_view text, const TokenList& tokens, ParsedTime parsed) {
  return Unpacker(text, tokens).run(std::move(parsed));
}

}  // namespace sc::time::parse
