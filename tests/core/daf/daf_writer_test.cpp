// The DAF writer (core/daf/daf_writer), through spkw08 as CSPICE N0067 writes files: summary records
// fill at 25 segments, and a name record may end the file.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::close_bytes;
using sc_test::int_at;
using sc_test::ok;
using sc_test::open_spk;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("Facts of CSPICE N0067's spkw08: summary records fill at 25 segments, a name record may end the file") {
  // Ten states, degree 3, 100 s steps, bodies 3, 4, ...: what CSPICE writes for 25 and 30 such
  // segments (FWARD, BWARD, FREE and the file size were read from its output).
  std::vector<double> states;
  for (int i = 0; i < 10; ++i) {
    for (double v : {1000.0 + i, 2000.0 + 2 * i, 3000.0 + 3 * i, 1.0, 2.0, 3.0}) states.push_back(v);
  }
  struct Case {
    int segments, bward, free;
    std::size_t size;
  };
  for (Case c : {Case{1, 2, 449, 4096}, Case{25, 17, 2305, 18408}, Case{26, 17, 2369, 19456}, Case{30, 17, 2625, 21504}}) {
    CAPTURE(c.segments);
    Context ctx;
    const int h = ok(sc::spk::spkopn(ctx, "/kernels/many.bsp", "IFN", 0, OutputKind::virtual_output));
    for (int k = 0; k < c.segments; ++k) {
      const std::string segid = "SEG" + std::to_string(k);
      ok(sc::spk::spkw08(ctx, h, SegmentSpec{3 + k, 10, "J2000", {}, 0.0, 900.0, segid}, 3, 10, states, 0.0, 100.0));
    }
    const auto b = close_bytes(ctx, h);
    CHECK(b.size() == c.size);
    CHECK(int_at(b, 76) == 2);
    CHECK(int_at(b, 80) == c.bward);
    CHECK(int_at(b, 84) == c.free);
    const auto spk = open_spk(b, "many.bsp");
    REQUIRE(sc_test::spk_segments(*spk).size() == static_cast<std::size_t>(c.segments));
    for (int k = 0; k < c.segments; ++k) {
      CHECK(sc_test::spk_segments(*spk)[k].target == 3 + k);
      CHECK(sc_test::spk_segments(*spk)[k].name == "SEG" + std::to_string(k));
    }
  }
}
