// ZZSRFTRN/ZZSRFKER/ZZSRFINI and srfs2c, srfscc, srfc2s, srfcss (see surface_names.hpp).
#include "bodies/surface_names.hpp"

#include <cctype>
#include <cmath>
#include <vector>

#include "pool/cspice_decimal.hpp"
#include "pool/pool_queries.hpp"

namespace sc::bodies {
namespace {

constexpr std::size_t kNameLength = 36;  // ZZSRFTRN's SFNMLN
constexpr std::size_t kMaxSurfaces = 2000;

// LJUCRS(1, text, CHARACTER*36): leading blanks dropped, upper-cased, runs of blanks kept as one,
// cut to 36 characters; trailing blanks do not count (Fortran comparisons pad with blanks).
std::string normalize(std::string_view text) {
  std::string out;
  bool blank = false;
  for (char c : text) {
    if (c == ' ') {
      if (out.empty() || blank) continue;
      blank = true;
      out += ' ';
    } else {
      blank = false;
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (out.size() == kNameLength) break;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Entry {
  std::string name;  // as the kernel gives it, cut to 36 characters
  std::string key;   // normalize(name)
  int code = 0;
  int body = 0;
};

const char* found_text(bool found) { return found ? "found" : "not found"; }

// ZZSRFKER: the validated table, or std::nullopt when none of the three variables exists.
Result<std::optional<std::vector<Entry>>> read_table(const pool::Pool& pool) {
  const auto names = pool::shape_of(pool, "NAIF_SURFACE_NAME");
  const auto codes = pool::shape_of(pool, "NAIF_SURFACE_CODE");
  const auto bodies = pool::shape_of(pool, "NAIF_SURFACE_BODY");
  if (codes.has_value() != names.has_value() || bodies.has_value() != names.has_value()) {
    return make_error("SPICE(BADSURFACEMAP)", std::string("Surface mapping kernel variables are in an inconsistent "
                                                          "state. NAIF_SURFACE_NAME was ") +
                                                  found_text(names.has_value()) + "; NAIF_SURFACE_CODE was " +
                                                  found_text(codes.has_value()) + "; NAIF_SURFACE_BODY was " +
                                                  found_text(bodies.has_value()) + ".");
  }
  if (!names) return std::optional<std::vector<Entry>>{};
  if (names->type != 'C' || codes->type != 'N' || bodies->type != 'N') {
    return make_error("SPICE(BADVARIABLETYPE)", std::string("Surface mapping kernel variable types are: "
                                                            "NAIF_SURFACE_NAME = ") +
                                                    names->type + "; NAIF_SURFACE_CODE = " + codes->type +
                                                    "; NAIF_SURFACE_BODY = " + bodies->type +
                                                    ". These types must be, respectively, 'C', 'N', 'N'.");
  }
  if (names->n > kMaxSurfaces || codes->n > kMaxSurfaces || bodies->n > kMaxSurfaces) {
    return make_error("SPICE(TOOMANYSURFACES)",
                      "Surface mapping kernel variable sizes are: NAIF_SURFACE_NAME = " + std::to_string(names->n) +
                          "; NAIF_SURFACE_CODE = " + std::to_string(codes->n) + "; NAIF_SURFACE_BODY = " +
                          std::to_string(bodies->n) + ". Maximum allowed size is 2000.");
  }
  if (codes->n != names->n || bodies->n != names->n) {
    return make_error("SPICE(ARRAYSIZEMISMATCH)",
                      "Surface variable sizes do not match. Size of NAIF_SURFACE_NAME is " + std::to_string(names->n) +
                          "; size of NAIF_SURFACE_CODE is " + std::to_string(codes->n) +
                          "; size of NAIF_SURFACE_BODY is " + std::to_string(bodies->n) + ".");
  }
  const int room = static_cast<int>(kMaxSurfaces);
  SC_TRY_ASSIGN(const auto name_values, pool::gcpool(pool, "NAIF_SURFACE_NAME", 0, room));
  SC_TRY_ASSIGN(const auto code_values, pool::gipool(pool, "NAIF_SURFACE_CODE", 0, room));
  SC_TRY_ASSIGN(const auto body_values, pool::gipool(pool, "NAIF_SURFACE_BODY", 0, room));
  std::vector<Entry> table;
  for (std::size_t i = 0; i < names->n; ++i) {
    Entry e;
    e.name = std::string((*name_values)[i].substr(0, kNameLength));
    while (!e.name.empty() && e.name.back() == ' ') e.name.pop_back();
    if (e.name.find_first_not_of(' ') == std::string::npos) {
      return make_error("SPICE(BLANKNAMEASSIGNED)",
                        "An attempt to assign the code, " + std::to_string(i + 1) +
                            ", to a blank string was made.  Check loaded text kernels for a blank string in the "
                            "NAIF_SURFACE_NAME array.");
    }
    e.key = normalize(e.name);
    e.code = (*code_values)[i];
    e.body = (*body_values)[i];
    table.push_back(std::move(e));
  }
  return std::optional<std::vector<Entry>>{std::move(table)};
}

// ZZSRFINI's precedence, walked from the last entry back: an entry is registered only if no later
// entry has its (name, body); its (code, body) only if no later registered entry has it.
bool name_masked(const std::vector<Entry>& table, std::size_t i) {
  for (std::size_t j = i + 1; j < table.size(); ++j) {
    if (table[j].key == table[i].key && table[j].body == table[i].body) return true;
  }
  return false;
}

// NPARSI: NPARSD's number, refused beyond the 32-bit integers, then truncated.
std::optional<int> integer_string(std::string_view text) {
  const pool::CspiceNumber n = pool::parse_cspice_number(text);
  if (!n) return std::nullopt;
  const double whole = std::trunc(n.value);
  if (whole < -2147483648.0 || whole > 2147483647.0) return std::nullopt;
  return static_cast<int>(n.value);
}

Status check_nonempty(std::string_view value, const char* name) {
  if (value.empty()) return make_error("SPICE(EMPTYSTRING)", std::string("String \"") + name + "\" has length zero.");
  return {};
}

}  // namespace

Result<std::optional<int>> surface_code_checked(const pool::Pool& pool, std::string_view name, int body) {
  SC_TRY_ASSIGN(const auto table, read_table(pool));
  if (!table) return std::optional<int>{};
  const std::string key = normalize(name);
  for (std::size_t i = table->size(); i-- > 0;) {
    const Entry& e = (*table)[i];
    if (e.key == key && e.body == body) return std::optional<int>{e.code};
  }
  return std::optional<int>{};
}

Result<std::optional<std::string>> surface_name_checked(const pool::Pool& pool, int code, int body) {
  SC_TRY_ASSIGN(const auto table, read_table(pool));
  if (!table) return std::optional<std::string>{};
  for (std::size_t i = table->size(); i-- > 0;) {
    const Entry& e = (*table)[i];
    if (e.code == code && e.body == body && !name_masked(*table, i)) return std::optional<std::string>{e.name};
  }
  return std::optional<std::string>{};
}

std::optional<int> surface_code(const pool::Pool& pool, std::string_view name, int body) {
  auto r = surface_code_checked(pool, name, body);
  return r ? *r : std::nullopt;
}

std::optional<std::string> surface_name(const pool::Pool& pool, int code, int body) {
  auto r = surface_name_checked(pool, code, body);
  return r ? std::move(*r) : std::nullopt;
}

Result<std::optional<int>> srfs2c(const pool::Pool& pool, const BodyNames& names, std::string_view srfstr,
                                  std::string_view bodstr) {
  SC_TRY(check_nonempty(srfstr, "srfstr"));
  SC_TRY(check_nonempty(bodstr, "bodstr"));
  SC_TRY_ASSIGN(const std::optional<int> body, names.string_to_code_checked(bodstr, pool));
  if (!body) return std::optional<int>{};
  return srfscc(pool, srfstr, *body);
}

Result<std::optional<int>> srfscc(const pool::Pool& pool, std::string_view srfstr, int bodyid) {
  SC_TRY(check_nonempty(srfstr, "srfstr"));
  SC_TRY_ASSIGN(const std::optional<int> code, surface_code_checked(pool, srfstr, bodyid));
  if (code) return code;
  return integer_string(srfstr);
}

Result<SurfaceString> srfc2s(const pool::Pool& pool, int code, int bodyid) {
  SC_TRY_ASSIGN(std::optional<std::string> name, surface_name_checked(pool, code, bodyid));
  if (name) return SurfaceString{std::move(*name), true};
  return SurfaceString{std::to_string(code), false};
}

Result<SurfaceString> srfcss(const pool::Pool& pool, const BodyNames& names, int code, std::string_view bodstr) {
  SC_TRY(check_nonempty(bodstr, "bodstr"));
  SC_TRY_ASSIGN(const std::optional<int> body, names.string_to_code_checked(bodstr, pool));
  if (!body) return SurfaceString{std::to_string(code), false};
  return srfc2s(pool, code, *body);
}

}  // namespace sc::bodies
