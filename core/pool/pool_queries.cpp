#include "pool/pool_queries.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sc::pool {
namespace {

Status check_room(int room, std::string_view name) {
  if (room < 1) {
    return make_error("SPICE(BADARRAYSIZE)", "The room requested for kernel variable " + std::string(name) +
                                                 " is " + std::to_string(room) + "; it must be at least 1.");
  }
  return {};
}

// The window [start, start+room) of `values`, CSPICE style: negative starts count as 0.
template <class T>
std::vector<T> window(const std::vector<T>& values, int start, int room) {
  auto first = static_cast<std::size_t>(std::max(start, 0));
  if (first >= values.size()) return {};
  auto count = std::min(values.size() - first, static_cast<std::size_t>(room));
  return std::vector<T>(values.begin() + static_cast<std::ptrdiff_t>(first),
                        values.begin() + static_cast<std::ptrdiff_t>(first + count));
}

// The C wrappers' CHKFSTR: a zero-length string (a blank one passes).
Status nonempty(std::string_view value, const char* operation, const char* what) {
  if (!value.empty()) return {};
  return make_error("SPICE(EMPTYSTRING)", std::string("String \"") + what + "\" has length zero.")
      .within(operation);
}

}  // namespace

Result<std::optional<std::vector<double>>> gdpool(const Pool& pool, std::string_view name, int start, int room) {
  SC_TRY(nonempty(name, "gdpool_c", "name"));
  SC_TRY(check_room(room, name));
  const Variable* v = pool.find(name);
  if (v == nullptr || v->type != VarType::Numeric) return std::optional<std::vector<double>>();
  return std::optional(window(v->numbers, start, room));
}

Result<std::optional<std::vector<int>>> gipool(const Pool& pool, std::string_view name, int start, int room) {
  SC_TRY(nonempty(name, "gipool_c", "name"));
  SC_TRY(check_room(room, name));
  const Variable* v = pool.find(name);
  if (v == nullptr || v->type != VarType::Numeric) return std::optional<std::vector<int>>();
  std::vector<int> out;
  for (double d : window(v->numbers, start, room)) {
    // CSPICE rounds to the nearest integer (halves away from zero) and refuses what cannot fit.
    double r = std::round(d);
    if (!(r >= std::numeric_limits<int>::min() && r <= std::numeric_limits<int>::max())) {
      return make_error("SPICE(INTOUTOFRANGE)", "The value " + std::to_string(d) + " of kernel variable " +
                                                    std::string(name) + " does not fit in an integer.");
    }
    out.push_back(static_cast<int>(r));
  }
  return std::optional(std::move(out));
}

Result<std::optional<std::vector<std::string>>> gcpool(const Pool& pool, std::string_view name, int start, int room) {
  SC_TRY(nonempty(name, "gcpool_c", "name"));
  SC_TRY(check_room(room, name));
  const Variable* v = pool.find(name);
  if (v == nullptr || v->type != VarType::Character) return std::optional<std::vector<std::string>>();
  return std::optional(window(v->strings, start, room));
}

Result<std::optional<std::vector<std::string>>> gnpool(const Pool& pool, std::string_view pattern, int start,
                                                       int room) {
  SC_TRY(nonempty(pattern, "gnpool_c", "name"));
  SC_TRY(check_room(room, pattern));
  auto names = pool.match(pattern);
  if (names.empty()) return std::optional<std::vector<std::string>>();
  // Pool::match already lists names in CSPICE's order, so `start`/`room` pick CSPICE's window.
  return std::optional(window(names, start, room));
}

std::optional<VariableShape> shape_of(const Pool& pool, std::string_view name) {
  const Variable* v = pool.find(name);
  if (v == nullptr) return std::nullopt;
  return VariableShape{v->size(), v->type == VarType::Numeric ? 'N' : 'C'};
}

Result<std::optional<VariableShape>> dtpool(const Pool& pool, std::string_view name) {
  SC_TRY(nonempty(name, "dtpool_c", "name"));
  return shape_of(pool, name);
}

Result<bool> expool(const Pool& pool, std::string_view name) {
  SC_TRY(nonempty(name, "expool_c", "name"));
  const Variable* v = pool.find(name);
  return v != nullptr && v->type == VarType::Numeric;
}

Status pdpool(Pool& pool, std::string_view name, std::span<const double> values) {
  Variable v;
  v.type = VarType::Numeric;
  v.numbers.assign(values.begin(), values.end());
  return pool.put(name, std::move(v));
}

Status pipool(Pool& pool, std::string_view name, std::span<const int> values) {
  Variable v;
  v.type = VarType::Numeric;
  v.numbers.assign(values.begin(), values.end());
  return pool.put(name, std::move(v));
}

Status pcpool(Pool& pool, std::string_view name, std::span<const std::string> values) {
  Variable v;
  v.type = VarType::Character;
  v.strings.assign(values.begin(), values.end());
  return pool.put(name, std::move(v));
}

Status swpool(Pool& pool, std::string_view agent, std::span<const std::string> names) {
  SC_TRY(nonempty(agent, "swpool_c", "agent"));
  pool.watchers().watch(agent, names);
  return {};
}

Result<bool> cvpool(Pool& pool, std::string_view agent) {
  SC_TRY(nonempty(agent, "cvpool_c", "agent"));
  return pool.watchers().check(agent);
}

Status dvpool(Pool& pool, std::string_view name) {
  SC_TRY(nonempty(name, "dvpool_c", "name"));
  pool.erase(name);
  return {};
}

}  // namespace sc::pool
