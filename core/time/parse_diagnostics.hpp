// Shared pieces of the time-string parser's diagnostics: the error every parse failure carries
// (SPICE(UNPARSEDTIME), as STR2ET signals for TPARTV's failures) and the way CSPICE shows the
// offending text.
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"
#include "time/spicelib_text.hpp"
#include "time/time_tokens.hpp"

namespace sc::time::parse {

// The message as CSPICE hands it back, without trailing blanks.
inline Error unparsed(std::string message) {
  return make_error("SPICE(UNPARSEDTIME)", text::trimmed(std::move(message)));
}

inline std::string text_of(std::string_view text, Span s) {
  return std::string(text.substr(s.begin, s.end - s.begin + 1));
}

// The string with the span bracketed, "1995 <JAN> 1", the way CSPICE points at a problem
// (ZZINSSUB of '>' after the span, then of '<' before it).
inline std::string marked(std::string_view text, Span s) {
  std::string out(text.substr(0, s.begin));
  out += '<';
  out += text_of(text, s);
  out += '>';
  out += text.substr(s.end + 1);
  return out;
}

// Two spans bracketed; `later` lies after `earlier` in the string.
inline std::string marked(std::string_view text, Span earlier, Span later) {
  std::string out = marked(text, later);
  out.insert(earlier.end + 1, 1, '>');
  out.insert(earlier.begin, 1, '<');
  return out;
}

}  // namespace sc::time::parse
