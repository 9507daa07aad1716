// One segment's state by its index in a file (core/inventory/segment_state): CSPICE's spkpvn
// answers from observers.json, on a registry where the file is not even loaded.
#include <doctest/doctest.h>

#include <string>

#include "context.hpp"
#include "golden_fixture.hpp"
#include "io/host_file_reader.hpp"
#include "inventory/segment_state.hpp"
#include "kernels/kernel_registry.hpp"

using sc_test::Golden;
using sc_test::Json;

TEST_CASE("spkpvn gives CSPICE's answers for each segment of de430 (observers.json)") {
  const Golden g = sc_test::read_golden("observers.json");
  sc::kernels::KernelRegistry registry;
  sc_test::load_kernels(registry, g);
  const auto stats = sc_test::run_golden(g, [&](const Json& c) -> std::optional<std::string> {
    if (c["call"].string() != "spkpvn") return std::nullopt;
    const auto& a = c["args"];
    auto r = sc::inventory::spkpvn(registry, a[0].string(), static_cast<int>(a[1].number()), a[2].number());
    return sc_test::expect_result(r, c, [&](const sc::inventory::SegmentState& got) -> std::string {
      const auto& e = c["expect"];
      if (got.ref != static_cast<int>(e["ref"].number()) || got.center != static_cast<int>(e["center"].number()) ||
          !sc_test::close_all(got.state, e["state"], g)) {
        return "got " + sc_test::show(got.state);
      }
      return "";
    });
  });
  CHECK(stats.run == 14);
  CHECK(stats.passed == stats.run);
  // A file that is not loaded, named by its host path: the same bytes, the same answer.
  const sc::Context host(sc::io::map_host_file);
  auto by_path = sc::inventory::spkpvn(host.kernels(), sc_test::kFixturesDir + "/kernels/spk/de430-2015-03-02.bsp", 0,
                                       478578660.8033985);
  auto by_id = sc::inventory::spkpvn(registry, "/kernels/spk/de430-2015-03-02.bsp", 0, 478578660.8033985);
  REQUIRE(by_path.ok());
  REQUIRE(by_id.ok());
  CHECK(by_path->state == by_id->state);
  CHECK(sc::inventory::spkpvn(registry, "/kernels/spk/de430-2015-03-02.bsp", 14, 0.0).error().short_code ==
        "SPICE(INDEXOUTOFRANGE)");
}
