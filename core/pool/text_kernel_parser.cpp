// The rules follow NAIF's Kernel Required Reading and, where it is silent, what CSPICE's loader
// (LDPOOL and its line reader ZZRVAR) does, so a kernel CSPICE accepts gives the same variables
// here and a kernel it rejects fails with the same short code. Deliberate differences, all on
// input CSPICE reads wrongly without complaint:
//  - an '(' still open at the end of the text and a data line over 132 characters are
//    SPICE(BADVARASSIGN) (CSPICE keeps the values read so far, or cuts the line at 132 characters);
//  - control bytes anywhere (a binary file) are SPICE(NONPRINTINGCHAR) (CSPICE checks names only).
// A quote not closed on its line is read as CSPICE reads it: the string runs to the line's last
// non-blank character (NAIF's rssd0002.tf has such a line, and CSPICE loads it).
// Numbers are read with CSPICE's own reader NPARSD (pool/cspice_decimal.hpp), which is not correctly
// rounded, so every value has the same bits as in CSPICE's pool.
#include "pool/text_kernel_parser.hpp"

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pool/calendar_date.hpp"
#include "pool/cspice_decimal.hpp"

namespace sc::pool {
namespace {

// CSPICE reads text-kernel lines into 132-character buffers (LINLEN in its pool code).
constexpr std::size_t kMaxLineLength = 132;
// MAXLEN in CSPICE's pool: the longest kernel variable name.
constexpr std::size_t kMaxNameLength = 32;
// Long values are shortened to this in error messages.
constexpr std::size_t kMaxEcho = 60;

constexpr std::string_view kBeginData = "\\begindata";
constexpr std::string_view kBeginText = "\\begintext";

// CSPICE's short codes for the same faults (ZZRVAR, the routine LDPOOL uses to read assignments).
constexpr const char* kBadAssign = "SPICE(BADVARASSIGN)";
constexpr const char* kBadName = "SPICE(BADVARNAME)";
constexpr const char* kNonPrinting = "SPICE(NONPRINTINGCHAR)";
constexpr const char* kNumberExpected = "SPICE(NUMBEREXPECTED)";
constexpr const char* kTypeMismatch = "SPICE(TYPEMISMATCH)";
constexpr const char* kBadTime = "SPICE(BADTIMESPEC)";

// The outcome of a step that can fail: nothing, or its error. The per-line and per-value steps
// use this rather than sc::Status because `return {}` for a Status value-initializes a whole Error
// (zeroing it), which cost a quarter of the parse time.
using Fault = std::optional<Error>;

struct Line {
  std::string_view text;   // without its line terminator
  std::size_t number = 0;  // 1-based
  // Offsets in `text` of the first control character other than TAB, form feed and SUB, and of
  // the first form feed or SUB; npos if none. Found while looking for the line end, so the bytes
  // are read once.
  std::size_t first_control = std::string_view::npos;
  std::size_t first_soft_control = std::string_view::npos;
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool starts_with_backslash(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_blank(s[i])) ++i;
  return i < s.size() && s[i] == '\\';
}

std::string echo(std::string_view s) {
  s = trim(s);
  std::string out(1, '\'');
  out += s.substr(0, kMaxEcho);
  out += s.size() <= kMaxEcho ? "'" : "...'";
  return out;
}

// A token as it is written; quoted tokens already show their quotes.
std::string describe(std::string_view token) { return token.front() == '\'' ? std::string(token) : echo(token); }

// Form feed and SUB (DOS end of file): harmless in comment blocks of old kernels.
bool is_soft_control(unsigned char c) { return c == '\f' || c == 0x1a; }

// True if no byte is a control character (CR, TAB and form feed included) or DEL. Eight bytes
// are tested at a time with the exact word tests "has a byte below n" and "has a zero byte"
// (Bit Twiddling Hacks); the scan of comment lines is most of the work for a typical kernel.
bool is_plain(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighBits;
    const std::uint64_t del = word ^ (kOnes * 0x7f);
    const std::uint64_t has_del = (del - kOnes) & ~del & kHighBits;
    if ((below_space | has_del) != 0) return false;
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) return false;
  }
  return true;
}

// Splits a text at LF, CRLF and lone CR, so kernels written on any platform read the same.
class LineSplitter {
 public:
  explicit LineSplitter(std::string_view text) : text_(text), next_lf_(text.find('\n')) {}

  std::optional<Line> next() {
    if (pos_ >= text_.size()) return std::nullopt;
    Line line;
    const std::size_t begin = pos_;
    std::size_t end = begin;
    // The next LF is searched once, not once per line, so text with lone CRs stays linear.
    if (next_lf_ != std::string_view::npos && next_lf_ < begin) next_lf_ = text_.find('\n', begin);
    if (is_plain(text_.substr(begin, next_lf_ - begin))) {
      // Fast path for the usual line: all printable up to its LF (or the end of the text).
      end = next_lf_ == std::string_view::npos ? text_.size() : next_lf_;
    }
    for (; end < text_.size(); ++end) {
      const auto c = static_cast<unsigned char>(text_[end]);
      if (c >= 0x20 && c != 0x7f) continue;  // the common case: a printable byte
      if (c == '\n' || c == '\r') break;
      if (is_soft_control(c)) {
        if (line.first_soft_control == std::string_view::npos) line.first_soft_control = end - begin;
      } else if (c != '\t' && line.first_control == std::string_view::npos) {
        line.first_control = end - begin;
      }
    }
    pos_ = end;
    if (pos_ < text_.size()) {
      const bool crlf = text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n';
      pos_ += crlf ? 2 : 1;
    }
    line.text = text_.substr(begin, end - begin);
    line.number = ++number_;
    return line;
  }

 private:
  std::string_view text_;
  std::size_t next_lf_;  // position of the first LF at or after pos_, or npos
  std::size_t pos_ = 0;
  std::size_t number_ = 0;
};

enum class TokenKind { Bare, Quoted, Open, Close, Assign, Append };

struct Token {
  TokenKind kind = TokenKind::Bare;
  std::string_view text;     // a Quoted token keeps its quotes
  bool unclosed = false;     // a Quoted token whose closing quote the line lacks
};

bool is_separator(char c) { return is_blank(c) || c == ',' || c == '(' || c == ')' || c == '='; }

// One past the quote that closes the string opening at `open`; a doubled quote inside the string
// stands for one quote. npos if the line ends first.
std::size_t closing_quote(std::string_view line, std::size_t open) {
  std::size_t i = open + 1;
  while (i < line.size()) {
    if (line[i] != '\'') {
      ++i;
    } else if (i + 1 < line.size() && line[i + 1] == '\'') {
      i += 2;
    } else {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// Splits a data line into tokens as CSPICE does: blanks, tabs and commas separate values; '(' ')'
// '=' and '+=' are tokens of their own (a '+' written against the name still belongs to '+=');
// a quoted string is one token and a quote also ends an unquoted token. A string not closed on
// its line ends at the line's last non-blank character, as in ZZRVAR (strings never span lines).
void tokenize(std::string_view line, std::vector<Token>& tokens) {
  tokens.clear();
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (is_blank(c) || c == ',') {
      ++i;
    } else if (c == '(' || c == ')') {
      tokens.push_back({c == '(' ? TokenKind::Open : TokenKind::Close, line.substr(i, 1)});
      ++i;
    } else if (c == '=') {
      const bool plus_before = i > 0 && line[i - 1] == '+' && !tokens.empty() && tokens.back().kind == TokenKind::Bare &&
                               tokens.back().text.data() + tokens.back().text.size() == line.data() + i;
      if (!plus_before) {
        tokens.push_back({TokenKind::Assign, line.substr(i, 1)});
      } else if (tokens.back().text.size() == 1) {
        tokens.back() = {TokenKind::Append, line.substr(i - 1, 2)};
      } else {
        tokens.back().text.remove_suffix(1);
        tokens.push_back({TokenKind::Append, line.substr(i - 1, 2)});
      }
      ++i;
    } else if (c == '\'') {
      const std::size_t end = closing_quote(line, i);
      if (end == std::string_view::npos) {
        std::size_t last = line.size();
        while (last > i + 1 && is_blank(line[last - 1])) --last;
        tokens.push_back({TokenKind::Quoted, line.substr(i, last - i), true});
        return;
      }
      tokens.push_back({TokenKind::Quoted, line.substr(i, end - i)});
      i = end;
    } else {
      std::size_t j = i;
      while (j < line.size() && !is_separator(line[j]) && line[j] != '\'') ++j;
      tokens.push_back({TokenKind::Bare, line.substr(i, j - i)});
      i = j;
    }
  }
}

// The characters of a quoted token: outer quotes dropped, '' made one quote. CSPICE turns tabs
// into blanks before it parses a line, strings included, so this does too.
std::string unquote(const Token& token) {
  const std::string_view body = token.text.substr(1, token.text.size() - (token.unclosed ? 1 : 2));
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    out.push_back(c == '\t' ? ' ' : c);
    if (c == '\'') ++i;  // the second quote of a doubled pair
  }
  return out;
}

// A number as CSPICE reads one (NPARSD): same tokens accepted, same doubles. The problem is
// NPARSD's complaint with the character it stopped at.
std::optional<double> parse_number(std::string_view token, std::string& problem) {
  const CspiceNumber number = parse_cspice_number(token);
  if (number) return number.value;
  problem = number.problem;
  if (number.position >= 1 && number.position <= token.size()) {
    const auto c = static_cast<unsigned char>(token[number.position - 1]);
    problem += " at character " + std::to_string(number.position) + " of the value (" +
               (c > 0x20 && c < 0x7f ? "'" + std::string(1, static_cast<char>(c)) + "'" : "code " + std::to_string(c)) + ")";
  }
  return std::nullopt;
}

// The non-blank lines of the data sections, in order; comment sections are skipped even in the
// middle of an assignment, as CSPICE does. Every line of the text is checked for bytes that have
// no place in a text file.
class DataLines {
 public:
  DataLines(std::string_view text, std::string_view file) : lines_(text), file_(file) {}

  // The next data line, or std::nullopt at the end of the text.
  Result<std::optional<Line>> next() {
    while (const std::optional<Line> line = lines_.next()) {
      if (auto fault = check_characters(*line)) return std::move(*fault);
      // Outside data only a marker matters, and a marker starts with a backslash.
      if (!in_data_ && !starts_with_backslash(line->text)) continue;
      const std::string_view content = trim(line->text);
      if (content == kBeginData) {
        in_data_ = true;
      } else if (content == kBeginText) {
        in_data_ = false;
      } else if (in_data_ && !content.empty()) {
        if (auto fault = check_length(*line)) return std::move(*fault);
        return std::optional<Line>(*line);
      }
    }
    return std::optional<Line>();
  }

  // An error that names the file and the line.
  Error fail(const char* code, const Line& line, const std::string& what) const {
    return make_error(code, "Text kernel '" + std::string(file_) + "', line " + std::to_string(line.number) + ": " + what);
  }

 private:
  // Control characters other than TAB only appear in binary files or damaged text; comments may
  // also hold form feeds and SUB (old page breaks and DOS end-of-file marks).
  Fault check_characters(const Line& line) const {
    std::size_t at = line.first_control;
    if (in_data_ && line.first_soft_control < at) at = line.first_soft_control;
    if (at == std::string_view::npos) return std::nullopt;
    const auto c = static_cast<unsigned char>(line.text[at]);
    return fail(kNonPrinting, line,
                "the line contains the non-printing character with code " + std::to_string(c) +
                    "; a text kernel must be plain text (is this a binary file?)");
  }

  // Trailing blanks do not count: CSPICE would drop only those when it cuts the line.
  Fault check_length(const Line& line) const {
    std::string_view text = line.text;
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    if (text.size() <= kMaxLineLength) return std::nullopt;
    return fail(kBadAssign, line,
                "the data line is " + std::to_string(text.size()) + " characters long; text kernel lines may have at most " +
                    std::to_string(kMaxLineLength));
  }

  LineSplitter lines_;
  std::string_view file_;
  bool in_data_ = false;
};

// An assignment being read, with the type its first value fixed.
struct PendingAssignment {
  Assignment assignment;
  bool typed = false;
};

class KernelParser {
 public:
  KernelParser(std::string_view text, std::string_view file) : lines_(text, file) {}

  Result<std::vector<Assignment>> parse_all() {
    std::vector<Assignment> out;
    while (true) {
      SC_TRY_ASSIGN(auto&& line, lines_.next());
      if (!line.has_value()) return out;
      SC_TRY_ASSIGN(auto&& assignment, parse_assignment(*line));
      out.push_back(std::move(assignment));
    }
  }

 private:
  Result<Assignment> parse_assignment(const Line& first);
  Fault check_name(std::string_view name, const Line& line) const;
  Fault add_values(std::span<const Token> tokens, const Line& line, PendingAssignment& pending, bool& closed);
  Fault add_value(const Token& token, const Line& line, PendingAssignment& pending);
  Fault add_number(const Token& token, const Line& line, Variable& value);
  Fault add_string(const Token& token, const Line& line, PendingAssignment& pending);

  Fault tokenize_line(const Line& line) {
    tokenize(line.text, tokens_);
    return std::nullopt;
  }

  Error bad_form(const Line& line) const {
    return lines_.fail(kBadAssign, line,
                       "a kernel variable assignment must have the form NAME = value, NAME = ( values ) or "
                       "NAME += ( values ); the line is " + echo(line.text));
  }

  DataLines lines_;
  std::vector<Token> tokens_;  // reused for every line, so lines are split without allocating
};

Result<Assignment> KernelParser::parse_assignment(const Line& first) {
  if (auto fault = tokenize_line(first)) return std::move(*fault);
  // CSPICE wants the name, the operator and the start of the value on the first line.
  if (tokens_.size() < 3 || tokens_[0].kind != TokenKind::Bare) return bad_form(first);
  if (auto fault = check_name(tokens_[0].text, first)) return std::move(*fault);
  if (tokens_[1].kind != TokenKind::Assign && tokens_[1].kind != TokenKind::Append) return bad_form(first);

  PendingAssignment pending;
  pending.assignment.name = std::string(tokens_[0].text);
  pending.assignment.append = tokens_[1].kind == TokenKind::Append;

  std::span<const Token> values(tokens_.data() + 2, tokens_.size() - 2);
  const bool vector = values.front().kind == TokenKind::Open;
  if (vector) values = values.subspan(1);
  bool closed = false;
  if (auto fault = add_values(values, first, pending, closed)) return std::move(*fault);
  // Without '(' every value on the line belongs to the variable (CSPICE's reading) and the
  // assignment ends with the line.
  closed = closed || !vector;

  Line last = first;
  while (!closed) {
    SC_TRY_ASSIGN(auto&& next, lines_.next());
    if (!next.has_value()) {
      return lines_.fail(kBadAssign, first,
                         "the '(' of " + pending.assignment.name + " is never closed: the text ends first");
    }
    last = *next;
    if (auto fault = tokenize_line(last)) return std::move(*fault);
    if (auto fault = add_values(tokens_, last, pending, closed)) return std::move(*fault);
  }
  if (pending.assignment.value.size() == 0) {
    return lines_.fail(kBadAssign, last, "no value is assigned to " + pending.assignment.name);
  }
  return std::move(pending.assignment);
}

Fault KernelParser::check_name(std::string_view name, const Line& line) const {
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x21 || c > 0x7e) {
      return lines_.fail(kNonPrinting, line,
                         "the variable name contains the non-printing character with code " + std::to_string(c));
    }
  }
  if (name.size() > kMaxNameLength) {
    return lines_.fail(kBadName, line,
                       "the variable name " + echo(name) + " has " + std::to_string(name.size()) +
                           " characters; at most " + std::to_string(kMaxNameLength) + " are allowed");
  }
  return std::nullopt;
}

Fault KernelParser::add_values(std::span<const Token> tokens, const Line& line, PendingAssignment& pending,
                                bool& closed) {
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::Close) {
      closed = true;  // CSPICE ignores whatever follows ')' on the line
      return std::nullopt;
    }
    if (auto fault = add_value(token, line, pending)) return std::move(*fault);
  }
  return std::nullopt;
}

Fault KernelParser::add_value(const Token& token, const Line& line, PendingAssignment& pending) {
  Variable& value = pending.assignment.value;
  if (!pending.typed) {
    if (token.kind != TokenKind::Quoted && token.kind != TokenKind::Bare) {
      return lines_.fail(kBadAssign, line,
                         "the assignment operator must be followed by a value or by '(' and a value, not " +
                             describe(token.text));
    }
    value.type = token.kind == TokenKind::Quoted ? VarType::Character : VarType::Numeric;
    pending.typed = true;
  }
  if (value.type == VarType::Character) return add_string(token, line, pending);
  if (token.kind != TokenKind::Bare) {
    return lines_.fail(kTypeMismatch, line,
                       pending.assignment.name + " holds numbers, but " + describe(token.text) +
                           " is not a number or an @-date");
  }
  return add_number(token, line, value);
}

Fault KernelParser::add_string(const Token& token, const Line& line, PendingAssignment& pending) {
  if (token.kind != TokenKind::Quoted) {
    return lines_.fail(kTypeMismatch, line,
                       pending.assignment.name + " holds strings, but " + echo(token.text) + " is not a quoted string");
  }
  // CSPICE rejects '' with this code; its pool has no empty strings.
  if (token.text.size() == (token.unclosed ? 1 : 2)) {
    return lines_.fail(kTypeMismatch, line, "the quoted string " + std::string(token.text) + " has no characters");
  }
  pending.assignment.value.strings.push_back(unquote(token));
  return std::nullopt;
}

Fault KernelParser::add_number(const Token& token, const Line& line, Variable& value) {
  if (token.text.front() == '@') {
    if (token.text.size() == 1) return lines_.fail(kBadTime, line, "'@' marks a date, but no date follows it");
    auto seconds = parse_formal_calendar_date(token.text.substr(1));
    if (!seconds) {
      return lines_.fail(kBadTime, line, echo(token.text) + " is not a date: " + seconds.error().long_msg);
    }
    value.numbers.push_back(*seconds);
    return std::nullopt;
  }
  std::string problem;
  const std::optional<double> number = parse_number(token.text, problem);
  if (!number) {
    return lines_.fail(kNumberExpected, line,
                       echo(token.text) + " is not a number, a quoted string or an @-date: " + problem);
  }
  value.numbers.push_back(*number);
  return std::nullopt;
}

}  // namespace

Result<std::vector<Assignment>> parse_text_kernel(std::string_view text, std::string_view file_name) {
  return KernelParser(text, file_name).parse_all();
}

}  // namespace sc::pool
