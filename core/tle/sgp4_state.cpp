// XXSGP4E (see sgp4_model.hpp): the state at a time past epoch, in CSPICE's operation order
// (Vallado 2006's sgp4).
#include <cmath>  // std::sqrt, std::fabs: exact

#include "errors/number_text.hpp"
#include "math/angles.hpp"
#include "math/exp_log.hpp"
#include "math/trig.hpp"
#include "tle/sgp4_deep_space.hpp"
#include "tle/sgp4_model.hpp"

namespace sc::tle {
namespace {

using math::cos;
using math::fortran_mod;
using math::kPi;
using math::kTwoPi;
using math::sin;

constexpr double kX2o3 = 2.0 / 3.0;

}  // namespace

Result<math::State> sgp4_state(const Sgp4Model& m, double t) {
  const double kps = m.er * m.xke / 60.0;  // Earth radii per minute to km/s

  // Secular gravity and atmospheric drag.
  const double xmdf = m.mo + m.mdot * t;
  const double omgadf = m.argpo + m.argpdot * t;
  const double xnoddf = m.nodeo + m.nodedot * t;
  detail::MeanElements mean{m.ecco, m.inclo, omgadf, 0.0, xmdf};
  const double t2 = t * t;
  mean.node = xnoddf + m.xnodcf * t2;
  double tempa = 1.0 - m.cc1 * t;
  double tempe = m.bstar * m.cc4 * t;
  double templ = m.t2cof * t2;
  if (!m.simple) {
    const double delomg = m.omgcof * t;
    const double e = m.eta * cos(xmdf) + 1.0;
    const double delm = m.xmcof * (e * (e * e) - m.delmo);
    const double temp = delomg + delm;
    mean.m = xmdf + temp;
    mean.argp = omgadf - temp;
    const double t3 = t2 * t;
    const double t4 = t3 * t;
    tempa = tempa - m.d2 * t2 - m.d3 * t3 - m.d4 * t4;
    tempe += m.bstar * m.cc5 * (sin(mean.m) - m.sinmao);
    templ = templ + m.t3cof * t3 + t4 * (m.t4cof + t * m.t5cof);
  }
  double xn = m.no;
  if (m.deep) detail::deep_space_secular(m, t, mean, xn);

  if (xn <= 0.0) {
    return make_error("SPICE(BADMEANMOTION)",
                      "The mean motion is not positive " + number_text(t) + " minutes past the elements' epoch; the element set may be bad.");
  }
  const double am = math::pow(m.xke / xn, kX2o3) * (tempa * tempa);
  xn = m.xke / math::pow(am, 1.5);
  mean.ecc -= tempe;
  if (mean.ecc >= 1.0 || mean.ecc < -0.001) {
    return make_error("SPICE(BADMECCENTRICITY)", "The mean eccentricity, " + number_text(mean.ecc) +
                                                     ", is outside [-0.001, 1.0); the element set may be bad.");
  }
  if (am < 0.95) {
    return make_error("SPICE(BADMSEMIMAJOR)", "The mean semi-major axis, " + number_text(am) +
                                                  " Earth radii, is below 0.95; the element set may be bad or the orbit decayed.");
  }
  if (mean.ecc < 1e-6) mean.ecc = 1e-6;
  mean.m += m.no * templ;
  double xlm = mean.m + mean.argp + mean.node;
  mean.node = fortran_mod(mean.node, kTwoPi);
  mean.argp = fortran_mod(mean.argp, kTwoPi);
  xlm = fortran_mod(xlm, kTwoPi);
  mean.m = fortran_mod(xlm - mean.argp - mean.node, kTwoPi);

  // Lunar-solar periodics (deep space).
  detail::MeanElements p = mean;
  double sinip = sin(mean.incl);
  double cosip = cos(mean.incl);
  double aycof = m.aycof;
  double xlcof = m.xlcof;
  double con41 = m.con41;
  double x1mth2 = m.x1mth2;
  double x7thm1 = m.x7thm1;
  if (m.deep) {
    detail::deep_space_periodics(m, t, p);
    if (p.incl < 0.0) {
      p.incl = -p.incl;
      p.node += kPi;
      p.argp -= kPi;
    }
    if (p.ecc < 0.0 || p.ecc > 1.0) {
      return make_error("SPICE(BADPECCENTRICITY)", "The perturbed eccentricity, " + number_text(p.ecc) +
                                                       ", is outside [0, 1]; the element set may be bad.");
    }
    sinip = sin(p.incl);
    cosip = cos(p.incl);
    aycof = m.j3oj2 * -0.5 * sinip;
    const double divisor = std::fabs(cosip + 1.0) > 1.5e-12 ? cosip + 1.0 : 1.5e-12;
    xlcof = m.j3oj2 * -0.25 * sinip * (cosip * 5.0 + 3.0) / divisor;
  }

  // Long-period periodics.
  const double axnl = p.ecc * cos(p.argp);
  double temp = 1.0 / (am * (1.0 - p.ecc * p.ecc));
  const double aynl = p.ecc * sin(p.argp) + temp * aycof;
  const double xl = p.m + p.argp + p.node + temp * xlcof * axnl;

  // Kepler's equation (Newton-Raphson, steps limited to 1 rad, at most 10 iterations).
  const double u = fortran_mod(xl - p.node, kTwoPi);
  double eo1 = u;
  double sineo1 = 0.0;
  double coseo1 = 1.0;
  temp = 9999.9;
  for (int iter = 0; temp >= 1e-12 && iter < 10; ++iter) {
    sineo1 = sin(eo1);
    coseo1 = cos(eo1);
    double tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl;
    tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5;
    temp = std::fabs(tem5);
    if (temp > 1.0) tem5 /= temp;
    eo1 += tem5;
  }

  // Short-period periodics.
  const double ecose = axnl * coseo1 + aynl * sineo1;
  const double esine = axnl * sineo1 - aynl * coseo1;
  const double el2 = axnl * axnl + aynl * aynl;
  const double pl = am * (1.0 - el2);
  if (pl < 0.0) {
    return make_error("SPICE(BADSEMILATUS)", "The semi-latus rectum is negative " + number_text(t) +
                                                 " minutes past the elements' epoch.");
  }
  const double rl = am * (1.0 - ecose);
  const double rdotl = std::sqrt(am) * esine / rl;
  const double rvdotl = std::sqrt(pl) / rl;
  const double betal = std::sqrt(1.0 - el2);
  temp = esine / (betal + 1.0);
  const double sinu = am / rl * (sineo1 - aynl - axnl * temp);
  const double cosu = am / rl * (coseo1 - axnl + aynl * temp);
  double su = math::atan2(sinu, cosu);
  const double sin2u = (cosu + cosu) * sinu;
  const double cos2u = 1.0 - sinu * 2.0 * sinu;
  temp = 1.0 / pl;
  const double temp1 = m.j2 * 0.5 * temp;
  const double temp2 = temp1 * temp;
  if (m.deep) {
    const double cosisq = cosip * cosip;
    con41 = cosisq * 3.0 - 1.0;
    x1mth2 = 1.0 - cosisq;
    x7thm1 = cosisq * 7.0 - 1.0;
  }
  const double mr = rl * (1.0 - temp2 * 1.5 * betal * con41) + temp1 * 0.5 * x1mth2 * cos2u;
  su -= temp2 * 0.25 * x7thm1 * sin2u;
  const double xnode = p.node + temp2 * 1.5 * cosip * sin2u;
  const double xinc = p.incl + temp2 * 1.5 * cosip * sinip * cos2u;
  const double mv = rdotl - xn * temp1 * x1mth2 * sin2u / m.xke;
  const double rvdot = rvdotl + xn * temp1 * (x1mth2 * cos2u + con41 * 1.5) / m.xke;

  // Orientation vectors, then position (km) and velocity (km/s).
  const double sinsu = sin(su);
  const double cossu = cos(su);
  const double snod = sin(xnode);
  const double cnod = cos(xnode);
  const double sini = sin(xinc);
  const double cosi = cos(xinc);
  const double xmx = -snod * cosi;
  const double xmy = cnod * cosi;
  const double ux = xmx * sinsu + cnod * cossu;
  const double uy = xmy * sinsu + snod * cossu;
  const double uz = sini * sinsu;
  const double vx = xmx * cossu - cnod * sinsu;
  const double vy = xmy * cossu - snod * sinsu;
  const double vz = sini * cossu;
  const math::State state{mr * ux * m.er,
                          mr * uy * m.er,
                          mr * uz * m.er,
                          (mv * ux + rvdot * vx) * kps,
                          (mv * uy + rvdot * vy) * kps,
                          (mv * uz + rvdot * vz) * kps};
  if (mr < 1.0) {
    return make_error("SPICE(ORBITDECAY)", "The satellite has decayed " + number_text(t) +
                                               " minutes past the elements' epoch (radius below one Earth radius).");
  }
  return state;
}

}  // namespace sc::tle
