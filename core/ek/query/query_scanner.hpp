// The EK query scanner (ZZEKSCAN): a query string to tokens.
//
// Tokens, tried in this order at each non-blank character: quoted strings ('...' or "...", a
// doubled quote standing for one quote), numbers (optional sign, digits with an optional decimal
// point, optional E/D exponent; an integer when it is only a signed run of digits), names (a
// letter, then letters, digits, '$' and '_'; upper-cased; the 29 keywords of the language are
// keywords), and the special tokens != ^= <> <= >= < > = ( ) , . *. Only the blank separates
// tokens; any other character (a tab, a semicolon) is an error. CSPICE looks at the first 2000
// characters only (it reads past its buffer beyond them; here they are ignored).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ek/query/encoded_query.hpp"
#include "errors/result.hpp"

namespace sc::ek::query {

// The keywords with CSPICE's codes (ekkeyw.inc); the comparison symbols are these keywords too
// ("<>" is Ne, "=" is Eq, ...).
enum class Keyword {
  None = 0,
  All, And, Asc, Avg, Between, By, Count, Desc, Distinct, Eq, From, Ge, Group, Gt, Having, Is, Le, Like,
  Lt, Max, Min, Ne, Not, Null, Or, Order, Select, Sum, Where
};

enum class TokenKind { Keyword, Name, Integer, Double, String, LeftParen, RightParen, Comma, Dot, Star };

struct Token {
  TokenKind kind = TokenKind::Keyword;
  Keyword keyword = Keyword::None;  // for TokenKind::Keyword
  Lexeme lexeme;
  double number = 0.0;  // Integer and Double
  std::string text;     // Name: upper case; String: the value between the quotes, quotes undoubled
};

// The query as ZZEKSCAN sees it: the first 2000 characters.
std::string_view scanned_part(std::string_view query);

// The tokens of `query` (already cut by scanned_part), or the scanner's message as a query error
// (query_errors.hpp).
Result<std::vector<Token>> scan_query(std::string_view query);

}  // namespace sc::ek::query
