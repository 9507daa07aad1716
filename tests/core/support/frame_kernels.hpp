// The frame tests' context and matrix helpers: a Context with the golden kernels (LSK, PCKs, lunar
// FK, DE430) plus a frames-kernel body written by the test, the epoch they all use, and the 3x3
// arithmetic the expected matrices are built with (independent of sc::math).
#pragma once

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "io/host_file_reader.hpp"
#include "math/rotation.hpp"

namespace sc_test {

constexpr double kPiTest = 3.141592653589793;
constexpr double kEt = 478720802.5977731;  // 2015 MAR 02, inside every fixture's coverage

// A context with the golden kernels (LSK, PCKs, lunar FK, DE430) plus `fk`, a text kernel body.
inline sc::Context context_with(const std::string& fk) {
  sc::Context ctx(sc::io::map_host_file);
  for (const char* k : {"lsk/naif0012.tls", "pck/pck00010.tpc", "pck/moon_pa_de421_1900-2050.bpc", "fk/moon_080317.tf",
                        "spk/de430-2015-03-02.bsp"}) {
    auto s = ctx.kernels().furnsh(kFixturesDir + "/kernels/" + k);
    REQUIRE_MESSAGE(s.ok(), k << ": " << s.error().long_msg);
  }
  if (!fk.empty()) {
    const std::string text = "KPL/FK\n\\begindata\n" + fk + "\n\\begintext\n";
    auto s = ctx.kernels().furnsh_bytes("/kernels/test.tf",
                                        sc::io::Bytes::from_vector(std::vector<std::uint8_t>(text.begin(), text.end())));
    REQUIRE_MESSAGE(s.ok(), s.error().long_msg);
  }
  return ctx;
}

inline sc::math::Mat3 z_rotation_of_vectors(double angle) {  // rotates vectors by +angle about z
  const double c = std::cos(angle), s = std::sin(angle);
  return sc::math::Mat3{{{c, -s, 0.0}, {s, c, 0.0}, {0.0, 0.0, 1.0}}};
}

inline sc::math::Mat3 transpose(const sc::math::Mat3& m) {
  sc::math::Mat3 t{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) t[i][j] = m[j][i];
  return t;
}

inline sc::math::Mat3 mul(const sc::math::Mat3& a, const sc::math::Mat3& b) {
  sc::math::Mat3 p{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) p[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
  return p;
}

template <std::size_t N>
double max_diff(const std::array<std::array<double, N>, N>& a, const std::array<std::array<double, N>, N>& b) {
  double d = 0;
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = 0; j < N; ++j) d = std::fmax(d, std::fabs(a[i][j] - b[i][j]));
  return d;
}

}  // namespace sc_test
