// Geometric states from SPK files (core/spk/spk_api, SPKGEO's chaining): unpadded and truncated
// files, SPKINSUFFDATA's message, chains whose centers loop, every geometric case of the SPK golden
// files, and randomly damaged files that must fail cleanly.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "bodies/body_names.hpp"
#include "daf_images.hpp"
#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "kernels/kernel_registry.hpp"
#include "segment_files.hpp"
#include "spk_golden.hpp"
#include "spk/spk_api.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::load;
using sc_test::load_bytes;
using sc_test::same_bits;
using sc::kernels::KernelRegistry;
using sc::spk::State;

State geo(const KernelRegistry& registry, int target, double et, int observer) {
  auto s = sc::spk::geometric_state_j2000(registry, target, et, observer);
  REQUIRE_MESSAGE(s.ok(), target << " from " << observer << " at " << et << ": "
                                 << (s.ok() ? "" : s.error().long_msg));
  return *s;
}

}  // namespace

TEST_CASE("Unpadded files give the same states as their padded twins") {
  const struct {
    const char* unpadded;
    const char* padded;
    double et;
    int target, observer;
  } twins[] = {
      {"quirks/de430-2015-03-02-unpadded.bsp", "spk/de430-2015-03-02.bsp", 478569667.0, 299, 399},
      {"quirks/de441-1969-unpadded.bsp", "spk/de441-1969.bsp", -959800000.0, 1, 301},
      {"quirks/jup310-unpadded.bsp", "spk/jup310.bsp", 667600000.0, 516, 399},
      {"quirks/jup310-2015-03-02-unpadded.bsp", "spk/jup310-2015-03-02.bsp", 478600000.0, 505, 399},
      {"quirks/jup310-2053-10-08-unpadded.bsp", "spk/jup310-2053-10-08.bsp", 1696850000.0, 599, 399},
  };
  for (const auto& t : twins) {
    KernelRegistry u, p;
    load(u, t.unpadded);
    load(p, t.padded);
    CHECK_MESSAGE(same_bits(geo(u, t.target, t.et, t.observer), geo(p, t.target, t.et, t.observer)), t.unpadded);
    CHECK(same_bits(geo(u, 10, t.et, 399), geo(p, 10, t.et, 399)));
  }
}

TEST_CASE("bad/de440s-truncated.bsp loads and gives plausible states") {
  // See daf_test.cpp: despite its name, all its data are inside the file.
  KernelRegistry r;
  load(r, "bad/de440s-truncated.bsp");
  const State emb = geo(r, 3, 750000000.0, 10);
  const double au = std::sqrt(emb[0] * emb[0] + emb[1] * emb[1] + emb[2] * emb[2]) / 1.495978707e8;
  CHECK(au > 0.98);
  CHECK(au < 1.02);
}

TEST_CASE("SPKINSUFFDATA names the bodies and the epoch") {
  KernelRegistry r;
  load(r, "spk/de430-2015-03-02.bsp");
  auto s = sc::spk::geometric_state_j2000(r, 401, 478569667.0, 399);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(SPKINSUFFDATA)");
  CHECK_MESSAGE(s.error().long_msg.find("401 (PHOBOS)") != std::string::npos, s.error().long_msg);
  CHECK(s.error().long_msg.find("399 (EARTH)") != std::string::npos);
  CHECK(s.error().long_msg.find("478569667.000000") != std::string::npos);

  auto outside = sc::spk::ssb_state_j2000(r, 301, 0.0);
  REQUIRE_FALSE(outside.ok());
  CHECK(outside.error().short_code == "SPICE(SPKINSUFFDATA)");

  // With no SPK loaded at all, SPKSFS refuses to search and SPKGEO passes its error on.
  KernelRegistry empty;
  CHECK(sc::spk::ssb_state_j2000(empty, 399, 0.0).error().short_code == "SPICE(NOLOADEDFILES)");
  // Target = observer needs no data at all (SPKGEO's first case).
  auto zero = sc::spk::geometric_state_j2000(empty, 399, 0.0, 399);
  REQUIRE(zero.ok());
  CHECK(*zero == State{});
}

TEST_CASE("Chains whose centers loop end with an error instead of looping forever") {
  auto bytes = fixture_bytes("spk/de430-2015-03-02.bsp");
  // Segment 3 (EMB relative to the SSB) now claims 301 as its center: 399 -> 3 -> 301 -> 3 -> ...
  sc_test::put_int_at(bytes, sc_test::summary_int_at(4, 2, 1), 301);
  KernelRegistry r;
  load_bytes(r, "loop.bsp", bytes);
  auto s = sc::spk::geometric_state_j2000(r, 399, 478569667.0, 10);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(SPKINSUFFDATA)");
  CHECK(s.error().long_msg.find("loops") != std::string::npos);
  // The same loop on the observer's side.
  auto o = sc::spk::geometric_state_j2000(r, 10, 478569667.0, 399);
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().short_code == "SPICE(SPKINSUFFDATA)");
  // A target chain that reaches the observer before going round the loop still works.
  CHECK(sc::spk::geometric_state_j2000(r, 399, 478569667.0, 301).ok());
}

TEST_CASE("Golden geometric states: spk-planets, spk-merged, spk-jupiter, spk-big-endian") {
  for (const char* file : {"spk-planets", "spk-merged", "spk-jupiter", "spk-big-endian"}) {
    int errors = 0;
    const auto stats = sc_test::run_geometric_cases(sc_test::read_golden(std::string(file) + ".json"), errors);
    MESSAGE(std::string(file) << ": " << stats.compared << " compared (" << stats.bit_identical << " bit-identical), "
                 << errors << " error cases, " << stats.skipped << " skipped; max relative deviation "
                 << stats.max_relative << ", max deviation / tolerance " << stats.max_tolerance_ratio);
    CHECK(stats.compared > 0);
  }
}

TEST_CASE("Randomly damaged SPK files fail cleanly or evaluate, never read outside their bytes") {
  // Deterministic byte damage in the file record, the summary and name records and the data of
  // the DE430 excerpt; whatever opens is then evaluated at epochs in and around its coverage.
  // (Run under SC_SANITIZE=ON this also proves the absence of out-of-bounds reads.)
  const auto original = fixture_bytes("spk/de430-2015-03-02.bsp");
  std::uint64_t seed = 0x5eed5eed5eedULL;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(seed >> 33);
  };
  const std::size_t regions[][2] = {{0, 96}, {3 * 1024, 4 * 1024}, {4 * 1024, 5 * 1024}, {5 * 1024, 10 * 1024}};
  int opened = 0, evaluated = 0;
  for (int trial = 0; trial < 400; ++trial) {
    auto bytes = original;
    const auto& region = regions[static_cast<std::size_t>(trial) % 4];
    for (int k = 0; k < 4; ++k) {
      const std::size_t at = region[0] + next() % (region[1] - region[0]);
      bytes[at] = static_cast<std::uint8_t>(next());
    }
    if (trial % 7 == 0) bytes.resize(bytes.size() - next() % 4096);
    KernelRegistry r;
    if (!r.furnsh_bytes("damaged.bsp", sc::io::Bytes::from_vector(std::move(bytes))).ok()) continue;
    ++opened;
    for (double et : {478000000.0, 478569667.0, 478958400.0, 0.0}) {
      for (int body : {301, 399, 5, 10}) {
        if (sc::spk::geometric_state_j2000(r, body, et, 0).ok()) ++evaluated;
      }
    }
  }
  MESSAGE("damaged files opened: " << opened << "/400, states evaluated: " << evaluated);
  CHECK(opened > 0);
}
