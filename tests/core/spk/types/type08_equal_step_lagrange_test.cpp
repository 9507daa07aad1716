// SPK type 8 (Lagrange interpolation, equal steps), core/spk/types/type08_equal_step_lagrange: every case
// of spk-type8.json against CSPICE N0067 (the windows and records it shares with other types are tested in
// spk/records/).
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

TEST_CASE("Golden geometric states: SPK type 8") { sc_test::check_spk_type_golden("spk-type8.json"); }
