// Text PCK orientation (see text_pck_orientation.hpp).
#include "frames/text_pck_orientation.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "bodies/body_constants.hpp"
#include "errors/number_text.hpp"
#include "frames/center_frames.hpp"
#include "frames/frame_text.hpp"
#include "math/angles.hpp"
#include "math/constants.hpp"
#include "math/euler.hpp"
#include "math/trig.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames {

using math::Mat6;

namespace {

using math::kHalfPi;
using math::kRadiansPerDegree;  // RPD()
using math::kTwoPi;
using math::kSecondsPerDay;                                     // SPD()
constexpr double kSecondsPerCentury = kSecondsPerDay * 36525.0;  // TISBOD's T
constexpr double kJ2000Jed = math::kJ2000JulianDate;
constexpr int kMaxPolynomial = 3;  // MXPOLY: quadratic pole and prime-meridian polynomials
constexpr int kMaxPhase = 4;       // MXPHAS: phase polynomials up to degree 3
constexpr int kMaxAngles = 200;    // MAXANG

std::string body_var(int body, std::string_view item) { return "BODY" + text::int_text(body) + "_" + std::string(item); }

// ZZBODBRY: the planetary system barycenter of a planet or natural satellite, else the body.
int system_barycenter(int body) {
  if (body >= 100 && body <= 999) return body / 100;
  if (body >= 10000 && body <= 99999) return body / 10000;
  return body;
}

Error missing_data(const Context& ctx, int body, double et) {
  auto frame = ccifrm_checked(ctx, 2, body);
  const std::string when = " for epoch " + number_text(et) + " TDB (seconds past J2000) were not found.";
  const std::string rest =
      " If these data were to be provided by a binary PCK file, then it is possible that the PCK file does not "
      "have coverage for the specified body-fixed frame at the time of interest. If the data were to be provided "
      "by a text PCK file, then possibly the file does not contain data for the specified body-fixed frame. In "
      "either case it is possible that a required PCK file was not loaded at all.";
  if (frame && *frame) {
    return make_error("SPICE(FRAMEDATANOTFOUND)",
                      "PCK data required to compute the orientation of the body-fixed frame " + (*frame)->name + when +
                          rest);
  }
  return make_error("SPICE(FRAMEDATANOTFOUND)",
                    "PCK data required to compute the orientation of the body-fixed frame associated with the ID "
                    "code " + text::int_text(body) + when + rest + " Also, a frame kernel defining the body-fixed "
                    "frame associated with body " + text::int_text(body) + " may need to be loaded.");
}

// BODVCD into a zero-filled array of 3 (missing higher-order terms are zero).
Result<std::array<double, 3>> polynomial(const Context& ctx, int body, std::string_view item) {
  SC_TRY_ASSIGN(auto&& v, bodies::bodvcd(ctx.pool(), body, item, kMaxPolynomial));
  std::array<double, 3> out{};
  std::copy(v.begin(), v.end(), out.begin());
  return out;
}

Result<std::vector<double>> optional_terms(const Context& ctx, int body, std::string_view item, int maxn) {
  if (!bodies::bodfnd(ctx.pool(), body, item)) return std::vector<double>{};
  return bodies::bodvcd(ctx.pool(), body, item, maxn);
}

// TISBOD accepts BODY<bary>_CONSTANTS_<item> or BODY<bary>_CONSTS_<item>, never both. `read` is
// GDPOOL or GIPOOL on one name (nullopt when absent or of the other type).
template <class Read>
auto constants_item(const Context& ctx, int refid, std::string_view item, const char* code, Read read)
    -> decltype(read(std::string())) {
  const std::string a = body_var(refid, "CONSTANTS_" + std::string(item));
  const std::string b = body_var(refid, "CONSTS_" + std::string(item));
  auto va = read(a);
  if (!va) return va;
  if (!*va) return read(b);
  if (pool::shape_of(ctx.pool(), b)) {
    return make_error(code, "Both kernel variables " + a + " and " + b +
                                " are present in the kernel pool. At most one form of the kernel variable name may "
                                "be present.");
  }
  return va;
}

// Fortran's X**N for a small non-negative integer N (libf2c's pow_di: binary powering).
double int_power(double x, int n) {
  double result = 1.0;
  for (unsigned u = static_cast<unsigned>(n);;) {
    if (u & 1u) result *= x;
    u >>= 1;
    if (u == 0) break;
    x *= x;
  }
  return result;
}

// VDOTG over a's length; b holds at least as many values.
double dot(const std::vector<double>& a, const double* b) {
  double sum = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += a[i] * b[i];
  return sum;
}

// Reads the model from the body's pool variables (load_text_pck_model keeps what this returns).
Result<TextPckModel> read_text_pck_model(const Context& ctx, int body, double et) {
  if (!pool::shape_of(ctx.pool(), body_var(body, "PM"))) return missing_data(ctx, body, et);
  TextPckModel m;
  m.body = body;
  const int refid = system_barycenter(body);

  SC_TRY_ASSIGN(auto&& epoch, constants_item(ctx, refid, "JED_EPOCH", "SPICE(COMPETINGEPOCHSPEC)",
                                             [&](const std::string& v) { return pool::gdpool(ctx.pool(), v, 0, 1); }));
  if (epoch) m.epoch_jed = (*epoch)[0];
  SC_TRY_ASSIGN(auto&& frame, constants_item(ctx, refid, "REF_FRAME", "SPICE(COMPETINGFRAMESPEC)",
                                             [&](const std::string& v) { return pool::gipool(ctx.pool(), v, 0, 1); }));
  if (frame) m.ref_frame = (*frame)[0];

  SC_TRY_ASSIGN(auto&& ra, polynomial(ctx, body, "POLE_RA"));
  SC_TRY_ASSIGN(auto&& dec, polynomial(ctx, body, "POLE_DEC"));
  SC_TRY_ASSIGN(auto&& pm, polynomial(ctx, body, "PM"));
  m.ra = ra;
  m.dec = dec;
  m.pm = pm;

  if (bodies::bodfnd(ctx.pool(), refid, "NUT_PREC_ANGLES")) {
    m.phase_coefficients = 2;
    if (bodies::bodfnd(ctx.pool(), refid, "MAX_PHASE_DEGREE")) {
      SC_TRY_ASSIGN(auto&& deg, bodies::bodvcd(ctx.pool(), refid, "MAX_PHASE_DEGREE", 1));
      const double d = deg[0];
      const int degree = static_cast<int>(d >= 0.0 ? std::floor(d + 0.5) : -std::floor(0.5 - d));
      if (degree < 1 || degree > kMaxPhase - 1) {
        return make_error("SPICE(DEGREEOUTOFRANGE)", "Maximum phase angle degree for body " + text::int_text(refid) +
                                                         " must be in the range 1:3 but was " +
                                                         text::int_text(degree) + ".");
      }
      m.phase_coefficients = degree + 1;
    }
    SC_TRY_ASSIGN(auto&& angles, bodies::bodvcd(ctx.pool(), refid, "NUT_PREC_ANGLES", kMaxAngles * kMaxPhase));
    m.angles = std::move(angles);
    m.phases = static_cast<int>(m.angles.size()) / m.phase_coefficients;
  }
  SC_TRY_ASSIGN(auto&& ra_terms, optional_terms(ctx, body, "NUT_PREC_RA", kMaxAngles));
  SC_TRY_ASSIGN(auto&& dec_terms, optional_terms(ctx, body, "NUT_PREC_DEC", kMaxAngles));
  SC_TRY_ASSIGN(auto&& pm_terms, optional_terms(ctx, body, "NUT_PREC_PM", kMaxAngles));
  m.ra_terms = std::move(ra_terms);
  m.dec_terms = std::move(dec_terms);
  m.pm_terms = std::move(pm_terms);

  const std::size_t needed = std::max({m.ra_terms.size(), m.dec_terms.size(), m.pm_terms.size()});
  m.used_phases = static_cast<int>(needed);
  if (needed > static_cast<std::size_t>(m.phases)) {
    return make_error("SPICE(INSUFFICIENTANGLES)", "Insufficient number of nutation/precession angles for body " +
                                                       text::int_text(body) + " at time " + number_text(et) +
                                                       ". Number of angles is " + text::int_text(m.phases) +
                                                       "; number required is " + std::to_string(needed) + ".");
  }
  return m;
}

}  // namespace

Result<std::shared_ptr<const TextPckModel>> load_text_pck_model(const Context& ctx, int body, double et) {
  const std::uint64_t version = ctx.pool().version();
  const auto key = static_cast<std::uint64_t>(static_cast<std::uint32_t>(body));
  if (auto kept = ctx.derived().find<TextPckModel>(key, version)) return kept;
  SC_TRY_ASSIGN(auto&& model, read_text_pck_model(ctx, body, et));
  auto shared = std::make_shared<const TextPckModel>(std::move(model));
  ctx.derived().store<TextPckModel>(key, version, shared);
  return shared;
}

Mat6 text_pck_state_transform(const TextPckModel& m, double et) {
  const double tmpepc = kSecondsPerDay * (m.epoch_jed - kJ2000Jed);
  const double epoch = et - tmpepc;
  const double td = epoch / kSecondsPerDay;
  const double tc = epoch / kSecondsPerCentury;

  double ra = m.ra[0] + tc * (m.ra[1] + tc * m.ra[2]);
  double dec = m.dec[0] + tc * (m.dec[1] + tc * m.dec[2]);
  double w = m.pm[0] + td * (m.pm[1] + td * m.pm[2]);
  double dra = (m.ra[1] + (2.0 * tc) * m.ra[2]) / kSecondsPerCentury;
  double ddec = (m.dec[1] + (2.0 * tc) * m.dec[2]) / kSecondsPerCentury;
  double dw = (m.pm[1] + (2.0 * td) * m.pm[2]) / kSecondsPerDay;

  // Only the angles some term reaches: TISBOD takes the sine and cosine of every angle of the
  // system (13 for the Earth-Moon system, none of them used by the Earth's model), and those values
  // never reach the result. The sines and cosines cost most of a frame change; no bit depends on
  // the others. Fixed arrays: no allocation per epoch (the model has at most MAXANG angles).
  const int n = m.phase_coefficients;
  std::array<double, kMaxAngles> sinth, costh, dsinth, dcosth;
  for (int i = 0; i < m.used_phases; ++i) {
    const double* c = m.angles.data() + static_cast<std::ptrdiff_t>(n) * i;
    double theta = 0.0;
    double dtheta = 0.0;
    if (n == 2) {
      theta = (c[0] + tc * c[1]) * kRadiansPerDegree;
      dtheta = (c[1] / kSecondsPerCentury) * kRadiansPerDegree;
    } else {
      for (int j = 0; j < n; ++j) theta = theta + int_power(tc, j) * c[j];
      theta = theta * kRadiansPerDegree;
      dtheta = c[1] / kSecondsPerCentury;
      // TISBOD's derivative of the higher-order terms, as written there.
      for (int j = 2; j < n; ++j) {
        const int l = j;
        dtheta = dtheta + ((static_cast<double>(l) * int_power(tc, l - 1)) * c[j]) /
                              int_power(kSecondsPerCentury, l - 1);
      }
      dtheta = dtheta * kRadiansPerDegree;
    }
    const double s = math::sin(theta);
    const double co = math::cos(theta);
    const auto k = static_cast<std::size_t>(i);
    sinth[k] = s;
    costh[k] = co;
    dsinth[k] = co * dtheta;
    dcosth[k] = -s * dtheta;
  }
  ra = ra + dot(m.ra_terms, sinth.data());
  dec = dec + dot(m.dec_terms, costh.data());
  w = w + dot(m.pm_terms, sinth.data());
  dra = dra + dot(m.ra_terms, dsinth.data());
  ddec = ddec + dot(m.dec_terms, dcosth.data());
  dw = dw + dot(m.pm_terms, dsinth.data());

  ra = ra * kRadiansPerDegree;
  dec = dec * kRadiansPerDegree;
  w = w * kRadiansPerDegree;
  dra = dra * kRadiansPerDegree;
  ddec = ddec * kRadiansPerDegree;
  dw = dw * kRadiansPerDegree;

  w = math::fortran_mod(w, kTwoPi);
  const double phi = ra + kHalfPi;
  const double delta = kHalfPi - dec;
  return math::eul2xf({w, delta, phi, dw, -ddec, dra}, 3, 1, 3);
}

}  // namespace sc::frames
