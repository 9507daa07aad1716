// A reference model of the packet windows of SPK types 18 and 19 (SPKR18/SPKR19 choose them,
// SPKE18/SPKE19 interpolate them), written from spk.req with math::lagrange/hermite, for the type
// tests to compare the readers against; probes around every epoch; the check at a node.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "fixtures.hpp"
#include "math/interpolation.hpp"
#include "spk/state.hpp"

namespace sc_test {

using sc::spk::State;

struct Window {
  std::size_t first;  // 0-based
  std::size_t count;
};

// SPKR18/SPKR19: LOW = the epochs before et (at least 1), then W/2 packets to the left of et and
// up to W/2 to the right, fewer near the ends of the data.
inline Window expected_window(const std::vector<double>& epochs, std::size_t w, double et) {
  const auto before =
      static_cast<std::size_t>(std::count_if(epochs.begin(), epochs.end(), [&](double e) { return e < et; }));
  const std::size_t low = std::max<std::size_t>(before, 1);
  const std::size_t lsize = std::min(w / 2, low);
  const std::size_t rsize = std::min(w / 2, epochs.size() - low);
  return {low - lsize, lsize + rsize};
}

// SPKE18/SPKE19 on packets first .. first + count - 1: subtype 0 Hermite of position (words 0-2
// with 3-5) and of velocity (6-8 with 9-11); 1 Lagrange of all 6 words; 2 Hermite of position
// with velocity.
inline State interpolate(int subtype, const std::vector<double>& packets, const std::vector<double>& epochs, Window win,
                  double et) {
  const std::size_t size = subtype == 0 ? 12 : 6;
  const std::vector<double> xs(epochs.begin() + static_cast<std::ptrdiff_t>(win.first),
                               epochs.begin() + static_cast<std::ptrdiff_t>(win.first + win.count));
  auto word = [&](std::size_t k, std::size_t w) { return packets[(win.first + k) * size + w]; };
  auto hermite = [&](std::size_t value, std::size_t derivative) {
    std::vector<double> pairs;
    for (std::size_t k = 0; k < win.count; ++k) {
      pairs.push_back(word(k, value));
      pairs.push_back(word(k, derivative));
    }
    return ok(sc::math::hermite(xs, pairs, et));
  };
  State s{};
  for (std::size_t c = 0; c < 3; ++c) {
    if (subtype == 1) {
      for (std::size_t w : {c, c + 3}) {
        std::vector<double> ys;
        for (std::size_t k = 0; k < win.count; ++k) ys.push_back(word(k, w));
        s[w] = ok(sc::math::lagrange(xs, ys, et));
      }
    } else if (subtype == 0) {
      s[c] = hermite(c, c + 3).value;
      s[c + 3] = hermite(c + 6, c + 9).value;
    } else {
      const auto f = hermite(c, c + 3);
      s[c] = f.value;
      s[c + 3] = f.derivative;
    }
  }
  return s;
}

// Probes in and around every epoch gap, and the epochs themselves.
inline std::vector<double> probes_around(const std::vector<double>& epochs, double from, double to) {
  std::vector<double> out;
  for (std::size_t k = 0; k < epochs.size(); ++k) {
    const double e = epochs[k];
    for (double p : {e, std::nextafter(e, -1e300), std::nextafter(e, 1e300)}) out.push_back(p);
    if (k + 1 < epochs.size()) out.push_back(e + (epochs[k + 1] - e) * 0.37);
  }
  out.erase(std::remove_if(out.begin(), out.end(), [&](double p) { return p < from || p > to; }), out.end());
  return out;
}

// At a node the interpolants return the node's value up to rounding; Hermite velocities from the
// derivative of the interpolant (subtype 2) carry a few more roundings.
inline void check_node(const State& got, const std::vector<double>& packets, std::size_t size, std::size_t k) {
  for (std::size_t i = 0; i < 6; ++i) {
    // Subtype 0 packets hold the velocity in words 6-8.
    const std::size_t w = size == 12 && i >= 3 ? i + 3 : i;
    const double want = packets[k * size + w];
    CHECK_MESSAGE(std::fabs(got[i] - want) <= 1e-12 * std::fabs(want) + 1e-12, "packet " << k << " word " << w);
  }
}

}  // namespace sc_test
