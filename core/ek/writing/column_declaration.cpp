#include "ek/writing/column_declaration.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <vector>

#include "pool/cspice_decimal.hpp"

namespace sc::ek::writing {
namespace {

constexpr int kIFalse = -1;

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

// LPARSM with delimiters "," and "=": items between delimiters, blanks around them dropped.
std::vector<std::string> items(std::string_view decl) {
  std::vector<std::string> out;
  if (trim(decl).empty()) return out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= decl.size(); ++i) {
    if (i == decl.size() || decl[i] == ',' || decl[i] == '=') {
      out.push_back(upper(trim(decl.substr(start, i - start))));
      start = i + 1;
    }
  }
  return out;
}

// NPARSI: an integer by NPARSD, which must be integral and within INTEGER's range.
std::optional<int> parse_int(std::string_view text) {
  const auto n = pool::parse_cspice_number(text);
  if (!n || n.value != std::floor(n.value) || n.value < -2147483648.0 || n.value > 2147483647.0) return std::nullopt;
  return static_cast<int>(n.value);
}

std::string without(std::string s, char c) {
  std::erase(s, c);
  return s;
}

Error bad(const std::string& message) { return make_error("SPICE(BADCOLUMNDECL)", message); }

}  // namespace

Result<ColumnDeclaration> parse_declaration(std::string_view decl) {
  static constexpr std::array<std::string_view, 5> kKeys{"DATATYPE", "SIZE", "INDEXED", "NULLS_OK", "FIXED_COUNT"};
  const auto tokens = items(decl);
  const std::string d(decl);
  std::array<int, 5> at{};  // 1-based token position of each keyword, 0 when absent
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t k = 0; k < kKeys.size(); ++k) {
      if (tokens[i] == kKeys[k]) at[k] = static_cast<int>(i) + 1;
    }
  }
  auto after = [&](std::size_t k) -> const std::string* {
    const auto pos = static_cast<std::size_t>(at[k]);
    return pos < tokens.size() ? &tokens[pos] : nullptr;
  };
  if (at[0] == 0) {
    return make_error("SPICE(BADCOLUMDECL)", "Required keyword DATATYPE was not found in column declaration " + d + ".");
  }
  ColumnDeclaration c;
  const std::string* type = after(0);
  if (type == nullptr) {
    return bad("Column data type specification did not follow \"DATATYPE\" keyword in declaration " + d + ".");
  }
  if (*type == "INTEGER") {
    c.type = 3;
  } else if (without(*type, ' ') == "DOUBLEPRECISION") {
    c.type = 2;
  } else if (*type == "TIME") {
    c.type = 4;
  } else if (type->substr(0, 9) == "CHARACTER") {
    c.type = 1;
    const std::string compact = without(without(without(*type, ' '), '('), ')');
    if (compact.size() < 10 || compact[9] != '*') {
      return bad("Required asterisk missing from character column declaration:  " + compact +
                 "  in declaration:  " + d);
    }
    if (compact.size() > 10 && compact[10] == '*') {
      c.length = kIFalse;
    } else {
      const auto n = parse_int(compact.substr(10));
      if (!n) {
        return bad("String length specification " + compact.substr(10) + " didn't parse as an integer in declaration   " +
                   d);
      }
      c.length = *n;
    }
  } else {
    return bad("Data type specification " + *type + " is unrecognized in declaration " + d + ".");
  }
  if (at[1] != 0) {
    const std::string* size = after(1);
    if (size == nullptr) return bad("Column size specification did not follow \"SIZE\" keyword in declaration " + d + ".");
    if (*size == "VARIABLE") {
      if (c.type == 1 && c.length == kIFalse) {
        return bad("Column size specification was VARIABLE for a CHARACTER*(*) column in  declaration " + d + ".");
      }
      c.size = kIFalse;
    } else {
      const auto n = parse_int(*size);
      if (!n) {
        return bad("Column element size  specification " + *size + " didn't parse as an integer in in declaration " + d);
      }
      c.size = *n;
    }
  }
  const int base = c.type == 1 ? 3 : c.type == 3 ? 1 : 2;
  c.column_class = c.size == 1 ? base : base + 3;
  auto boolean = [&](std::size_t k, std::string_view name, std::string_view shown) -> Result<std::optional<bool>> {
    if (at[k] == 0) return std::optional<bool>{};
    const std::string* v = after(k);
    if (v == nullptr) {
      return bad("Boolean value did not follow \"" + std::string(name) + "\" keyword in declaration " + d + ".");
    }
    if (*v == "TRUE") return std::optional<bool>{true};
    if (*v == "FALSE") return std::optional<bool>{false};
    return bad("Invalid token " + *v + " follows " + std::string(shown) + " keyword in declaration " + d + ". ");
  };
  SC_TRY_ASSIGN(auto&& nulls, boolean(3, "NULLS_OK", "NULLS_OK"));
  c.nulls_ok = nulls.value_or(false);
  SC_TRY_ASSIGN(auto&& indexed, boolean(2, "INDEXED", "INDEXED"));
  if (indexed.value_or(false) && c.size != 1) {
    return bad("Non-scalar columns cannot be indexed. Declaration was " + d + ".");
  }
  c.indexed = indexed.value_or(false);
  // FIXED_COUNT: CSPICE's message for a bad value names NULLS_OK (sic).
  SC_TRY_ASSIGN(auto&& fixed, boolean(4, "FIXED_COUNT", "NULLS_OK"));
  if (fixed.value_or(false)) {
    if (c.column_class > 3) return bad("FIXED_COUNT attribute used in non-scalar column declaration " + d + ". ");
    c.column_class += 6;
  }
  return c;
}

Status check_name(std::string_view what, std::string_view kind, std::string_view name, int max_length) {
  const auto last = name.find_last_not_of(' ');
  const int length = last == std::string_view::npos ? 0 : static_cast<int>(last) + 1;
  if (length > max_length) {
    return make_error("SPICE(IDSTRINGTOOLONG)", "The " + std::string(what) + " '" + std::string(name) +
                                                    "' is invalid; the last non-blank character is located at position " +
                                                    std::to_string(length) + "; the maximum allowed length is " +
                                                    std::to_string(max_length) + ".");
  }
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 32 || c > 126) {
      return make_error("SPICE(NONPRINTABLECHARS)", "The " + std::string(what) + " '" + std::string(name) +
                                                        "' is invalid; this string contains a non-printing character (ICHAR = " +
                                                        std::to_string(c) + ") at position " + std::to_string(i + 1) + ".");
    }
  }
  // LXIDNT with LXDFID's default syntax: a letter, then letters, digits, '$' and '_'; the
  // identifier must start at the first character and reach the last non-blank one.
  std::size_t n = 0;
  if (!name.empty() && std::isalpha(static_cast<unsigned char>(name[0]))) {
    n = 1;
    while (n < name.size() && (std::isalnum(static_cast<unsigned char>(name[n])) || name[n] == '$' || name[n] == '_')) ++n;
  }
  if (n == 0 || static_cast<int>(n) < length) {
    return make_error("SPICE(INVALIDNAME)", std::string(kind) + " name <" + std::string(name) + "> violates syntax rules.");
  }
  return {};
}

}  // namespace sc::ek::writing
