#include "ek/query/query_scanner.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "ek/query/query_errors.hpp"
#include "ek/query/query_limits.hpp"
#include "pool/cspice_decimal.hpp"
#include "time/spicelib_text.hpp"

namespace sc::ek::query {
namespace {

using time::text::prefix;
using time::text::repmc;
using time::text::repmi;
using time::text::suffix;

// ZZEKSCAN works on a copy of the query in a CHARACTER*(2000) variable: the lexers see blanks
// after the query's end, up to position 2000. Positions are 1-based, as in CSPICE's messages.
class Text {
 public:
  explicit Text(std::string_view s) : s_(s) {}
  static constexpr int kLength = static_cast<int>(kMaxQueryLength);
  char at(int pos) const {
    return pos >= 1 && static_cast<std::size_t>(pos) <= s_.size() ? s_[static_cast<std::size_t>(pos) - 1] : ' ';
  }
  std::string_view slice(int begin, int end) const { return lexeme_text(s_, begin, end); }

 private:
  std::string_view s_;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_name_char(char c) { return is_letter(c) || is_digit(c) || c == '$' || c == '_'; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// The lexers below return the last position of the lexeme starting at `first`, or first - 1 when
// there is none there (SPICELIB's LX4* conventions).

int unsigned_end(const Text& t, int first) {  // digits
  int last = first - 1;
  while (last + 1 <= Text::kLength && is_digit(t.at(last + 1))) ++last;
  return last;
}

int signed_end(const Text& t, int first) {  // optional sign, then digits
  if (first < 1 || first > Text::kLength) return first - 1;
  if (t.at(first) == '+' || t.at(first) == '-') {
    const int last = unsigned_end(t, first + 1);
    return last >= first + 1 ? last : first - 1;
  }
  return unsigned_end(t, first);
}

int decimal_end(const Text& t, int first) {  // LX4DEC
  if (first < 1 || first > Text::kLength) return first - 1;
  const char c = t.at(first);
  // The character after the first is only looked at when it is not the last of the 2000.
  const char next = first + 1 < Text::kLength ? t.at(first + 1) : ' ';
  if (c == '.' || ((c == '+' || c == '-') && next == '.')) {
    const int digits_from = c == '.' ? first + 1 : first + 2;
    const int last = unsigned_end(t, digits_from);
    return last >= digits_from ? last : first - 1;
  }
  int last = signed_end(t, first);
  if (last >= first && last < Text::kLength && t.at(last + 1) == '.') last = unsigned_end(t, last + 2);
  return last;
}

int number_end(const Text& t, int first) {  // LX4NUM: a decimal number and an optional exponent
  if (first < 1 || first > Text::kLength) return first - 1;
  int last = decimal_end(t, first);
  if (last >= first && last < Text::kLength) {
    const char e = t.at(last + 1);
    if (e == 'e' || e == 'E' || e == 'd' || e == 'D') {
      const int exponent_last = signed_end(t, last + 2);
      if (exponent_last >= last + 2) last = exponent_last;
    }
  }
  return last;
}

// LXQSTR: a quoted string starting at `first` with quote character `q` ends at the last quote of
// the first run of quotes that leaves the count of quotes even; first - 1 when it has no end.
int quoted_end(const Text& t, int first, char q) {
  if (first < 1 || first > Text::kLength - 1 || t.at(first) != q) return first - 1;
  int pos = first + 1;
  while (pos <= Text::kLength && t.at(pos) != q) ++pos;
  if (pos > Text::kLength) return first - 1;
  int last = pos;
  bool even = true;
  for (++pos; pos <= Text::kLength; ++pos) {
    if (t.at(pos) == q) {
      even = !even;
      if (even) last = pos;
    } else if (even) {
      break;
    }
  }
  return last;
}

// PARSQS on a quoted-string lexeme (it starts and ends with the quote): the value, or PARSQS's
// message and the position (within the lexeme) it points at.
struct ParsedString {
  std::string value;
  std::string problem;
  int position = 0;
};
ParsedString parse_quoted(std::string_view lexeme, char q) {
  ParsedString out;
  const int last = static_cast<int>(lexeme.size());
  if (last == 2) return {"", "Null (zero length) string token", last};
  for (int i = 2; i <= last - 1;) {
    const char c = lexeme[static_cast<std::size_t>(i) - 1];
    if (c != q) {
      out.value += c;
      ++i;
    } else if (i == last - 1) {
      return {"", "Quote character is unmatched or else string ends without final quote; take your pick", i};
    } else if (lexeme[static_cast<std::size_t>(i)] != q) {
      return {"", "Interior quote character is not doubled", i};
    } else {
      out.value += c;
      i += 2;
    }
  }
  return out;
}

// BEINT: an optional sign and digits only.
bool is_integer_text(std::string_view s) {
  std::size_t i = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) i = 1;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i) {
    if (!is_digit(s[i])) return false;
  }
  return true;
}

// The keywords in CSPICE's (alphabetical) table.
constexpr std::array<std::pair<std::string_view, Keyword>, 29> kKeywords{{
    {"ALL", Keyword::All},       {"AND", Keyword::And},       {"ASC", Keyword::Asc},
    {"AVG", Keyword::Avg},       {"BETWEEN", Keyword::Between}, {"BY", Keyword::By},
    {"COUNT", Keyword::Count},   {"DESC", Keyword::Desc},     {"DISTINCT", Keyword::Distinct},
    {"EQ", Keyword::Eq},         {"FROM", Keyword::From},     {"GE", Keyword::Ge},
    {"GROUP", Keyword::Group},   {"GT", Keyword::Gt},         {"HAVING", Keyword::Having},
    {"IS", Keyword::Is},         {"LE", Keyword::Le},         {"LIKE", Keyword::Like},
    {"LT", Keyword::Lt},         {"MAX", Keyword::Max},       {"MIN", Keyword::Min},
    {"NE", Keyword::Ne},         {"NOT", Keyword::Not},       {"NULL", Keyword::Null},
    {"OR", Keyword::Or},         {"ORDER", Keyword::Order},   {"SELECT", Keyword::Select},
    {"SUM", Keyword::Sum},       {"WHERE", Keyword::Where},
}};

Keyword keyword_of(std::string_view upper_name) {
  for (const auto& [word, kw] : kKeywords) {
    if (word == upper_name) return kw;
  }
  return Keyword::None;
}

// The special tokens, two-character ones first: the longest match wins.
struct Special {
  std::string_view text;
  TokenKind kind;
  Keyword keyword;
};
constexpr std::array<Special, 13> kSpecials{{
    {"!=", TokenKind::Keyword, Keyword::Ne}, {"^=", TokenKind::Keyword, Keyword::Ne},
    {"<>", TokenKind::Keyword, Keyword::Ne}, {"<=", TokenKind::Keyword, Keyword::Le},
    {">=", TokenKind::Keyword, Keyword::Ge}, {"<", TokenKind::Keyword, Keyword::Lt},
    {">", TokenKind::Keyword, Keyword::Gt},  {"=", TokenKind::Keyword, Keyword::Eq},
    {"(", TokenKind::LeftParen, Keyword::None}, {")", TokenKind::RightParen, Keyword::None},
    {",", TokenKind::Comma, Keyword::None},  {".", TokenKind::Dot, Keyword::None},
    {"*", TokenKind::Star, Keyword::None},
}};

class Scanner {
 public:
  Scanner(std::string_view query, int length) : text_(query), length_(length) {}

  Result<std::vector<Token>> run() {
    int pos = 1;
    while (true) {
      while (pos < length_ && text_.at(pos) == ' ') ++pos;
      if (pos > length_ || text_.at(pos) == ' ') break;
      if (static_cast<int>(tokens_.size()) == kMaxTokens) {
        return query_error(repmi(repmi("Maximum allowed number of tokens is #; at least # tokens are present in QUERY.",
                                       "#", kMaxTokens),
                                 "#", kMaxTokens + 1));
      }
      const char c = text_.at(pos);
      Token token;
      if (c == '\'' || c == '"') {
        SC_TRY_ASSIGN(token, quoted(pos, c));
      } else if (c == '.' && number_end(text_, pos) < pos) {
        SC_TRY_ASSIGN(token, special(pos));
      } else if (is_digit(c) || c == '+' || c == '-' || c == '.') {
        SC_TRY_ASSIGN(token, number(pos));
      } else if (is_letter(c)) {
        token = name(pos);
      } else {
        SC_TRY_ASSIGN(token, special(pos));
      }
      pos = token.lexeme.end + 1;
      tokens_.push_back(std::move(token));
    }
    return std::move(tokens_);
  }

 private:
  Result<Token> quoted(int pos, char q) {
    const int last = quoted_end(text_, pos, q);
    if (last < pos) return query_error(repmi("Invalid quoted string at location #.", "#", pos));
    const ParsedString parsed = parse_quoted(text_.slice(pos, last), q);
    if (!parsed.problem.empty()) {
      return query_error(repmi(repmc(prefix("#", 2, parsed.problem), "#",
                                     "Error occurred while parsing quoted string token at location #:"),
                               "#", pos));
    }
    return Token{TokenKind::String, Keyword::None, {pos, last}, 0.0, parsed.value};
  }

  Result<Token> number(int pos) {
    const int last = number_end(text_, pos);
    if (last < pos) return query_error(repmi("Invalid numeric token at location #.", "#", pos));
    if (numbers_ >= kMaxNumbers) {
      return query_error(repmi(repmi(repmi("Insufficient space to store value of number at location #; # elements are "
                                           "available in the NUMVLS array; # are required.",
                                           "#", pos),
                                     "#", kMaxNumbers),
                               "#", kMaxNumbers + 1));
    }
    const std::string_view lexeme = text_.slice(pos, last);
    const pool::CspiceNumber value = pool::parse_cspice_number(lexeme);
    if (!value) {  // LX4NUM and NPARSD agree on what a number is, so this is for safety
      return query_error(repmi(repmc(prefix("#", 2, value.problem), "#", "Error found in numeric token at location #:"),
                               "#", pos + static_cast<int>(value.position) - 1));
    }
    ++numbers_;
    return Token{is_integer_text(lexeme) ? TokenKind::Integer : TokenKind::Double, Keyword::None, {pos, last}, value.value,
                 ""};
  }

  Token name(int pos) {
    int last = pos;
    while (last < Text::kLength && is_name_char(text_.at(last + 1))) ++last;
    std::string text;
    for (int i = pos; i <= last; ++i) text += upper(text_.at(i));
    const Keyword kw = keyword_of(text);
    if (kw != Keyword::None) return Token{TokenKind::Keyword, kw, {pos, last}, 0.0, ""};
    return Token{TokenKind::Name, Keyword::None, {pos, last}, 0.0, std::move(text)};
  }

  Result<Token> special(int pos) {
    for (int width = std::min(2, length_ - pos + 1); width >= 1; --width) {
      const std::string_view s = text_.slice(pos, pos + width - 1);
      for (const Special& sp : kSpecials) {
        if (sp.text == s) return Token{sp.kind, sp.keyword, {pos, pos + width - 1}, 0.0, ""};
      }
    }
    const char c = text_.at(pos);
    const std::string head = repmi("Invalid character found at location #. ", "#", pos);
    const auto code = static_cast<unsigned char>(c);
    if (code >= 33 && code <= 126) return query_error(repmc(suffix(head, 2, "<character> = '#'"), "#", std::string(1, c)));
    return query_error(repmi(suffix(head, 2, "ICHAR(<character>) = #"), "#", code));
  }

  Text text_;
  int length_;
  int numbers_ = 0;
  std::vector<Token> tokens_;
};

}  // namespace

std::string_view scanned_part(std::string_view query) { return query.substr(0, std::min(query.size(), kMaxQueryLength)); }

Result<std::vector<Token>> scan_query(std::string_view query) {
  // RTRIM: the last non-blank character, 1 for a blank query.
  const std::size_t last = query.find_last_not_of(' ');
  const int length = last == std::string_view::npos ? 1 : static_cast<int>(last) + 1;
  return Scanner(query, length).run();
}

}  // namespace sc::ek::query
