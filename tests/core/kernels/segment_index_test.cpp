// The registry's segment index (core/kernels/segment_index): it must keep CSPICE's precedence
// through everything that changes the loaded files (many files, unload of one in the middle, a
// meta-kernel whose load fails and is rolled back, kclear), and see keys searches skip.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "io/bytes.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/segment_search.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"

namespace {

using sc::kernels::KernelRegistry;
using sc_test::build_pck;
using sc_test::type2;

std::string name_at(const KernelRegistry& r, int class_id, double et) {
  auto found = sc_test::find_pck(r, class_id, et);
  return found ? found->segment.name : "none";
}

sc::io::Bytes bytes_of(const std::string& s) { return sc::io::Bytes::from_vector(std::vector<std::uint8_t>(s.begin(), s.end())); }

}  // namespace

TEST_CASE("segment index: many unrelated files, unload in the middle, kclear") {
  const auto a = build_pck({type2(0, 100, 1000, {0.1, 0.2, 0.3}, {0, 0, 0}, "a1")});
  const auto b = build_pck({type2(0, 50, 1000, {0.1, 0.2, 0.4}, {0, 0, 0}, "b1")});
  const auto other = build_pck({type2(0, 100, 2000, {0.1, 0.2, 0.5}, {0, 0, 0}, "other")});
  KernelRegistry r;
  sc_test::load_bytes(r, "/kernels/a.bpc", a);
  for (int i = 0; i < 200; ++i) sc_test::load_bytes(r, "/kernels/other" + std::to_string(i) + ".bpc", other);
  sc_test::load_bytes(r, "/kernels/b.bpc", b);
  for (int i = 200; i < 400; ++i) sc_test::load_bytes(r, "/kernels/other" + std::to_string(i) + ".bpc", other);
  CHECK(name_at(r, 1000, 25.0) == "b1");
  CHECK(name_at(r, 1000, 75.0) == "a1");
  CHECK(name_at(r, 2000, 75.0) == "other");
  CHECK(sc::kernels::segments_in_search_order(r, sc::kernels::kPck, 1000).size() == 2);
  CHECK(sc::kernels::segments_in_search_order(r, sc::kernels::kPck, 2000).size() == 400);
  // Unloading a file between others shifts the positions of every later file.
  REQUIRE(r.unload("/kernels/other17.bpc").ok());
  REQUIRE(r.unload("/kernels/b.bpc").ok());
  CHECK(name_at(r, 1000, 25.0) == "a1");
  CHECK(sc::kernels::segments_in_search_order(r, sc::kernels::kPck, 2000).size() == 399);
  r.kclear();
  CHECK(name_at(r, 1000, 25.0) == "none");
  CHECK_FALSE(sc::kernels::any_loaded(r, sc::kernels::kPck));
  CHECK_FALSE(sc::kernels::has_segments(r, sc::kernels::kPck, 1000));
}

TEST_CASE("segment index: a key with only a reversed segment exists but is never found") {
  KernelRegistry r;
  sc_test::load_bytes(r, "/kernels/rev.bpc", build_pck({type2(300, 10, 1234, {0.1, 0.2, 0.7}, {0, 0, 0}, "rev")}));
  CHECK(sc::kernels::has_segments(r, sc::kernels::kPck, 1234));
  CHECK(name_at(r, 1234, 100.0) == "none");
  CHECK(sc::kernels::any_loaded(r, sc::kernels::kPck));
  CHECK_FALSE(sc::kernels::any_loaded(r, sc::kernels::kSpk));
}

TEST_CASE("segment index: a meta-kernel that fails to load leaves the index as it was") {
  KernelRegistry r;
  sc_test::load_bytes(r, "/kernels/a.bpc", build_pck({type2(0, 100, 1000, {0.1, 0.2, 0.3}, {0, 0, 0}, "a1")}));
  r.stage("/kernels/c.bpc", sc::io::Bytes::from_vector(build_pck({type2(0, 100, 1000, {0.1, 0.2, 0.9}, {0, 0, 0}, "c1")})));
  const std::string meta =
      "KPL/MK\n\\begindata\nKERNELS_TO_LOAD = ( '/kernels/c.bpc', '/kernels/missing.bpc' )\n\\begintext\n";
  CHECK_FALSE(r.furnsh_bytes("/kernels/meta.tm", bytes_of(meta)).ok());
  CHECK(name_at(r, 1000, 50.0) == "a1");  // c.bpc, loaded before the failure, was rolled back
  CHECK(sc::kernels::segments_in_search_order(r, sc::kernels::kPck, 1000).size() == 1);
  REQUIRE(r.furnsh("/kernels/c.bpc").ok());
  CHECK(name_at(r, 1000, 50.0) == "c1");
}
