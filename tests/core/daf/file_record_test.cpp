// The DAF file record (core/daf/file_record): the byte order inferred from ND/NI when there is no
// marker, and the errors of a bad record.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "daf/daf_file.hpp"
#include "daf_images.hpp"

namespace {

using sc::daf::ByteOrder;
using sc_test::check_open_error;
using sc_test::fixture_bytes;
using sc_test::open_daf_bytes;
using sc_test::open_daf_fixture;
using sc_test::put_int_at;

}  // namespace

TEST_CASE("DAF byte order without a marker is inferred from ND/NI") {
  for (const char* file : {"spk/de430-2015-03-02.bsp", "spk/de430-2015-03-02-big-endian.bsp"}) {
    auto bytes = fixture_bytes(file);
    const auto reference = open_daf_fixture(file);
    std::fill(bytes.begin() + 88, bytes.begin() + 96, std::uint8_t{' '});  // pre-marker files
    auto daf = open_daf_bytes(bytes);
    REQUIRE_MESSAGE(daf.ok(), file << ": " << (daf.ok() ? "" : daf.error().long_msg));
    CHECK(daf->file_record().byte_order_inferred);
    CHECK(daf->file_record().byte_order == reference.file_record().byte_order);
    CHECK(daf->arrays().size() == 14);
    CHECK(daf->arrays()[11].ints == reference.arrays()[11].ints);
  }
  // The old "NAIF/DAF" ID word is a DAF too.
  auto bytes = fixture_bytes("spk/de430-2015-03-02.bsp");
  std::memcpy(bytes.data(), "NAIF/DAF", 8);
  std::fill(bytes.begin() + 88, bytes.begin() + 96, std::uint8_t{0});
  auto daf = open_daf_bytes(bytes);
  REQUIRE(daf.ok());
  CHECK(daf->file_record().id_word == "NAIF/DAF");
  CHECK(daf->arrays().size() == 14);
}

TEST_CASE("DAF file record errors") {
  const auto good = fixture_bytes("spk/de430-2015-03-02.bsp");
  SUBCASE("not a DAF") {
    auto b = good;
    std::memcpy(b.data(), "KPL/SPK ", 8);
    check_open_error(open_daf_bytes(b), "SPICE(NOTADAFFILE)");
  }
  SUBCASE("VAX binary format") {
    auto b = good;
    std::memcpy(b.data() + 88, "VAX-GFLT", 8);
    check_open_error(open_daf_bytes(b), "SPICE(UNSUPPORTEDBFF)");
  }
  SUBCASE("no marker and implausible ND/NI in both orders") {
    auto b = good;
    std::fill(b.begin() + 88, b.begin() + 96, std::uint8_t{' '});
    put_int_at(b, 8, 0x01000001, ByteOrder::little);
    check_open_error(open_daf_bytes(b), "SPICE(UNSUPPORTEDBFF)");
  }
  SUBCASE("ND/NI out of range") {
    for (auto [nd, ni] : {std::pair{125, 2}, std::pair{-1, 6}, std::pair{2, 1}, std::pair{2, 251}, std::pair{100, 60}}) {
      auto b = good;
      put_int_at(b, 8, nd, ByteOrder::little);
      put_int_at(b, 12, ni, ByteOrder::little);
      check_open_error(open_daf_bytes(b), "SPICE(DAFINVALIDPARAMS)");
    }
  }
  SUBCASE("FWARD not a summary record") {
    for (int fward : {0, 1, -5}) {
      auto b = good;
      put_int_at(b, 76, fward, ByteOrder::little);
      check_open_error(open_daf_bytes(b), "SPICE(DAFINVALIDPARAMS)");
    }
    for (int fward : {11, 1000000, std::numeric_limits<int>::max()}) {
      auto b = good;
      put_int_at(b, 76, fward, ByteOrder::little);
      check_open_error(open_daf_bytes(b), "SPICE(DAFCORRUPTED)");
    }
  }
}
