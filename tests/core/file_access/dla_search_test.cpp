// DLA lists by handle (core/file_access/dla_search): the Apophis DSK's one segment from both ends,
// the same descriptor the DSK reader lists; DAS opening errors.
#include <doctest/doctest.h>

#include <string>

#include "context.hpp"
#include "das/dla_segments.hpp"
#include "file_access/dla_search.hpp"
#include "file_access/file_exists.hpp"
#include "fixtures.hpp"
#include "io/host_file_reader.hpp"

using sc_test::error_code;
using sc_test::ok;

TEST_CASE("dlabfs/dlabbs find the Apophis DSK's segment; dlafns/dlafps end the list") {
  sc::Context ctx(sc::io::map_host_file);
  const std::string dsk = sc_test::kFixturesDir + "/kernels/dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds";
  const int h = ok(ctx.open_files().open(ctx.kernels(), dsk, sc::file_access::Architecture::das));
  const auto first = ok(sc::file_access::dlabfs(ctx.open_files(), ctx.kernels(), h));
  REQUIRE(first.has_value());
  const auto listed = ok(sc::das::DlaFile::open(sc::io::Bytes::from_vector(sc_test::fixture_bytes(
                                                    "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds")),
                                                "apophis"));
  CHECK(*first == listed->segments.at(0));
  CHECK(ok(sc::file_access::dlabbs(ctx.open_files(), ctx.kernels(), h)) == first);
  CHECK_FALSE(ok(sc::file_access::dlafns(ctx.open_files(), ctx.kernels(), h, *first)).has_value());
  CHECK_FALSE(ok(sc::file_access::dlafps(ctx.open_files(), ctx.kernels(), h, *first)).has_value());
  CHECK(error_code(ctx.open_files().open(ctx.kernels(), sc_test::kFixturesDir + "/kernels/spk/de430-2015-03-02.bsp",
                                         sc::file_access::Architecture::das)) == "SPICE(FILARCHMISMATCH)");
  CHECK(error_code(sc::file_access::dlabfs(ctx.open_files(), ctx.kernels(), h + 100)) == "SPICE(DASNOSUCHHANDLE)");
}

TEST_CASE("exists: host files and memory kernels; the empty name is an error") {
  sc::Context ctx(sc::io::map_host_file);
  CHECK(ok(sc::file_access::exists(ctx.kernels(), sc_test::kFixturesDir + "/kernels/lsk/naif0012.tls")));
  CHECK_FALSE(ok(sc::file_access::exists(ctx.kernels(), sc_test::kFixturesDir + "/kernels/lsk/nope.tls")));
  ctx.kernels().stage("/kernels/x.bsp", sc::io::Bytes::from_vector({1, 2, 3}));
  CHECK(ok(sc::file_access::exists(ctx.kernels(), "/kernels/x.bsp")));
  CHECK(error_code(sc::file_access::exists(ctx.kernels(), "")) == "SPICE(EMPTYSTRING)");
}
