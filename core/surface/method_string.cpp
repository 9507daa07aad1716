// ZZPRSMET / ZZLEXMET: see method_string.hpp.
#include "surface/method_string.hpp"

#include <cstdlib>
#include <optional>

#include "errors/quoted.hpp"
#include "geometry/abcorr.hpp"
#include "bodies/surface_names.hpp"
#include "surface/ljucrs.hpp"

namespace sc::surface {
namespace {

constexpr int kMaxSurfaces = 100;  // MXNSRF, as every caller passes it
constexpr int kMaxTokens = 100;    // ZZPRSMET's token room (MAXTOK)

Error syntax(std::string text, std::string_view method) {
  return make_error("SPICE(BADMETHODSYNTAX)", std::move(text) + " The method string is " + quoted(method) + ".");
}

// ZZLEXMET: tokens delimited by ' ', '/', ',', '=', ':' (each delimiter but the blank is a token of
// its own); a double-quoted string (a doubled quote inside it stands for one) is one token,
// quotes included.
Result<std::vector<std::string>> lex(const std::string& s) {
  std::vector<std::string> tokens;
  auto push = [&](std::string token) -> Status {
    if (static_cast<int>(tokens.size()) >= kMaxTokens) {
      return make_error("SPICE(ARRAYTOOSMALL)", "Need more room in output arrays: the method string has more than " +
                                                    std::to_string(kMaxTokens) + " tokens.");
    }
    tokens.push_back(std::move(token));
    return {};
  };
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    if (s[i] == '"') {
      // LXQSTR: the quoted string ends at a quote not followed by another quote.
      std::size_t j = i + 1;
      bool closed = false;
      while (j < n) {
        if (s[j] == '"') {
          if (j + 1 < n && s[j + 1] == '"') {
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        ++j;
      }
      if (!closed || j == i + 1) {
        return make_error("SPICE(SYNTAXERROR)", "Invalid quoted string found starting at index " +
                                                    std::to_string(i + 1) + ". Substring is " + quoted(s.substr(i)) + ".");
      }
      SC_TRY(push(s.substr(i, j - i + 1)));
      i = j + 1;
      continue;
    }
    const char c = s[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (c == '/' || c == ',' || c == '=' || c == ':') {
      SC_TRY(push(std::string(1, c)));
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && s[j] != ' ' && s[j] != '/' && s[j] != ',' && s[j] != '=' && s[j] != ':' && s[j] != '"') ++j;
    SC_TRY(push(s.substr(i, j - i)));
    i = j;
  }
  return tokens;
}

}  // namespace

Result<MethodSpec> parse_method(const Context& ctx, int body, std::string_view method) {
  MethodSpec spec;
  // ZZPRSMET puts a '/' in front of the method, so every clause is "/ keyword".
  std::vector<std::string> tok{"/"};
  {
    SC_TRY_ASSIGN(auto&& lexed, lex(ljucrs(1, method)));
    for (auto& t : lexed) tok.push_back(std::move(t));
  }
  const int n = static_cast<int>(tok.size());
  auto at = [&](int i) -> const std::string& { return tok[static_cast<std::size_t>(i - 1)]; };  // 1-based

  int nshape = 0;
  bool dsk = false;
  for (int i = 1; i <= n; ++i) {
    if (at(i) == "ELLIPSOID") {
      ++nshape;
      dsk = false;
    } else if (at(i) == "DSK") {
      ++nshape;
      dsk = true;
    }
  }
  if (nshape != 1) {
    return make_error("SPICE(BADMETHODSYNTAX)",
                      "The \"method\" or \"shape\" string must contain exactly one instance of a shape keyword: "
                      "ELLIPSOID or DSK, or additionally, in the case of occultation computations, POINT. The number "
                      "of shape keywords was " +
                          std::to_string(nshape) + ". The input string was " + quoted(method) + ".");
  }
  int npri = 0, nsubtp = 0, nlmbtp = 0, ntrmtp = 0, nsrfls = 0;

  if (dsk) {
    spec.shape = ShapeKind::Dsk;
    int i = 1;
    while (i < n) {
      if (at(i)[0] == '/') {
        ++i;
        const std::string& kw = at(i);
        if (kw == "SURFACES") {
          if (++nsrfls > 1) return syntax("Extra SURFACES keyword was found in the method string.", method);
          if (i > n - 2) return syntax("The surface list in the method string appears to be truncated.", method);
          ++i;
          if (at(i)[0] != '=') {
            return syntax("The surface list in the method string lacks an \"=\" sign after the SURFACES keyword.",
                          method);
          }
          ++i;
          bool done = false;
          while (!done) {
            std::string name = at(i);
            if (name[0] == '"') {
              if (name.size() > 2) {
                name = name.substr(1, name.size() - 2);
              } else {
                return syntax("The surface list in the method string contains a double quote character that is not "
                              "a delimiter of a valid quoted string.",
                              method);
              }
            }
            SC_TRY_ASSIGN(auto&& code, bodies::srfscc(ctx.pool(), name, body));
            if (!code) {
              return make_error("SPICE(IDCODENOTFOUND)", "The surface name " + quoted(name) +
                                                             " could not be translated to an ID code. The method "
                                                             "string is " +
                                                             quoted(method) + ".");
            }
            if (static_cast<int>(spec.surfaces.size()) + 1 > kMaxSurfaces) {
              return make_error("SPICE(TOOMANYSURFACES)",
                                "The surface name " + quoted(name) +
                                    " could not be stored in the surface list due to lack of room. The maximum "
                                    "number of surfaces that can be specified is " +
                                    std::to_string(kMaxSurfaces) + ". The method string is " + quoted(method) + ".");
            }
            spec.surfaces.push_back(*code);
            if (i == n) {
              done = true;
            } else {
              ++i;
              if (at(i)[0] == '/') {
                done = true;
                --i;  // the slash starts the next clause
              } else if (at(i)[0] == ',') {
                if (i < n) {
                  ++i;
                } else {
                  return syntax("The surface list in the method string contains a comma that is not followed by a "
                                "surface name or ID code.",
                                method);
                }
              } else {
                return syntax("The surface list in the method string is followed by the unexpected token " +
                                  quoted(at(i)) + ".",
                              method);
              }
            }
          }
        } else if (kw == "UNPRIORITIZED") {
          if (++npri > 1) return syntax("Extra prioritization keyword was found in the method string.", method);
          spec.prioritized = false;
        } else if (kw == "INTERCEPT" || kw == "NADIR") {
          if (++nsubtp > 1) return syntax("Extra sub-point type " + quoted(kw) + " was found in the method string.", method);
          spec.subtype = kw;
        } else if (kw == "TANGENT" || kw == "GUIDED") {
          if (++nlmbtp > 1) return syntax("Extra point definition " + quoted(kw) + " was found in the method string.", method);
          spec.point_definition = kw;
        } else if (kw == "UMBRAL" || kw == "PENUMBRAL") {
          if (++ntrmtp > 1) return syntax("Extra terminator type " + quoted(kw) + " was found in the method string.", method);
          spec.terminator_type = kw;
        } else if (kw == "/") {
          return syntax("An unexpected slash character was found in the method string.", method);
        } else if (kw != "DSK") {
          return syntax("Unexpected token " + quoted(kw) + " was found in the method string.", method);
        }
      }
      ++i;
    }
    if (spec.prioritized) {
      return make_error("SPICE(BADPRIORITYSPEC)",
                        "The keyword UNPRIORITIZED must be present in the method string " + quoted(method) +
                            " when the target shape is DSK. Prioritized DSK segment searches are not currently "
                            "supported.");
    }
    return spec;
  }

  // Ellipsoid. The legacy strings first (EQSTR: blanks and case ignored).
  using geometry::eqstr;
  if (eqstr(method, "ELLIPSOID")) return spec;
  if (eqstr(method, "NEARPOINT:ELLIPSOID") || eqstr(method, "ELLIPSOID:NEARPOINT") ||
      eqstr(method, "NEARPOINT/ELLIPSOID") || eqstr(method, "ELLIPSOID/NEARPOINT")) {
    spec.subtype = "NEAR POINT";
    return spec;
  }
  if (eqstr(method, "INTERCEPT:ELLIPSOID") || eqstr(method, "ELLIPSOID:INTERCEPT") ||
      eqstr(method, "INTERCEPT/ELLIPSOID") || eqstr(method, "ELLIPSOID/INTERCEPT")) {
    spec.subtype = "INTERCEPT";
    return spec;
  }
  const auto unexpected = [&] {
    return make_error("SPICE(BADMETHODSYNTAX)",
                      "Unexpected method string " + quoted(method) + " was found specifying an ellipsoid shape.");
  };
  for (int i = 1; i <= n; ++i) {
    if (at(i)[0] != '/') return unexpected();
    if (i == n) {
      return syntax("Expected more tokens after final " + quoted(at(i)) + " in the method string.", method);
    }
    ++i;
    const std::string& kw = at(i);
    if (kw == "ELLIPSOID") {
      // no-op
    } else if (kw == "INTERCEPT" || kw == "NADIR" || kw == "NEAR") {
      if (++nsubtp > 1) return syntax("Extra sub-point type " + quoted(kw) + " was found in the method string.", method);
      if (kw == "NEAR") {
        // ZZPRSMET records NADIR for "NEAR POINT" here, but the "POINT" token that follows then
        // fails the next clause's slash test: mixed old and new syntax is refused in the end.
        if (i < n && at(i + 1) == "POINT") spec.subtype = "NADIR";
      } else {
        spec.subtype = kw;
      }
    } else if (kw == "TANGENT" || kw == "GUIDED") {
      if (++nlmbtp > 1) return syntax("Extra point definition " + quoted(kw) + " was found in the method string.", method);
      spec.point_definition = kw;
    } else if (kw == "UMBRAL" || kw == "PENUMBRAL") {
      if (++ntrmtp > 1) return syntax("Extra terminator type " + quoted(kw) + " was found in the method string.", method);
      spec.terminator_type = kw;
    } else {
      return unexpected();
    }
  }
  return spec;
}

}  // namespace sc::surface
