// Issue 16: the bytes of a host output are taken without closing its handle (daf_output_bytes), so a
// failed host write keeps the segments; closed virtual outputs are freed by
// release_virtual_output, which also unstages them unless a kernel of that name is loaded.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "writers/ck/ck_writer_api.hpp"
#include "writers/daf_output.hpp"
#include "writers/output_release.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::error_code;
using sc_test::ok;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

const std::vector<double> kStates(60, 1.0);
const SegmentSpec kSpec{3, 10, "J2000", {}, 0.0, 900.0, "S"};

std::vector<std::uint8_t> copy(const sc::io::Bytes& bytes) { return {bytes.span().begin(), bytes.span().end()}; }

}  // namespace

TEST_CASE("daf_output_bytes gives the bytes spkcls would, and leaves the handle open") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/tmp/host.bsp", "host", 0, OutputKind::host_file));
  auto empty = sc::writers::daf_output_bytes(ctx, h, "spkcls");
  CHECK(error_code(empty) == "SPICE(NOSEGMENTSFOUND)");
  CHECK(empty.error().trace_text().find("spkcls") != std::string::npos);
  ok(sc::spk::spkw08(ctx, h, kSpec, 3, 10, kStates, 0, 100));
  const auto first = copy(ok(sc::writers::daf_output_bytes(ctx, h, "spkcls")));
  // Still open: another segment goes in, and the bytes follow.
  ok(sc::spk::spkw08(ctx, h, kSpec, 3, 10, kStates, 0, 100));
  const auto second = copy(ok(sc::writers::daf_output_bytes(ctx, h, "spkcls")));
  CHECK(second != first);
  const auto closed = ok(sc::spk::spkcls(ctx, h));
  CHECK(copy(closed.bytes) == second);
  CHECK(error_code(sc::writers::daf_output_bytes(ctx, h, "spkcls")) == "SPICE(DAFNOSUCHHANDLE)");
  // A CK names its file type in the message.
  const int hc = ok(sc::ck::ckopn(ctx, "/tmp/host.bc", "host", 0, OutputKind::host_file));
  auto ck = sc::writers::daf_output_bytes(ctx, hc, "ckcls");
  CHECK(error_code(ck) == "SPICE(NOSEGMENTSFOUND)");
  CHECK(ck.error().long_msg.find("CK file") != std::string::npos);
}

TEST_CASE("release_virtual_output frees a closed output and unstages it unless it is loaded") {
  Context ctx;
  const std::string a = "/kernels/a.bsp";
  const std::string b = "/kernels/b.bsp";
  for (const auto& name : {a, b}) {
    const int h = ok(sc::spk::spkopn(ctx, name, "x", 0, OutputKind::virtual_output));
    ok(sc::spk::spkw08(ctx, h, kSpec, 3, 10, kStates, 0, 100));
    ok(sc::spk::spkcls(ctx, h));
  }
  ok(ctx.kernels().furnsh(b));  // b is loaded, a only staged

  ok(sc::writers::release_virtual_output(ctx, a));
  auto gone = sc::spk::read_virtual_output(ctx, a);
  CHECK(error_code(gone) == "SPICE(OUTPUTRELEASED)");
  CHECK(gone.error().long_msg.find("released") != std::string::npos);
  CHECK(error_code(ctx.kernels().furnsh(a)) == "SPICE(NOSUCHFILE)");  // unstaged: nothing to load
  ok(sc::writers::release_virtual_output(ctx, a));                     // twice: nothing left to free

  ok(sc::writers::release_virtual_output(ctx, b));
  CHECK(error_code(sc::spk::read_virtual_output(ctx, b)) == "SPICE(OUTPUTRELEASED)");
  CHECK(ctx.kernels().kinfo(b).has_value());  // the loaded kernel keeps its bytes
  ok(ctx.kernels().unload(b));
  CHECK(error_code(ctx.kernels().furnsh(b)) == "SPICE(NOSUCHFILE)");

  // Open, unknown: refused. Written again after release: a new output.
  const int h = ok(sc::spk::spkopn(ctx, a, "again", 0, OutputKind::virtual_output));
  CHECK(error_code(sc::writers::release_virtual_output(ctx, a)) == "SPICE(OUTPUTSTILLOPEN)");
  ok(sc::spk::spkw08(ctx, h, kSpec, 3, 10, kStates, 0, 100));
  ok(sc::spk::spkcls(ctx, h));
  CHECK(ok(sc::spk::read_virtual_output(ctx, a)).size() == 4096);
  CHECK(error_code(sc::writers::release_virtual_output(ctx, "/kernels/never.bsp")) == "SPICE(NOSUCHFILE)");

  // kclear unloads kernels and drops what was staged, but an output stays readable until released.
  ctx.kernels().kclear();
  CHECK(ok(sc::spk::read_virtual_output(ctx, a)).size() == 4096);
}
