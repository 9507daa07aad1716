// Opening a DAF (core/daf/daf_file): the file record and summaries of the DE430 excerpt, unpadded
// files (a partial last record) read like their padded twins, and truncated files fail at open.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "daf/daf_file.hpp"
#include "daf_images.hpp"
#include "kernels/kernel_registry.hpp"

namespace {

using sc::daf::ByteOrder;
using sc::daf::DafFile;
using sc_test::array_words;
using sc_test::check_open_error;
using sc_test::fixture_bytes;
using sc_test::open_daf_bytes;
using sc_test::open_daf_fixture;

}  // namespace

TEST_CASE("DAF file record and summaries of the DE430 excerpt") {
  const DafFile daf = open_daf_fixture("spk/de430-2015-03-02.bsp");
  const auto& fr = daf.file_record();
  CHECK(fr.id_word == "DAF/SPK");
  CHECK(fr.nd == 2);
  CHECK(fr.ni == 6);
  CHECK(fr.internal_name == "NIO2SPK");
  CHECK(fr.fward == 4);
  CHECK(fr.bward == 4);
  CHECK(fr.free == 1173);
  CHECK(fr.byte_order == ByteOrder::little);
  CHECK_FALSE(fr.byte_order_inferred);
  CHECK(fr.summary_words() == 5);
  CHECK(fr.name_chars() == 40);
  CHECK(fr.summaries_per_record() == 25);

  const auto arrays = daf.arrays();
  REQUIRE(arrays.size() == 14);
  // First: Mercury barycenter relative to the SSB; last: Venus relative to its barycenter.
  CHECK(arrays[0].doubles == std::vector<double>{478267200.0, 478958400.0});
  CHECK(arrays[0].ints == std::vector<int>{1, 0, 1, 2, 641, 688});
  CHECK(arrays[0].name == "XE-0430LE-0430");
  CHECK(arrays[0].summary_record == 4);
  CHECK(arrays[11].ints == std::vector<int>{399, 3, 1, 2, 1063, 1148});
  CHECK(arrays[13].doubles == std::vector<double>{-14200747200.0, 20514081600.0});
  CHECK(arrays[13].ints == std::vector<int>{299, 2, 1, 2, 1161, 1172});
  CHECK(arrays[13].begin_address() == 1161);
  CHECK(arrays[13].end_address() == 1172);

  // The last words of a type 2 segment are its directory INIT, INTLEN, RSIZE, N.
  std::vector<double> dir(4);
  REQUIRE(daf.read_words(1172 - 3, dir).ok());
  CHECK(dir[2] == 8.0);
  CHECK(dir[3] == 1.0);
}

TEST_CASE("DAF unpadded files (last record partial) read like their padded twins") {
  const char* twins[][2] = {
      {"quirks/de430-2015-03-02-unpadded.bsp", "spk/de430-2015-03-02.bsp"},
      {"quirks/de441-1969-unpadded.bsp", "spk/de441-1969.bsp"},
      {"quirks/jup310-unpadded.bsp", "spk/jup310.bsp"},
      {"quirks/jup310-2015-03-02-unpadded.bsp", "spk/jup310-2015-03-02.bsp"},
      {"quirks/jup310-2053-10-08-unpadded.bsp", "spk/jup310-2053-10-08.bsp"},
  };
  for (const auto& twin : twins) {
    const DafFile unpadded = open_daf_fixture(twin[0]);
    const DafFile padded = open_daf_fixture(twin[1]);
    CHECK(unpadded.word_count() < padded.word_count());
    REQUIRE(unpadded.arrays().size() == padded.arrays().size());
    for (std::size_t i = 0; i < padded.arrays().size(); ++i) {
      CHECK(unpadded.arrays()[i].ints == padded.arrays()[i].ints);
      CHECK(array_words(unpadded, unpadded.arrays()[i]) == array_words(padded, padded.arrays()[i]));
    }
    // The last array ends exactly at the last complete word of the unpadded file.
    CHECK(static_cast<std::size_t>(unpadded.arrays().back().end_address()) <= unpadded.word_count());
    std::vector<double> past(1);
    auto status = unpadded.read_words(static_cast<long long>(unpadded.word_count()) + 1, past);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().short_code == "SPICE(DAFBEGGTEND)");
  }
}

TEST_CASE("DAF truncated files fail at open, naming the file") {
  const auto full = fixture_bytes("bad/de440s-truncated.bsp");
  for (std::size_t cut : {std::size_t{396015}, std::size_t{300000}, std::size_t{70000}}) {
    std::vector<std::uint8_t> bytes(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(cut));
    auto r = open_daf_bytes(bytes, "de440s-cut.bsp");
    check_open_error(r, "SPICE(DAFBEGGTEND)", "de440s-cut.bsp");
    CHECK(r.error().long_msg.find("truncated") != std::string::npos);
  }
  // Cut inside the summary record, the name record, or the file record.
  for (std::size_t cut : {std::size_t{61 * 1024 + 100}, std::size_t{62 * 1024 + 100}}) {
    std::vector<std::uint8_t> bytes(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(cut));
    check_open_error(open_daf_bytes(bytes, "de440s-cut.bsp"), "SPICE(DAFCORRUPTED)", "de440s-cut.bsp");
  }
  std::vector<std::uint8_t> tiny(full.begin(), full.begin() + 1000);
  check_open_error(open_daf_bytes(tiny, "tiny.bsp"), "SPICE(DAFFRNOTFOUND)", "tiny.bsp");
  check_open_error(open_daf_bytes({}, "empty.bsp"), "SPICE(DAFFRNOTFOUND)", "empty.bsp");
}
