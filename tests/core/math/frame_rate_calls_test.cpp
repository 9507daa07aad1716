// The frame-rate calls (core/math/frame_rate_calls and what they use: frame_rates, euler's M2EUL
// and XF2EUL, two_vector_frame, is_rotation, vector_ops' rotvec and ucrss): CSPICE's answers from
// observers.json, bit for bit, and the identities that tie the calls to each other.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "golden_fixture.hpp"
#include "math/frame_rate_calls.hpp"
#include "math/is_rotation.hpp"
#include "math/two_vector_frame.hpp"
#include "math/trig.hpp"

namespace {

using sc::math::Mat3;
using sc::math::Mat6;
using sc::math::Vec3;
using sc_test::Json;

std::vector<double> numbers(const Json& j) {
  std::vector<double> out;
  for (const auto& x : j.array()) out.push_back(x.number());
  return out;
}

template <class M>
std::vector<double> flat(const M& m) {
  std::vector<double> out;
  for (const auto& row : m) out.insert(out.end(), row.begin(), row.end());
  return out;
}

// "" when every number of `got` equals `want` exactly (+0 and -0 alike), else the first difference.
std::string same_bits(const std::vector<double>& got, const Json& want) {
  const std::vector<double> w = numbers(want);
  if (got.size() != w.size()) return "size " + std::to_string(got.size()) + " vs " + std::to_string(w.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (got[i] != w[i]) return "element " + std::to_string(i) + ": " + sc_test::show(got) + " vs " + sc_test::show(w);
  }
  return "";
}

int axis(const Json& c, std::size_t i) { return static_cast<int>(c["args"][i].number()); }

}  // namespace

TEST_CASE("frame-rate calls give CSPICE's answers bit for bit (observers.json)") {
  const sc_test::Golden g = sc_test::read_golden("observers.json");
  const sc_test::GoldenStats stats = sc_test::run_golden(g, [](const Json& c) -> std::optional<std::string> {
    const std::string& call = c["call"].string();
    const Json& a = c["args"];
    if (call == "xf2rav") {
      return sc_test::expect_result(sc::Result<sc::math::RotationAndRate>(sc::math::xf2rav(numbers(a[0]))), c,
                                    [&](const sc::math::RotationAndRate& r) {
                                      const std::string rot = same_bits(flat(r.rot), c["expect"]["rot"]);
                                      return rot.empty() ? same_bits({r.av.begin(), r.av.end()}, c["expect"]["av"]) : rot;
                                    });
    }
    if (call == "rav2xf") {
      return same_bits(flat(sc::math::rav2xf(numbers(a[0]), numbers(a[1]))), c["expect"]);
    }
    if (call == "invstm") return same_bits(flat(sc::math::invstm(numbers(a[0]))), c["expect"]);
    if (call == "eul2xf") {
      return sc_test::expect_result(sc::math::eul2xf(numbers(a[0]), axis(c, 1), axis(c, 2), axis(c, 3)), c,
                                    [&](const Mat6& m) { return same_bits(flat(m), c["expect"]); });
    }
    if (call == "xf2eul") {
      return sc_test::expect_result(sc::math::xf2eul(numbers(a[0]), axis(c, 1), axis(c, 2), axis(c, 3)), c,
                                    [&](const sc::math::EulerStateAndUniqueness& r) -> std::string {
                                      if (r.unique != std::get<bool>(c["expect"]["unique"].v)) return "unique differs";
                                      return same_bits({r.eulang.begin(), r.eulang.end()}, c["expect"]["eulang"]);
                                    });
    }
    if (call == "twovec") {
      return sc_test::expect_result(sc::math::twovec(numbers(a[0]), axis(c, 1), numbers(a[2]), axis(c, 3)), c,
                                    [&](const Mat3& m) { return same_bits(flat(m), c["expect"]); });
    }
    return std::nullopt;
  });
  CHECK(stats.run == 107);
  CHECK(stats.passed == stats.run);
}

TEST_CASE("rotvec is rotate(angle, axis) * v, with ROTVEC's own sums") {
  const Vec3 v{0.3, -1.7, 2.25};
  for (int axis = -4; axis <= 6; ++axis) {
    for (double angle : {0.0, 0.1, -2.5, 1e-9, 3.0}) {
      const Vec3 got = sc::math::rotvec(v, angle, axis);
      const Vec3 want = sc::math::mxv(sc::math::rotate(angle, axis), v);
      // MXV adds a third term 0 * v, which changes nothing but the sign of a zero.
      for (int i = 0; i < 3; ++i) CHECK(got[i] == want[i]);
    }
  }
  // Quarter turns: the component along the axis is copied, the others are sin/cos of pi/2 times
  // the inputs (cos(pi/2) is the double nearest 6.123e-17, not 0, as in CSPICE).
  const double c = sc::math::cos(M_PI / 2);
  CHECK(c == 6.123233995736766e-17);
  const Vec3 x{1.0, 0.0, 0.0};
  CHECK(sc::math::rotvec(x, M_PI / 2, 3) == Vec3{c, -1.0, 0.0});
  CHECK(sc::math::rotvec(Vec3{0.0, 1.0, 0.0}, M_PI / 2, 1) == Vec3{0.0, c, -1.0});
  CHECK(sc::math::rotvec(Vec3{0.0, 0.0, 1.0}, M_PI / 2, 2) == Vec3{-1.0, 0.0, c});
  CHECK(sc::math::rotvec(v, 0.0, 2) == v);  // no rotation: exactly v
  CHECK(sc::math::rotvec(v, 0.4, 4) == sc::math::rotvec(v, 0.4, 1));
  CHECK(sc::math::rotvec(v, 0.4, 0) == sc::math::rotvec(v, 0.4, 3));
  CHECK(sc::math::rotvec(v, 0.4, -1) == sc::math::rotvec(v, 0.4, 2));
}

TEST_CASE("xf2rav and rav2xf undo each other; invstm inverts a state transformation") {
  const Mat3 r = sc::math::multiply(sc::math::rotate(0.4, 3), sc::math::rotate(-1.1, 1));
  const Vec3 av{1e-4, -7.29e-5, 3e-6};
  const Mat6 xf = sc::math::rav2xf(r, av);
  const sc::math::RotationAndRate back = sc::math::xf2rav(xf);
  CHECK(back.rot == r);
  for (int i = 0; i < 3; ++i) CHECK(std::fabs(back.av[i] - av[i]) <= 1e-19);
  const Mat6 inv = sc::math::invstm(xf);
  for (int i = 0; i < 6; ++i) {
    for (int j = 0; j < 6; ++j) {
      double s = 0.0;
      for (int k = 0; k < 6; ++k) s += inv[i][k] * xf[k][j];
      CHECK(std::fabs(s - (i == j ? 1.0 : 0.0)) <= 1e-15);
    }
  }
  CHECK(sc::math::invstm(inv) == xf);  // transposing blocks twice is exact
}

TEST_CASE("m2eul recovers eul2m's angles; xf2eul recovers eul2xf's") {
  for (const auto& axes : std::vector<std::array<int, 3>>{{3, 1, 3}, {1, 2, 3}, {3, 2, 1}, {2, 1, 2}, {1, 3, 2}}) {
    const Mat3 r = sc::math::eul2m(0.3, 0.8, -1.2, axes[0], axes[1], axes[2]);
    const auto e = sc::math::m2eul(r, axes[0], axes[1], axes[2]);
    REQUIRE(e.ok());
    CHECK(std::fabs(e->angle3 - 0.3) <= 1e-15);
    CHECK(std::fabs(e->angle2 - 0.8) <= 1e-15);
    CHECK(std::fabs(e->angle1 + 1.2) <= 1e-15);
    const sc::math::EulerState state{0.3, 0.8, -1.2, 1e-5, -2e-6, 3e-7};
    const auto back = sc::math::xf2eul(sc::math::eul2xf(state, axes[0], axes[1], axes[2]), axes[0], axes[1], axes[2]);
    REQUIRE(back.ok());
    CHECK(back->unique);
    for (int i = 0; i < 6; ++i) CHECK(std::fabs(back->eulang[i] - state[i]) <= 1e-15);
  }
  // A degenerate 3-1-3 sequence (middle angle 0): not unique, the first angle 0.
  const auto d = sc::math::xf2eul(sc::math::eul2xf({0.2, 0.0, 0.5, 1e-3, 0.0, 2e-3}, 3, 1, 3), 3, 1, 3);
  REQUIRE(d.ok());
  CHECK_FALSE(d->unique);
  CHECK(d->eulang[0] == 0.0);
  CHECK(d->eulang[3] == 0.0);
}

TEST_CASE("the frame-rate calls refuse what CSPICE refuses, in CSPICE's order") {
  Mat6 id{};
  for (int i = 0; i < 6; ++i) id[i][i] = 1.0;
  CHECK(sc::math::xf2eul(id, 1, 1, 3).error().short_code == "SPICE(BADAXISNUMBERS)");  // middle = neighbour
  CHECK(sc::math::xf2eul(id, 0, 1, 3).error().short_code == "SPICE(BADAXISNUMBERS)");  // out of range first
  Mat6 scaled = id;
  scaled[0][0] = 2.0;  // a column of norm 2
  CHECK(sc::math::xf2eul(scaled, 3, 1, 3).error().short_code == "SPICE(NOTAROTATION)");
  CHECK(sc::math::m2eul(sc::math::Mat3{{{1, 0, 0}, {0, 1, 0}, {0, 0, -1}}}, 3, 1, 3).error().short_code ==
        "SPICE(NOTAROTATION)");  // a reflection
  const std::vector<double> angles{0.1, 0.2, 0.3, 0, 0, 0};
  CHECK(sc::math::eul2xf(angles, 1, 2, 4).error().short_code == "SPICE(BADAXISNUMBERS)");
  CHECK(sc::math::eul2xf(angles, 3, 3, 1).ok());  // a repeated middle axis is merged, not refused
  const Vec3 x{1, 0, 0};
  const Vec3 y{0, 1, 0};
  CHECK(sc::math::twovec(x, 0, y, 1).error().short_code == "SPICE(BADINDEX)");
  CHECK(sc::math::twovec(x, 2, y, 2).error().short_code == "SPICE(UNDEFINEDFRAME)");
  CHECK(sc::math::twovec(x, 1, Vec3{-3, 0, 0}, 2).error().short_code == "SPICE(DEPENDENTVECTORS)");
  CHECK(sc::math::twovec(x, 4, y, 4).error().short_code == "SPICE(BADINDEX)");  // range before equality
}

TEST_CASE("twovec builds the frame its two vectors define") {
  const Vec3 a{1.0, 2.0, 3.0};
  const Vec3 p{-1.0, 0.5, 0.25};
  for (int ia = 1; ia <= 3; ++ia) {
    for (int ip = 1; ip <= 3; ++ip) {
      if (ia == ip) continue;
      const auto m = sc::math::twovec(a, ia, p, ip);
      REQUIRE(m.ok());
      CHECK(sc::math::isrot(*m, 1e-14, 1e-14));
      CHECK((*m)[ia - 1] == sc::math::vhat(a));                  // axis indexa along axdef
      CHECK(sc::math::vdot((*m)[ip - 1], p) > 0.0);               // axis indexp on plndef's side
      const Vec3 n = sc::math::vcrss(a, p);                       // and in their plane
      CHECK(std::fabs(sc::math::vdot((*m)[ip - 1], n)) <= 1e-15);
    }
  }
}
