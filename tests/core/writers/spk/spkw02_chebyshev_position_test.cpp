// The SPK type 2 writer (core/writers/spk/spkw02_chebyshev_position): type 2 records copied into new
// segments give the original states bit for bit.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::check_chebyshev_copy;

}  // namespace

TEST_CASE("Type 2 records copied into new segments by spkw02 give the original states bit for bit") {
  check_chebyshev_copy("spk/de430-2015-03-02.bsp", 301);
  check_chebyshev_copy("spk/de430-2015-03-02.bsp", 3);
}
