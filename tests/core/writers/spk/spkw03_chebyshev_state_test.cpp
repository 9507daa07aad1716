// The SPK type 3 writer (core/writers/spk/spkw03_chebyshev_state): type 3 records copied into new
// segments give the original states bit for bit.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::check_chebyshev_copy;

}  // namespace

TEST_CASE("Type 3 records copied into new segments by spkw03 give the original states bit for bit") {
  check_chebyshev_copy("spk/jup310-2015-03-02.bsp", 501);
}
