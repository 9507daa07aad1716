#include "bodies/body_constants.hpp"

#include <cctype>
#include <string>

namespace sc::bodies {
namespace {

// CSPICE builds the name from the item in upper case: BODY399_RADII.
std::string variable_name(int body, std::string_view item) {
  std::string name = "BODY" + std::to_string(body) + "_";
  for (char c : item) {
    if (c != ' ') name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return name;
}

}  // namespace

bool bodfnd(const pool::Pool& pool, int body, std::string_view item) {
  return pool.find(variable_name(body, item)) != nullptr;
}

Result<std::vector<double>> bodvcd(const pool::Pool& pool, int body, std::string_view item, int maxn) {
  const std::string name = variable_name(body, item);
  const pool::Variable* v = pool.find(name);
  if (v == nullptr) {
    return make_error("SPICE(KERNELVARNOTFOUND)",
                      "The variable " + name + " could not be found in the kernel pool.");
  }
  if (v->type != pool::VarType::Numeric) {
    return make_error("SPICE(TYPEMISMATCH)", "The kernel variable " + name + " holds strings, not numbers.");
  }
  if (maxn < static_cast<int>(v->numbers.size())) {
    return make_error("SPICE(ARRAYTOOSMALL)", "The kernel variable " + name + " has " +
                                                  std::to_string(v->numbers.size()) + " values, but room for only " +
                                                  std::to_string(maxn) + " was given.");
  }
  return v->numbers;
}

Result<std::vector<double>> bodvrd(const pool::Pool& pool, const BodyNames& names, std::string_view body,
                                   std::string_view item, int maxn) {
  auto code = names.string_to_code(body, pool);
  if (!code) {
    return make_error("SPICE(NOTRANSLATION)",
                      "The body name '" + std::string(body) + "' could not be translated to a NAIF ID code.");
  }
  return bodvcd(pool, *code, item, maxn);
}

}  // namespace sc::bodies
