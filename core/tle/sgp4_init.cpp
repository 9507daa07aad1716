// XXSGP4I with ZZINIL (see sgp4_model.hpp): the constants of the SGP4 model at the elements'
// epoch, in CSPICE's operation order (Vallado 2006's sgp4init and initl).
#include <cmath>  // std::sqrt, std::fabs, std::trunc: exact

#include "math/angles.hpp"
#include "math/exp_log.hpp"
#include "math/trig.hpp"
#include "tle/sgp4_deep_space.hpp"
#include "tle/sgp4_model.hpp"

namespace sc::tle {
namespace {

using math::cos;
using math::kTwoPi;
using math::sin;

constexpr double kX2o3 = 2.0 / 3.0;

// What ZZINIL derives from the elements (besides the un-Kozai'd mean motion it stores in the model).
struct Initial {
  double ainv, ao, con42, cosio, cosio2, eccsq, omeosq, posq, rp, rteosq, sinio;
};

// Greenwich sidereal angle at `epoch` (days past 1949 DEC 31 0h UTC), in [0, 2 pi).
double sidereal_angle(double epoch, Sgp4Mode mode) {
  double gsto = 0.0;
  if (mode == Sgp4Mode::improved) {
    const double radday = kTwoPi * 1.002737909350795;
    const double temp = epoch + 2433281.5;
    const double tut1 = (std::trunc(temp - 0.5) + 0.5 - 2451545.0) / 36525.0;
    gsto = tut1 * 628.331970688841 + 1.75336855923327 + tut1 * 6.77071394490334e-6 * tut1 -
           tut1 * 4.50876723431868e-10 * tut1 * tut1 + radday * (temp - 0.5 - std::trunc(temp - 0.5));
  } else {
    // Spacetrack Report #3: from 1970 JAN 1 0h, whole days and the day's fraction apart.
    const double ts70 = epoch - 7305.0;
    const double ids70 = static_cast<double>(static_cast<int>(ts70 + 1e-8));
    const double tfrac = ts70 - ids70;
    const double c1 = 0.0172027916940703639;
    const double thgr70 = 1.7321343856509374;
    const double fk5r = 5.07551419432269442e-15;
    const double c1p2p = c1 + kTwoPi;
    gsto = thgr70 + c1 * ids70 + c1p2p * tfrac + ts70 * ts70 * fk5r;
  }
  gsto = math::fortran_mod(gsto, kTwoPi);
  if (gsto < 0.0) gsto += kTwoPi;
  return gsto;
}

// ZZINIL: Kozai's mean motion to Brouwer's (stored in m.no) and the quantities the rest needs.
Initial initial_quantities(const GeophysicalConstants& geophs, Sgp4Model& m) {
  Initial in{};
  const double j2 = geophs.j2;
  const double xke = geophs.ke;
  in.eccsq = m.ecco * m.ecco;
  in.omeosq = 1.0 - in.eccsq;
  in.rteosq = std::sqrt(in.omeosq);
  in.cosio = cos(m.inclo);
  in.cosio2 = in.cosio * in.cosio;
  const double ak = math::pow(xke / m.no, kX2o3);
  const double d1 = j2 * 0.75 * (in.cosio2 * 3.0 - 1.0) / (in.rteosq * in.omeosq);
  double del = d1 / (ak * ak);
  const double adel = ak * (1.0 - del * del - del * (del * 134.0 * del / 81.0 + 1.0 / 3.0));
  del = d1 / (adel * adel);
  m.no /= del + 1.0;
  in.ao = math::pow(xke / m.no, kX2o3);
  in.sinio = sin(m.inclo);
  const double po = in.ao * in.omeosq;
  in.con42 = 1.0 - in.cosio2 * 5.0;
  m.con41 = -in.con42 - in.cosio2 - in.cosio2;
  in.ainv = 1.0 / in.ao;
  in.posq = po * po;
  in.rp = in.ao * (1.0 - m.ecco);
  return in;
}

}  // namespace

GeophysicalConstants geophysical_constants(std::span<const double> g) {
  return {g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]};
}

Elements elements(std::span<const double> e) { return {e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9]}; }

Result<Sgp4Model> sgp4_init(const GeophysicalConstants& geophs, const Elements& elems, double jd_utc_minus_1950,
                            Sgp4Mode mode) {
  Sgp4Model m{};
  m.mode = mode;
  m.bstar = elems.bstar;
  m.inclo = elems.incl;
  m.nodeo = elems.node0;
  m.ecco = elems.ecc;
  m.argpo = elems.omega;
  m.mo = elems.m0;
  m.no = elems.n0;
  const double epoch = jd_utc_minus_1950;

  m.j2 = geophs.j2;
  const double j3 = geophs.j3;
  const double j4 = geophs.j4;
  m.er = geophs.er;
  m.xke = geophs.ke;
  m.j3oj2 = j3 / m.j2;
  // CSPICE also computes the apogee and perigee heights (ALTA, ALTP) here; nothing reads them.

  // The drag model's fixed bounds, 78 and 120 km (Spacetrack Report #3's S and Q0), in Earth radii.
  const double ss = 78.0 / m.er + 1.0;
  double q = 42.0 / m.er;
  q *= q;
  const double qzms2t = q * q;

  const Initial in = initial_quantities(geophs, m);
  m.gsto = sidereal_angle(epoch, mode);
  if (in.rp < 1.0) return make_error("SPICE(SUBORBITAL)", "The elements' perigee lies below the Earth's surface.");

  // CSPICE's condition (OMEOSQ >= 0 or NO >= 0) holds for every element set it accepts.
  if (in.omeosq >= 0.0 || m.no >= 0.0) {
    m.simple = in.rp < 220.0 / m.er + 1.0;
    // Perigees below 156 km move the lower bound of the atmosphere (S) down with them.
    double sfour = ss;
    double qzms24 = qzms2t;
    const double perige = (in.rp - 1.0) * m.er;
    if (perige < 156.0) {
      sfour = perige - 78.0;
      if (perige <= 98.0) sfour = 20.0;
      double r = (120.0 - sfour) / m.er;
      r *= r;
      qzms24 = r * r;
      sfour = sfour / m.er + 1.0;
    }
    const double pinvsq = 1.0 / in.posq;
    const double tsi = 1.0 / (in.ao - sfour);
    m.eta = in.ao * m.ecco * tsi;
    const double etasq = m.eta * m.eta;
    const double eeta = m.ecco * m.eta;
    const double psisq = std::fabs(1.0 - etasq);
    double t4 = tsi;
    t4 *= t4;
    const double coef = qzms24 * (t4 * t4);
    const double coef1 = coef / math::pow(psisq, 3.5);
    const double cc2 = coef1 * m.no *
                       (in.ao * (etasq * 1.5 + 1.0 + eeta * (etasq + 4.0)) +
                        m.j2 * 0.375 * tsi / psisq * m.con41 * (etasq * 3.0 * (etasq + 8.0) + 8.0));
    m.cc1 = m.bstar * cc2;
    double cc3 = 0.0;
    if (m.ecco > 1e-4) cc3 = coef * -2.0 * tsi * m.j3oj2 * m.no * in.sinio / m.ecco;
    m.x1mth2 = 1.0 - in.cosio2;
    m.cc4 = m.no * 2.0 * coef1 * in.ao * in.omeosq *
            (m.eta * (etasq * 0.5 + 2.0) + m.ecco * (etasq * 2.0 + 0.5) -
             m.j2 * tsi / (in.ao * psisq) *
                 (m.con41 * -3.0 * (1.0 - eeta * 2.0 + etasq * (1.5 - eeta * 0.5)) +
                  m.x1mth2 * 0.75 * (etasq * 2.0 - eeta * (etasq + 1.0)) * cos(m.argpo * 2.0)));
    m.cc5 = coef1 * 2.0 * in.ao * in.omeosq * ((etasq + eeta) * 2.75 + 1.0 + eeta * etasq);
    const double cosio4 = in.cosio2 * in.cosio2;
    const double temp1 = m.j2 * 1.5 * pinvsq * m.no;
    const double temp2 = temp1 * 0.5 * m.j2 * pinvsq;
    const double temp3 = j4 * -0.46875 * pinvsq * pinvsq * m.no;
    m.mdot = m.no + temp1 * 0.5 * in.rteosq * m.con41 +
             temp2 * 0.0625 * in.rteosq * (13.0 - in.cosio2 * 78.0 + cosio4 * 137.0);
    m.argpdot = temp1 * -0.5 * in.con42 + temp2 * 0.0625 * (7.0 - in.cosio2 * 114.0 + cosio4 * 395.0) +
                temp3 * (3.0 - in.cosio2 * 36.0 + cosio4 * 49.0);
    const double xhdot1 = -temp1 * in.cosio;
    m.nodedot = xhdot1 + (temp2 * 0.5 * (4.0 - in.cosio2 * 19.0) + temp3 * 2.0 * (3.0 - in.cosio2 * 7.0)) * in.cosio;
    const double xpidot = m.argpdot + m.nodedot;
    m.omgcof = m.bstar * cc3 * cos(m.argpo);
    m.xmcof = 0.0;
    if (m.ecco > 1e-4) m.xmcof = -kX2o3 * coef * m.bstar / eeta;
    m.xnodcf = in.omeosq * 3.5 * xhdot1 * m.cc1;
    m.t2cof = m.cc1 * 1.5;
    // Near 180 degrees of inclination the divisor 1 + cos(i) is replaced by 1.5e-12.
    const double divisor = std::fabs(in.cosio + 1.0) > 1.5e-12 ? in.cosio + 1.0 : 1.5e-12;
    m.xlcof = m.j3oj2 * -0.25 * in.sinio * (in.cosio * 5.0 + 3.0) / divisor;
    m.aycof = m.j3oj2 * -0.5 * in.sinio;
    const double e = m.eta * cos(m.mo) + 1.0;
    m.delmo = e * (e * e);
    m.sinmao = sin(m.mo);
    m.x7thm1 = in.cosio2 * 7.0 - 1.0;

    // Periods of 225 minutes or more: SDP4's deep-space terms.
    if (kTwoPi / m.no >= 225.0) {
      m.deep = true;
      m.simple = true;
      const detail::DeepSpaceCommon common =
          detail::deep_space_common(epoch, m.ecco, m.argpo, m.inclo, m.nodeo, m.no, m.ds);
      // CSPICE calls ZZDSPR here with DOINIT true, which changes nothing.
      detail::deep_space_init(geophs, common, m, {m.mdot, m.nodedot, xpidot}, in.eccsq, m.ds);
    }

    if (!m.simple) {
      const double cc1sq = m.cc1 * m.cc1;
      m.d2 = in.ao * 4.0 * tsi * cc1sq;
      const double temp = m.d2 * tsi * m.cc1 / 3.0;
      m.d3 = (in.ao * 17.0 + sfour) * temp;
      m.d4 = temp * 0.5 * in.ao * tsi * (in.ao * 221.0 + sfour * 31.0) * m.cc1;
      m.t3cof = m.d2 + cc1sq * 2.0;
      m.t4cof = (m.d3 * 3.0 + m.cc1 * (m.d2 * 12.0 + cc1sq * 10.0)) * 0.25;
      m.t5cof = (m.d4 * 3.0 + m.cc1 * 12.0 * m.d3 + m.d2 * 6.0 * m.d2 + cc1sq * 15.0 * (m.d2 * 2.0 + cc1sq)) * 0.2;
    }
  }
  return m;
}

}  // namespace sc::tle
