// libFuzzer target: EK files and EK queries. The first byte picks the input's kind:
//   even: the rest is a query (ekfind) against the two real EKs, loaded once with the leap seconds;
//         when it is a valid query, every SELECT item of the first rows is fetched with ekgc, ekgd
//         and ekgi (two of the three are type errors: they must be SPICE errors, nothing else).
//   odd:  the rest is an EK file, loaded as bytes beside the others (its tables may clash with
//         theirs, which furnsh must refuse cleanly), then queried: every table it brings, through
//         the golden file's column names, with and without WHERE and ORDER BY, every row fetched.
// Seeds: ek.json's queries and the two EK fixtures (scripts/fuzz.sh generates them).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

using sc_fuzz::api;
using sc_fuzz::ok;

constexpr const char* kId = "/kernels/fuzz/input.bes";
constexpr int32_t kMaxRows = 40;     // rows fetched per query, whatever it selected
constexpr int32_t kMaxElements = 8;  // elements fetched per entry

const sc_fuzz::Context& base() {
  static const sc_fuzz::Context ctx;
  static const bool loaded = [] {
    for (const char* k : {"lsk/naif0012.tls", "ek/spicecraft_events.bes", "ek/spicecraft_instruments.bes"}) {
      sc_fuzz::load_fixture(ctx, k);
    }
    return true;
  }();
  (void)loaded;
  return ctx;
}

// Fetches what `query` selected: each of `items` SELECT items of the first rows, every way.
void fetch(sc_context* ctx, int32_t rows, int32_t items) {
  for (int32_t r = 0; r < rows && r < kMaxRows; ++r) {
    for (int32_t j = 0; j < items; ++j) {
      for (int32_t e = 0; e < kMaxElements; ++e) {
        sc_error err{};
        int32_t found = 0, null = 0, i = 0;
        double d = 0;
        std::vector<std::string> s;
        bool any = false;
        if (ok(api().ekgc(ctx, j, r, e, &found, &null, sc_fuzz::collect_strings, &s, &err), err, "ekgc")) any = found;
        if (ok(api().ekgd(ctx, j, r, e, &found, &null, &d, &err), err, "ekgd")) any = found;
        if (ok(api().ekgi(ctx, j, r, e, &found, &null, &i, &err), err, "ekgi")) any = found;
        if (!any) break;
      }
    }
  }
}

// Runs `query`; on success fetches `items` SELECT items.
void query(sc_context* ctx, const std::string& text, int32_t items) {
  sc_error err{};
  int32_t valid = 0, rows = 0;
  std::vector<std::string> message;
  if (!ok(api().ekfind(ctx, text.c_str(), &valid, &rows, sc_fuzz::collect_strings, &message, &err), err, "ekfind")) return;
  if (valid) fetch(ctx, rows, items);
}

// The golden file's tables and a query over every column of each.
const std::vector<std::pair<std::string, std::string>> kTableQueries = {
    {"EVENT_LOG", "EVENT_ID, EVENT_TIME, EVENT_TYPE, INSTRUMENT_ID, DURATION, SEVERITY, MESSAGE, COUNTS, QUAT"},
    {"INSTRUMENTS", "INSTRUMENT_ID, NAME, SPACECRAFT, FOCAL_LENGTH, PIXEL_SIZE, DETECTOR, FILTERS, INSTALLED"},
    {"CALIBRATION", "CAL_ID, INSTRUMENT_ID, CAL_TIME, GAIN, OFFSET, COEFFS, QUALITY, VALID"},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const sc_fuzz::Context& ctx = base();
  if (data[0] % 2 == 0) {
    // Items: a generous count; fetches past the SELECT list are SPICE(INVALIDINDEX).
    query(ctx.get(), sc_fuzz::as_string(data + 1, size - 1), 4);
    return 0;
  }
  sc_error err{};
  if (!ok(api().furnsh_bytes(ctx.get(), kId, data + 1, size - 1, &err), err, "furnsh_bytes")) return 0;
  int32_t tables = 0;
  ok(api().ekntab(ctx.get(), &tables, &err), err, "ekntab");
  for (int32_t t = 0; t < tables; ++t) {
    std::vector<std::string> name;
    if (!ok(api().ektnam(ctx.get(), t, sc_fuzz::collect_strings, &name, &err), err, "ektnam")) continue;
  }
  for (const auto& [table, columns] : kTableQueries) {
    const int32_t items = static_cast<int32_t>(std::count(columns.begin(), columns.end(), ',') + 1);
    query(ctx.get(), "SELECT " + columns + " FROM " + table, items);
    const std::string first = columns.substr(0, columns.find(','));
    query(ctx.get(), "SELECT " + columns + " FROM " + table + " WHERE " + first + " > 0 OR " + first + " IS NULL ORDER BY " + first + " DESC", items);
  }
  if (!ok(api().unload(ctx.get(), kId, &err), err, "unload")) sc_fuzz::violation("unload", "a loaded kernel did not unload");
  return 0;
}
