// The frame calls (core/frames/frames_api): every case of frames.json (CSPICE N0067's answers for
// pxform, sxform, spkezr in rotating frames and the frame look-ups) through the shared golden
// runner, and pxfrm2 through J2000 at two epochs.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"

namespace {

using sc_test::close;
using sc_test::expect_result;
using sc_test::Golden;
using sc_test::load_context;
using sc_test::read_golden;
using sc_test::show;
using sc_test::context_with;
using sc_test::kEt;
using sc_test::kPiTest;
using sc_test::mul;

// Row-major flattening of a square matrix compared with the golden list.
template <std::size_t N>
std::string check_matrix(const std::array<std::array<double, N>, N>& m, const sc_test::Json& want, const Golden& g) {
  std::array<double, N * N> flat{};
  for (std::size_t r = 0; r < N; ++r) {
    for (std::size_t c = 0; c < N; ++c) flat[r * N + c] = m[r][c];
  }
  if (want.array().size() != N * N) return "golden has the wrong size";
  for (std::size_t i = 0; i < N * N; ++i) {
    if (!close(flat[i], want[i].number(), g)) return "element " + std::to_string(i) + ": " + show(flat);
  }
  return "";
}

std::string run_case(const sc::Context& ctx, const sc_test::Json& c, const Golden& g) {
  namespace fr = sc::frames;
  const std::string call = c["call"].string();
  const auto& a = c["args"];
  const bool want_error = c.has("error");
  auto compare = [&](const auto& result, auto&& check) { return expect_result(result, c, check); };
  const auto& e = want_error ? c["error"] : c["expect"];

  if (call == "pxform") {
    return compare(fr::pxform(ctx, a[0].string(), a[1].string(), a[2].number()),
                   [&](const sc::math::Mat3& m) { return check_matrix(m, e, g); });
  }
  if (call == "sxform") {
    return compare(fr::sxform(ctx, a[0].string(), a[1].string(), a[2].number()),
                   [&](const sc::math::Mat6& m) { return check_matrix(m, e, g); });
  }
  if (call == "spkezr") {
    return compare(sc::geometry::spkezr(ctx, a[0].string(), a[1].number(), a[2].string(), a[3].string(),
                                        a[4].string()),
                   [&](const sc::geometry::StateLt& s) -> std::string {
                     for (std::size_t i = 0; i < 6; ++i) {
                       if (!close(s.state[i], e["state"][i].number(), g)) {
                         return "state " + show(s.state) + " lt " + std::to_string(s.lt);
                       }
                     }
                     return close(s.lt, e["lt"].number(), g) ? "" : "lt " + std::to_string(s.lt);
                   });
  }
  const bool found = !want_error && std::get<bool>(e["found"].v);
  auto found_text = [](bool f) { return std::string(f ? "found" : "not found"); };
  if (call == "namfrm") {
    auto code = fr::namfrm(ctx, a[0].string());
    if (code.has_value() != found) return found_text(code.has_value());
    return !code || *code == static_cast<int>(e["code"].number()) ? "" : "code " + std::to_string(*code);
  }
  if (call == "frmnam") {
    auto name = fr::frmnam(ctx, static_cast<int>(a[0].number()));
    if (name.has_value() != found) return found_text(name.has_value());
    return !name || *name == e["name"].string() ? "" : "name " + *name;
  }
  if (call == "frinfo") {
    auto info = fr::frinfo(ctx, static_cast<int>(a[0].number()));
    if (info.has_value() != found) return found_text(info.has_value());
    if (!info) return "";
    const bool same = info->center == static_cast<int>(e["center"].number()) &&
                      info->frame_class == static_cast<int>(e["frameClass"].number()) &&
                      info->class_id == static_cast<int>(e["classId"].number());
    return same ? "" : "info " + std::to_string(info->center) + " " + std::to_string(info->frame_class) + " " +
                           std::to_string(info->class_id);
  }
  auto check_named = [&](const std::optional<fr::NamedFrame>& f) -> std::string {
    if (f.has_value() != found) return found_text(f.has_value());
    if (!f) return "";
    return f->code == static_cast<int>(e["frcode"].number()) && f->name == e["frname"].string()
               ? ""
               : "frame " + std::to_string(f->code) + " " + f->name;
  };
  if (call == "cidfrm") return check_named(fr::cidfrm(ctx, static_cast<int>(a[0].number())));
  if (call == "cnmfrm") {
    auto f = fr::cnmfrm(ctx, a[0].string());
    if (!f) return "got error " + f.error().short_code;
    return check_named(*f);
  }
  return "unknown call " + call;
}

namespace fr = sc::frames;

}  // namespace

TEST_CASE("frames golden: pxform, sxform, spkezr in rotating frames, frame look-ups") {
  const Golden g = read_golden("frames.json");
  const sc::Context ctx = load_context(g);
  const auto stats =
      sc_test::run_golden(g, [&](const sc_test::Json& c) -> std::optional<std::string> { return run_case(ctx, c, g); });
  MESSAGE("frames.json: " << stats.passed << "/" << stats.run << " cases pass");
  CHECK(stats.run == 294);
}

TEST_CASE("pxfrm2 and names: through J2000 at two epochs") {
  const sc::Context ctx = context_with("");
  auto m = fr::pxfrm2(ctx, "IAU_EARTH", "iau_earth", kEt, kEt + 3600.0);
  auto a = fr::pxform(ctx, "IAU_EARTH", "J2000", kEt);
  auto b = fr::pxform(ctx, "J2000", "IAU_EARTH", kEt + 3600.0);
  REQUIRE(m.ok());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(*m == mul(*b, *a));
  // An hour of Earth rotation: about 15.04 degrees about the pole.
  const double angle = std::acos(((*m)[0][0] + (*m)[1][1] + (*m)[2][2] - 1.0) / 2.0) * 180.0 / kPiTest;
  CHECK(angle == doctest::Approx(15.041).epsilon(1e-4));
  CHECK(fr::pxfrm2(ctx, "NOPE", "NADA", kEt, kEt).error().short_code == "SPICE(UNKNOWNFRAME)");
}
