#include "math/chebyshev.hpp"

namespace sc::math {

// The parenthesisation below is CSPICE's (chbval.c / chbint.c); -ffp-contract=off keeps the
// compiler from fusing any of it, so both backends and CSPICE round at the same points.

double chebyshev_value(std::span<const double> coefficients, double midpoint, double radius, double x) {
  const double s = (x - midpoint) / radius;
  const double s2 = s * 2.0;
  double w0 = 0.0, w1 = 0.0, w2 = 0.0;
  for (std::size_t j = coefficients.size(); j-- > 1;) {
    w2 = w1;
    w1 = w0;
    w0 = coefficients[j] + (s2 * w1 - w2);
  }
  return (s * w0 - w1) + coefficients[0];
}

ValueAndRate chebyshev_value_and_rate(std::span<const double> coefficients, double midpoint, double radius,
                                      double x) {
  const double s = (x - midpoint) / radius;
  const double s2 = s * 2.0;
  double w0 = 0.0, w1 = 0.0, w2 = 0.0;
  double dw0 = 0.0, dw1 = 0.0, dw2 = 0.0;
  for (std::size_t j = coefficients.size(); j-- > 1;) {
    w2 = w1;
    w1 = w0;
    w0 = coefficients[j] + (s2 * w1 - w2);
    dw2 = dw1;
    dw1 = dw0;
    dw0 = (w1 * 2.0 + dw1 * s2) - dw2;
  }
  const double value = coefficients[0] + (s * w0 - w1);
  const double rate = ((w0 + s * dw0) - dw1) / radius;
  return {value, rate};
}

template <std::size_t K>
std::array<ValueAndRate, K> chebyshev_values_and_rates(std::span<const double> coefficients, std::size_t ncof,
                                                       double midpoint, double radius, double x) {
  const double s = (x - midpoint) / radius;
  const double s2 = s * 2.0;
  std::array<double, K> w0{}, w1{}, w2{}, dw0{}, dw1{}, dw2{};
  const double* c = coefficients.data();
  for (std::size_t j = ncof; j-- > 1;) {
    for (std::size_t i = 0; i < K; ++i) {
      w2[i] = w1[i];
      w1[i] = w0[i];
      w0[i] = c[i * ncof + j] + (s2 * w1[i] - w2[i]);
      dw2[i] = dw1[i];
      dw1[i] = dw0[i];
      dw0[i] = (w1[i] * 2.0 + dw1[i] * s2) - dw2[i];
    }
  }
  std::array<ValueAndRate, K> out;
  for (std::size_t i = 0; i < K; ++i) {
    out[i].value = c[i * ncof] + (s * w0[i] - w1[i]);
    out[i].rate = ((w0[i] + s * dw0[i]) - dw1[i]) / radius;
  }
  return out;
}

template <std::size_t K>
std::array<double, K> chebyshev_values(std::span<const double> coefficients, std::size_t ncof, double midpoint,
                                       double radius, double x) {
  const double s = (x - midpoint) / radius;
  const double s2 = s * 2.0;
  std::array<double, K> w0{}, w1{}, w2{};
  const double* c = coefficients.data();
  for (std::size_t j = ncof; j-- > 1;) {
    for (std::size_t i = 0; i < K; ++i) {
      w2[i] = w1[i];
      w1[i] = w0[i];
      w0[i] = c[i * ncof + j] + (s2 * w1[i] - w2[i]);
    }
  }
  std::array<double, K> out;
  for (std::size_t i = 0; i < K; ++i) out[i] = (s * w0[i] - w1[i]) + c[i * ncof];
  return out;
}

// The record shapes the SPK and PCK types use.
template std::array<ValueAndRate, 3> chebyshev_values_and_rates<3>(std::span<const double>, std::size_t, double,
                                                                   double, double);
template std::array<double, 6> chebyshev_values<6>(std::span<const double>, std::size_t, double, double, double);

}  // namespace sc::math
