// SDP4's deep-space routines (see sgp4_deep_space.hpp), in CSPICE's operation order: ZZDSCM,
// ZZDSIN, ZZDSPC, ZZDSPR (Vallado 2006's dscom, dsinit, dspace, dpper).
#include "tle/sgp4_deep_space.hpp"

#include <cmath>  // std::sqrt, std::fabs: exact

#include "math/angles.hpp"
#include "math/exp_log.hpp"
#include "math/trig.hpp"

namespace sc::tle::detail {
namespace {

using math::cos;
using math::fortran_mod;
using math::kPi;
using math::kTwoPi;
using math::sin;

constexpr double kX2o3 = 2.0 / 3.0;
// Earth's rotation rate, rad/min (RPTIM).
constexpr double kRptim = 4.37526908801129966e-3;
// Solar and lunar eccentricities and mean motions (ZES, ZEL, ZNS, ZNL).
constexpr double kZes = 0.01675;
constexpr double kZel = 0.0549;
constexpr double kZns = 1.19459e-5;
constexpr double kZnl = 1.5835218e-4;

}  // namespace

DeepSpaceCommon deep_space_common(double epoch, double eccp, double argpp, double inclp, double nodep, double np,
                                  DeepSpaceTerms& ds) {
  constexpr double kC1ss = 2.9864797e-6;
  constexpr double kC1l = 4.7968065e-7;
  constexpr double kZsinis = 0.39785416;
  constexpr double kZcosis = 0.91744867;
  constexpr double kZcosgs = 0.1945905;
  constexpr double kZsings = -0.98088458;
  const double tc = 0.0;

  DeepSpaceCommon c{};
  c.xn = np;
  c.eccm = eccp;
  const double snodm = sin(nodep);
  const double cnodm = cos(nodep);
  const double sinomm = sin(argpp);
  const double cosomm = cos(argpp);
  c.sinim = sin(inclp);
  c.cosim = cos(inclp);
  c.emsq = c.eccm * c.eccm;
  const double betasq = 1.0 - c.emsq;
  const double rtemsq = std::sqrt(betasq);

  ds.peo = 0.0;
  ds.pinco = 0.0;
  ds.plo = 0.0;
  ds.pgho = 0.0;
  ds.pho = 0.0;
  const double day = epoch + 18261.5 + tc / 1440.0;
  const double xnodce = fortran_mod(4.523602 - day * 9.2422029e-4, kTwoPi);
  const double stem = sin(xnodce);
  const double ctem = cos(xnodce);
  const double zcosil = 0.91375164 - ctem * 0.03568096;
  const double zsinil = std::sqrt(1.0 - zcosil * zcosil);
  const double zsinhl = stem * 0.089683511 / zsinil;
  const double zcoshl = std::sqrt(1.0 - zsinhl * zsinhl);
  const double gam = day * 0.001944368 + 5.8351514;
  double zx = stem * 0.39785416 / zsinil;
  const double zy = zcoshl * ctem + zsinhl * 0.91744867 * stem;
  zx = math::atan2(zx, zy);
  zx = gam + zx - xnodce;
  const double zcosgl = cos(zx);
  const double zsingl = sin(zx);

  // First the solar terms (lsflg 1, kept as ss*, sz*), then the lunar ones (s*, z*).
  double zcosg = kZcosgs;
  double zsing = kZsings;
  double zcosi = kZcosis;
  double zsini = kZsinis;
  double zcosh = cnodm;
  double zsinh = snodm;
  double cc = kC1ss;
  const double xnoi = 1.0 / c.xn;
  double s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  double z1 = 0, z2 = 0, z3 = 0, z11 = 0, z12 = 0, z13 = 0, z21 = 0, z22 = 0, z23 = 0, z31 = 0, z32 = 0, z33 = 0;
  double ss1 = 0, ss2 = 0, ss3 = 0, ss4 = 0, ss5 = 0, ss6 = 0, ss7 = 0;
  double sz1 = 0, sz2 = 0, sz3 = 0, sz11 = 0, sz12 = 0, sz13 = 0, sz21 = 0, sz22 = 0, sz23 = 0, sz31 = 0, sz32 = 0,
         sz33 = 0;
  for (int lsflg = 1; lsflg <= 2; ++lsflg) {
    const double a1 = zcosg * zcosh + zsing * zcosi * zsinh;
    const double a3 = -zsing * zcosh + zcosg * zcosi * zsinh;
    const double a7 = -zcosg * zsinh + zsing * zcosi * zcosh;
    const double a8 = zsing * zsini;
    const double a9 = zsing * zsinh + zcosg * zcosi * zcosh;
    const double a10 = zcosg * zsini;
    const double a2 = c.cosim * a7 + c.sinim * a8;
    const double a4 = c.cosim * a9 + c.sinim * a10;
    const double a5 = -c.sinim * a7 + c.cosim * a8;
    const double a6 = -c.sinim * a9 + c.cosim * a10;

    const double x1 = a1 * cosomm + a2 * sinomm;
    const double x2 = a3 * cosomm + a4 * sinomm;
    const double x3 = -a1 * sinomm + a2 * cosomm;
    const double x4 = -a3 * sinomm + a4 * cosomm;
    const double x5 = a5 * sinomm;
    const double x6 = a6 * sinomm;
    const double x7 = a5 * cosomm;
    const double x8 = a6 * cosomm;

    z31 = x1 * 12.0 * x1 - x3 * 3.0 * x3;
    z32 = x1 * 24.0 * x2 - x3 * 6.0 * x4;
    z33 = x2 * 12.0 * x2 - x4 * 3.0 * x4;
    z1 = (a1 * a1 + a2 * a2) * 3.0 + z31 * c.emsq;
    z2 = (a1 * a3 + a2 * a4) * 6.0 + z32 * c.emsq;
    z3 = (a3 * a3 + a4 * a4) * 3.0 + z33 * c.emsq;
    z11 = a1 * -6.0 * a5 + c.emsq * (x1 * -24.0 * x7 - x3 * 6.0 * x5);
    z12 = (a1 * a6 + a3 * a5) * -6.0 + c.emsq * ((x2 * x7 + x1 * x8) * -24.0 - (x3 * x6 + x4 * x5) * 6.0);
    z13 = a3 * -6.0 * a6 + c.emsq * (x2 * -24.0 * x8 - x4 * 6.0 * x6);
    z21 = a2 * 6.0 * a5 + c.emsq * (x1 * 24.0 * x5 - x3 * 6.0 * x7);
    z22 = (a4 * a5 + a2 * a6) * 6.0 + c.emsq * ((x2 * x5 + x1 * x6) * 24.0 - (x4 * x7 + x3 * x8) * 6.0);
    z23 = a4 * 6.0 * a6 + c.emsq * (x2 * 24.0 * x6 - x4 * 6.0 * x8);
    z1 = z1 + z1 + betasq * z31;
    z2 = z2 + z2 + betasq * z32;
    z3 = z3 + z3 + betasq * z33;
    s3 = cc * xnoi;
    s2 = s3 * -0.5 / rtemsq;
    s4 = s3 * rtemsq;
    s1 = c.eccm * -15.0 * s4;
    s5 = x1 * x3 + x2 * x4;
    s6 = x2 * x3 + x1 * x4;
    s7 = x2 * x4 - x1 * x3;

    if (lsflg == 1) {
      ss1 = s1;
      ss2 = s2;
      ss3 = s3;
      ss4 = s4;
      ss5 = s5;
      ss6 = s6;
      ss7 = s7;
      sz1 = z1;
      sz2 = z2;
      sz3 = z3;
      sz11 = z11;
      sz12 = z12;
      sz13 = z13;
      sz21 = z21;
      sz22 = z22;
      sz23 = z23;
      sz31 = z31;
      sz32 = z32;
      sz33 = z33;
      zcosg = zcosgl;
      zsing = zsingl;
      zcosi = zcosil;
      zsini = zsinil;
      zcosh = zcoshl * cnodm + zsinhl * snodm;
      zsinh = snodm * zcoshl - cnodm * zsinhl;
      cc = kC1l;
    }
  }

  ds.zmol = fortran_mod(day * 0.2299715 + 4.7199672 - gam, kTwoPi);
  ds.zmos = fortran_mod(day * 0.017201977 + 6.2565837, kTwoPi);
  // Solar terms.
  ds.se2 = ss1 * 2.0 * ss6;
  ds.se3 = ss1 * 2.0 * ss7;
  ds.si2 = ss2 * 2.0 * sz12;
  ds.si3 = ss2 * 2.0 * (sz13 - sz11);
  ds.sl2 = ss3 * -2.0 * sz2;
  ds.sl3 = ss3 * -2.0 * (sz3 - sz1);
  ds.sl4 = ss3 * -2.0 * (-21.0 - c.emsq * 9.0) * kZes;
  ds.sgh2 = ss4 * 2.0 * sz32;
  ds.sgh3 = ss4 * 2.0 * (sz33 - sz31);
  ds.sgh4 = ss4 * -18.0 * kZes;
  ds.sh2 = ss2 * -2.0 * sz22;
  ds.sh3 = ss2 * -2.0 * (sz23 - sz21);
  // Lunar terms.
  ds.ee2 = s1 * 2.0 * s6;
  ds.e3 = s1 * 2.0 * s7;
  ds.xi2 = s2 * 2.0 * z12;
  ds.xi3 = s2 * 2.0 * (z13 - z11);
  ds.xl2 = s3 * -2.0 * z2;
  ds.xl3 = s3 * -2.0 * (z3 - z1);
  ds.xl4 = s3 * -2.0 * (-21.0 - c.emsq * 9.0) * kZel;
  ds.xgh2 = s4 * 2.0 * z32;
  ds.xgh3 = s4 * 2.0 * (z33 - z31);
  ds.xgh4 = s4 * -18.0 * kZel;
  ds.xh2 = s2 * -2.0 * z22;
  ds.xh3 = s2 * -2.0 * (z23 - z21);

  c.s1 = s1;
  c.s2 = s2;
  c.s3 = s3;
  c.s4 = s4;
  c.s5 = s5;
  c.ss1 = ss1;
  c.ss2 = ss2;
  c.ss3 = ss3;
  c.ss4 = ss4;
  c.ss5 = ss5;
  c.sz1 = sz1;
  c.sz3 = sz3;
  c.sz11 = sz11;
  c.sz13 = sz13;
  c.sz21 = sz21;
  c.sz23 = sz23;
  c.sz31 = sz31;
  c.sz33 = sz33;
  c.z1 = z1;
  c.z3 = z3;
  c.z11 = z11;
  c.z13 = z13;
  c.z21 = z21;
  c.z23 = z23;
  c.z31 = z31;
  c.z33 = z33;
  return c;
}

void deep_space_init(const GeophysicalConstants& geophs, const DeepSpaceCommon& c, const Sgp4Model& m,
                     const SecularRates& rates, double eccsq, DeepSpaceTerms& ds) {
  constexpr double kQ22 = 1.7891679e-6;
  constexpr double kQ31 = 2.1460748e-6;
  constexpr double kQ33 = 2.2123015e-7;
  constexpr double kRoot22 = 1.7891679e-6;
  constexpr double kRoot44 = 7.3636953e-9;
  constexpr double kRoot54 = 2.1765803e-9;
  constexpr double kRoot32 = 3.7393792e-7;
  constexpr double kRoot52 = 1.1428639e-7;
  const double t = 0.0;
  const double tc = 0.0;
  const double xke = geophs.ke;
  const double cosim = c.cosim;
  const double sinim = c.sinim;
  double eccm = c.eccm;
  double emsq = c.emsq;
  double inclm = m.inclo;
  double xn = c.xn;

  ds.irez = 0;
  if (xn < 0.0052359877 && xn > 0.0034906585) ds.irez = 1;
  if (xn >= 0.00826 && xn <= 0.00924 && eccm >= 0.5) ds.irez = 2;

  // Solar secular terms.
  const double ses = c.ss1 * kZns * c.ss5;
  const double sis = c.ss2 * kZns * (c.sz11 + c.sz13);
  const double sls = -kZns * c.ss3 * (c.sz1 + c.sz3 - 14.0 - emsq * 6.0);
  const double sghs = c.ss4 * kZns * (c.sz31 + c.sz33 - 6.0);
  double shs = -kZns * c.ss2 * (c.sz21 + c.sz23);
  // Near-equatorial orbits: no nodal terms (the node is undefined there).
  if (inclm < 0.052359877 || inclm > kPi - 0.052359877) shs = 0.0;
  if (sinim != 0.0) shs /= sinim;
  const double sgs = sghs - cosim * shs;

  // Lunar secular terms.
  ds.dedt = ses + c.s1 * kZnl * c.s5;
  ds.didt = sis + c.s2 * kZnl * (c.z11 + c.z13);
  ds.dmdt = sls - kZnl * c.s3 * (c.z1 + c.z3 - 14.0 - emsq * 6.0);
  const double sghl = c.s4 * kZnl * (c.z31 + c.z33 - 6.0);
  double shl = -kZnl * c.s2 * (c.z21 + c.z23);
  if (inclm < 0.052359877 || inclm > kPi - 0.052359877) shl = 0.0;
  ds.domdt = sgs + sghl;
  ds.dnodt = shs;
  if (sinim != 0.0) {
    ds.domdt -= cosim / sinim * shl;
    ds.dnodt += shl / sinim;
  }

  // Secular effects at T = 0 (ZZDSIN updates the mean elements by rate * T; only the
  // eccentricity feeds what follows).
  const double theta = fortran_mod(m.gsto + tc * kRptim, kTwoPi);
  eccm += ds.dedt * t;
  emsq = eccm * eccm;
  inclm += ds.didt * t;

  ds.d2201 = ds.d2211 = ds.d3210 = ds.d3222 = ds.d4410 = ds.d4422 = 0.0;
  ds.d5220 = ds.d5232 = ds.d5421 = ds.d5433 = 0.0;
  ds.del1 = ds.del2 = ds.del3 = 0.0;
  ds.xfact = 0.0;
  ds.xlamo = 0.0;
  ds.atime = 0.0;
  ds.xli = 0.0;
  ds.xni = 0.0;
  if (ds.irez == 0) return;

  const double aonv = math::pow(xn / xke, kX2o3);
  if (ds.irez == 2) {
    // Geopotential resonance for 12-hour orbits.
    const double cosisq = cosim * cosim;
    const double emo = eccm;
    const double emsqo = emsq;
    eccm = m.ecco;
    emsq = eccsq;
    const double eoc = eccm * emsq;
    const double g201 = -0.306 - (eccm - 0.64) * 0.44;
    double g211 = 0, g310 = 0, g322 = 0, g410 = 0, g422 = 0, g520 = 0;
    if (eccm <= 0.65) {
      g211 = 3.616 - eccm * 13.247 + emsq * 16.29;
      g310 = eccm * 117.39 - 19.302 - emsq * 228.419 + eoc * 156.591;
      g322 = eccm * 109.7927 - 18.9068 - emsq * 214.6334 + eoc * 146.5816;
      g410 = eccm * 242.694 - 41.122 - emsq * 471.094 + eoc * 313.953;
      g422 = eccm * 841.88 - 146.407 - emsq * 1629.014 + eoc * 1083.435;
      g520 = eccm * 3017.977 - 532.114 - emsq * 5740.032 + eoc * 3708.276;
    } else {
      g211 = eccm * 331.819 - 72.099 - emsq * 508.738 + eoc * 266.724;
      g310 = eccm * 1582.851 - 346.844 - emsq * 2415.925 + eoc * 1246.113;
      g322 = eccm * 1554.908 - 342.585 - emsq * 2366.899 + eoc * 1215.972;
      g410 = eccm * 4758.686 - 1052.797 - emsq * 7193.992 + eoc * 3651.957;
      g422 = eccm * 16178.11 - 3581.69 - emsq * 24462.77 + eoc * 12422.52;
      if (eccm > 0.715) {
        g520 = eccm * 29936.92 - 5149.66 - emsq * 54087.36 + eoc * 31324.56;
      } else {
        g520 = 1464.74 - eccm * 4664.75 + emsq * 3763.64;
      }
    }
    double g533 = 0, g521 = 0, g532 = 0;
    if (eccm < 0.7) {
      g533 = eccm * 4988.61 - 919.2277 - emsq * 9064.77 + eoc * 5542.21;
      g521 = eccm * 4568.6173 - 822.71072 - emsq * 8491.4146 + eoc * 5337.524;
      g532 = eccm * 4690.25 - 853.666 - emsq * 8624.77 + eoc * 5341.4;
    } else {
      g533 = eccm * 161616.52 - 37995.78 - emsq * 229838.2 + eoc * 109377.94;
      g521 = eccm * 218913.95 - 51752.104 - emsq * 309468.16 + eoc * 146349.42;
      g532 = eccm * 170470.89 - 40023.88 - emsq * 242699.48 + eoc * 115605.82;
    }
    const double sini2 = sinim * sinim;
    const double f220 = (cosim * 2.0 + 1.0 + cosisq) * 0.75;
    const double f221 = sini2 * 1.5;
    const double f321 = sinim * 1.875 * (1.0 - cosim * 2.0 - cosisq * 3.0);
    const double f322 = sinim * -1.875 * (cosim * 2.0 + 1.0 - cosisq * 3.0);
    const double f441 = sini2 * 35.0 * f220;
    const double f442 = sini2 * 39.375 * sini2;
    const double f522 =
        sinim * 9.84375 * (sini2 * (1.0 - cosim * 2.0 - cosisq * 5.0) + (cosim * 4.0 - 2.0 + cosisq * 6.0) * 0.33333333);
    const double f523 = sinim * (sini2 * 4.92187512 * (-2.0 - cosim * 4.0 + cosisq * 10.0) +
                                 (cosim * 2.0 + 1.0 - cosisq * 3.0) * 6.56250012);
    const double f542 = sinim * 29.53125 * (2.0 - cosim * 8.0 + cosisq * (cosim * 8.0 - 12.0 + cosisq * 10.0));
    const double f543 = sinim * 29.53125 * (-2.0 - cosim * 8.0 + cosisq * (cosim * 8.0 + 12.0 - cosisq * 10.0));
    const double xno2 = xn * xn;
    const double ainv2 = aonv * aonv;
    double temp1 = xno2 * 3.0 * ainv2;
    double temp = temp1 * kRoot22;
    ds.d2201 = temp * f220 * g201;
    ds.d2211 = temp * f221 * g211;
    temp1 *= aonv;
    temp = temp1 * kRoot32;
    ds.d3210 = temp * f321 * g310;
    ds.d3222 = temp * f322 * g322;
    temp1 *= aonv;
    temp = temp1 * 2.0 * kRoot44;
    ds.d4410 = temp * f441 * g410;
    ds.d4422 = temp * f442 * g422;
    temp1 *= aonv;
    temp = temp1 * kRoot52;
    ds.d5220 = temp * f522 * g520;
    ds.d5232 = temp * f523 * g532;
    temp = temp1 * 2.0 * kRoot54;
    ds.d5421 = temp * f542 * g521;
    ds.d5433 = temp * f543 * g533;
    ds.xlamo = fortran_mod(m.mo + m.nodeo + m.nodeo - theta - theta, kTwoPi);
    ds.xfact = rates.mdot + ds.dmdt + (rates.nodedot + ds.dnodt - kRptim) * 2.0 - m.no;
    eccm = emo;
    emsq = emsqo;
  }
  if (ds.irez == 1) {
    // Synchronous resonance.
    const double g200 = emsq * (emsq * 0.8125 - 2.5) + 1.0;
    const double g310 = emsq * 2.0 + 1.0;
    const double g300 = emsq * (emsq * 6.60937 - 6.0) + 1.0;
    const double f220 = (cosim + 1.0) * 0.75 * (cosim + 1.0);
    const double f311 = sinim * 0.9375 * sinim * (cosim * 3.0 + 1.0) - (cosim + 1.0) * 0.75;
    double f330 = cosim + 1.0;
    f330 = f330 * 1.875 * f330 * f330;
    const double del1 = xn * 3.0 * xn * aonv * aonv;
    ds.del2 = del1 * 2.0 * f220 * g200 * kQ22;
    ds.del3 = del1 * 3.0 * f330 * g300 * kQ33 * aonv;
    ds.del1 = del1 * f311 * g310 * kQ31 * aonv;
    ds.xlamo = fortran_mod(m.mo + m.nodeo + m.argpo - theta, kTwoPi);
    ds.xfact = rates.mdot + rates.xpidot - kRptim + ds.dmdt + ds.domdt + ds.dnodt - m.no;
  }
  // The integrator's starting point.
  ds.xli = ds.xlamo;
  ds.xni = m.no;
  ds.atime = 0.0;
}

void deep_space_secular(const Sgp4Model& m, double t, MeanElements& mean, double& xn) {
  constexpr double kFasx2 = 0.13130908;
  constexpr double kFasx4 = 2.8843198;
  constexpr double kFasx6 = 0.37448087;
  constexpr double kG22 = 5.7686396;
  constexpr double kG32 = 0.95240898;
  constexpr double kG44 = 1.8014998;
  constexpr double kG52 = 1.050833;
  constexpr double kG54 = 4.4108898;
  constexpr double kStepp = 720.0;
  constexpr double kStepn = -720.0;
  constexpr double kStep2 = 259200.0;
  const DeepSpaceTerms& ds = m.ds;
  const double tc = t;

  const double theta = fortran_mod(m.gsto + tc * kRptim, kTwoPi);
  mean.ecc += ds.dedt * t;
  mean.incl += ds.didt * t;
  mean.argp += ds.domdt * t;
  mean.node += ds.dnodt * t;
  mean.m += ds.dmdt * t;
  if (ds.irez == 0) return;

  // The resonance integration, in steps of 720 minutes from epoch (each evaluation starts from the
  // initial state, as after CSPICE's XXSGP4I).
  double atime = ds.atime;
  double xni = ds.xni;
  double xli = ds.xli;
  if (atime == 0.0 || t * atime <= 0.0 || std::fabs(t) < std::fabs(atime)) {
    atime = 0.0;
    xni = m.no;
    xli = ds.xlamo;
  }
  const double delt = t > 0.0 ? kStepp : kStepn;
  double ft = 0.0;
  double xndt = 0.0;
  double xnddt = 0.0;
  double xldot = 0.0;
  for (;;) {
    if (ds.irez != 2) {
      xndt = ds.del1 * sin(xli - kFasx2) + ds.del2 * sin((xli - kFasx4) * 2.0) + ds.del3 * sin((xli - kFasx6) * 3.0);
      xldot = xni + ds.xfact;
      xnddt = ds.del1 * cos(xli - kFasx2) + ds.del2 * 2.0 * cos((xli - kFasx4) * 2.0) +
              ds.del3 * 3.0 * cos((xli - kFasx6) * 3.0);
      xnddt *= xldot;
    } else {
      const double xomi = m.argpo + m.argpdot * atime;
      const double x2omi = xomi + xomi;
      const double x2li = xli + xli;
      xndt = ds.d2201 * sin(x2omi + xli - kG22) + ds.d2211 * sin(xli - kG22) + ds.d3210 * sin(xomi + xli - kG32) +
             ds.d3222 * sin(-xomi + xli - kG32) + ds.d4410 * sin(x2omi + x2li - kG44) + ds.d4422 * sin(x2li - kG44) +
             ds.d5220 * sin(xomi + xli - kG52) + ds.d5232 * sin(-xomi + xli - kG52) +
             ds.d5421 * sin(xomi + x2li - kG54) + ds.d5433 * sin(-xomi + x2li - kG54);
      xldot = xni + ds.xfact;
      xnddt = ds.d2201 * cos(x2omi + xli - kG22) + ds.d2211 * cos(xli - kG22) + ds.d3210 * cos(xomi + xli - kG32) +
              ds.d3222 * cos(-xomi + xli - kG32) + ds.d5220 * cos(xomi + xli - kG52) +
              ds.d5232 * cos(-xomi + xli - kG52) +
              (ds.d4410 * cos(x2omi + x2li - kG44) + ds.d4422 * cos(x2li - kG44) +
               ds.d5421 * cos(xomi + x2li - kG54) + ds.d5433 * cos(-xomi + x2li - kG54)) *
                  2.0;
      xnddt *= xldot;
    }
    if (std::fabs(t - atime) < kStepp) {
      ft = t - atime;
      break;
    }
    xli = xli + xldot * delt + xndt * kStep2;
    xni = xni + xndt * delt + xnddt * kStep2;
    atime += delt;
  }
  xn = xni + xndt * ft + xnddt * ft * ft * 0.5;
  const double xl = xli + xldot * ft + xndt * ft * ft * 0.5;
  if (ds.irez != 1) {
    mean.m = xl - mean.node * 2.0 + theta * 2.0;
  } else {
    mean.m = xl - mean.node - mean.argp + theta;
  }
  const double dndt = xn - m.no;
  xn = m.no + dndt;
}

void deep_space_periodics(const Sgp4Model& m, double t, MeanElements& p) {
  const DeepSpaceTerms& ds = m.ds;
  // Solar terms.
  double zm = ds.zmos + kZns * t;
  double zf = zm + kZes * 2.0 * sin(zm);
  double sinzf = sin(zf);
  double f2 = sinzf * 0.5 * sinzf - 0.25;
  double f3 = sinzf * -0.5 * cos(zf);
  const double ses = ds.se2 * f2 + ds.se3 * f3;
  const double sis = ds.si2 * f2 + ds.si3 * f3;
  const double sls = ds.sl2 * f2 + ds.sl3 * f3 + ds.sl4 * sinzf;
  const double sghs = ds.sgh2 * f2 + ds.sgh3 * f3 + ds.sgh4 * sinzf;
  const double shs = ds.sh2 * f2 + ds.sh3 * f3;
  // Lunar terms.
  zm = ds.zmol + kZnl * t;
  zf = zm + kZel * 2.0 * sin(zm);
  sinzf = sin(zf);
  f2 = sinzf * 0.5 * sinzf - 0.25;
  f3 = sinzf * -0.5 * cos(zf);
  const double sel = ds.ee2 * f2 + ds.e3 * f3;
  const double sil = ds.xi2 * f2 + ds.xi3 * f3;
  const double sll = ds.xl2 * f2 + ds.xl3 * f3 + ds.xl4 * sinzf;
  const double sghl = ds.xgh2 * f2 + ds.xgh3 * f3 + ds.xgh4 * sinzf;
  const double shl = ds.xh2 * f2 + ds.xh3 * f3;

  double pe = ses + sel;
  double pinc = sis + sil;
  double pl = sls + sll;
  double pgh = sghs + sghl;
  double ph = shs + shl;
  pe -= ds.peo;
  pinc -= ds.pinco;
  pl -= ds.plo;
  pgh -= ds.pgho;
  ph -= ds.pho;
  p.incl += pinc;
  p.ecc += pe;
  const double sinip = sin(p.incl);
  const double cosip = cos(p.incl);
  if (p.incl >= 0.2) {
    ph /= sinip;
    pgh -= cosip * ph;
    p.argp += pgh;
    p.node += ph;
    p.m += pl;
    return;
  }
  // Low inclinations: Lyddane's modification, through the components of the inclination vector.
  const bool afspc = m.mode == Sgp4Mode::afspc;
  const double sinop = sin(p.node);
  const double cosop = cos(p.node);
  double alfdp = sinip * sinop;
  double betdp = sinip * cosop;
  const double dalf = ph * cosop + pinc * cosip * sinop;
  const double dbet = -ph * sinop + pinc * cosip * cosop;
  alfdp += dalf;
  betdp += dbet;
  p.node = fortran_mod(p.node, kTwoPi);
  if (p.node < 0.0 && afspc) p.node += kTwoPi;
  double xls = p.m + p.argp + cosip * p.node;
  const double dls = pl + pgh - pinc * p.node * sinip;
  xls += dls;
  const double xnoh = p.node;
  p.node = math::atan2(alfdp, betdp);
  if (p.node < 0.0 && afspc) p.node += kTwoPi;
  if (std::fabs(xnoh - p.node) > kPi) {
    if (p.node < xnoh) {
      p.node += kTwoPi;
    } else {
      p.node -= kTwoPi;
    }
  }
  p.m += pl;
  p.argp = xls - p.m - cosip * p.node;
}

}  // namespace sc::tle::detail
