#include "pool/pool.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>

#include "pool/cspice_hash.hpp"

namespace sc::pool {
namespace {

constexpr std::size_t kMaxNameLength = 32;  // CSPICE's MAXLEN for pool variable names

char upper(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }

// gnpool uses CSPICE's MATCHI semantics: case-insensitive, '*' any run, '%' one character.
// Iterative with one backtrack point, so hostile patterns stay linear-ish instead of exponential.
bool wildcard_match(std::string_view text, std::string_view pattern) {
  std::size_t t = 0, p = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '%' || upper(pattern[p]) == upper(text[t]))) {
      ++t;
      ++p;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

const char* type_name(VarType t) { return t == VarType::Numeric ? "numeric" : "character"; }

}  // namespace

const Variable* Pool::find(std::string_view name) const {
  auto it = vars_.find(name);
  return it == vars_.end() ? nullptr : &it->second.value;
}

void Pool::assign(std::string_view name, Variable value) {
  ++version_;
  if (auto it = vars_.find(name); it != vars_.end()) {
    it->second.value = std::move(value);  // keeps its chain position, as CSPICE's ZZGPNM/ZZRVAR do
    return;
  }
  vars_.emplace(std::string(name), Slot{std::move(value), next_arrival_++});
}

Status Pool::apply(std::span<const Assignment> statements, std::string_view file_name) {
  // First pass: find type clashes against the pool as it will be at each statement, without
  // touching it, so a failing kernel leaves no partial state.
  std::unordered_map<std::string_view, VarType> pending;
  for (const auto& s : statements) {
    auto type = s.value.type;
    if (s.append) {
      std::optional<VarType> existing;
      if (auto p = pending.find(s.name); p != pending.end()) {
        existing = p->second;
      } else if (const Variable* v = find(s.name)) {
        existing = v->type;
      }
      if (existing && *existing != type) {
        return make_error("SPICE(TYPEMISMATCH)",
                          "The kernel variable " + s.name + " in " + std::string(file_name) + " is " +
                              type_name(*existing) + "; `+=` cannot append " + type_name(type) +
                              " values to it.");
      }
    }
    pending[s.name] = type;
  }
  ++version_;
  for (const auto& s : statements) {
    watchers_.notify(s.name);  // LDPOOL posts a notice for every variable a kernel assigns
    auto it = vars_.find(s.name);
    if (!s.append || it == vars_.end()) {
      assign(s.name, s.value);
      continue;
    }
    Variable& v = it->second.value;
    v.numbers.insert(v.numbers.end(), s.value.numbers.begin(), s.value.numbers.end());
    v.strings.insert(v.strings.end(), s.value.strings.begin(), s.value.strings.end());
  }
  return {};
}

Status Pool::put(std::string_view name, Variable value) {
  SC_TRY(check_variable_name(name));
  assign(name, std::move(value));
  watchers_.notify(name);
  return {};
}

bool Pool::erase(std::string_view name) {
  auto it = vars_.find(name);
  if (it == vars_.end()) return false;  // DVPOOL returns quietly, telling no one
  vars_.erase(it);
  watchers_.notify(name);
  ++version_;
  return true;
}

void Pool::clear() {
  watchers_.notify_all();  // CLPOOL keeps the watches and tells every watching agent
  vars_.clear();
  ++version_;
  next_arrival_ = 0;  // only relative order matters, and an empty pool has none
}

std::vector<std::string> Pool::match(std::string_view pattern) const {
  // (bucket, arrival, name): GNPOOL walks buckets 1..MAXVAR and each chain head to tail.
  std::vector<std::tuple<int, std::uint64_t, const std::string*>> hits;
  for (const auto& [name, slot] : vars_) {
    if (wildcard_match(name, pattern)) hits.emplace_back(cspice_hash(name), slot.arrival, &name);
  }
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  std::vector<std::string> names;
  names.reserve(hits.size());
  for (const auto& hit : hits) names.push_back(*std::get<2>(hit));
  return names;
}

Status check_variable_name(std::string_view name) {
  if (name.find_first_not_of(' ') == std::string_view::npos) {
    return make_error("SPICE(EMPTYSTRING)", "A kernel pool variable name must not be blank.");
  }
  if (name.size() > kMaxNameLength) {
    return make_error("SPICE(BADVARNAME)", "The kernel pool variable name '" + std::string(name) +
                                               "' is longer than " + std::to_string(kMaxNameLength) +
                                               " characters.");
  }
  for (char c : name) {
    if (c == ' ' || !std::isprint(static_cast<unsigned char>(c))) {
      return make_error("SPICE(BADVARNAME)", "The kernel pool variable name '" + std::string(name) +
                                                 "' contains a blank or a non-printing character.");
    }
  }
  return {};
}

}  // namespace sc::pool
