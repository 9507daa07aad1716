#include "surface/dsk_method.hpp"

#include <cctype>
#include <charconv>
#include <string>

#include "errors/quoted.hpp"
#include "pool/pool_queries.hpp"

namespace sc::surface {
namespace {

std::string squeeze_upper(std::string_view s) {  // blanks removed, upper case
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

Error syntax(std::string_view method, const std::string& why) {
  return make_error("SPICE(BADMETHODSYNTAX)", why + " The method string was " + quoted(method) + ".");
}

// A surface name for `body` from NAIF_SURFACE_NAME/CODE/BODY (compared without case and blanks).
Result<std::optional<int>> surface_code(const Context& ctx, int body, const std::string& name) {
  SC_TRY_ASSIGN(auto&& names, pool::gcpool(ctx.pool(), "NAIF_SURFACE_NAME", 0, 100000));
  SC_TRY_ASSIGN(auto&& codes, pool::gipool(ctx.pool(), "NAIF_SURFACE_CODE", 0, 100000));
  SC_TRY_ASSIGN(auto&& bodies, pool::gipool(ctx.pool(), "NAIF_SURFACE_BODY", 0, 100000));
  if (!names || !codes || !bodies) return std::optional<int>();
  // The last definition wins, as in CSPICE's surface name tables.
  for (std::size_t i = names->size(); i-- > 0;) {
    if (i < codes->size() && i < bodies->size() && (*bodies)[i] == body && squeeze_upper((*names)[i]) == name) {
      return std::optional<int>((*codes)[i]);
    }
  }
  return std::optional<int>();
}

}  // namespace

Result<ShapeMethod> parse_shape_method(const Context& ctx, int body, std::string_view method) {
  ShapeMethod out;
  int shapes = 0;
  bool unprioritized = false;
  bool have_surfaces = false;
  std::size_t at = 0;
  while (at <= method.size()) {
    const std::size_t slash = method.find('/', at);
    const std::string_view raw = method.substr(at, slash == std::string_view::npos ? std::string_view::npos : slash - at);
    at = slash == std::string_view::npos ? method.size() + 1 : slash + 1;
    const std::string tok = squeeze_upper(raw);
    if (tok.empty()) return syntax(method, "An unexpected slash character or empty token was found.");
    if (tok == "ELLIPSOID") {
      ++shapes;
    } else if (tok == "DSK") {
      ++shapes;
      out.dsk = true;
    } else if (tok == "UNPRIORITIZED") {
      if (unprioritized) return syntax(method, "Extra prioritization keyword was found.");
      unprioritized = true;
    } else if (tok.rfind("SURFACES=", 0) == 0) {
      if (have_surfaces) return syntax(method, "Extra SURFACES keyword was found.");
      have_surfaces = true;
      // The list keeps blanks inside names: re-read it from the raw token.
      const std::size_t eq = raw.find('=');
      std::string_view list = raw.substr(eq + 1);
      if (squeeze_upper(list).empty()) return syntax(method, "The surface list lacks surface names or IDs.");
      std::size_t p = 0;
      while (p <= list.size()) {
        const std::size_t comma = list.find(',', p);
        std::string_view item = list.substr(p, comma == std::string_view::npos ? std::string_view::npos : comma - p);
        p = comma == std::string_view::npos ? list.size() + 1 : comma + 1;
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (item.size() >= 2 && item.front() == '"' && item.back() == '"') item = item.substr(1, item.size() - 2);
        if (item.empty()) return syntax(method, "The surface list contains an empty entry.");
        int code = 0;
        const auto [ptr, ec] = std::from_chars(item.data() + (item.front() == '+' ? 1 : 0), item.data() + item.size(), code);
        if (ec == std::errc() && ptr == item.data() + item.size()) {
          out.surfaces.push_back(code);
          continue;
        }
        SC_TRY_ASSIGN(auto&& named, surface_code(ctx, body, squeeze_upper(item)));
        if (!named) {
          return make_error("SPICE(IDCODENOTFOUND)", "The surface name <" + std::string(item) +
                                                         "> could not be translated to an ID code.");
        }
        out.surfaces.push_back(*named);
      }
    } else {
      return syntax(method, "Unexpected token <" + tok + "> was found.");
    }
  }
  if (shapes != 1) return syntax(method, "The \"method\" or \"shape\" string must contain exactly one of ELLIPSOID or DSK.");
  if (out.dsk && !unprioritized) {
    return make_error("SPICE(BADPRIORITYSPEC)", "The keyword UNPRIORITIZED must be present in the method string " +
                                                    quoted(method) + " when the target shape is DSK.");
  }
  if (!out.dsk && (unprioritized || have_surfaces)) {
    return syntax(method, "Unexpected DSK keywords were found for an ELLIPSOID shape.");
  }
  return out;
}

}  // namespace sc::surface
