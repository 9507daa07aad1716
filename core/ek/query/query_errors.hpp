// How the query stages report a bad query. ekfind_c does not signal an error for one: it sets its
// error flag and returns a message. Inside the stages that message travels as an Error with an
// empty short code, so SC_TRY carries it like any error; an Error with a short code is one CSPICE
// signals. prepare_query tells them apart.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "errors/result.hpp"
#include "time/spicelib_text.hpp"

namespace sc::ek::query {

inline Error query_error(std::string message) { return Error{"", time::text::trimmed(std::move(message)), {}}; }

inline bool is_query_error(const Error& e) { return e.short_code.empty(); }

// QUERY(begin:end) with CSPICE's 1-based inclusive positions; empty when end < begin (CSPICE then
// inserts one blank through REPMC).
inline std::string_view lexeme_text(std::string_view query, int begin, int end) {
  if (begin < 1 || end < begin || static_cast<std::size_t>(begin) > query.size()) return {};
  const std::size_t last = std::min(query.size(), static_cast<std::size_t>(end));
  return query.substr(static_cast<std::size_t>(begin) - 1, last - static_cast<std::size_t>(begin) + 1);
}

}  // namespace sc::ek::query
