// The DAF comment area (core/daf/comment_area) read as DAFEC reads it, reserved records without
// EOT, and comment records beyond the end of the file.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "daf/comment_area.hpp"
#include "daf/daf_file.hpp"
#include "daf_images.hpp"
#include "kernels/kernel_registry.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::open_daf_bytes;
using sc_test::open_daf_fixture;

}  // namespace

TEST_CASE("DAF comment area reads like DAFEC") {
  const auto de430 = open_daf_fixture("spk/de430-2015-03-02.bsp").comments();
  REQUIRE(de430.ok());
  REQUIRE(de430->size() == 39);
  CHECK((*de430)[0].empty());
  CHECK((*de430)[2] == "September 03, 2013");
  CHECK((*de430)[3] == "C. Acton");

  const auto de441 = open_daf_fixture("spk/de441-1969.bsp").comments();
  REQUIRE(de441.ok());
  REQUIRE(de441->size() == 1123);
  CHECK((*de441)[1] == "JPL planetary and lunar ephemeris DE441");
  CHECK((*de441)[1122] == "MA8236        5.5227699716988214D-13");

  const auto jup = open_daf_fixture("spk/jup310.bsp").comments();
  REQUIRE(jup.ok());
  REQUIRE(jup->size() == 83);
  CHECK((*jup)[1] == "; This is an ephemeris excerpt created by jplephem 2.24, which was");

  // FWARD = 2: no comment records at all.
  const auto none = open_daf_fixture("spk/example1spk_seg12.bsp").comments();
  REQUIRE(none.ok());
  CHECK(none->empty());
}

TEST_CASE("DAF comment area: reserved records without EOT, records beyond the end") {
  auto bytes = fixture_bytes("spk/de430-2015-03-02.bsp");
  // Blank the two comment records (2 and 3): reserved but unused, so no comments.
  std::fill(bytes.begin() + 1024, bytes.begin() + 3 * 1024, std::uint8_t{0});
  auto daf = open_daf_bytes(bytes);
  REQUIRE(daf.ok());
  auto comments = daf->comments();
  REQUIRE(comments.ok());
  CHECK(comments->empty());

  // A file record whose FWARD lies past the end cannot open; the comment reader on its own still
  // refuses to read records that are not there.
  sc::daf::FileRecord fr = daf->file_record();
  fr.fward = 100;
  std::vector<std::uint8_t> short_file(bytes.begin(), bytes.begin() + 2 * 1024 + 10);
  short_file[1024 + 5] = 'x';  // no EOT in record 2, so record 3 must be read
  auto r = sc::daf::read_comment_area(short_file, fr, "short.bsp");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == "SPICE(DAFCRNOTFOUND)");
  CHECK(r.error().long_msg.find("'short.bsp'") != std::string::npos);
}
