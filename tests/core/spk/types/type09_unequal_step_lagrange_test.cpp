// SPK type 9 (Lagrange interpolation, unequal steps), core/spk/types/type09_unequal_step_lagrange: every
// case of spk-type9.json against CSPICE N0067 (the windows and records it shares with other types are
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

TEST_CASE("Golden geometric states: SPK type 9") { sc_test::check_spk_type_golden("spk-type9.json"); }
