// Neville-style tables as in LGRINT/LGRESP/HRMINT/HRMESP. Indices below are 0-based; SPICELIB's
// I, J (1-based) map to i = I - 1 and the column number J. Each expression keeps SPICELIB's
// grouping: (c1 * a + c2 * b) / denominator.
#include "math/interpolation.hpp"

#include "errors/number_text.hpp"

#include <string>
#include <vector>

namespace sc::math {
namespace {

Error invalid_size(std::size_t n) {
  return make_error("SPICE(INVALIDSIZE)", "Interpolation needs a positive number of points; it was given " +
                                               std::to_string(n) + ".");
}

Error equal_abscissas(std::size_t i, std::size_t j, double x) {  // 1-based indices, as CSPICE reports them
  return make_error("SPICE(DIVIDEBYZERO)", "Interpolation abscissas XVALS(" + std::to_string(i) + ") = XVALS(" +
                                               std::to_string(j) + ") = " + number_text(x) + ".");
}

Error zero_step() { return make_error("SPICE(INVALIDSTEPSIZE)", "Interpolation step size was zero."); }

}  // namespace

Result<double> lagrange(std::span<const double> xs, std::span<const double> ys, double x) {
  const std::size_t n = ys.size();
  if (n == 0 || xs.size() != n) return invalid_size(n);
  std::vector<double> work(ys.begin(), ys.end());
  for (std::size_t j = 1; j < n; ++j) {
    for (std::size_t i = 0; i + j < n; ++i) {
      const double denom = xs[i] - xs[i + j];
      if (denom == 0.0) return equal_abscissas(i + 1, i + j + 1, xs[i]);
      const double c1 = x - xs[i + j];
      const double c2 = xs[i] - x;
      work[i] = (c1 * work[i] + c2 * work[i + 1]) / denom;
    }
  }
  return work[0];
}

Result<ValueAndDerivative> lagrange_with_derivative(std::span<const double> xs, std::span<const double> ys,
                                                    double x) {
  const std::size_t n = ys.size();
  if (n == 0 || xs.size() != n) return invalid_size(n);
  // LGRIND's two work columns: values and derivatives of the partial interpolants; the derivative
  // column is updated first, from the value column of the previous step.
  std::vector<double> value(ys.begin(), ys.end());
  std::vector<double> slope(n, 0.0);
  for (std::size_t j = 1; j < n; ++j) {
    for (std::size_t i = 0; i + j < n; ++i) {
      const double denom = xs[i] - xs[i + j];
      if (denom == 0.0) return equal_abscissas(i + 1, i + j + 1, xs[i]);
      const double c1 = x - xs[i + j];
      const double c2 = xs[i] - x;
      slope[i] = (c1 * slope[i] + c2 * slope[i + 1] + (value[i] - value[i + 1])) / denom;
      value[i] = (c1 * value[i] + c2 * value[i + 1]) / denom;
    }
  }
  return ValueAndDerivative{value[0], slope[0]};
}

Result<double> lagrange_equal_step(std::span<const double> ys, double first, double step, double x) {
  const std::size_t n = ys.size();
  if (n == 0) return invalid_size(n);
  if (step == 0.0) return zero_step();
  const double newx = (x - first) / step + 1.0;
  std::vector<double> work(ys.begin(), ys.end());
  for (std::size_t j = 1; j < n; ++j) {
    for (std::size_t i = 0; i + j < n; ++i) {
      // SPICELIB's I = i + 1: C1 = (I + J) - NEWX, C2 = NEWX - I, divided by J.
      const double c1 = static_cast<double>(i + 1 + j) - newx;
      const double c2 = newx - static_cast<double>(i + 1);
      work[i] = (c1 * work[i] + c2 * work[i + 1]) / static_cast<double>(j);
    }
  }
  return work[0];
}

Result<ValueAndDerivative> hermite(std::span<const double> xs, std::span<const double> values_and_derivatives,
                                   double x) {
  const std::size_t n = xs.size();
  if (n == 0 || values_and_derivatives.size() != 2 * n) return invalid_size(n);
  std::vector<double> f(values_and_derivatives.begin(), values_and_derivatives.end());  // WORK(*, 1)
  std::vector<double> df(2 * n, 0.0);                                                  // WORK(*, 2)

  // Column 2. For pair i (SPICELIB's I = i + 1): PREV = 2i, THIS = 2i + 1, NEXT = 2i + 2 (0-based).
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const double c1 = xs[i + 1] - x;
    const double c2 = x - xs[i];
    const double denom = xs[i + 1] - xs[i];
    if (denom == 0.0) return equal_abscissas(i + 1, i + 2, xs[i]);
    const std::size_t prev = 2 * i, self = prev + 1, next = self + 1;
    df[prev] = f[self];
    df[self] = (f[next] - f[prev]) / denom;
    const double temp = f[self] * (x - xs[i]) + f[prev];
    f[self] = (c1 * f[prev] + c2 * f[next]) / denom;
    f[prev] = temp;
  }
  df[2 * n - 2] = f[2 * n - 1];
  f[2 * n - 2] = f[2 * n - 1] * (x - xs[n - 1]) + f[2 * n - 2];

  // Columns 3 .. 2n. The abscissa of table row r (0-based, each x repeated twice) is xs[r / 2].
  for (std::size_t j = 2; j <= 2 * n - 1; ++j) {
    for (std::size_t i = 0; i + j < 2 * n; ++i) {
      const std::size_t xi = i / 2;             // SPICELIB's (I + 1)/2 - 1
      const std::size_t xij = (i + j) / 2;      // SPICELIB's (I + J + 1)/2 - 1
      const double c1 = xs[xij] - x;
      const double c2 = x - xs[xi];
      const double denom = xs[xij] - xs[xi];
      if (denom == 0.0) return equal_abscissas(xi + 1, xij + 1, xs[xi]);
      df[i] = ((c1 * df[i] + c2 * df[i + 1]) + (f[i + 1] - f[i])) / denom;
      f[i] = (c1 * f[i] + c2 * f[i + 1]) / denom;
    }
  }
  return ValueAndDerivative{f[0], df[0]};
}

Result<ValueAndDerivative> hermite_equal_step(std::span<const double> values_and_derivatives, double first,
                                              double step, double x) {
  const std::size_t n = values_and_derivatives.size() / 2;
  if (n == 0 || values_and_derivatives.size() != 2 * n) return invalid_size(n);
  if (step == 0.0) return zero_step();
  const double newx = (x - first) / step + 1.0;
  std::vector<double> f(2 * n);
  std::vector<double> df(2 * n, 0.0);
  for (std::size_t r = 0; r < 2 * n; r += 2) f[r] = values_and_derivatives[r];
  for (std::size_t r = 1; r < 2 * n; r += 2) f[r] = values_and_derivatives[r] * step;

  for (std::size_t i = 0; i + 1 < n; ++i) {
    const double xi = static_cast<double>(i + 1);  // SPICELIB's I
    const double c1 = (xi + 1.0) - newx;
    const double c2 = newx - xi;
    const std::size_t prev = 2 * i, self = prev + 1, next = self + 1;
    df[prev] = f[self];
    df[self] = f[next] - f[prev];
    const double temp = f[self] * (newx - xi) + f[prev];
    f[self] = c1 * f[prev] + c2 * f[next];
    f[prev] = temp;
  }
  df[2 * n - 2] = f[2 * n - 1];
  f[2 * n - 2] = f[2 * n - 1] * (newx - static_cast<double>(n)) + f[2 * n - 2];

  for (std::size_t j = 2; j <= 2 * n - 1; ++j) {
    for (std::size_t i = 0; i + j < 2 * n; ++i) {
      const double xi = static_cast<double>(i / 2 + 1);         // SPICELIB's (I + 1)/2
      const double xij = static_cast<double>((i + j) / 2 + 1);  // SPICELIB's (I + J + 1)/2
      const double c1 = xij - newx;
      const double c2 = newx - xi;
      const double denom = xij - xi;
      df[i] = ((c1 * df[i] + c2 * df[i + 1]) + (f[i + 1] - f[i])) / denom;
      f[i] = (c1 * f[i] + c2 * f[i + 1]) / denom;
    }
  }
  return ValueAndDerivative{f[0], df[0] / step};
}

}  // namespace sc::math
