// SPK type 12 (Hermite interpolation, equal steps), core/spk/types/type12_equal_step_hermite: every case of
// spk-type12.json against CSPICE N0067 (the windows and records it shares with other types are tested in
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

TEST_CASE("Golden geometric states: SPK type 12") { sc_test::check_spk_type_golden("spk-type12.json"); }
