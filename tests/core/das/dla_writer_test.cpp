// Writing DLA files (core/das/dla_writer): the image reads back through the DAS reader with the
// same segment descriptors, integers and doubles, for one and for two segments.
#include <doctest/doctest.h>

#include <vector>

#include "das/das_file.hpp"
#include "das/dla_segments.hpp"
#include "das/dla_writer.hpp"
#include "fixtures.hpp"

using sc_test::ok;

TEST_CASE("a written DLA file reads back") {
  sc::das::DlaWriter w("DSK", "test file", 3000);
  CHECK(sc_test::error_code(w.end_segment()) == "SPICE(NOSEGMENT)");
  ok(w.begin_segment());
  CHECK(sc_test::error_code(w.begin_segment()) == "SPICE(SEGMENTOPEN)");
  std::vector<int> ints(700);
  for (int i = 0; i < 700; ++i) ints[static_cast<std::size_t>(i)] = i * 3 - 5;
  std::vector<double> dps(300);
  for (int i = 0; i < 300; ++i) dps[static_cast<std::size_t>(i)] = i * 0.25 - 1e-3;
  w.add_ints(ints);
  w.add_doubles(dps);
  ok(w.end_segment());
  ok(w.begin_segment());
  w.add_ints(std::vector<int>{7, 8, 9});
  w.add_doubles(std::vector<double>{1.5});
  ok(w.end_segment());
  const auto file = ok(sc::das::DlaFile::open(sc::io::Bytes::from_vector(w.image()), "written"));
  CHECK(file->das.file_record().id_word == "DAS/DSK");
  CHECK(file->das.file_record().internal_name == "test file");
  CHECK(file->das.file_record().ncomr == 3);
  REQUIRE(file->segments.size() == 2);
  const auto& a = file->segments[0];
  const auto& b = file->segments[1];
  CHECK(a == sc::das::DlaDescriptor{-1, 4 + 8 + 700, 11, 700, 0, 300, 0, 0});
  CHECK(b == sc::das::DlaDescriptor{4, -1, 4 + 8 + 700 + 7, 3, 300, 1, 0, 0});
  std::vector<std::int32_t> got(700);
  ok(file->das.read_ints(a.ibase + 1, got));
  CHECK(std::vector<int>(got.begin(), got.end()) == ints);
  std::vector<double> gd(300);
  ok(file->das.read_doubles(a.dbase + 1, gd));
  CHECK(gd == dps);
  std::vector<std::int32_t> tail(3);
  ok(file->das.read_ints(b.ibase + 1, tail));
  CHECK(tail == std::vector<std::int32_t>{7, 8, 9});
}
