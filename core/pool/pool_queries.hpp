// The CSPICE pool look-ups (gdpool, gipool, gcpool, gnpool, dtpool, expool) and insertions
// (pdpool, pipool, pcpool) with CSPICE's edge rules: 0-based `start` clamped at 0, `room` >= 1,
// a start past the end is "found" with no values, a look-up of the wrong type is "not found".
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::pool {

struct VariableShape {
  std::size_t n = 0;
  char type = 'N';  // 'N' numeric, 'C' character
};

// Each returns nullopt when CSPICE would report found = false. An empty name (or template) is
// SPICE(EMPTYSTRING), as the C wrappers (gdpool_c ... expool_c) check before anything else; a blank
// one is a name like any other.
Result<std::optional<std::vector<double>>> gdpool(const Pool& pool, std::string_view name, int start, int room);
Result<std::optional<std::vector<int>>> gipool(const Pool& pool, std::string_view name, int start, int room);
Result<std::optional<std::vector<std::string>>> gcpool(const Pool& pool, std::string_view name, int start, int room);
// Names come in CSPICE's order (hash bucket, then chain position; see Pool::match), the same on
// every backend and standard library, so a `room`-limited call returns CSPICE's subset.
Result<std::optional<std::vector<std::string>>> gnpool(const Pool& pool, std::string_view pattern, int start, int room);
Result<std::optional<VariableShape>> dtpool(const Pool& pool, std::string_view name);
Result<bool> expool(const Pool& pool, std::string_view name);  // true only for numeric variables
// dtpool for the core's own look-ups, whose names are never empty.
std::optional<VariableShape> shape_of(const Pool& pool, std::string_view name);

Status pdpool(Pool& pool, std::string_view name, std::span<const double> values);
Status pipool(Pool& pool, std::string_view name, std::span<const int> values);
Status pcpool(Pool& pool, std::string_view name, std::span<const std::string> values);

// The watcher calls (issue 18), with CSPICE's semantics (pool/watchers.hpp). SPICE(EMPTYSTRING)
// for an empty agent or name.
Status swpool(Pool& pool, std::string_view agent, std::span<const std::string> names);
Result<bool> cvpool(Pool& pool, std::string_view agent);
// DVPOOL: deletes a variable (nothing happens when there is none).
Status dvpool(Pool& pool, std::string_view name);

}  // namespace sc::pool
