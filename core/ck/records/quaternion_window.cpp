#include "ck/records/quaternion_window.hpp"

#include <cmath>

#include "errors/number_text.hpp"
#include "math/interpolation.hpp"
#include "math/quaternion.hpp"

namespace sc::ck {

int packet_size_of_subtype(int subtype) {
  switch (subtype) {
    case 0:
      return 8;
    case 1:
      return 4;
    case 2:
      return 14;
    case 3:
      return 7;
    default:
      return 0;
  }
}

namespace {

// VDISTG with NDIM = 4: scaled by the largest difference first.
double vdistg4(const double* a, const double* b) {
  double scale = 0.0;
  for (int i = 0; i < 4; ++i) scale = std::fmax(scale, std::fabs(a[i] - b[i]));
  if (scale == 0.0) return 0.0;
  double sum = 0.0;
  for (int i = 0; i < 4; ++i) {
    const double d = (a[i] - b[i]) / scale;
    sum += d * d;
  }
  return scale * std::sqrt(sum);
}

// CKE05's angular velocity from a quaternion s (not unit) and its derivative ds: the derivative
// of q = s/|s| is ds/|s| - (q.ds/|s|) q, then QDQ2AV, then per second.
math::Vec3 av_from_derivative(const math::Quat& state, const math::Quat& ds, double mags, double rate) {
  math::Quat q{}, sclddq{}, radtrm{}, dq{};
  const double inv = 1.0 / mags;
  for (int i = 0; i < 4; ++i) q[i] = inv * state[i];
  for (int i = 0; i < 4; ++i) sclddq[i] = inv * ds[i];
  double dot = 0.0;  // VDOTG
  for (int i = 0; i < 4; ++i) dot += q[i] * ds[i];
  const double k = dot / mags;
  for (int i = 0; i < 4; ++i) radtrm[i] = k * q[i];
  for (int i = 0; i < 4; ++i) dq[i] = sclddq[i] - radtrm[i];
  return math::vscl(1.0 / rate, math::qdq2av(q, dq));
}

Error zero_quaternion(double t) {
  return make_error("SPICE(DIVIDEBYZERO)", "Quaternion magnitude at SCLK " + number_text(t) + " was zero.");
}

}  // namespace

Result<Pointing> evaluate_quaternion_window(QuaternionWindow w, bool needav) {
  const int packsz = packet_size_of_subtype(w.subtype);
  if (packsz == 0) {
    return make_error("SPICE(NOTSUPPORTED)",
                      "Unexpected CK type 5 subtype " + std::to_string(w.subtype) + " found in type 5 segment.");
  }
  const std::size_t n = w.epochs.size();
  const auto ps = static_cast<std::size_t>(packsz);
  const bool lagrange = w.subtype == 1 || w.subtype == 3;
  // Quaternion signs: each must be nearer its predecessor than its negative is.
  for (std::size_t i = 1; i < n; ++i) {
    double* prev = &w.packets[(i - 1) * ps];
    double* cur = &w.packets[i * ps];
    const double qneg[4] = {-cur[0], -cur[1], -cur[2], -cur[3]};
    if (vdistg4(prev, qneg) < vdistg4(prev, cur)) {
      if (!lagrange) {
        return make_error("SPICE(BADQUATSIGN)",
                          "Quaternion sign error: quaternion at index " + std::to_string(i + 1) +
                              " in the input record is farther than its negative from the preceding quaternion in the "
                              "record. This makes the quaternion sequence unsuitable for Hermite interpolation.");
      }
      for (int k = 0; k < 4; ++k) cur[k] = qneg[k];
    }
  }
  const double sclkdp = w.t;
  const double rate = w.rate;
  Pointing p;
  p.clkout = w.t;
  math::Quat q{};
  if (lagrange) {
    // Component by component over the packets (XPSGIP's transpose).
    std::vector<double> column(n);
    auto component = [&](std::size_t c) {
      for (std::size_t j = 0; j < n; ++j) column[j] = w.packets[j * ps + c];
      return std::span<const double>(column);
    };
    if (w.subtype == 1) {
      math::Quat state{}, ds{};
      for (std::size_t c = 0; c < 4; ++c) {
        SC_TRY_ASSIGN(const auto vd, math::lagrange_with_derivative(w.epochs, component(c), sclkdp));
        state[c] = vd.value;
        ds[c] = vd.derivative;
      }
      const double mags = math::vnormg4(state);
      if (mags == 0.0) return zero_quaternion(sclkdp);
      const double inv = 1.0 / mags;
      for (int i = 0; i < 4; ++i) q[i] = inv * state[i];
      if (needav) p.av = av_from_derivative(state, ds, mags, rate);
    } else {
      double state[7] = {};
      const std::size_t ub = needav ? 7 : 4;
      for (std::size_t c = 0; c < ub; ++c) {
        SC_TRY_ASSIGN(state[c], math::lagrange(w.epochs, component(c), sclkdp));
      }
      q = math::vhatg4(math::Quat{state[0], state[1], state[2], state[3]});
      if (needav) p.av = math::Vec3{state[4], state[5], state[6]};
    }
  } else {
    // Hermite: values and derivatives (scaled to ticks) interleaved.
    std::vector<double> yd(2 * n);
    math::Quat state{}, ds{};
    for (std::size_t c = 0; c < 4; ++c) {
      for (std::size_t j = 0; j < n; ++j) {
        yd[2 * j] = w.packets[j * ps + c];
        yd[2 * j + 1] = w.packets[j * ps + c + 4] * rate;
      }
      SC_TRY_ASSIGN(const auto vd, math::hermite(w.epochs, yd, sclkdp));
      state[c] = vd.value;
      ds[c] = vd.derivative;
    }
    const double mags = math::vnormg4(state);
    if (mags == 0.0) return zero_quaternion(sclkdp);
    const double inv = 1.0 / mags;
    for (int i = 0; i < 4; ++i) q[i] = inv * state[i];
    if (needav) {
      if (w.subtype == 0) {
        p.av = av_from_derivative(state, ds, mags, rate);
      } else {
        for (std::size_t c = 0; c < 3; ++c) {
          for (std::size_t j = 0; j < n; ++j) {
            yd[2 * j] = w.packets[j * ps + 8 + c];
            yd[2 * j + 1] = w.packets[j * ps + 11 + c] * rate;
          }
          SC_TRY_ASSIGN(const auto vd, math::hermite(w.epochs, yd, sclkdp));
          p.av[c] = vd.value;
        }
      }
    }
  }
  p.cmat = math::q2m(q);
  return p;
}

}  // namespace sc::ck
