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
//
// Alongside the row, ZZTOKNS drafts a timout picture of the string (what tpictr returns): numbers,
// blanks, delimiters and words are copied, except month and weekday names, which become the
// picture words of their length and case ("Mon", "MONTH", "wkd", ...), eras ("ERA"/"era") and
// A.M./P.M. ("AMPM"/"ampm"); the ISO "Z" leaves nothing. Each token remembers its piece of the
// picture, so the unpacker can later replace the numbers by their picture markers.
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

// A token's piece of the picture draft: [begin, end), 0-based; empty for the ISO "Z".
struct PictureSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

enum class Scan { LeftToRight, RightToLeft };

class TokenList {
 public:
  // ZZTOKNS. Fails (with a diagnostic naming the offending text) on a blank string, an
  // unrecognisable or non-printing character, more than 64 tokens or a picture draft longer than
  // 320 characters.
  static Result<TokenList> tokenize(std::string_view text);

  // The picture draft, each token's piece of it, and whether an A.M./P.M. word was seen (the
  // hours then become "AP" rather than "HR").
  const std::string& picture() const { return picture_; }
  PictureSpan picture_span(std::size_t i) const { return pictures_[i]; }
  bool has_ampm() const { return ampm_; }

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
  std::vector<PictureSpan> pictures_;
  std::string picture_;
  bool ampm_ = false;
};

}  // namespace sc::time::parse
