// The kernel pool: every variable loaded from text kernels or put there by pdpool/pipool/pcpool.
// It lives inside a Context (no global pool), so two contexts never see each other's variables.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "errors/result.hpp"
#include "pool/variable.hpp"
#include "pool/watchers.hpp"
#include "util/derived_values.hpp"

namespace sc::pool {

class Pool {
 public:
  const Variable* find(std::string_view name) const;

  // Applies a parsed kernel's statements all-or-nothing: a type clash (`+=` strings onto numbers)
  // fails with SPICE(TYPEMISMATCH) and leaves the pool as it was.
  Status apply(std::span<const Assignment> statements, std::string_view file_name);

  // pdpool / pipool / pcpool: replace (or create) one variable.
  Status put(std::string_view name, Variable value);
  bool erase(std::string_view name);  // dvpool
  void clear();

  // gnpool: names matching a template where '*' matches any run of characters and '%' exactly one,
  // in CSPICE's order: by hash bucket (cspice_hash), then by position in the bucket's chain.
  std::vector<std::string> match(std::string_view pattern) const;

  std::size_t size() const { return vars_.size(); }

  // SWPOOL/CVPOOL's agents: every change above tells the ones watching the names it touches
  // (clear tells all), as CSPICE's pool does.
  Watchers& watchers() { return watchers_; }

  // Changes whenever the variables may have changed (every edit, and every assignment of another
  // pool, which never gives back an earlier number), so values derived from the pool can be kept
  // until it moves on (derived(), below).
  std::uint64_t version() const { return version_; }

  // Values derived from the variables, each kept under the version it was built from
  // (util/derived_values.hpp): text PCK models, the leap-second table.
  const util::DerivedValues& derived() const { return derived_; }

  Pool() = default;
  Pool(const Pool&) = default;
  Pool(Pool&&) = default;
  Pool& operator=(const Pool& other) {
    const std::uint64_t next = std::max(version_, other.version_) + 1;
    vars_ = other.vars_;
    next_arrival_ = other.next_arrival_;
    watchers_ = other.watchers_;
    derived_ = util::DerivedValues();  // the other pool's values are its own; none of ours hold
    version_ = next;
    return *this;
  }
  Pool& operator=(Pool&& other) noexcept {
    const std::uint64_t next = std::max(version_, other.version_) + 1;
    vars_ = std::move(other.vars_);
    next_arrival_ = other.next_arrival_;
    watchers_ = std::move(other.watchers_);
    derived_ = util::DerivedValues();
    version_ = next;
    return *this;
  }

 private:
  // CSPICE appends a new name at the tail of its bucket's chain and never moves a name that is
  // already there (`=`, `+=`, pdpool keep its node); deleting unlinks it. So a name's chain
  // position is fixed by when it last entered the pool: `arrival` records that, and sorting by
  // (bucket, arrival) replays CSPICE's table walk. Arrivals are unique, so the order never depends
  // on unordered_map iteration order.
  struct Slot {
    Variable value;
    std::uint64_t arrival = 0;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  // Creates the variable at the tail of its chain, or replaces the value of an existing one in place.
  void assign(std::string_view name, Variable value);

  std::unordered_map<std::string, Slot, Hash, std::equal_to<>> vars_;
  std::uint64_t next_arrival_ = 0;
  std::uint64_t version_ = 0;
  Watchers watchers_;
  util::DerivedValues derived_;
};

// Validates a variable name for pdpool/pipool/pcpool: non-blank, no embedded blanks, at most 32
// characters (CSPICE's limit), printable.
Status check_variable_name(std::string_view name);

}  // namespace sc::pool
