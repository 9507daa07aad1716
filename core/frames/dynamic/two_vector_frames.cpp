// TWO-VECTOR dynamic frames, as ZZDYNFRM (state transformations) and ZZDYNROT (rotations) build
// them: a primary vector fixes one axis, a secondary vector the half-plane of a second axis. The
// vectors are
//   OBSERVER_TARGET_POSITION  the target as seen from the observer (with ABCORR), in J2000;
//   OBSERVER_TARGET_VELOCITY  the direction of that state's velocity in FRAME, carried to J2000
//                             (at the epoch FRAME's center is seen at, for light-time corrections);
//                             for states its rate comes from a centered difference of the unit
//                             velocities at t0 -+ max(1, t0 * 2^-27) s, as ZZDYNFRM does (QDERIV)
//                             because SPK states have no accelerations;
//   TARGET_NEAR_POINT         from the observer to the point of the target's reference ellipsoid
//                             nearest to it (NEARPT; DNEARP for its velocity), from the target's
//                             body-fixed frame;
//   CONSTANT                  a fixed direction in FRAME (RECTANGULAR, LATITUDINAL or RA/DEC),
//                             optionally light-time or stellar-aberration corrected.
// Axes are X, Y, Z with an optional sign; the vectors must be at least ANGLE_SEP_TOL (default
// 0.001 rad) away from parallel.
#include <algorithm>
#include <string>

#include "bodies/body_constants.hpp"
#include "errors/number_text.hpp"
#include "frames/center_frames.hpp"
#include "frames/dynamic/family.hpp"
#include "frames/dynamic/near_point_state.hpp"
#include "frames/dynamic/state_matrix_ops.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_text.hpp"
#include "frames/frame_tree.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/ellipsoid.hpp"
#include "math/latitudinal.hpp"
#include "math/trig.hpp"
#include "math/two_vector_frame.hpp"
#include "math/units.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames::dynamic {
namespace {

using inertial::kJ2000;
using math::Mat3;
using math::Mat6;
using math::State;
using math::Vec3;

constexpr double kDefaultMinSeparation = 0.001;  // rad, when ANGLE_SEP_TOL is absent
constexpr double kDeltaScale = 7.4505805969238281e-9;  // 2^-27: OTV's difference step relative to t0

const char* const kPrefix[2] = {"PRI_", "SEC_"};

std::string item(int i, const char* name) { return std::string(kPrefix[i]) + name; }

// ZZPRSCOR's flags for an aberration correction.
struct Correction {
  bool geometric = false;
  bool light_time = false;
  bool stellar = false;
  bool transmission = false;
};

// ZZPRSCOR: blanks removed, upper case, cut to CHARACTER*5, then one of its 15 strings.
Result<Correction> parse_correction(std::string_view abcorr) {
  std::string key = squeeze_upper(abcorr);
  key = key.substr(0, std::min<std::size_t>(key.size(), 5));
  struct Entry {
    const char* name;
    Correction c;  // geometric, light time, stellar, transmission
  };
  static constexpr Entry kTable[] = {
      {"CN", {false, true, false, false}},   {"CN+S", {false, true, true, false}},
      {"LT", {false, true, false, false}},   {"LT+S", {false, true, true, false}},
      {"NONE", {true, false, false, false}}, {"RL", {false, true, false, false}},
      {"RL+S", {false, true, true, false}},  {"S", {false, false, true, false}},
      {"XCN", {false, true, false, true}},   {"XCN+S", {false, true, true, true}},
      {"XLT", {false, true, false, true}},   {"XLT+S", {false, true, true, true}},
      {"XRL", {false, true, false, true}},   {"XRL+S", {false, true, true, true}},
      {"XS", {false, false, true, true}},
  };
  for (const Entry& e : kTable) {
    if (key == e.name) return e.c;
  }
  return make_error("SPICE(INVALIDOPTION)",
                    "Aberration correction specification " + std::string(abcorr) + " is not recognized.");
}

// ZZCOREPC: the epoch a light-time corrected vector's frame is evaluated at.
double corrected_epoch(const Correction& c, double t0, double lt) {
  if (!c.light_time) return t0;
  return c.transmission ? t0 + lt : t0 - lt;
}

// CSPICE keeps ABCORR in a CHARACTER*5 variable.
Result<std::string> read_abcorr(const Evaluation& e, int i) {
  SC_TRY_ASSIGN(auto&& s, required_string(e.keys, item(i, "ABCORR")));
  return s.substr(0, std::min<std::size_t>(s.size(), 5));
}

std::string frame_text_name(const Context& ctx, int id) {
  auto name = frame_name(ctx, id);
  return name ? *name : std::string();
}

struct Axis {
  int index = 0;  // 1 = X, 2 = Y, 3 = Z
  bool negate = false;
};

Result<Axis> read_axis(const Evaluation& e, int i) {
  SC_TRY_ASSIGN(auto&& raw, required_string(e.keys, item(i, "AXIS")));
  std::string name = squeeze_upper(raw);
  Axis a;
  a.negate = !name.empty() && name[0] == '-';
  std::erase(name, '-');
  std::erase(name, '+');
  if (name == "X") a.index = 1;
  if (name == "Y") a.index = 2;
  if (name == "Z") a.index = 3;
  if (a.index == 0) {
    return make_error("SPICE(INVALIDAXIS)", "Definition of frame " + e.keys.name + " associates vector " +
                                                std::to_string(i + 1) + " with axis " + name +
                                                ". The only valid axis values are { X, -X, Y, -Y, Z, -Z }. This "
                                                "situation is usually caused by an error in a frame kernel in "
                                                "which the frame is defined.");
  }
  return a;
}

Error frame_data_not_found(const Evaluation& e, int frame, const char* what) {
  return make_error("SPICE(FRAMEDATANOTFOUND)", "In definition of frame " + e.keys.name + ", the frame associated "
                                                    "with a " + what + " has frame ID code " + text::int_text(frame) +
                                                    ", but no frame center, frame class, or frame class ID was "
                                                    "found by FRINFO.");
}

// The epoch at which a velocity's or constant vector's frame is taken when the vector is
// light-time corrected: that frame's center as seen by the observer (for non-inertial frames).
Result<double> frame_epoch(const Evaluation& e, int frame, const Correction& c, std::string_view abcorr,
                           int observer, const char* what) {
  SC_TRY_ASSIGN(auto&& info, frinfo_checked(e.ctx(), frame));
  if (!info) return frame_data_not_found(e, frame, what);
  if (info->frame_class == 1) return e.t0;
  SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
  SC_TRY_ASSIGN(auto&& center, eph->position(info->center, e.t0, "J2000", abcorr, observer, e.inner.level));
  return corrected_epoch(c, e.t0, center.lt);
}

// A CONSTANT vector's direction in its frame (RECTANGULAR, LATITUDINAL, RA/DEC).
Result<Vec3> constant_direction(const Evaluation& e, int i) {
  SC_TRY_ASSIGN(auto&& raw_spec, required_string(e.keys, item(i, "SPEC")));
  const std::string spec = squeeze_upper(raw_spec);
  if (spec == "RECTANGULAR") {
    SC_TRY_ASSIGN(auto&& v, required_numbers(e.keys, item(i, "VECTOR"), 3));
    Vec3 dir{};
    for (std::size_t k = 0; k < v.size() && k < 3; ++k) dir[k] = v[k];
    return dir;
  }
  if (spec == "LATITUDINAL" || spec == "RA/DEC") {
    SC_TRY_ASSIGN(auto&& units, required_string(e.keys, item(i, "UNITS")));
    const bool lat = spec == "LATITUDINAL";
    SC_TRY_ASSIGN(auto&& a, required_numbers(e.keys, item(i, lat ? "LONGITUDE" : "RA"), 1));
    SC_TRY_ASSIGN(auto&& b, required_numbers(e.keys, item(i, lat ? "LATITUDE" : "DEC"), 1));
    SC_TRY_ASSIGN(auto&& lon, math::convrt(a.empty() ? 0.0 : a[0], units, "RADIANS"));
    SC_TRY_ASSIGN(auto&& la, math::convrt(b.empty() ? 0.0 : b[0], units, "RADIANS"));
    return math::latrec(1.0, lon, la);
  }
  return make_error("SPICE(NOTSUPPORTED)", "Definition of two-vector parameterized dynamic frame " + e.keys.name +
                                               " includes constant vector specification " + spec +
                                               ", which is not supported. This situation is usually caused by an "
                                               "error in a frame kernel in which the frame is defined.");
}

// What a CONSTANT vector's correction needs: the frame epoch and, for stellar aberration, the
// observer's velocity.
struct ConstantSetup {
  int frame = 0;
  double fet = 0;
  Correction corr;
  Vec3 vobs{};
};

Result<ConstantSetup> constant_setup(const Evaluation& e, int i) {
  ConstantSetup s;
  SC_TRY_ASSIGN(auto&& frame, frame_keyword(e.keys, item(i, "FRAME")));
  s.frame = frame;
  s.fet = e.t0;
  SC_TRY_ASSIGN(auto&& given, optional_string(e.keys, item(i, "ABCORR")));
  std::string cvcorr = given ? given->substr(0, std::min<std::size_t>(given->size(), 5)) : std::string("NONE");
  SC_TRY_ASSIGN(auto&& corr, parse_correction(cvcorr));
  s.corr = corr;
  if (!corr.geometric) {
    if (corr.light_time && corr.stellar) {
      return make_error("SPICE(INVALIDOPTION)", "Definition of frame " + e.keys.name +
                                                    " specifies aberration correction " + cvcorr +
                                                    " for constant vector. Light time and stellar aberration "
                                                    "corrections are mutually exclusive for constant vectors used "
                                                    "in two-vector parameterized dynamic frame definitions.");
    }
    if (corr.light_time) {
      SC_TRY_ASSIGN(auto&& info, frinfo_checked(e.ctx(), frame));
      if (!info) return frame_data_not_found(e, frame, "constant vector");
      if (info->frame_class != 1) {
        SC_TRY_ASSIGN(auto&& observer, body_keyword(e.keys, item(i, "OBSERVER")));
        SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
        SC_TRY_ASSIGN(auto&& center, eph->position(info->center, e.t0, "J2000", cvcorr, observer, e.inner.level));
        s.fet = corrected_epoch(corr, e.t0, center.lt);
      }
    } else if (corr.stellar) {
      SC_TRY_ASSIGN(auto&& observer, body_keyword(e.keys, item(i, "OBSERVER")));
      SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
      SC_TRY_ASSIGN(auto&& stobs, eph->ssb_state(observer, e.t0));
      s.vobs = math::velocity_of(stobs);
    }
  }
  return s;
}

Result<Vec3> aberrate(const Evaluation& e, const ConstantSetup& s, const Vec3& v) {
  if (!s.corr.stellar) return v;
  SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
  return eph->stellar_aberration(v, s.vobs, s.corr.transmission);
}

Error unsupported_definition(const Evaluation& e, const std::string& def) {
  return make_error("SPICE(NOTSUPPORTED)", "Definition of two-vector parameterized dynamic frame " + e.keys.name +
                                               " includes vector definition " + def +
                                               ", which is not supported. This situation is usually caused by an "
                                               "error in a frame kernel in which the frame is defined.");
}

struct Target {
  int target = 0;
  int observer = 0;
  std::string abcorr;
};

Result<Target> read_target(const Evaluation& e, int i) {
  Target t;
  SC_TRY_ASSIGN(auto&& target, body_keyword(e.keys, item(i, "TARGET")));
  SC_TRY_ASSIGN(auto&& observer, body_keyword(e.keys, item(i, "OBSERVER")));
  SC_TRY_ASSIGN(auto&& abcorr, read_abcorr(e, i));
  t.target = target;
  t.observer = observer;
  t.abcorr = abcorr;
  return t;
}

// ZZGFTREB: the target's three radii, all positive.
Result<Vec3> target_radii(const Evaluation& e, int target) {
  SC_TRY_ASSIGN(auto&& values, bodies::bodvcd(e.ctx().pool(), target, "RADII", 3));
  if (values.size() != 3) {
    return make_error("SPICE(BADRADIUSCOUNT)", "Number of radii associated with body " + text::int_text(target) +
                                                   " is " + std::to_string(values.size()) + "; the count should be 3.");
  }
  for (double r : values) {
    if (!(r > 0.0)) {
      return make_error("SPICE(BADAXISLENGTH)", "Radii of body " + text::int_text(target) +
                                                    " must all be positive.");
    }
  }
  return Vec3{values[0], values[1], values[2]};
}

// CIDFRM for a TARGET_NEAR_POINT target: its body-fixed frame, which must exist.
Result<NamedFrame> body_fixed_frame(const Evaluation& e, int target) {
  SC_TRY_ASSIGN(auto&& frame, cidfrm_checked(e.ctx(), target));
  if (frame) return *frame;
  return make_error("SPICE(FRAMEDATANOTFOUND)",
                    "Definition of frame " + e.keys.name + " requires definition of body-fixed frame associated "
                    "with target body " + text::int_text(target) +
                        ". A call to CIDFRM indicated no body-fixed frame is associated with the target body.");
}

// The separation check both routines make before building the frame.
Status check_separation(const Evaluation& e, const Vec3& a, const Vec3& b) {
  SC_TRY_ASSIGN(auto&& tol, optional_number(e.keys, "ANGLE_SEP_TOL"));
  const double minsep = tol ? *tol : kDefaultMinSeparation;
  const double sep = math::vsep(a, b);
  if (math::sin(sep) < math::sin(minsep)) {
    return make_error("SPICE(DEGENERATECASE)",
                      "Angular separation of vectors defining two-vector parameterized dynamic frame " +
                          e.keys.name + " is " + number_text(sep) + " (radians); minimum allowed difference of "
                          "separation from 0 or Pi is " + number_text(minsep) + " radians. Evaluation epoch is " +
                          number_text(e.t0) + " TDB seconds past J2000. Extreme loss of precision can occur when "
                          "defining vectors are nearly linearly dependent. The ANGLE_SEP_TOL keyword can be used in "
                          "the frame definition to adjust the separation limit.");
  }
  return {};
}

// ZZTWOVXF: the state transformation whose columns are the new axes (and their rates) in the
// vectors' frame, so it maps the two-vector frame to J2000.
Result<Mat6> two_vector_xform(const State& axdef, int indexa, const State& plndef, int indexp) {
  if (std::max(indexa, indexp) > 3 || std::min(indexa, indexp) < 1) {
    return make_error("SPICE(BADINDEX)", "The definition indices must lie in the range from 1 to 3.");
  }
  if (indexa == indexp) {
    return make_error("SPICE(UNDEFINEDFRAME)", "The values of INDEXA and INDEXP were the same, namely " +
                                                   std::to_string(indexa) + ". They are required to be different.");
  }
  const int i1 = indexa;
  const int i2 = indexa % 3 + 1;
  const int i3 = i2 % 3 + 1;
  State col[4]{};
  col[i1] = math::dvhat(axdef);
  if (indexp == i2) {
    col[i3] = math::ducrss(axdef, plndef);
    col[i2] = math::ducrss(col[i3], axdef);
  } else {
    col[i2] = math::ducrss(plndef, axdef);
    col[i3] = math::ducrss(axdef, col[i2]);
  }
  Mat6 m{};
  for (int j = 0; j < 3; ++j) {
    for (int r = 0; r < 6; ++r) m[r][j] = col[j + 1][r];
    for (int r = 0; r < 3; ++r) m[r + 3][j + 3] = col[j + 1][r];
  }
  if (math::vzero(math::position_of(col[i2]))) {
    return make_error("SPICE(DEPENDENTVECTORS)",
                      "The direction vectors associated with states AXDEF and PLNDEF are linearly dependent.");
  }
  return m;
}

State negated(const State& s) {
  State out{};
  for (int k = 0; k < 6; ++k) out[k] = -s[k];
  return out;
}

// ZZDYNFRM's vector i as a state in J2000.
Result<State> vector_state(const Evaluation& e, int i) {
  SC_TRY_ASSIGN(auto&& raw_def, required_string(e.keys, item(i, "VECTOR_DEF")));
  const std::string def = squeeze_upper(raw_def);
  if (def == "OBSERVER_TARGET_POSITION") {
    SC_TRY_ASSIGN(auto&& t, read_target(e, i));
    SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
    SC_TRY_ASSIGN(auto&& s, eph->state(t.target, e.t0, "J2000", t.abcorr, t.observer, e.inner.level));
    return s.state;
  }
  if (def == "OBSERVER_TARGET_VELOCITY") {
    SC_TRY_ASSIGN(auto&& t, read_target(e, i));
    SC_TRY_ASSIGN(auto&& frame, frame_keyword(e.keys, item(i, "FRAME")));
    const std::string velfrm = frame_text_name(e.ctx(), frame);
    SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
    const double delta = std::max(1.0, e.t0 * kDeltaScale);
    const double epochs[3] = {e.t0 - delta, e.t0, e.t0 + delta};
    Vec3 dirs[3]{};
    for (int j = 0; j < 3; ++j) {
      SC_TRY_ASSIGN(auto&& s, eph->state(t.target, epochs[j], velfrm, t.abcorr, t.observer, e.inner.level));
      dirs[j] = math::vhat(math::velocity_of(s.state));
    }
    State s = math::make_state(dirs[1], math::qderiv(dirs[0], dirs[2], delta));
    SC_TRY_ASSIGN(auto&& corr, parse_correction(t.abcorr));
    double vet = e.t0;
    if (corr.light_time) {
      SC_TRY_ASSIGN(auto&& fet, frame_epoch(e, frame, corr, t.abcorr, t.observer, "velocity vector"));
      vet = fet;
    }
    if (frame != kJ2000) {
      SC_TRY_ASSIGN(auto&& xf, frame_state_change(e.ctx(), frame, kJ2000, vet, e.inner));
      s = mxvg6(xf, s);
    }
    return s;
  }
  if (def == "TARGET_NEAR_POINT") {
    SC_TRY_ASSIGN(auto&& t, read_target(e, i));
    SC_TRY_ASSIGN(auto&& body_frame, body_fixed_frame(e, t.target));
    SC_TRY_ASSIGN(auto&& radii, target_radii(e, t.target));
    SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
    SC_TRY_ASSIGN(auto&& st, eph->state(t.target, e.t0, body_frame.name, t.abcorr, t.observer, e.inner.level));
    const State stobs = negated(st.state);
    SC_TRY_ASSIGN(auto&& near, dnearp(stobs, radii[0], radii[1], radii[2]));
    if (!near) {
      return make_error("SPICE(DEGENERATECASE)", "In definition of frame " + e.keys.name + ", vector " +
                                                     std::to_string(i + 1) + " is defined by the near point on body " +
                                                     text::int_text(t.target) + " as seen from body " +
                                                     text::int_text(t.observer) +
                                                     ". The state of this near point was not found (DNEARP).");
    }
    const State toward = math::state_sub(near->near, stobs);
    SC_TRY_ASSIGN(auto&& corr, parse_correction(t.abcorr));
    const double fet = corrected_epoch(corr, e.t0, st.lt);
    SC_TRY_ASSIGN(auto&& xipm, frame_state_change(e.ctx(), body_frame.code, kJ2000, fet, e.inner));
    return mxvg6(xipm, toward);
  }
  if (def == "CONSTANT") {
    SC_TRY_ASSIGN(auto&& setup, constant_setup(e, i));
    SC_TRY_ASSIGN(auto&& dir, constant_direction(e, i));
    State s = math::make_state(dir, Vec3{});
    if (setup.frame != kJ2000) {
      SC_TRY_ASSIGN(auto&& xf, frame_state_change(e.ctx(), setup.frame, kJ2000, setup.fet, e.inner));
      s = mxvg6(xf, s);
    }
    SC_TRY_ASSIGN(auto&& pos, aberrate(e, setup, math::position_of(s)));
    return math::make_state(pos, math::velocity_of(s));
  }
  return unsupported_definition(e, def);
}

// ZZDYNROT's vector i as a direction in J2000.
Result<Vec3> vector_direction(const Evaluation& e, int i) {
  SC_TRY_ASSIGN(auto&& raw_def, required_string(e.keys, item(i, "VECTOR_DEF")));
  const std::string def = squeeze_upper(raw_def);
  if (def == "OBSERVER_TARGET_POSITION") {
    SC_TRY_ASSIGN(auto&& t, read_target(e, i));
    SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
    SC_TRY_ASSIGN(auto&& p, eph->position(t.target, e.t0, "J2000", t.abcorr, t.observer, e.inner.level));
    return p.pos;
  }
  if (def == "OBSERVER_TARGET_VELOCITY") {
    SC_TRY_ASSIGN(auto&& t, read_target(e, i));
    SC_TRY_ASSIGN(auto&& frame, frame_keyword(e.keys, item(i, "FRAME")));
    const std::string velfrm = frame_text_name(e.ctx(), frame);
    SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
    // CSPICE quirk: ZZDYNROT and its level-1 copy ZZDYNRT0 both call ZZSPKEZ0 here, so this state
    // look-up always runs at level 1.
    SC_TRY_ASSIGN(auto&& s, eph->state(t.target, e.t0, velfrm, t.abcorr, t.observer, kMaxDynamicLevel));
    Vec3 v = math::vhat(math::velocity_of(s.state));
    SC_TRY_ASSIGN(auto&& corr, parse_correction(t.abcorr));
    double vet = e.t0;
    if (corr.light_time) {
      SC_TRY_ASSIGN(auto&& fet, frame_epoch(e, frame, corr, t.abcorr, t.observer, "velocity vector"));
      vet = fet;
    }
    if (frame != kJ2000) {
      SC_TRY_ASSIGN(auto&& r, frame_rotation_change(e.ctx(), frame, kJ2000, vet, e.inner));
      v = math::mxv(r, v);
    }
    return v;
  }
  if (def == "TARGET_NEAR_POINT") {
    SC_TRY_ASSIGN(auto&& t, read_target(e, i));
    SC_TRY_ASSIGN(auto&& body_frame, body_fixed_frame(e, t.target));
    SC_TRY_ASSIGN(auto&& radii, target_radii(e, t.target));
    SC_TRY_ASSIGN(auto&& eph, e.ephemeris());
    SC_TRY_ASSIGN(auto&& p, eph->position(t.target, e.t0, body_frame.name, t.abcorr, t.observer, e.inner.level));
    const Vec3 pobs = math::vminus(p.pos);
    SC_TRY_ASSIGN(auto&& near, math::nearpt(pobs, radii[0], radii[1], radii[2]));
    const Vec3 toward = math::vsub(near.npoint, pobs);
    SC_TRY_ASSIGN(auto&& corr, parse_correction(t.abcorr));
    const double fet = corrected_epoch(corr, e.t0, p.lt);
    SC_TRY_ASSIGN(auto&& tipm, frame_rotation_change(e.ctx(), body_frame.code, kJ2000, fet, e.inner));
    return math::mxv(tipm, toward);
  }
  if (def == "CONSTANT") {
    SC_TRY_ASSIGN(auto&& setup, constant_setup(e, i));
    SC_TRY_ASSIGN(auto&& dir, constant_direction(e, i));
    Vec3 v = dir;
    if (setup.frame != kJ2000) {
      SC_TRY_ASSIGN(auto&& r, frame_rotation_change(e.ctx(), setup.frame, kJ2000, setup.fet, e.inner));
      v = math::mxv(r, dir);
    }
    return aberrate(e, setup, v);
  }
  return unsupported_definition(e, def);
}

}  // namespace

Result<Mat6> two_vector_state(const Evaluation& e) {
  State s[2]{};
  Axis axes[2]{};
  for (int i = 0; i < 2; ++i) {
    SC_TRY_ASSIGN(auto&& axis, read_axis(e, i));
    axes[i] = axis;
    SC_TRY_ASSIGN(auto&& v, vector_state(e, i));
    s[i] = axis.negate ? negated(v) : v;
  }
  SC_TRY(check_separation(e, math::position_of(s[0]), math::position_of(s[1])));
  SC_TRY_ASSIGN(auto&& xform, two_vector_xform(s[0], axes[0].index, s[1], axes[1].index));
  if (e.base == kJ2000) return xform;
  SC_TRY_ASSIGN(auto&& xf2000, frame_state_change(e.ctx(), kJ2000, e.base, e.t0, e.inner));
  return mxmg6(xf2000, xform);
}

Result<Mat3> two_vector_rotation(const Evaluation& e) {
  Vec3 v[2]{};
  Axis axes[2]{};
  for (int i = 0; i < 2; ++i) {
    SC_TRY_ASSIGN(auto&& axis, read_axis(e, i));
    axes[i] = axis;
    SC_TRY_ASSIGN(auto&& d, vector_direction(e, i));
    v[i] = axis.negate ? math::vminus(d) : d;
  }
  SC_TRY(check_separation(e, v[0], v[1]));
  SC_TRY_ASSIGN(auto&& rinv, math::twovec(v[0], axes[0].index, v[1], axes[1].index));
  const Mat3 rotate = math::transpose(rinv);
  if (e.base == kJ2000) return rotate;
  SC_TRY_ASSIGN(auto&& r2000, frame_rotation_change(e.ctx(), kJ2000, e.base, e.t0, e.inner));
  return math::multiply(r2000, rotate);
}

}  // namespace sc::frames::dynamic
