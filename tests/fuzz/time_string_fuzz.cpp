// libFuzzer target: time strings and timout pictures, with the leap seconds kernel loaded.
//
// Input: "<time string>\n<picture>" (no newline: the whole input is the time string and the
// picture is a fixed one). The string goes through str2et (CSPICE's whole input language), tparse
// (the formal calendar) and tpictr (a picture that would print it); the ET str2et found, and a few
// fixed epochs at the edges of the calendar, are printed with the picture by timout and with et2utc.
// Seeds: tests/fuzz/seeds/time_string/ (handwritten: every form of time.json's cases) and the
// dictionary tests/fuzz/dict/time.dict.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

using sc_fuzz::api;
using sc_fuzz::ok;

const sc_fuzz::Context& base() {
  static const sc_fuzz::Context ctx;
  static const bool loaded = (sc_fuzz::load_fixture(ctx, "lsk/naif0012.tls"), true);
  (void)loaded;
  return ctx;
}

void print(sc_context* ctx, double et, const std::string& picture) {
  sc_error err{};
  std::vector<std::string> text;
  ok(api().timout(ctx, et, picture.c_str(), sc_fuzz::collect_strings, &text, &err), err, "timout");
  for (const char* format : {"C", "ISOD", "J"}) {
    text.clear();
    ok(api().et2utc(ctx, et, format, 14, sc_fuzz::collect_strings, &text, &err), err, "et2utc");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sc_context* ctx = base().get();
  const std::string input = sc_fuzz::as_string(data, size);
  const std::size_t newline = input.find('\n');
  // c_str() ends each at its first NUL, as for any C caller of the shim.
  const std::string time = input.substr(0, newline);
  const std::string picture =
      newline == std::string::npos ? "YYYY-MM-DD HR:MN:SC.###### ::TDB (DOY) Wkd Mon" : input.substr(newline + 1);

  sc_error err{};
  double et = 0;
  const bool parsed = ok(api().str2et(ctx, time.c_str(), &et, &err), err, "str2et");
  if (parsed) sc_fuzz::require_finite({&et, 1}, "str2et");
  double sp2000 = 0;
  if (ok(api().tparse(ctx, time.c_str(), &sp2000, &err), err, "tparse")) sc_fuzz::require_finite({&sp2000, 1}, "tparse");
  std::vector<std::string> pictur;
  ok(api().tpictr(ctx, time.c_str(), sc_fuzz::collect_strings, &pictur, &err), err, "tpictr");

  if (parsed) print(ctx, et, picture);
  // The edges: year 1, the J2000 epoch, a leap second, far past and future.
  for (double fixed : {-63145526400.0, 0.0, 536500868.184, -1.0e12, 1.0e12}) print(ctx, fixed, picture);
  return 0;
}
