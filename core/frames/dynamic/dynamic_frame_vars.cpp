// Dynamic frame keywords (see dynamic_frame_vars.hpp).
#include "frames/dynamic/dynamic_frame_vars.hpp"

#include <cctype>

#include "frames/frame_registry.hpp"
#include "frames/frame_text.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames::dynamic {
namespace {

constexpr std::size_t kMaxName = 32;

struct Found {
  std::string var;
  pool::VariableShape shape;
};

std::string var_name(std::string_view middle, std::string_view item) {
  return "FRAME_" + std::string(middle) + "_" + std::string(item);
}

// The look-up every ZZDYN* routine starts with; nullopt when neither name is present (or the
// name form is too long to look up, which the optional readers treat as absent).
Result<std::optional<Found>> look_up(const FrameKeys& f, std::string_view item, bool required) {
  const std::string by_id = var_name(text::int_text(f.id), item);
  const std::string by_name = var_name(text::rtrim(f.name), item);
  const bool id_fits = by_id.size() <= kMaxName;
  const bool name_fits = by_name.size() <= kMaxName;
  if (id_fits) {
    if (auto shape = pool::shape_of(f.ctx.pool(), by_id)) return std::optional(Found{by_id, *shape});
  }
  if (!id_fits && !name_fits) {
    return make_error("SPICE(VARNAMETOOLONG)", "Kernel variable " + by_id + " has length " +
                                                   std::to_string(by_id.size()) + "; kernel variable " + by_name +
                                                   " has length " + std::to_string(by_name.size()) +
                                                   "; maximum allowed length is 32. Neither variable could be "
                                                   "searched for in the kernel pool.");
  }
  if (!name_fits) {
    if (!required) return std::optional<Found>();
    return make_error("SPICE(KERNELVARNOTFOUND)",
                      "Kernel variable " + by_id + " was expected to be present in the kernel pool but was not "
                      "found. The alternative form " + by_name + " was not searched for because it is longer than "
                      "32 characters. One of these variables is needed to define the parameterized dynamic frame " +
                          f.name + ".");
  }
  if (auto shape = pool::shape_of(f.ctx.pool(), by_name)) return std::optional(Found{by_name, *shape});
  if (!required) return std::optional<Found>();
  if (!id_fits) {
    return make_error("SPICE(KERNELVARNOTFOUND)",
                      "Kernel variable " + by_name + " was expected to be present in the kernel pool but was not "
                      "found. The alternative form " + by_id + " was not searched for because it is longer than "
                      "32 characters. One of these variables is needed to define the parameterized dynamic frame " +
                          f.name + ".");
  }
  return make_error("SPICE(KERNELVARNOTFOUND)",
                    "At least one of the kernel variables " + by_id + " or " + by_name +
                        " was expected to be present in the kernel pool but neither was found. One of these "
                        "variables is needed to define the parameterized dynamic frame " + f.name +
                        ". Usually this type of problem is due to a missing keyword assignment in a frame kernel.");
}

Error wrong_type(const Found& v, const FrameKeys& f, const char* expected) {
  return make_error("SPICE(BADVARIABLETYPE)", "The kernel variable " + v.var + " used to define frame " + f.name +
                                                  " was expected to have " + expected + " data type but has " +
                                                  (v.shape.type == 'C' ? "character" : "numeric") + " data type.");
}

Error too_many(const Found& v, const FrameKeys& f, int max_values) {
  return make_error("SPICE(BADVARIABLESIZE)", "The kernel variable " + v.var + " used to define frame " + f.name +
                                                  " was expected to have size not exceeding " +
                                                  std::to_string(max_values) + " but in fact has size " +
                                                  std::to_string(v.shape.n) + ".");
}

Result<std::vector<std::string>> strings_of(const FrameKeys& f, const Found& v, int max_values) {
  if (v.shape.type == 'N') return wrong_type(v, f, "character");
  if (v.shape.n > static_cast<std::size_t>(max_values)) return too_many(v, f, max_values);
  SC_TRY_ASSIGN(auto&& values, pool::gcpool(f.ctx.pool(), v.var, 0, max_values));
  return std::move(*values);
}

Result<std::vector<double>> numbers_of(const FrameKeys& f, const Found& v, int max_values) {
  if (v.shape.type == 'C') return wrong_type(v, f, "double precision");
  if (v.shape.n > static_cast<std::size_t>(max_values)) return too_many(v, f, max_values);
  SC_TRY_ASSIGN(auto&& values, pool::gdpool(f.ctx.pool(), v.var, 0, max_values));
  return std::move(*values);
}

// BEINT + PRSINT for ZZDYNFID's fallback: an optionally signed decimal integer.
std::optional<int> integer_text(std::string_view s) {
  s = text::ltrim(text::rtrim(s));
  if (s.empty()) return std::nullopt;
  std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  if (i == s.size()) return std::nullopt;
  long long value = 0;
  for (std::size_t k = i; k < s.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(s[k]))) return std::nullopt;
    value = value * 10 + (s[k] - '0');
    if (value > 2147483648LL) return std::nullopt;
  }
  if (s[0] == '-') value = -value;
  if (value > 2147483647LL) return std::nullopt;
  return static_cast<int>(value);
}

}  // namespace

std::string squeeze_upper(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

Result<std::vector<std::string>> required_strings(const FrameKeys& f, std::string_view item, int max_values) {
  SC_TRY_ASSIGN(auto&& v, look_up(f, item, true));
  return strings_of(f, *v, max_values);
}

Result<std::string> required_string(const FrameKeys& f, std::string_view item) {
  SC_TRY_ASSIGN(auto&& values, required_strings(f, item, 1));
  return values.empty() ? std::string() : values[0];
}

Result<std::optional<std::string>> optional_string(const FrameKeys& f, std::string_view item) {
  SC_TRY_ASSIGN(auto&& v, look_up(f, item, false));
  if (!v) return std::optional<std::string>();
  SC_TRY_ASSIGN(auto&& values, strings_of(f, *v, 1));
  return std::optional(values.empty() ? std::string() : values[0]);
}

Result<std::vector<double>> required_numbers(const FrameKeys& f, std::string_view item, int max_values) {
  SC_TRY_ASSIGN(auto&& v, look_up(f, item, true));
  return numbers_of(f, *v, max_values);
}

Result<std::optional<double>> optional_number(const FrameKeys& f, std::string_view item) {
  SC_TRY_ASSIGN(auto&& v, look_up(f, item, false));
  if (!v) return std::optional<double>();
  SC_TRY_ASSIGN(auto&& values, numbers_of(f, *v, 1));
  return std::optional(values.empty() ? 0.0 : values[0]);
}

Result<std::vector<int>> required_integers(const FrameKeys& f, std::string_view item, int max_values) {
  SC_TRY_ASSIGN(auto&& v, look_up(f, item, true));
  if (v->shape.type == 'C') return wrong_type(*v, f, "numeric");
  if (v->shape.n > static_cast<std::size_t>(max_values)) return too_many(*v, f, max_values);
  SC_TRY_ASSIGN(auto&& values, pool::gipool(f.ctx.pool(), v->var, 0, max_values));
  return std::move(*values);
}

Result<int> body_keyword(const FrameKeys& f, std::string_view item) {
  SC_TRY_ASSIGN(auto&& v, look_up(f, item, true));
  if (v->shape.n > 1) return too_many(*v, f, 1);
  if (v->shape.type == 'C') {
    SC_TRY_ASSIGN(auto&& values, pool::gcpool(f.ctx.pool(), v->var, 0, 1));
    const std::string body = (*values)[0];
    auto code = f.ctx.body_names().string_to_code(body, f.ctx.pool());
    if (!code) {
      return make_error("SPICE(NOTRANSLATION)", "Body name " + std::string(text::rtrim(body)) +
                                                    " could not be translated to an ID code.");
    }
    return *code;
  }
  SC_TRY_ASSIGN(auto&& values, pool::gipool(f.ctx.pool(), v->var, 0, 1));
  return (*values)[0];
}

Result<int> frame_keyword(const FrameKeys& f, std::string_view item) {
  SC_TRY_ASSIGN(auto&& v, look_up(f, item, true));
  if (v->shape.n > 1) return too_many(*v, f, 1);
  if (v->shape.type == 'C') {
    SC_TRY_ASSIGN(auto&& values, pool::gcpool(f.ctx.pool(), v->var, 0, 1));
    const std::string name = text::fit((*values)[0]);
    SC_TRY_ASSIGN(auto&& code, namfrm_checked(f.ctx, name));
    if (code) return *code;
    if (auto number = integer_text(name)) return *number;
    return make_error("SPICE(NOTRANSLATION)", "The kernel variable " + v->var + " used to define frame " + f.name +
                                                  " is assigned the character value " + name +
                                                  ". This value was expected to be a reference frame name, but "
                                                  "NAMFRM cannot translate this name to a frame ID code.");
  }
  SC_TRY_ASSIGN(auto&& values, pool::gipool(f.ctx.pool(), v->var, 0, 1));
  return (*values)[0];
}

}  // namespace sc::frames::dynamic
