// Aberration-correction parsing with CSPICE's rules (see abcorr.hpp).
#include "geometry/abcorr.hpp"

#include <array>
#include <string>

#include "errors/quoted.hpp"

namespace sc::geometry {
namespace {

constexpr std::size_t kKeyLength = 5;  // CSPICE's CORLEN: the longest correction, 'XCN+S'

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

struct Entry {
  std::string_view key;
  AbCorr flags;
  bool relativistic;
};

// ZZPRSCOR's fifteen strings. Fields: geometric, light_time, stellar, converged, transmission.
constexpr std::array<Entry, 15> kParsedCorrections{{
    {"NONE", {true, false, false, false, false}, false},
    {"LT", {false, true, false, false, false}, false},
    {"LT+S", {false, true, true, false, false}, false},
    {"CN", {false, true, false, true, false}, false},
    {"CN+S", {false, true, true, true, false}, false},
    {"XLT", {false, true, false, false, true}, false},
    {"XLT+S", {false, true, true, false, true}, false},
    {"XCN", {false, true, false, true, true}, false},
    {"XCN+S", {false, true, true, true, true}, false},
    {"RL", {false, true, false, false, false}, true},
    {"RL+S", {false, true, true, false, false}, true},
    {"XRL", {false, true, false, false, true}, true},
    {"XRL+S", {false, true, true, false, true}, true},
    {"S", {false, false, true, false, false}, false},
    {"XS", {false, false, true, false, true}, false},
}};

// SPKAPO accepts exactly the nine SPK corrections (the first nine entries above).
constexpr std::size_t kPositionCorrectionCount = 9;

}  // namespace

std::string abcorr_key(std::string_view abcorr) {
  std::string key;
  for (char c : abcorr) {
    if (c == ' ') continue;
    key.push_back(upper(c));
    if (key.size() == kKeyLength) break;
  }
  return key;
}

Result<AbCorr> parse_abcorr(std::string_view abcorr) {
  const std::string key = abcorr_key(abcorr);
  for (const Entry& e : kParsedCorrections) {
    if (e.key != key) continue;
    if (e.relativistic) {
      return make_error("SPICE(INVALIDOPTION)", "The aberration correction " + quoted(abcorr) +
                                                    " asks for relativistic corrections, which SPK state "
                                                    "look-ups do not support.");
    }
    if (e.flags.stellar && !e.flags.light_time) {
      return make_error("SPICE(INVALIDOPTION)",
                        "The aberration correction " + quoted(abcorr) +
                            " asks for stellar aberration without light time; stellar aberration is only "
                            "available together with a light-time correction (LT+S, CN+S, XLT+S, XCN+S).");
    }
    return e.flags;
  }
  return make_error("SPICE(INVALIDOPTION)",
                    "The aberration correction " + quoted(abcorr) +
                        " is not recognized. Use NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN or XCN+S.");
}

Result<AbCorr> parse_position_abcorr(std::string_view abcorr) {
  const std::string key = abcorr_key(abcorr);
  for (std::size_t i = 0; i < kPositionCorrectionCount; ++i) {
    if (kParsedCorrections[i].key == key) return kParsedCorrections[i].flags;
  }
  return make_error("SPICE(SPKINVALIDOPTION)",
                    "The aberration correction " + quoted(abcorr) +
                        " is not recognized. Use NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN or XCN+S.");
}

bool eqstr(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (true) {
    while (i < a.size() && a[i] == ' ') ++i;
    while (j < b.size() && b[j] == ' ') ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (upper(a[i]) != upper(b[j])) return false;
    ++i;
    ++j;
  }
}

bool abcorr_is_none(std::string_view abcorr) { return eqstr(abcorr, "NONE"); }

bool abcorr_starts_with_x(std::string_view abcorr) {
  for (char c : abcorr) {
    if (c == ' ') continue;
    return upper(c) == 'X';
  }
  return false;
}

}  // namespace sc::geometry
