#include "time/time_tokens.hpp"

#include <array>
#include <string>

#include "time/parse_diagnostics.hpp"
#include "time/spicelib_text.hpp"
#include "time/text_util.hpp"

namespace sc::time::parse {
namespace {

// CSPICE keeps the row in a 64-character buffer; a 65th token is an error, and the pattern
// searches of ZZSUBT see the blank padding after the last token.
constexpr std::size_t kMaxTokens = 64;

// The words and marks ZZTOKNS recognises. Entries are tried in this order among those starting
// with the same (upper-cased) character; `width` characters must match (case-insensitively), and
// month and weekday names may continue with more of their letters ("MAR", "MARC", "MARCH").
struct Word {
  std::string_view text;
  std::size_t width;
  char letter;
};
constexpr auto kWords = std::to_array<Word>({
    {"(", 1, '['},        {")", 1, ']'},         {",", 1, ','},         {"-", 1, '-'},        {".", 1, '.'},
    {"//", 2, 'd'},       {"/", 1, '/'},         {"::", 2, 'd'},        {":", 1, ':'},        {"A.D.", 4, 'e'},
    {"AD", 2, 'e'},       {"A.M.", 4, 'N'},      {"AM", 2, 'N'},        {"APRIL", 3, 'm'},    {"AUGUST", 3, 'm'},
    {"B.C.", 4, 'e'},     {"BC", 2, 'e'},        {"CDT", 3, 'Z'},       {"CST", 3, 'Z'},      {"DECEMBER", 3, 'm'},
    {"D+", 2, 'E'},       {"D-", 2, 'E'},        {"D", 1, 'E'},         {"EDT", 3, 'Z'},      {"EST", 3, 'Z'},
    {"E+", 2, 'E'},       {"E-", 2, 'E'},        {"E", 1, 'E'},         {"FEBRUARY", 3, 'm'}, {"FRIDAY", 3, 'w'},
    {"JANUARY", 3, 'm'},  {"JD", 2, 'j'},        {"JULY", 3, 'm'},      {"JUNE", 3, 'm'},     {"MARCH", 3, 'm'},
    {"MAY", 3, 'm'},      {"MDT", 3, 'Z'},       {"MONDAY", 3, 'w'},    {"MST", 3, 'Z'},      {"NOVEMBER", 3, 'm'},
    {"OCTOBER", 3, 'm'},  {"P.M.", 4, 'N'},      {"PDT", 3, 'Z'},       {"PM", 2, 'N'},       {"PST", 3, 'Z'},
    {"SATURDAY", 3, 'w'}, {"SEPTEMBER", 3, 'm'}, {"SUNDAY", 3, 'w'},    {"TDB", 3, 's'},      {"TDT", 3, 's'},
    {"THURSDAY", 3, 'w'}, {"TUESDAY", 3, 'w'},   {"T", 1, 't'},         {"UTC+", 4, 'O'},     {"UTC-", 4, 'o'},
    {"UTC", 3, 's'},      {"'", 1, '\''},        {"WEDNESDAY", 3, 'w'}, {"Z", 1, 'x'},
});

bool same_ignoring_case(std::string_view text, std::size_t at, std::string_view word, std::size_t count) {
  if (at + count > text.size() || count > word.size()) return false;
  for (std::size_t i = 0; i < count; ++i) {
    if (upper(text[at + i]) != upper(word[i])) return false;
  }
  return true;
}

// Fortran string equality: the shorter operand is padded with blanks.
bool fortran_equal(std::string_view a, std::string_view b) {
  const std::size_t n = a.size() > b.size() ? a.size() : b.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char ca = i < a.size() ? a[i] : ' ';
    const char cb = i < b.size() ? b[i] : ' ';
    if (ca != cb) return false;
  }
  return true;
}

// Fortran assignment of `value` into `width` characters: cut or blank-padded.
std::string fortran_assign(std::string_view value, std::size_t width) {
  std::string out(value.substr(0, width < value.size() ? width : value.size()));
  out.resize(width, ' ');
  return out;
}

struct Match {
  char letter;
  std::size_t end;   // inclusive
  bool full = true;  // a month or weekday name written out in full ("MARCH", "May")
};

std::optional<Match> match_word(std::string_view text, std::size_t at) {
  const char first = upper(text[at]);
  for (const Word& w : kWords) {
    if (w.text[0] != first || !same_ignoring_case(text, at, w.text, w.width)) continue;
    std::size_t end = at + w.width - 1;
    std::size_t n = w.width;
    if (w.letter == 'm' || w.letter == 'w') {
      while (n < w.text.size() && end + 1 < text.size() && upper(text[end + 1]) == w.text[n]) {
        ++n;
        ++end;
      }
    }
    return Match{w.letter, end, n == w.text.size()};
  }
  return std::nullopt;
}

// CSPICE's picture draft holds 320 characters.
constexpr std::size_t kMaxPicture = 320;

// The picture word of a month or weekday name: its length (full or abbreviated) and its case
// (all lower case, all upper case in the first three letters, or capitalised).
std::string_view name_picture(std::string_view text, std::size_t at, const Match& m) {
  static constexpr std::array<std::string_view, 6> kMonth = {"month", "MONTH", "Month", "mon", "MON", "Mon"};
  static constexpr std::array<std::string_view, 6> kWeekday = {"weekday", "WEEKDAY", "Weekday",
                                                              "wkd",     "WKD",     "Wkd"};
  std::size_t letter_case = 2;  // capitalised
  if (upper(text[at]) != text[at]) {
    letter_case = 0;
  } else if (to_upper(text.substr(at, 3)) == text.substr(at, 3)) {
    letter_case = 1;
  }
  const std::size_t index = (m.full ? 0 : 3) + letter_case;
  return m.letter == 'm' ? kMonth[index] : kWeekday[index];
}

// ZZTKNERR's messages for a string too rich in tokens or picture.
Error too_many(std::string_view text, std::string_view token) {
  return unparsed(text::repmc(text::repmc("The input time string '#' cannot be processed because it contains more "
                                          "than 64 recognizable tokens. The token that could not be processed was "
                                          "'#'.",
                                          "#", text),
                              "#", token));
}
Error picture_too_long(std::string_view text, std::string_view token) {
  return unparsed(text::repmc(text::repmc("The input time string '#' cannot be processed because the internal "
                                          "picture describing it requires more than 320 characters. The token that "
                                          "could not be processed was '#'.",
                                          "#", text),
                              "#", token));
}

}  // namespace

Result<TokenList> TokenList::tokenize(std::string_view text) {
  const std::string_view used = rtrim(text);
  if (used.empty()) return unparsed("The input time string is blank.");
  TokenList list;
  std::size_t next = 0;
  while (next < used.size()) {
    const std::size_t from = next;
    const char c = used[next];
    const std::size_t picture_from = list.picture_.size();
    Match m{'b', from};
    std::string piece;        // the token's piece of the picture
    std::string_view token;   // the token as ZZTKNERR names it
    bool words_check_picture_first = false;
    if (is_digit(c)) {
      std::size_t end = from;
      while (end + 1 < used.size() && is_digit(used[end + 1])) ++end;
      m = {'i', end};
      token = used.substr(from, end - from + 1);
      piece = std::string(token);
    } else if (c == ' ') {
      std::size_t end = from;
      while (end + 1 < used.size() && used[end + 1] == ' ') ++end;
      m = {'b', end};
      token = " ";
      piece.assign(end - from + 1, ' ');
    } else if (c == '\t') {
      m = {'b', from};
      token = "<TAB>";
      piece = " ";
    } else if (static_cast<unsigned char>(c) < 32 || static_cast<unsigned char>(c) > 126) {
      std::string shown = text::insert(text, "<", from);
      shown[from + 1] = '>';
      return unparsed(text::repmi(text::repmi(text::prefix("There is a non-printing, non-tab character (ASCII #) "
                                                           "at position # of the time string: ",
                                                           1, shown),
                                              "#", static_cast<unsigned char>(c)),
                                  "#", static_cast<long long>(from + 1)));
    } else if (auto word = match_word(text, from)) {
      m = *word;
      token = text.substr(from, m.end - from + 1);
      words_check_picture_first = true;
      if (m.letter == 'm' || m.letter == 'w') {
        piece = std::string(name_picture(text, from, m));
      } else if (m.letter == 'e') {
        piece = upper(c) == c ? "ERA" : "era";
      } else if (m.letter == 'N') {
        piece = upper(c) == c ? "AMPM" : "ampm";
        list.ampm_ = true;
      } else if (m.letter != 'x') {
        piece = std::string(token);
      }
    } else {
      return unparsed(text::repmc(
          text::suffix(text::prefix("The input string contains an unrecognizable substring beginning at the "
                                    "character marked by <#>: \"",
                                    0, marked(text, Span{from, from})),
                       0, "\""),
          "#", std::string(1, c)));
    }
    const bool too_many_tokens = list.rep_.size() == kMaxTokens;
    const bool too_long = picture_from + piece.size() > kMaxPicture;
    if (words_check_picture_first && too_long) return picture_too_long(text, token);
    if (too_many_tokens) return too_many(text, token);
    if (too_long) return picture_too_long(text, token);
    list.rep_ += m.letter;
    list.spans_.push_back({from, m.end});
    list.picture_ += piece;
    list.pictures_.push_back({picture_from, list.picture_.size()});
    next = m.end + 1;
  }
  return list;
}

bool TokenList::contains(char letter) const { return rep_.find(letter) != std::string::npos; }

bool TokenList::combine(std::string_view pattern, char letter, Scan scan) {
  const std::size_t from = scan == Scan::LeftToRight ? rep_.find(pattern) : rep_.rfind(pattern);
  if (pattern.empty() || from == std::string::npos) return false;
  const std::size_t to = from + pattern.size() - 1;
  spans_[from].end = spans_[to].end;
  pictures_[from].end = pictures_[to].end;
  rep_.replace(from, pattern.size(), 1, letter);
  spans_.erase(spans_.begin() + static_cast<std::ptrdiff_t>(from + 1),
               spans_.begin() + static_cast<std::ptrdiff_t>(to + 1));
  pictures_.erase(pictures_.begin() + static_cast<std::ptrdiff_t>(from + 1),
                  pictures_.begin() + static_cast<std::ptrdiff_t>(to + 1));
  return true;
}

bool TokenList::substitute(std::string_view pattern, std::string_view replacement, Scan scan) {
  const std::size_t k = pattern.size();
  const std::size_t size = rep_.size();
  if (k > 1 && pattern.front() == '<') {
    const std::size_t to = k - 1 < size ? k - 1 : size;
    if (!fortran_equal(pattern.substr(1), std::string_view(rep_).substr(0, to))) return false;
    rep_.replace(0, to, fortran_assign(replacement, to));
    return true;
  }
  if (k > 1 && pattern.back() == '>') {
    const std::size_t from = size + 1 >= k ? size + 1 - k : 0;  // start of the last k-1 letters
    if (!fortran_equal(pattern.substr(0, k - 1), std::string_view(rep_).substr(from))) return false;
    rep_.replace(from, size - from, fortran_assign(replacement, size - from));
    return true;
  }
  // Search the blank-padded buffer, as CSPICE does; a pattern with trailing blanks can then match
  // the whole row.
  std::string padded = rep_;
  padded.resize(kMaxTokens, ' ');
  std::size_t from = std::string::npos;
  if (scan == Scan::LeftToRight) {
    from = padded.find(pattern);
  } else if (size > 0) {
    from = padded.rfind(pattern, size - 1);
  }
  if (k == 0 || from == std::string::npos) return false;
  padded.replace(from, replacement.size(), replacement);
  rep_ = padded.substr(0, size);
  return true;
}

bool TokenList::replace(std::string_view pattern, std::string_view replacement, Scan scan) {
  const bool did = substitute(pattern, replacement, scan);
  remove_all('*');
  return did;
}

void TokenList::erase(std::size_t i) {
  rep_.erase(i, 1);
  spans_.erase(spans_.begin() + static_cast<std::ptrdiff_t>(i));
  pictures_.erase(pictures_.begin() + static_cast<std::ptrdiff_t>(i));
}

bool TokenList::remove_all(char letter) {
  bool did = false;
  for (std::size_t i = rep_.size(); i-- > 0;) {
    if (rep_[i] == letter) {
      erase(i);
      did = true;
    }
  }
  return did;
}

std::optional<Span> TokenList::take(char letter) {
  const std::size_t at = rep_.find(letter);
  if (at == std::string::npos) return std::nullopt;
  const Span s = spans_[at];
  erase(at);
  return s;
}

std::optional<Span> TokenList::adjacent_pair(std::string_view set) const {
  for (std::size_t i = 0; i + 1 < rep_.size(); ++i) {
    if (set.find(rep_[i]) != std::string_view::npos && set.find(rep_[i + 1]) != std::string_view::npos) {
      return Span{spans_[i].begin, spans_[i + 1].end};
    }
  }
  return std::nullopt;
}

bool TokenList::retag_integers(std::string_view text, long long lo, long long hi, char letter) {
  bool did = false;
  for (std::size_t i = 0; i < rep_.size(); ++i) {
    if (rep_[i] != 'i') continue;
    // NPARSI accepts values up to INTMAX; longer digit strings are not integers to it.
    long long value = 0;
    bool ok = true;
    for (std::size_t p = spans_[i].begin; p <= spans_[i].end && ok; ++p) {
      value = value * 10 + (text[p] - '0');
      ok = value <= 2147483647LL;
    }
    if (ok && value >= lo && value <= hi) {
      rep_[i] = letter;
      did = true;
    }
  }
  return did;
}

}  // namespace sc::time::parse
