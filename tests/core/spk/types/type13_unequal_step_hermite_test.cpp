// SPK type 13 (Hermite interpolation, unequal steps), core/spk/types/type13_unequal_step_hermite: every
// case of spk-type13.json against CSPICE N0067 (the windows and records it shares with other types are
// tested in spk/records/).
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

TEST_CASE("Golden geometric states: SPK type 13") { sc_test::check_spk_type_golden("spk-type13.json"); }
