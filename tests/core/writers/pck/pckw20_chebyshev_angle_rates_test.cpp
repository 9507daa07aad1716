// The PCK type 20 writer (core/writers/pck/pckw20_chebyshev_angle_rates): the segment laid out as
// PCKW20 lays it out, and its checks with PCKW20's codes, in its order, leaving the file unchanged.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "context.hpp"
#include "daf/daf_writer.hpp"
#include "fixtures.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"
#include "writers/pck/pckw20_chebyshev_angle_rates.hpp"

namespace {

using sc_test::error_code;
using sc_test::new_pck;
using sc_test::open_pck;
using sc_test::ok;
using sc::pck::Segment;

constexpr double kJ2000 = 2451545.0;

constexpr double kDay = 86400.0;

}  // namespace

TEST_CASE("pckw20 lays the segment out as PCKW20 does") {
  const std::vector<double> cdata{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};  // polydg 2: 3 x (3 + 1)
  auto out = new_pck();
  ok(sc::pck::pckw20(out, 31006, 17, -5.0, 86400.0 * 1.5, "LAYOUT  ", 2.0, 1, 2, cdata, 0.5, 60.0, 2451544.0,
                     0.5));
  CHECK(out.array_count() == 1);
  const auto file = open_pck(out.bytes(), "layout.bpc");
  const Segment s = sc_test::pck_segments(*file)[0];
  CHECK(s.class_id == 31006);
  CHECK(s.base_frame == 17);
  CHECK(s.type == 20);
  CHECK(s.start_et == -5.0);
  CHECK(s.end_et == 86400.0 * 1.5);
  CHECK(s.name == "LAYOUT");
  std::vector<double> words(static_cast<std::size_t>(s.length()));
  REQUIRE(file->daf().read_words(s.begin, words).ok());
  std::vector<double> expected = cdata;
  expected.insert(expected.end(), {0.5, 60.0, 2451544.0, 0.5, 2.0, 12.0, 1.0});  // ASCALE .. N
  CHECK(words == expected);
}

TEST_CASE("pckw20 checks its input with PCKW20's codes, in its order, and leaves the file unchanged") {
  auto out = new_pck();
  const std::vector<double> one_record(9, 0.0);  // polydg 1
  // A valid call: one record of 1 day from JD 2451545.0 covering [0, 86400].
  struct Args {
    int n = 1, polydg = 1, frame = 1;
    double first = 0.0, last = kDay, intlen = 1.0, ascale = 1.0, tscale = 1.0, initjd = kJ2000, initfr = 0.0;
    std::string segid = "OK";
    std::size_t size = 9;
  };
  auto write = [&](const Args& a) {
    std::vector<double> cdata(a.size, 0.0);
    return sc::pck::pckw20(out, 1000, a.frame, a.first, a.last, a.segid, a.intlen, a.n, a.polydg, cdata, a.ascale,
                           a.tscale, a.initjd, a.initfr);
  };
  const auto before = out.bytes();
  auto expect = [&](const Args& a, const std::string& code) {
    const auto s = write(a);
    CHECK_MESSAGE(error_code(s) == code, a.segid << ": " << (s.ok() ? "" : s.error().long_msg));
    CHECK(out.bytes() == before);
    CHECK(out.array_count() == 0);
    return s.ok() ? std::string() : s.error().long_msg;
  };
  Args a;
  a.n = 0;
  expect(a, "SPICE(INVALIDCOUNT)");
  a.polydg = -1;
  expect(a, "SPICE(INVALIDCOUNT)");  // N is checked first
  a = {};
  a.polydg = -1;
  expect(a, "SPICE(INVALIDDEGREE)");
  a.polydg = 51;
  a.size = 3 * 53;
  const auto degree = expect(a, "SPICE(INVALIDDEGREE)");
  CHECK(degree.find("[0, 50]") != std::string::npos);
  a = {};
  a.size = 8;
  expect(a, "SPICE(INVALIDSIZE)");
  a = {};
  a.intlen = 0.0;
  a.frame = 0;
  expect(a, "SPICE(INTLENNOTPOS)");
  a.intlen = 1.0;
  expect(a, "SPICE(INVALIDREFFRAME)");
  a = {};
  a.first = kDay;
  a.ascale = 0.0;
  expect(a, "SPICE(BADDESCRTIMES)");  // first == last, before the scales
  a.first = kDay + 1;
  expect(a, "SPICE(BADDESCRTIMES)");
  a = {};
  a.ascale = -1.0;
  a.tscale = 0.0;
  const auto ascale = expect(a, "SPICE(NONPOSITIVESCALE)");
  CHECK(ascale.find("ASCALE") != std::string::npos);
  a.ascale = 1.0;
  const auto tscale = expect(a, "SPICE(NONPOSITIVESCALE)");
  CHECK(tscale.find("TSCALE") != std::string::npos);
  a = {};
  a.first = -1.0;  // 1 s before the first record; the tolerance is 1e-13 * 86400 s
  a.segid = std::string(41, 'x');
  expect(a, "SPICE(COVERAGEGAP)");  // before the identifier
  a = {};
  a.last = kDay + 1e-6;
  expect(a, "SPICE(COVERAGEGAP)");
  a = {};
  a.segid = std::string(41, 'x');
  expect(a, "SPICE(IDSTRINGTOOLONG)");
  a.segid = "tab\there";
  expect(a, "SPICE(NONPRINTABLECHARS)");

  // Not a PCK: the C++ guard against a DAF with another summary format.
  auto spk = ok(sc::daf::DafWriter::create("/kernels/x.bsp", "SPK", 2, 6, "x", 0));
  CHECK(error_code(sc::pck::pckw20(spk, 1000, 1, 0.0, kDay, "X", 1.0, 1, 1, one_record, 1.0, 1.0, kJ2000, 0.0)) ==
        "SPICE(DAFINVALIDPARAMS)");
  CHECK(spk.array_count() == 0);

  // Accepted: a descriptor within the tolerance of the records, 40 characters and trailing
  // blanks, the largest degree, NaN scales (as CSPICE, whose comparisons NaN passes).
  a = {};
  a.first = -1e-9;
  a.last = kDay + 1e-9;
  a.segid = std::string(40, 'y') + "   ";
  ok(write(a));
  a = {};
  a.polydg = 50;
  a.size = 3 * 52;
  ok(write(a));
  a = {};
  a.ascale = std::nan("");
  ok(write(a));
  CHECK(out.array_count() == 3);
}
