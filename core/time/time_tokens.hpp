// The token model behind CSPICE's time-string parser (time.req, "Parsing time strings"; SPICELIB's
// ZZTIME entry points). A string becomes a row of one-letter tokens, e.g. "1996 JAN 25 12:18:19.199"
// becomes "ibmbibi:i:i.i", each letter remembering the span of text it stands for. The parser then
// rewrites the row (combining, removing and re-lettering tokens) until every number has a meaning.
//
// Letters made by the tokenizer:
//   i  digits             b  blanks or tab         '  year-abbreviation quote
//   ,  -  .  /  :         delimiters               d  day-of-year mark (// or ::)
//   [  ]  parentheses     m  month name            w  weekday name
//   e  era (A.D., B.C.)   N  A.M./P.M.             s  time system (UTC, TDB, TDT)
//   Z  U.S. time zone     O  "UTC+"                o  "UTC-"
//   j  JD                 t  ISO date/time "T"     x  ISO "Z" suffix
//   E  exponent-like D/E marks (never resolved)
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"

namespace sc::time::parse {

struct Span {
  std::size_t begin = 0;  // 0-based, inclusive
  std::size_t end = 0;
};

enum class Scan { LeftToRight, RightToLeft };

class TokenList {
 public:
  // ZZTOKNS. Fails (with a diagnostic naming the offending text) on a blank string, an
  // unrecognisable or non-printing character, or more than 64 tokens.
  static Result<TokenList> tokenize(std::string_view text);

  // The current row of letters (ZZGREP).
  const std::string& letters() const { return rep_; }
  std::size_t size() const { return rep_.size(); }
  Span span(std::size_t i) const { return spans_[i]; }

  bool contains(char letter) const;  // ZZIST

  // ZZCMBT: the first (or last) occurrence of `pattern` becomes one token `letter` spanning them.
  bool combine(std::string_view pattern, char letter, Scan scan);

  // ZZSUBT: the first (or last) occurrence of `pattern` is re-lettered with `replacement`, letter
  // for letter. A leading '<' anchors the pattern at the start, a trailing '>' at the end; the
  // anchored forms write the replacement into the matched width, blank-padded, as CSPICE does.
  bool substitute(std::string_view pattern, std::string_view replacement, Scan scan);

  // ZZREPT: substitute, then drop every token lettered '*'.
  bool replace(std::string_view pattern, std::string_view replacement, Scan scan);

  bool remove_all(char letter);  // ZZREMT

  // ZZNOTE: the span of the first token `letter`, which is removed.
  std::optional<Span> take(char letter);

  // ZZISPT: the span of the first two adjacent tokens whose letters are both in `set`.
  std::optional<Span> adjacent_pair(std::string_view set) const;

  // ZZVALT: every integer token whose value (in `text`, the tokenized string) lies in lo..hi
  // becomes `letter`.
  bool retag_integers(std::string_view text, long long lo, long long hi, char letter);

 private:
  void erase(std::size_t i);

  std::string rep_;
  std::vector<Span> spans_;
};

}  // namespace sc::time::parse
