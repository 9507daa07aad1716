// Body name <-> NAIF ID translation: CSPICE's bodn2c, bods2c, bodc2n, bodc2s and boddef.
//
// Three sources of mappings, highest precedence first (naif_ids.req, "Masking"):
//   1. the kernel pool variables NAIF_BODY_NAME / NAIF_BODY_CODE (parallel arrays; a later entry
//      outranks an earlier one),
//   2. boddef definitions made on this object (the latest outranks earlier ones),
//   3. the built-in table (builtin_body_table.hpp).
// As in CSPICE, boddef does not sit "beside" the built-in table: the built-ins are the initial
// contents of the boddef list, so redefining a built-in name replaces that built-in mapping.
//
// Names compare case-insensitively, ignoring leading/trailing blanks and treating a run of
// interior blanks as one, after which only the first 36 characters count (CSPICE's MAXL).
// Code-to-name translations return the name exactly as it was defined (case and blanks).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::bodies {

inline constexpr std::size_t kMaxNameLength = 36;       // CSPICE MAXL: longer names are truncated
inline constexpr std::size_t kMaxDefinitions = 853;     // CSPICE MAXE: built-in + boddef entries
inline constexpr std::size_t kMaxPoolMappings = 14983;  // CSPICE NROOM: NAIF_BODY_* entries

// CSPICE's equivalence class of a body name (LJUCRS truncated to MAXL): upper-cased (ASCII),
// left-justified, interior blank runs compressed to one blank, cut to 36 characters, trailing
// blanks dropped. Only ' ' counts as a blank, as in CSPICE.
std::string normalize_body_name(std::string_view name);

class BodyNames {
 public:
  // boddef: maps `name` to `code`. Errors: SPICE(EMPTYSTRING) for "", SPICE(BLANKNAMEASSIGNED)
  // for an all-blank name, SPICE(TOOMANYPAIRS) when the built-in + boddef list is full.
  Status define(std::string_view name, int code);

  // The look-ups, with CSPICE's errors. Only these can fail:
  //  - SPICE(EMPTYSTRING) for an empty name (what bodn2c_c / bods2c_c check before translating);
  //  - the pool's NAIF_BODY_NAME / NAIF_BODY_CODE pair is malformed (validate_pool_mappings),
  //    which CSPICE signals again on every look-up while the bad kernel stays loaded.
  // "Not found" is a successful std::nullopt. The contract-facing shim should use these.
  Result<std::optional<int>> name_to_code_checked(std::string_view name,
                                                  const pool::Pool& pool) const;  // bodn2c
  Result<std::optional<int>> string_to_code_checked(std::string_view s,
                                                    const pool::Pool& pool) const;  // bods2c
  Result<std::optional<std::string>> code_to_name_checked(int code,
                                                          const pool::Pool& pool) const;  // bodc2n
  Result<std::string> code_to_string_checked(int code, const pool::Pool& pool) const;  // bodc2s

  // The same look-ups for internal callers that only care whether a translation exists: "" gives
  // std::nullopt, and a malformed pool pair is ignored (the built-in/boddef mappings answer).
  std::optional<int> name_to_code(std::string_view name, const pool::Pool& pool) const;  // bodn2c
  // bods2c: a name, or else a string holding an integer ("399", " -82 ", "+5").
  std::optional<int> string_to_code(std::string_view s, const pool::Pool& pool) const;
  // bodc2n: the name exactly as defined (case and blanks), std::nullopt when the code has none.
  std::optional<std::string> code_to_name(int code, const pool::Pool& pool) const;
  // bodc2s: the name, or else the code's decimal representation.
  std::string code_to_string(int code, const pool::Pool& pool) const;

  // The checks CSPICE applies to NAIF_BODY_NAME / NAIF_BODY_CODE (ZZBODKER): SPICE(MISSINGKPV)
  // when only one of them is present, SPICE(KERVARTOOBIG), SPICE(BADDIMENSIONS) when their sizes
  // differ, SPICE(BLANKNAMEASSIGNED) for a blank name, SPICE(INTOUTOFRANGE) for a code that is no
  // 32-bit integer. CSPICE also runs them right after furnsh loads a text kernel (ZZBODKIK), so a
  // kernel loader may call this to report the error at load time.
  static Status validate_pool_mappings(const pool::Pool& pool);

 private:
  // Where a built-in/boddef mapping lives: an index into builtin_bodies() or into added_.
  struct Location {
    bool added = false;
    std::size_t index = 0;
    bool operator==(const Location&) const = default;
  };
  struct Definition {
    std::string name;  // as given to boddef (truncated to MAXL, trailing blanks dropped)
    std::string key;   // normalize_body_name(name)
    int code = 0;
  };

  struct PoolView;  // the validated NAIF_BODY_NAME / NAIF_BODY_CODE pair
  static Result<std::optional<PoolView>> read_pool(const pool::Pool& pool);
  static std::optional<PoolView> usable_pool(const pool::Pool& pool);
  std::optional<int> lookup_name(std::string_view name, const PoolView* kernel) const;
  std::optional<std::string> lookup_code(int code, const PoolView* kernel) const;

  std::optional<Location> find_name(std::string_view key) const;
  std::optional<Location> find_code(int code) const;
  std::string_view name_at(Location loc) const;
  std::string_view key_at(Location loc) const;
  int code_at(Location loc) const;
  std::size_t size() const;

  // Only the boddef edits are stored; the built-in table itself is shared immutable data.
  // Invariant (as in CSPICE): no two live entries share a normalized name, so "the latest entry
  // with this code" is always the bodc2n answer within this layer.
  std::vector<Definition> added_;                          // appended entries, oldest first
  std::unordered_set<std::size_t> removed_builtins_;       // built-ins a redefinition moved away
  std::unordered_map<std::size_t, std::string> renamed_builtins_;  // new spelling, same key/code
};

}  // namespace sc::bodies
