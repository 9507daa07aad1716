// DAF byte orders (core/daf/byte_order): a BIG-IEEE file reads the same as its LTL-IEEE twin.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>

#include "daf/daf_file.hpp"
#include "daf_images.hpp"

namespace {

using sc::daf::ByteOrder;
using sc::daf::DafFile;
using sc_test::array_words;
using sc_test::open_daf_fixture;

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("DAF in big-endian order reads the same as its little-endian twin") {
  const DafFile little = open_daf_fixture("spk/de430-2015-03-02.bsp");
  const DafFile big = open_daf_fixture("spk/de430-2015-03-02-big-endian.bsp");
  CHECK(big.file_record().byte_order == ByteOrder::big);
  CHECK_FALSE(big.file_record().byte_order_inferred);
  CHECK(big.file_record().nd == 2);
  CHECK(big.file_record().ni == 6);
  CHECK(big.file_record().fward == little.file_record().fward);
  CHECK(big.file_record().free == little.file_record().free);
  REQUIRE(big.arrays().size() == little.arrays().size());
  for (std::size_t i = 0; i < big.arrays().size(); ++i) {
    const auto& a = little.arrays()[i];
    const auto& b = big.arrays()[i];
    CHECK(a.doubles == b.doubles);
    CHECK(a.ints == b.ints);
    CHECK(a.name == b.name);
    const auto wa = array_words(little, a);
    const auto wb = array_words(big, b);
    REQUIRE(wa.size() == wb.size());
    bool identical = true;
    for (std::size_t k = 0; k < wa.size(); ++k) identical = identical && same_bits(wa[k], wb[k]);
    CHECK_MESSAGE(identical, "array " << i);
  }
}
