// Reading a type 1 clock from the pool (core/sclk/clock_kernel): CSPICE's checks in CSPICE's order
// (SCTY01, ZZSCAD01, SCLI01, SCLD01), each broken kernel giving its short code; and the field
// splitting of clock strings (LPARSM) and the time system (TDB clocks need no LSK).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixtures.hpp"
#include "pool/pool.hpp"
#include "pool/pool_queries.hpp"
#include "sclk/clock_fields.hpp"
#include "sclk/clock_kernel.hpp"
#include "sclk/sclk_api.hpp"

namespace {

using sc_test::error_code;

void put(sc::pool::Pool& pool, const std::string& name, std::vector<double> values) {
  sc_test::ok(sc::pool::pdpool(pool, name, values));
}

// Clock 77 (variables "_-77"): TDB, 2 fields of 100 ticks, 2 partitions, offsets 0 and 1, one rate
// change. Encoded tick 0 is TDB 1000 s; 100 ticks (1 count) per 10 s, then per 5 s from tick 1000.
sc::pool::Pool clock77() {
  sc::pool::Pool pool;
  put(pool, "SCLK_DATA_TYPE_-77", {1});
  put(pool, "SCLK01_N_FIELDS_-77", {2});
  put(pool, "SCLK01_OUTPUT_DELIM_-77", {5});
  put(pool, "SCLK01_TIME_SYSTEM_-77", {1});
  put(pool, "SCLK01_MODULI_-77", {1000, 100});
  put(pool, "SCLK01_OFFSETS_-77", {0, 1});
  put(pool, "SCLK_PARTITION_START_-77", {0, 5000});
  put(pool, "SCLK_PARTITION_END_-77", {2000, 9000});
  put(pool, "SCLK01_COEFFICIENTS_-77", {0, 1000, 10, 1000, 1100, 5});
  return pool;
}

}  // namespace

TEST_CASE("a TDB clock: encoded ticks, partitions, fields with offsets and a blank delimiter") {
  const sc::pool::Pool pool = clock77();
  CHECK(sc_test::ok(sc::sclk::sct2e(pool, 77, 0)) == 1000.0);
  CHECK(sc_test::ok(sc::sclk::sct2e(pool, 77, 500)) == 1050.0);
  CHECK(sc_test::ok(sc::sclk::sct2e(pool, 77, 1200)) == 1110.0);
  CHECK(sc_test::ok(sc::sclk::sce2c(pool, 77, 1110.0)) == 1200.0);
  CHECK(sc_test::ok(sc::sclk::sce2c(pool, 77, 1001.25)) == 12.5);
  CHECK(sc_test::ok(sc::sclk::sce2t(pool, 77, 1001.25)) == 13.0);
  // The last partition ends at encoded tick 2000 + 4000.
  CHECK(sc_test::ok(sc::sclk::sct2e(pool, 77, 6000)) == 1000.0 + 100.0 + 5000.0 * 5.0 / 100.0);
  CHECK(error_code(sc::sclk::sct2e(pool, 77, 6000.5)) == "SPICE(VALUEOUTOFRANGE)");
  CHECK(error_code(sc::sclk::sce2c(pool, 77, 999.0)) == "SPICE(VALUEOUTOFRANGE)");
  // SCET01 extrapolates backwards, then refuses a result below the first record's ticks.
  CHECK(error_code(sc::sclk::sce2t(pool, 77, 999.0)) == "SPICE(VALUEOUTOFRANGE)");
  CHECK(sc_test::ok(sc::sclk::sce2t(pool, 77, 999.96)) == 0.0);

  // Field 2 runs 1..100 (offset 1), so 2 digits of width 3 ("100"); blanks between fields.
  CHECK(sc_test::ok(sc::sclk::scfmt(pool, 77, 0)) == "000 001");
  CHECK(sc_test::ok(sc::sclk::scfmt(pool, 77, 1234)) == "012 035");
  CHECK(sc_test::ok(sc::sclk::sctiks(pool, 77, "12 35")) == 1234.0);
  CHECK(sc_test::ok(sc::sclk::sctiks(pool, 77, "12")) == 1200.0);  // a missing field is its offset
  CHECK(error_code(sc::sclk::sctiks(pool, 77, "12.0")) == "SPICE(INVALIDSCLKSTRING)");  // below the offset
  CHECK(sc_test::ok(sc::sclk::scencd(pool, 77, "2/50.1")) == 2000.0);
  CHECK(sc_test::ok(sc::sclk::scencd(pool, 77, "50.1")) == 2000.0);  // partition 2 holds 5000
  CHECK(sc_test::ok(sc::sclk::scencd(pool, 77, "1/20.1")) == 2000.0);
  CHECK(error_code(sc::sclk::scencd(pool, 77, "30.1")) == "SPICE(NOPARTITION)");
  CHECK(error_code(sc::sclk::scencd(pool, 77, "1/30.1")) == "SPICE(NOTINPART)");
  CHECK(error_code(sc::sclk::scencd(pool, 77, "3/30.1")) == "SPICE(BADPARTNUMBER)");
  CHECK(error_code(sc::sclk::scencd(pool, 77, "/30.1")) == "SPICE(BADPARTNUMBER)");
  // Encoded 2000 is the end of partition 1 and the start of partition 2: SCDECD says partition 2.
  CHECK(sc_test::ok(sc::sclk::scdecd(pool, 77, 2000)) == "2/050 001");
  CHECK(sc_test::ok(sc::sclk::scdecd(pool, 77, 1999.6)) == "2/050 001");
  CHECK(sc_test::ok(sc::sclk::scdecd(pool, 77, 1999)) == "1/019 100");
  CHECK(sc_test::ok(sc::sclk::scdecd(pool, 77, 6000)) == "2/090 001");  // the last partition owns its end
  CHECK(error_code(sc::sclk::scdecd(pool, 77, 6001)) == "SPICE(VALUEOUTOFRANGE)");
  const sc::sclk::Partitions parts = sc_test::ok(sc::sclk::scpart(pool, 77));
  CHECK(parts.pstart == std::vector<double>{0, 5000});
  CHECK(parts.pstop == std::vector<double>{2000, 9000});
}

TEST_CASE("clock kernel checks come in CSPICE's order with its short codes") {
  struct Breakage {
    const char* what;
    void (*apply)(sc::pool::Pool&);
    const char* code;
  };
  const Breakage cases[] = {
      {"no data type", [](sc::pool::Pool& p) { p.erase("SCLK_DATA_TYPE_-77"); }, "SPICE(KERNELVARNOTFOUND)"},
      {"type 2", [](sc::pool::Pool& p) { put(p, "SCLK_DATA_TYPE_-77", {2}); }, "SPICE(NOTSUPPORTED)"},
      {"no field count", [](sc::pool::Pool& p) { p.erase("SCLK01_N_FIELDS_-77"); }, "SPICE(KERNELVARNOTFOUND)"},
      {"two field counts", [](sc::pool::Pool& p) { put(p, "SCLK01_N_FIELDS_-77", {2, 2}); }, "SPICE(ARRAYTOOSMALL)"},
      {"11 fields", [](sc::pool::Pool& p) { put(p, "SCLK01_N_FIELDS_-77", {11}); }, "SPICE(VALUEOUTOFRANGE)"},
      {"delimiter 6", [](sc::pool::Pool& p) { put(p, "SCLK01_OUTPUT_DELIM_-77", {6}); }, "SPICE(VALUEOUTOFRANGE)"},
      {"time system 3", [](sc::pool::Pool& p) { put(p, "SCLK01_TIME_SYSTEM_-77", {3}); }, "SPICE(VALUEOUTOFRANGE)"},
      {"no moduli", [](sc::pool::Pool& p) { p.erase("SCLK01_MODULI_-77"); }, "SPICE(KERNELVARNOTFOUND)"},
      {"unequal partitions", [](sc::pool::Pool& p) { put(p, "SCLK_PARTITION_END_-77", {2000}); },
       "SPICE(NUMPARTSUNEQUAL)"},
      {"2 coefficients", [](sc::pool::Pool& p) { put(p, "SCLK01_COEFFICIENTS_-77", {0, 1}); }, "SPICE(SIZEOUTOFRANGE)"},
      {"4 coefficients", [](sc::pool::Pool& p) { put(p, "SCLK01_COEFFICIENTS_-77", {0, 1, 2, 3}); },
       "SPICE(INVALIDSIZE)"},
      {"modulus 0", [](sc::pool::Pool& p) { put(p, "SCLK01_MODULI_-77", {1000, 0}); }, "SPICE(VALUEOUTOFRANGE)"},
      {"one offset", [](sc::pool::Pool& p) { put(p, "SCLK01_OFFSETS_-77", {0}); }, "SPICE(INVALIDSIZE)"},
      {"11 offsets", [](sc::pool::Pool& p) { put(p, "SCLK01_OFFSETS_-77", std::vector<double>(11, 0.0)); },
       "SPICE(KERNELVARTOOLARGE)"},
      {"text moduli",
       [](sc::pool::Pool& p) {
         const std::vector<std::string> text = {"1000", "100"};
         sc_test::ok(sc::pool::pcpool(p, "SCLK01_MODULI_-77", text));
       },
       "SPICE(BADKERNELVARTYPE)"},
  };
  for (const Breakage& b : cases) {
    INFO(b.what);
    sc::pool::Pool pool = clock77();
    b.apply(pool);
    CHECK(error_code(sc::sclk::sct2e(pool, 77, 0)) == b.code);
  }
  // No time system: TDB.
  sc::pool::Pool pool = clock77();
  pool.erase("SCLK01_TIME_SYSTEM_-77");
  CHECK(sc_test::ok(sc::sclk::sct2e(pool, 77, 500)) == 1050.0);
  // SCPART does not look at the data type.
  pool.erase("SCLK_DATA_TYPE_-77");
  CHECK(sc_test::ok(sc::sclk::scpart(pool, 77)).pstart.size() == 2);
  CHECK(error_code(sc::sclk::scencd(pool, 77, "1/1")) == "SPICE(KERNELVARNOTFOUND)");
}

TEST_CASE("clock strings split into fields as LPARSM splits them") {
  using sc::sclk::split_clock_fields;
  using V = std::vector<std::string>;
  CHECK(split_clock_fields("1:2") == V{"1", "2"});
  CHECK(split_clock_fields(" 1 : 2 ") == V{"1 ", "2"});
  CHECK(split_clock_fields("1 2") == V{"1", "2"});
  CHECK(split_clock_fields("-5") == V{" ", "5"});
  CHECK(split_clock_fields("1:") == V{"1", " "});
  CHECK(split_clock_fields("1::2") == V{"1", " ", "2"});
  CHECK(split_clock_fields("   ") == V{" "});
  CHECK(split_clock_fields("1.2.3.4.5.6.7.8.9.10.11.12").size() == 10);
}
