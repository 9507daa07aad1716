#include "bodies/body_names.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <span>

#include "bodies/builtin_body_table.hpp"

namespace sc::bodies {
namespace {

constexpr std::string_view kPoolNameVar = "NAIF_BODY_NAME";
constexpr std::string_view kPoolCodeVar = "NAIF_BODY_CODE";

// A normalized name held without touching the heap: the pool is re-scanned on every lookup, so
// comparing its names must stay cheap.
struct NameKey {
  std::array<char, kMaxNameLength> chars{};
  std::size_t length = 0;
  std::string_view view() const { return {chars.data(), length}; }
};

// CSPICE's LJUCRS(1, ...) into a MAXL-long buffer: a single pass that skips leading blanks, keeps
// the first blank of each interior run, upper-cases ASCII letters and stops once 36 characters
// are out. Because it stops there, truncation happens after compression, not before.
NameKey make_key(std::string_view name) {
  NameKey key;
  std::size_t blanks = 0;
  for (char c : name) {
    if (key.length == 0 && c == ' ') continue;
    if (c == ' ') {
      if (++blanks > 1) continue;
    } else {
      blanks = 0;
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    key.chars[key.length++] = c;
    if (key.length == kMaxNameLength) break;
  }
  // Fortran ignores trailing blanks in comparisons; drop the one a trailing blank run leaves.
  while (key.length > 0 && key.chars[key.length - 1] == ' ') --key.length;
  return key;
}

std::string_view trim_trailing_blanks(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A name as CSPICE stores it: copied into a CHARACTER*(MAXL) slot (cut at 36), and handed back
// by the C wrappers without trailing blanks. Leading blanks and case are kept.
std::string_view stored_spelling(std::string_view name) {
  return trim_trailing_blanks(name.substr(0, kMaxNameLength));
}

bool is_blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

// BEINT: optional sign immediately followed by digits, with only blanks around. The value is then
// converted the way NPARSI does it: found only if it fits in a 32-bit INTEGER.
std::optional<int> parse_integer_string(std::string_view s) {
  const auto first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return std::nullopt;
  s = trim_trailing_blanks(s.substr(first));
  bool negative = false;
  if (s.front() == '+' || s.front() == '-') {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  long long value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > static_cast<long long>(INT_MAX) + 1) return std::nullopt;  // beyond any int
  }
  if (negative) value = -value;
  if (value < INT_MIN || value > INT_MAX) return std::nullopt;
  return static_cast<int>(value);
}

// Precomputed look-ups over the immutable built-in table, built once on first use.
struct BuiltinIndex {
  std::span<const BuiltinBody> bodies = builtin_bodies();
  std::vector<std::string> keys;                               // parallel to bodies
  std::unordered_map<std::string_view, std::size_t> by_key;    // keys are unique in the table
  std::unordered_map<int, std::vector<std::size_t>> by_code;   // ascending table positions

  BuiltinIndex() {
    keys.reserve(bodies.size());
    for (const BuiltinBody& body : bodies) keys.emplace_back(make_key(body.name).view());
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      by_key[keys[i]] = i;  // a later duplicate would win, as in CSPICE (there are none)
      by_code[bodies[i].code].push_back(i);
    }
  }
};

const BuiltinIndex& builtin_index() {
  static const BuiltinIndex index;  // immutable after construction; C++11 guarantees safe init
  return index;
}

}  // namespace

// The NAIF_BODY_NAME / NAIF_BODY_CODE pair, validated the way CSPICE's ZZBODKER does. Views into
// the pool: valid only while the pool is not modified (i.e. for the duration of one look-up).
struct BodyNames::PoolView {
  std::span<const std::string> names;
  std::span<const double> codes;

  std::size_t size() const { return names.size(); }
  int code(std::size_t i) const { return static_cast<int>(std::round(codes[i])); }  // gipool rounds
  NameKey key(std::size_t i) const { return make_key(names[i].substr(0, kMaxNameLength)); }

  bool has_key(std::string_view key) const {
    for (std::size_t i = 0; i < size(); ++i) {
      if (this->key(i).view() == key) return true;
    }
    return false;
  }
};

Result<std::optional<BodyNames::PoolView>> BodyNames::read_pool(const pool::Pool& pool) {
  const pool::Variable* names = pool.find(kPoolNameVar);
  const pool::Variable* codes = pool.find(kPoolCodeVar);
  // gcpool / gipool only "find" a variable of their own type.
  if (names != nullptr && names->type != pool::VarType::Character) names = nullptr;
  if (codes != nullptr && codes->type != pool::VarType::Numeric) codes = nullptr;

  // gipool converts while fetching, so a code that is no integer fails before anything else.
  if (codes != nullptr) {
    const std::size_t fetched = std::min(codes->numbers.size(), kMaxPoolMappings);
    for (std::size_t i = 0; i < fetched; ++i) {
      const double rounded = std::round(codes->numbers[i]);
      if (!(rounded >= static_cast<double>(INT_MIN) && rounded <= static_cast<double>(INT_MAX))) {
        return make_error("SPICE(INTOUTOFRANGE)",
                          "The value of element " + std::to_string(i + 1) + " of the kernel "
                          "variable NAIF_BODY_CODE, " + std::to_string(codes->numbers[i]) +
                          ", is outside the range of integers.");
      }
    }
  }

  if ((names == nullptr) != (codes == nullptr)) {
    const std::string_view absent = names == nullptr ? kPoolNameVar : kPoolCodeVar;
    const std::string_view present = names == nullptr ? kPoolCodeVar : kPoolNameVar;
    return make_error("SPICE(MISSINGKPV)",
                      "The kernel pool vector, " + std::string(absent) + ", used in mapping "
                      "between names and ID-codes is absent, while " + std::string(present) +
                      " is not. This is often due to an improperly constructed text kernel. "
                      "Check loaded kernels for these keywords.");
  }
  if (names == nullptr) return std::optional<BodyNames::PoolView>{};

  const std::size_t n_names = names->strings.size();
  const std::size_t n_codes = codes->numbers.size();
  if (n_names > kMaxPoolMappings || n_codes > kMaxPoolMappings) {
    return make_error("SPICE(KERVARTOOBIG)",
                      "The kernel pool vectors used to define the names/ID-codes mapping exceed "
                      "the max size. The size of the NAME vector is " + std::to_string(n_names) +
                      ". The size of the CODE vector is " + std::to_string(n_codes) +
                      ". The max number allowed of elements is " +
                      std::to_string(kMaxPoolMappings) + ".");
  }
  if (n_names != n_codes) {
    return make_error("SPICE(BADDIMENSIONS)",
                      "The kernel pool vectors used for mapping between names and ID-codes are "
                      "not the same size. The size of the name vector, NAIF_BODY_NAME is " +
                      std::to_string(n_names) + ". The size of the ID-code vector, "
                      "NAIF_BODY_CODE is " + std::to_string(n_codes) + ".");
  }
  for (std::size_t i = 0; i < n_names; ++i) {
    // CSPICE tests the name after fetching it into a MAXL-long buffer.
    if (is_blank(std::string_view(names->strings[i]).substr(0, kMaxNameLength))) {
      return make_error("SPICE(BLANKNAMEASSIGNED)",
                        "An attempt to assign the code, " + std::to_string(i + 1) +
                        ", to a blank string was made. Check loaded text kernels for a blank "
                        "string in the NAIF_BODY_NAME array.");
    }
  }
  return std::optional<BodyNames::PoolView>{BodyNames::PoolView{names->strings, codes->numbers}};
}

namespace {

Error empty_string_error(std::string_view what) {
  return make_error("SPICE(EMPTYSTRING)",
                    "String \"" + std::string(what) + "\" has length zero.");
}

}  // namespace

std::string normalize_body_name(std::string_view name) { return std::string(make_key(name).view()); }

// ---- built-in + boddef layer -------------------------------------------------------------------

std::optional<BodyNames::Location> BodyNames::find_name(std::string_view key) const {
  for (std::size_t i = added_.size(); i-- > 0;) {
    if (added_[i].key == key) return Location{true, i};
  }
  const BuiltinIndex& builtin = builtin_index();
  if (auto it = builtin.by_key.find(key); it != builtin.by_key.end()) {
    // A removed built-in's name always lives on in added_ (found above), so this only guards.
    if (!removed_builtins_.contains(it->second)) return Location{false, it->second};
  }
  return std::nullopt;
}

std::optional<BodyNames::Location> BodyNames::find_code(int code) const {
  // Names are unique across the layer, so no later entry can mask this one's name: the latest
  // entry carrying the code is the answer.
  for (std::size_t i = added_.size(); i-- > 0;) {
    if (added_[i].code == code) return Location{true, i};
  }
  const BuiltinIndex& builtin = builtin_index();
  if (auto it = builtin.by_code.find(code); it != builtin.by_code.end()) {
    for (auto pos = it->second.rbegin(); pos != it->second.rend(); ++pos) {
      if (!removed_builtins_.contains(*pos)) return Location{false, *pos};
    }
  }
  return std::nullopt;
}

std::string_view BodyNames::name_at(Location loc) const {
  if (loc.added) return added_[loc.index].name;
  if (auto it = renamed_builtins_.find(loc.index); it != renamed_builtins_.end()) return it->second;
  return builtin_index().bodies[loc.index].name;
}

std::string_view BodyNames::key_at(Location loc) const {
  return loc.added ? std::string_view(added_[loc.index].key)
                   : std::string_view(builtin_index().keys[loc.index]);
}

int BodyNames::code_at(Location loc) const {
  return loc.added ? added_[loc.index].code : builtin_index().bodies[loc.index].code;
}

std::size_t BodyNames::size() const {
  return builtin_index().bodies.size() - removed_builtins_.size() + added_.size();
}

Status BodyNames::define(std::string_view name, int code) {
  if (name.empty()) return empty_string_error("name");
  if (is_blank(name)) {
    return make_error("SPICE(BLANKNAMEASSIGNED)",
                      "An attempt to assign the code, " + std::to_string(code) +
                      ", to a blank string was made.");
  }
  const NameKey key = make_key(name);
  const std::string_view spelling = stored_spelling(name);

  if (const auto existing = find_name(key.view())) {
    // Same name already the top mapping of this very code: only the spelling changes, and the
    // entry keeps its place (ZZBODDEF case 1).
    if (find_code(code) == existing) {
      if (existing->added) {
        added_[existing->index].name = std::string(spelling);
      } else if (spelling == builtin_index().bodies[existing->index].name) {
        renamed_builtins_.erase(existing->index);
      } else {
        renamed_builtins_[existing->index] = std::string(spelling);
      }
      return {};
    }
    // Otherwise the old mapping of this name goes away and the new one becomes the most recent
    // (ZZBODDEF case 2): a name never maps to two codes.
    if (existing->added) {
      added_.erase(added_.begin() + static_cast<std::ptrdiff_t>(existing->index));
    } else {
      removed_builtins_.insert(existing->index);
      renamed_builtins_.erase(existing->index);
    }
  } else if (size() >= kMaxDefinitions) {
    return make_error("SPICE(TOOMANYPAIRS)",
                      "There is no room available for adding '" + std::string(name) +
                      "' to the list of name/code pairs. The number of names that can be "
                      "supported is " + std::to_string(kMaxDefinitions) +
                      ". This number has been reached.");
  }
  added_.push_back(Definition{std::string(spelling), std::string(key.view()), code});
  return {};
}

// ---- look-ups ----------------------------------------------------------------------------------

std::optional<int> BodyNames::lookup_name(std::string_view name, const PoolView* kernel) const {
  const NameKey key = make_key(name);
  if (key.length == 0) return std::nullopt;  // no mapping can have a blank name

  if (kernel != nullptr) {
    for (std::size_t i = kernel->size(); i-- > 0;) {  // the last assignment wins
      if (kernel->key(i).view() == key.view()) return kernel->code(i);
    }
  }
  if (const auto loc = find_name(key.view())) return code_at(*loc);
  return std::nullopt;
}

std::optional<std::string> BodyNames::lookup_code(int code, const PoolView* kernel) const {
  if (kernel != nullptr) {
    // The latest pool entry with this code, unless a later entry re-assigned its name to another
    // code (a name maps to one code only, so the earlier pairing is masked).
    std::unordered_set<std::string> later_names;
    for (std::size_t i = kernel->size(); i-- > 0;) {
      const NameKey key = kernel->key(i);
      if (!later_names.emplace(key.view()).second) continue;
      if (kernel->code(i) == code) return std::string(stored_spelling(kernel->names[i]));
    }
  }
  const auto loc = find_code(code);
  if (!loc) return std::nullopt;
  // CSPICE does not fall back to an older built-in/boddef name when the pool re-assigned the
  // newest one: the code then has no name at all.
  if (kernel != nullptr && kernel->has_key(key_at(*loc))) return std::nullopt;
  return std::string(name_at(*loc));
}

Status BodyNames::validate_pool_mappings(const pool::Pool& pool) {
  SC_TRY(read_pool(pool));
  return {};
}

Result<std::optional<int>> BodyNames::name_to_code_checked(std::string_view name,
                                                           const pool::Pool& pool) const {
  if (name.empty()) return empty_string_error("name");
  SC_TRY_ASSIGN(auto&& kernel, read_pool(pool));
  return lookup_name(name, kernel.has_value() ? &*kernel : nullptr);
}

Result<std::optional<int>> BodyNames::string_to_code_checked(std::string_view s,
                                                             const pool::Pool& pool) const {
  auto code = name_to_code_checked(s, pool);
  if (!code || code->has_value()) return code;
  return parse_integer_string(s);
}

Result<std::optional<std::string>> BodyNames::code_to_name_checked(int code,
                                                                   const pool::Pool& pool) const {
  SC_TRY_ASSIGN(auto&& kernel, read_pool(pool));
  return lookup_code(code, kernel.has_value() ? &*kernel : nullptr);
}

Result<std::string> BodyNames::code_to_string_checked(int code, const pool::Pool& pool) const {
  SC_TRY_ASSIGN(auto&& name, code_to_name_checked(code, pool));
  if (name.has_value()) return std::move(*name);
  return std::to_string(code);
}

// The pool's mappings when they are well-formed; the unchecked look-ups ignore a malformed pair.
std::optional<BodyNames::PoolView> BodyNames::usable_pool(const pool::Pool& pool) {
  auto mappings = read_pool(pool);
  if (!mappings) return std::nullopt;
  return *mappings;
}

std::optional<int> BodyNames::name_to_code(std::string_view name, const pool::Pool& pool) const {
  const auto kernel = usable_pool(pool);
  return lookup_name(name, kernel ? &*kernel : nullptr);
}

std::optional<int> BodyNames::string_to_code(std::string_view s, const pool::Pool& pool) const {
  if (const auto code = name_to_code(s, pool)) return code;
  return parse_integer_string(s);
}

std::optional<std::string> BodyNames::code_to_name(int code, const pool::Pool& pool) const {
  const auto kernel = usable_pool(pool);
  return lookup_code(code, kernel ? &*kernel : nullptr);
}

std::string BodyNames::code_to_string(int code, const pool::Pool& pool) const {
  if (auto name = code_to_name(code, pool)) return std::move(*name);
  return std::to_string(code);
}

}  // namespace sc::bodies
