#include "time/time_parser.hpp"

#include <array>
#include <optional>
#include <string>

#include "time/parse_diagnostics.hpp"
#include "time/text_util.hpp"
#include "time/time_patterns.hpp"
#include "time/time_tokens.hpp"
#include "time/time_unpacker.hpp"

namespace sc::time::parse {
namespace {

constexpr Scan kL2R = Scan::LeftToRight;
constexpr Scan kR2L = Scan::RightToLeft;

std::string padded12(std::string_view s) {
  std::string out(s);
  if (out.size() < 12) out.resize(12, ' ');
  return out;
}

// Applies a recognised pattern's meaning to the whole row.
bool apply_known_pattern(TokenList& tokens) {
  const auto known = find_known_pattern(tokens.letters());
  if (!known) return false;
  tokens.replace(padded12(known->pattern), padded12(known->meaning), kL2R);
  return true;
}

// The first steps, common to every string: zones written as offsets, periods after month and
// weekday names, the decimal number (only the rightmost one), and white space.
void normalise(TokenList& tokens) {
  for (const char* offset : {"Oi", "oi"}) {
    if (tokens.combine(offset, 'z', kL2R)) {
      tokens.combine("z:i", 'Z', kL2R);
      tokens.substitute("z", "Z", kL2R);
    }
  }
  tokens.replace("m.", "m*", kL2R);
  tokens.replace("w.", "w*", kL2R);
  tokens.replace("w,", "w*", kL2R);
  if (!tokens.combine("i.i", 'n', kR2L)) tokens.combine("i.", 'n', kR2L);
  tokens.remove_all('b');
}

Result<ParsedTime> parse_julian_date(std::string_view text, TokenList& tokens) {
  ParsedTime parsed;
  tokens.replace("[s]", "*s*", kL2R);
  if (auto s = tokens.take('s')) parsed.system = to_upper(text_of(text, *s));
  tokens.replace("[j]", "*j*", kL2R);
  tokens.remove_all('j');
  if (!tokens.contains('n')) tokens.substitute("i", "n", kL2R);
  tokens.combine("-n", 'n', kL2R);
  tokens.substitute("n", "J", kL2R);
  return unpack(text, tokens, std::move(parsed));
}

std::string zone_as_offset(std::string zone) {
  static constexpr std::array<std::string_view, 8> kZones = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"};
  static constexpr std::array<std::string_view, 8> kOffsets = {"UTC-5", "UTC-4", "UTC-6", "UTC-5",
                                                               "UTC-7", "UTC-6", "UTC-8", "UTC-7"};
  for (std::size_t i = 0; i < kZones.size(); ++i) {
    if (zone == kZones[i]) return std::string(kOffsets[i]);
  }
  return zone;
}

// Takes the era, weekday, zone, A.M./P.M. and time-system words out of the row.
void take_modifiers(std::string_view text, TokenList& tokens, ParsedTime& parsed) {
  for (const char* bracketed : {"[e]", "[w]", "[N]", "[Z]", "[s]"}) {
    const std::string open(bracketed);
    tokens.replace(open, std::string("*") + open[1] + "*", kL2R);
  }
  tokens.substitute("ie", "Ye", kL2R);
  const auto era = tokens.take('e');
  const auto weekday = tokens.take('w');
  const auto zone = tokens.take('Z');
  const auto ampm = tokens.take('N');
  const auto system = tokens.take('s');
  if (era) parsed.era = upper(text[era->begin]) == 'A' ? "A.D." : "B.C.";
  if (weekday) parsed.weekday = to_upper(text_of(text, *weekday)).substr(0, 3);
  if (zone) parsed.zone = zone_as_offset(to_upper(text_of(text, *zone)));
  if (ampm) parsed.ampm = upper(text[ampm->begin]) == 'A' ? "A.M." : "P.M.";
  if (system) parsed.system = to_upper(text_of(text, *system));
}

// CSPICE's checks for strings that match no pattern even without delimiters.
Status check_leftovers(std::string_view text, TokenList& tokens) {
  std::optional<Span> dup;
  for (char m : {'e', 's', 'Z', 'w', 'N'}) {
    if ((dup = tokens.take(m))) break;
  }
  if (dup) {
    return unparsed("The substring \"" + text_of(text, *dup) + "\" is a duplicate modifier of the input string: '" +
                    marked(text, *dup) + "'");
  }
  for (char m : {'[', ']', 'O', 'o', 'z'}) {
    if (auto s = tokens.take(m)) {
      return unparsed("The substring \"" + text_of(text, *s) + "\" could not be resolved in the input string: '" +
                      marked(text, *s) + "'");
    }
  }
  if (tokens.contains('m') && tokens.contains('d')) {
    const Span m = *tokens.take('m');
    const Span d = *tokens.take('d');
    return unparsed("Both a month \"" + text_of(text, m) + "\" and day of year delimiter \"" + text_of(text, d) +
                    "\" appear in the input string: '" + std::string(text) + "'");
  }
  return {};
}

Status check_delimiters(std::string_view text, TokenList& tokens) {
  if (auto pair = tokens.adjacent_pair(",/-:d.")) {
    return unparsed("There are two successive delimiters <" + text_of(text, *pair) +
                    "> in the input string. This is an ambiguous input. '" + marked(text, *pair) + "'");
  }
  // A delimiter at either end. CSPICE marks the first token with the same letter.
  const std::string& row = tokens.letters();
  constexpr std::string_view kEnds = ",/-:.";
  std::optional<char> hanging;
  if (!row.empty() && kEnds.find(row.front()) != std::string_view::npos)
    hanging = row.front();
  else if (!row.empty() && kEnds.find(row.back()) != std::string_view::npos)
    hanging = row.back();
  if (hanging) {
    tokens.substitute(std::string(1, *hanging), "Q", kL2R);
    const Span s = *tokens.take('Q');
    return unparsed("An unexpected delimiter ('" + text_of(text, s) + "') was encountered in the input string. '" +
                    marked(text, s) + "'");
  }
  return {};
}

// Last resort: letters for hours, minutes and seconds, then for numbers next to a month.
void resolve_by_position(TokenList& tokens) {
  static constexpr std::array<std::array<std::string_view, 2>, 6> kClock = {{{"i:i:i:n", "D*H*M*S"},
                                                                             {"i:i:i:i", "D*H*M*S"},
                                                                             {"i:i:n", "H*M*S"},
                                                                             {"i:i:i", "H*M*S"},
                                                                             {"i:n", "H*M"},
                                                                             {"i:i", "H*M"}}};
  for (const auto& [pattern, meaning] : kClock) {
    if (tokens.replace(pattern, meaning, kR2L)) break;
  }
  tokens.remove_all(':');
  static constexpr std::array<std::array<std::string_view, 2>, 10> kMonth = {{{"<miiH", "mDY"},
                                                                              {"<mi", "mD"},
                                                                              {"Siim>", "SYDm"},
                                                                              {"im>", "Dm"},
                                                                              {"miY>", "mDY"},
                                                                              {"Ymi", "YmD"},
                                                                              {"Smi", "SmD"},
                                                                              {"Mmi", "MmD"},
                                                                              {"imY", "DmY"},
                                                                              {"imH", "DmH"}}};
  for (const auto& [pattern, meaning] : kMonth) {
    if (tokens.substitute(pattern, meaning, kL2R)) return;
  }
  static constexpr std::array<std::array<std::string_view, 2>, 3> kDayOfYear = {
      {{"Yid", "Yy*"}, {"iYd", "yY*"}, {"Ydi", "Y*y"}}};
  for (const auto& [pattern, meaning] : kDayOfYear) {
    if (tokens.replace(pattern, meaning, kL2R)) return;
  }
}

Result<ParsedTime> parse_calendar(std::string_view text, TokenList& tokens) {
  ParsedTime parsed;
  tokens.retag_integers(text, 1000, 2147483647LL, 'Y');
  if (tokens.contains('t')) {
    // ISO forms with the "T" separator are matched as written, nothing else is tried.
    if (!apply_known_pattern(tokens)) {
      return unparsed(
          "The input string uses the ISO \"T\" date/time delimiter but does not match any of the "
          "accepted ISO formats. ");
    }
    return unpack(text, tokens, std::move(parsed));
  }
  // Only one- and two-digit numbers may be abbreviated years ('93); 3-digit ones are set aside.
  tokens.retag_integers(text, 100, 1000, 'I');
  parsed.year_abbreviated = tokens.replace("'i", "*Y", kL2R);
  while (tokens.substitute("I", "i", kL2R)) {
  }
  take_modifiers(text, tokens, parsed);
  if (apply_known_pattern(tokens)) return unpack(text, tokens, std::move(parsed));
  SC_TRY(check_delimiters(text, tokens));
  for (char delimiter : {',', '-', '/'}) {
    tokens.remove_all(delimiter);
    if (apply_known_pattern(tokens)) return unpack(text, tokens, std::move(parsed));
  }
  SC_TRY(check_leftovers(text, tokens));
  resolve_by_position(tokens);
  return unpack(text, tokens, std::move(parsed));
}

}  // namespace

Result<ParsedTime> parse_time_string(std::string_view text) {
  SC_TRY_ASSIGN(auto&& tokenized, TokenList::tokenize(text));
  TokenList& tokens = tokenized;
  normalise(tokens);
  if (tokens.contains('j')) return parse_julian_date(text, tokens);
  return parse_calendar(text, tokens);
}

}  // namespace sc::time::parse
