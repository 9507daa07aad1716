// The kernel registry (core/kernels/kernel_registry): a corrupt SPK fails at furnsh and leaves
// nothing loaded.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "daf_images.hpp"
#include "kernels/kernel_registry.hpp"

namespace {

using sc::daf::ByteOrder;
using sc_test::fixture_bytes;
using sc_test::put_double_at;
using sc_test::record_at;

}  // namespace

TEST_CASE("A corrupt SPK fails at furnsh and leaves nothing loaded") {
  sc::kernels::KernelRegistry registry;
  REQUIRE(registry.furnsh_bytes("/kernels/de430.bsp",
                                sc::io::Bytes::from_vector(fixture_bytes("spk/de430-2015-03-02.bsp")))
              .ok());
  auto bad = fixture_bytes("spk/de441-1969.bsp");
  put_double_at(bad, record_at(71), 62.0, ByteOrder::little);
  auto status = registry.furnsh_bytes("/kernels/cyclic.bsp", sc::io::Bytes::from_vector(std::move(bad)));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFCORRUPTED)");
  CHECK(status.error().long_msg.find("'/kernels/cyclic.bsp'") != std::string::npos);
  CHECK(registry.ktotal("SPK") == 1);
  CHECK_FALSE(registry.kinfo("/kernels/cyclic.bsp"));

  const auto full = fixture_bytes("bad/de440s-truncated.bsp");
  std::vector<std::uint8_t> cut(full.begin(), full.begin() + 300000);
  status = registry.furnsh_bytes("/kernels/cut.bsp", sc::io::Bytes::from_vector(std::move(cut)));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFBEGGTEND)");
  CHECK(registry.ktotal("ALL") == 1);
}

TEST_CASE("an empty kernel is refused as CSPICE's GETFAT refuses it (SPICE(FILEREADFAILED))") {
  sc::kernels::KernelRegistry registry;
  auto status = registry.furnsh_bytes("/kernels/empty.tls", sc::io::Bytes::from_vector({}));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(FILEREADFAILED)");
  CHECK(registry.ktotal("ALL") == 0);
  // A one-line text kernel is not empty: CSPICE loads it.
  CHECK(registry.furnsh_bytes("/kernels/newline.tls", sc::io::Bytes::from_vector({'\n'})).ok());
}

TEST_CASE("a meta-kernel given as bytes lists only kernels given as bytes unless allowed host paths") {
  std::vector<std::string> opened;
  sc::kernels::KernelRegistry registry([&](std::string_view name) -> sc::Result<sc::io::Bytes> {
    opened.emplace_back(name);
    return sc::io::Bytes::from_vector(fixture_bytes("lsk/naif0012.tls"));
  });
  auto text = [](std::string s) { return sc::io::Bytes::from_vector(std::vector<std::uint8_t>(s.begin(), s.end())); };
  auto status = registry.furnsh_bytes("/kernels/m.tm", text("\\begindata\nKERNELS_TO_LOAD = ( '/etc/passwd' )\n"));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(BADVIRTUALID)");
  status = registry.furnsh_bytes("/kernels/m.tm", text("\\begindata\nKERNELS_TO_LOAD = ( 'lsk/a.tls' )\n"));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(NOSUCHFILE)");
  CHECK(opened.empty());  // the host reader was never asked
  CHECK(registry.ktotal("ALL") == 0);

  REQUIRE(registry.furnsh_bytes("/kernels/lsk/a.tls", sc::io::Bytes::from_vector(fixture_bytes("lsk/naif0012.tls"))).ok());
  REQUIRE(registry.furnsh_bytes("/kernels/m.tm", text("\\begindata\nKERNELS_TO_LOAD = ( 'lsk/a.tls' )\n")).ok());
  CHECK(registry.kinfo("/kernels/lsk/a.tls")->source == "/kernels/m.tm");

  REQUIRE(registry
              .furnsh_bytes("/kernels/h.tm", text("\\begindata\nKERNELS_TO_LOAD = ( '/host/a.tls' )\n"),
                            sc::kernels::HostPaths::allowed)
              .ok());
  CHECK(opened == std::vector<std::string>{"/host/a.tls"});
  CHECK(registry.kinfo("/host/a.tls")->source == "/kernels/h.tm");
}

TEST_CASE("unload of a kernel that is not loaded does nothing, as CSPICE's UNLOAD (issue 18)") {
  sc::kernels::KernelRegistry registry;
  CHECK(registry.unload("/kernels/never.bsp").ok());
  REQUIRE(registry.furnsh_bytes("/kernels/lsk/a.tls", sc::io::Bytes::from_vector(fixture_bytes("lsk/naif0012.tls"))).ok());
  CHECK(registry.unload("/kernels/lsk/b.tls").ok());
  CHECK(registry.ktotal("ALL") == 1);
  CHECK(registry.knows("/kernels/lsk/a.tls"));
  CHECK_FALSE(registry.knows("/kernels/lsk/b.tls"));
  registry.stage("/kernels/out.bsp", sc::io::Bytes::from_vector(fixture_bytes("spk/de430-2015-03-02.bsp")));
  CHECK(registry.knows("/kernels/out.bsp"));  // staged (a closed virtual output), not loaded
}

TEST_CASE("ktotal/kdata kinds: blank-separated lists, case ignored, and tspice's text subtypes (issue 18)") {
  sc::kernels::KernelRegistry registry;
  auto load = [&](const char* id, const char* fixture) {
    REQUIRE(registry.furnsh_bytes(id, sc::io::Bytes::from_vector(fixture_bytes(fixture))).ok());
  };
  load("/kernels/lsk/naif0012.tls", "lsk/naif0012.tls");
  load("/kernels/fk/moon_080317.tf", "fk/moon_080317.tf");
  load("/kernels/pck/pck00010.tpc", "pck/pck00010.tpc");
  load("/kernels/spk/de430.bsp", "spk/de430-2015-03-02.bsp");
  CHECK(registry.ktotal("TEXT") == 3);
  CHECK(registry.ktotal("spk text") == 4);
  CHECK(registry.ktotal("LSK") == 1);
  CHECK(registry.ktotal("FK LSK") == 2);
  CHECK(registry.ktotal("IK SCLK") == 0);
  CHECK(registry.ktotal("BOGUS") == 0);
  CHECK(registry.kdata(0, "FK")->file == "/kernels/fk/moon_080317.tf");
  CHECK(registry.kdata(0, "FK")->filtyp == "TEXT");  // CSPICE's type stays the reported one
}

TEST_CASE("a text kernel loaded again is read again in place: nothing cleared, only its names' watchers told") {
  sc::kernels::KernelRegistry registry;
  auto text = [](std::string s) { return sc::io::Bytes::from_vector(std::vector<std::uint8_t>(s.begin(), s.end())); };
  REQUIRE(registry.furnsh_bytes("/kernels/a.tpc", text("\\begindata\nA = 1\n")).ok());
  REQUIRE(registry.furnsh_bytes("/kernels/b.tpc", text("\\begindata\nB = 2\n")).ok());
  const std::vector<std::string> watched_p{"P"}, watched_a{"A"};
  registry.pool().watchers().watch("WATCH_P", watched_p);
  registry.pool().watchers().watch("WATCH_A", watched_a);
  CHECK(registry.pool().watchers().check("WATCH_P"));
  CHECK(registry.pool().watchers().check("WATCH_A"));
  sc::pool::Variable p;
  p.numbers = {5};
  REQUIRE(registry.pool().put("P", p).ok());
  CHECK(registry.pool().watchers().check("WATCH_P"));

  REQUIRE(registry.furnsh_bytes("/kernels/a.tpc", text("\\begindata\nA = 3\n")).ok());
  CHECK(registry.kdata(0, "ALL")->file == "/kernels/a.tpc");  // keeps its place
  CHECK(registry.pool().find("P") != nullptr);                // the pool was not cleared
  CHECK(registry.pool().find("A")->numbers == std::vector<double>{3});
  CHECK(registry.pool().watchers().check("WATCH_A"));
  CHECK_FALSE(registry.pool().watchers().check("WATCH_P"));
}
