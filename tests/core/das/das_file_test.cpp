// Reading DAS files (core/das): the Apophis DSK's file record, comment area, directories and DLA
// segment list, the same numbers from a BIG-IEEE copy of the file, and the address checks.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "das/das_file.hpp"
#include "das/dla_segments.hpp"
#include "fixtures.hpp"

namespace {

using sc::das::DasFile;
using sc::das::DataType;
using sc_test::fixture_bytes;
using sc_test::ok;

const char* const kApophis = "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds";

std::uint32_t le32(const std::vector<std::uint8_t>& b, std::size_t at) {
  return static_cast<std::uint32_t>(b[at]) | static_cast<std::uint32_t>(b[at + 1]) << 8 |
         static_cast<std::uint32_t>(b[at + 2]) << 16 | static_cast<std::uint32_t>(b[at + 3]) << 24;
}

void reverse(std::vector<std::uint8_t>& b, std::size_t at, std::size_t n) {
  std::reverse(b.begin() + static_cast<std::ptrdiff_t>(at), b.begin() + static_cast<std::ptrdiff_t>(at + n));
}

// The BIG-IEEE twin of a little-endian DAS file, as a converter would write it: every integer and
// double of the file record, the directories and the data records byte-swapped, characters kept.
// Written independently of the reader: it walks the directories with its own loop.
std::vector<std::uint8_t> to_big_endian(std::vector<std::uint8_t> b) {
  const auto nresvr = le32(b, 68);
  const auto ncomr = le32(b, 76);
  for (std::size_t at = 68; at < 84; at += 4) reverse(b, at, 4);
  std::memcpy(b.data() + 84, "BIG-IEEE", 8);
  std::size_t dir = nresvr + ncomr + 2;
  while (dir > 0) {
    const std::size_t base = (dir - 1) * 1024;
    std::vector<std::int32_t> d(256);
    for (std::size_t i = 0; i < 256; ++i) d[i] = static_cast<std::int32_t>(le32(b, base + 4 * i));
    for (std::size_t i = 0; i < 256; ++i) reverse(b, base + 4 * i, 4);
    const int next[3] = {2, 3, 1};
    const int prev[3] = {3, 1, 2};
    int type = prev[d[8] - 1];
    std::size_t rec = dir + 1;
    for (std::size_t k = 9; k < 256 && d[k] != 0; ++k) {
      type = d[k] > 0 ? next[type - 1] : prev[type - 1];
      const int n = d[k] > 0 ? d[k] : -d[k];
      for (int r = 0; r < n; ++r, ++rec) {
        const std::size_t rb = (rec - 1) * 1024;
        if (type == 2) for (std::size_t w = 0; w < 128; ++w) reverse(b, rb + 8 * w, 8);
        if (type == 3) for (std::size_t w = 0; w < 256; ++w) reverse(b, rb + 4 * w, 4);
      }
    }
    dir = static_cast<std::size_t>(d[1] > 0 ? d[1] : 0);
  }
  return b;
}

}  // namespace

TEST_CASE("DAS file record, comments and DLA segments of the Apophis DSK") {
  const DasFile das = ok(DasFile::open(sc::io::Bytes::from_vector(fixture_bytes(kApophis)), "apophis.bds"));
  const auto& fr = das.file_record();
  CHECK(fr.id_word == "DAS/DSK");
  CHECK(fr.internal_name == "apophis_g_25000mm_rad_obj_0000n00000_v001.bds");
  CHECK(fr.nresvr == 0);
  CHECK(fr.ncomr == 6);
  CHECK(fr.ncomc == 5418);
  const auto lines = ok(das.comments());
  REQUIRE(!lines.empty());
  CHECK(lines[0] == "Apophis DSK File (Global Surface, Radar-Based, ver. 001)");
  // DSKB02's sizes: 10 header integers + 3 NP + VOXNPT + VOXNPL + NV + VTXNPL + coarse grid, after
  // the DLA header (3 integers) and the one descriptor (8).
  CHECK(das.last_address(DataType::integer) == 11 + 64016);
  CHECK(das.last_address(DataType::dp) == 6034);
  CHECK(das.last_address(DataType::character) == 0);

  const auto segs = ok(sc::das::dla_segments(das));
  REQUIRE(segs.size() == 1);
  CHECK(segs[0] == sc::das::DlaDescriptor{-1, -1, 11, 64016, 0, 6034, 0, 0});

  std::vector<std::int32_t> head(10);
  ok(das.read_ints(12, head));
  CHECK(head[0] == 2000);  // NV
  CHECK(head[1] == 3996);  // NP
  std::vector<double> d(2);
  ok(das.read_doubles(1, d));
  CHECK(d[0] == 425000001.0);  // the surface ID
  CHECK(d[1] == 2099942.0);    // the body

  SUBCASE("addresses outside the file") {
    std::vector<std::int32_t> one(1);
    CHECK(sc_test::error_code(das.read_ints(0, one)) == "SPICE(DASNOSUCHADDRESS)");
    CHECK(sc_test::error_code(das.read_ints(64028, one)) == "SPICE(DASNOSUCHADDRESS)");
    CHECK(sc_test::error_code(das.read_chars(1, 1)) == "SPICE(DASNOSUCHADDRESS)");
  }
}

TEST_CASE("a BIG-IEEE DAS file reads the same numbers") {
  const auto little_bytes = fixture_bytes(kApophis);
  const DasFile little = ok(DasFile::open(sc::io::Bytes::from_vector(little_bytes), "ltl"));
  const DasFile big = ok(DasFile::open(sc::io::Bytes::from_vector(to_big_endian(little_bytes)), "big"));
  CHECK(big.file_record().byte_order == sc::daf::ByteOrder::big);
  CHECK(big.file_record().ncomc == little.file_record().ncomc);
  CHECK(ok(big.comments()) == ok(little.comments()));
  const int ni = little.last_address(DataType::integer);
  const int nd = little.last_address(DataType::dp);
  REQUIRE(big.last_address(DataType::integer) == ni);
  REQUIRE(big.last_address(DataType::dp) == nd);
  std::vector<std::int32_t> a(static_cast<std::size_t>(ni)), b(a.size());
  ok(little.read_ints(1, a));
  ok(big.read_ints(1, b));
  CHECK(a == b);
  std::vector<double> x(static_cast<std::size_t>(nd)), y(x.size());
  ok(little.read_doubles(1, x));
  ok(big.read_doubles(1, y));
  CHECK(std::memcmp(x.data(), y.data(), x.size() * sizeof(double)) == 0);
}

TEST_CASE("files that are not DAS files, or are cut short") {
  auto bytes = fixture_bytes(kApophis);
  CHECK(sc_test::error_code(DasFile::open(sc::io::Bytes::from_vector({bytes.begin(), bytes.begin() + 1000}), "x")) ==
        "SPICE(FILEISTOOSHORT)");
  CHECK(sc_test::error_code(DasFile::open(sc::io::Bytes::from_vector(fixture_bytes("spk/de430-2015-03-02.bsp")), "x")) ==
        "SPICE(NOTADASFILE)");
  // Cut inside the clusters the first directory describes.
  CHECK(sc_test::error_code(DasFile::open(sc::io::Bytes::from_vector({bytes.begin(), bytes.begin() + 20 * 1024}), "x")) ==
        "SPICE(BADDASDIRECTORY)");
}
