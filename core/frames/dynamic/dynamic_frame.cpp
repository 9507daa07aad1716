// ZZDYNFRM / ZZDYNROT's common part (see dynamic_frame.hpp): the frame's base, style and family,
// the freeze epoch and rotation state with their checks in CSPICE's order, the family's
// transformation, and the treatment of inertial and frozen frames' rates.
#include "frames/dynamic/dynamic_frame.hpp"

#include <cctype>
#include <string>

#include "frames/dynamic/family.hpp"
#include "frames/dynamic/state_matrix_ops.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_text.hpp"
#include "frames/frame_tree.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/frame_rates.hpp"

namespace sc::frames::dynamic {

using math::Mat3;
using math::Mat6;
using inertial::kJ2000;

bool eqstr(std::string_view a, std::string_view b) {
  a = text::ltrim(text::rtrim(a));
  b = text::ltrim(text::rtrim(b));
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

Result<const EphemerisSource*> Evaluation::ephemeris() const {
  if (inner.ephemeris) return inner.ephemeris;
  return make_error("SPICE(NOTSUPPORTED)", "The dynamic frame " + keys.name +
                                               " needs ephemeris data (observer-target states), but it was "
                                               "evaluated without an ephemeris source. Use the geometry layer's "
                                               "pxform/sxform (or spkezr), which supply one.");
}

namespace {

enum class Family { MeanEquator, TrueEquator, MeanEcliptic, TwoVector, Euler, Product, Other };

Family family_of(const std::string& name) {
  if (name == "MEAN_EQUATOR_AND_EQUINOX_OF_DATE") return Family::MeanEquator;
  if (name == "TRUE_EQUATOR_AND_EQUINOX_OF_DATE") return Family::TrueEquator;
  if (name == "MEAN_ECLIPTIC_AND_EQUINOX_OF_DATE") return Family::MeanEcliptic;
  if (name == "TWO-VECTOR") return Family::TwoVector;
  if (name == "EULER") return Family::Euler;
  if (name == "PRODUCT") return Family::Product;
  return Family::Other;
}

bool of_date(Family f) { return f == Family::MeanEquator || f == Family::TrueEquator || f == Family::MeanEcliptic; }

OfDateFamily of_date_family(Family f) {
  return f == Family::MeanEquator ? OfDateFamily::MeanEquator
         : f == Family::TrueEquator ? OfDateFamily::TrueEquator
                                    : OfDateFamily::MeanEcliptic;
}

// Everything ZZDYNFRM and ZZDYNROT settle before the family's own work.
struct Prologue {
  Evaluation eval;
  Family family = Family::Other;
  std::string family_name;
  bool frozen = false;
  bool inertial = false;
};

Error recursion_too_deep(int frame) {
  return make_error("SPICE(RECURSIONTOODEEP)", "The reference frame " + text::int_text(frame) +
                                                   " is a dynamic frame. Dynamic frames may not be used at "
                                                   "recursion level 1.");
}

Error frame_def_error(const std::string& msg) { return make_error("SPICE(FRAMEDEFERROR)", msg); }

// `rotation`: ZZDYNROT's order of the ROTATION_STATE checks (the value first), else ZZDYNFRM's.
Result<Prologue> prologue(const Context& ctx, int frame, int center, double et, const FrameEnv& env, bool rotation) {
  if (env.level > kMaxDynamicLevel) return recursion_too_deep(frame);
  auto name = frame_name(ctx, frame);
  Prologue p{Evaluation{FrameKeys{ctx, name ? *name : std::string(), frame}, center, 0, et, env.deeper()},
             Family::Other, std::string(), false, false};
  const FrameKeys& keys = p.eval.keys;
  SC_TRY_ASSIGN(auto&& base, frame_keyword(keys, "RELATIVE"));
  p.eval.base = base;
  SC_TRY_ASSIGN(auto&& style, required_string(keys, "DEF_STYLE"));
  if (!eqstr(style, "PARAMETERIZED")) {
    return make_error("SPICE(NOTSUPPORTED)", "Dynamic frame style " + style + " (in definition of frame " +
                                                 keys.name + ") is not supported. This situation is usually "
                                                 "caused by an error in a frame kernel in which the frame is "
                                                 "defined.");
  }
  SC_TRY_ASSIGN(auto&& family, required_string(keys, "FAMILY"));
  p.family_name = squeeze_upper(family);
  p.family = family_of(p.family_name);
  const bool ofdate = of_date(p.family);

  SC_TRY_ASSIGN(auto&& freeze, optional_number(keys, "FREEZE_EPOCH"));
  p.frozen = freeze.has_value();
  p.eval.t0 = p.frozen ? *freeze : et;
  SC_TRY_ASSIGN(auto&& rotsta, optional_string(keys, "ROTATION_STATE"));
  const bool has_state = rotsta.has_value();
  const bool valid_state = has_state && (eqstr(*rotsta, "ROTATING") || eqstr(*rotsta, "INERTIAL"));
  const auto bad_state = [&] {
    return make_error("SPICE(NOTSUPPORTED)", "Definition of frame " + keys.name +
                                                 " contains ROTATION_STATE specification " + *rotsta +
                                                 ". The only valid rotation states are ROTATING or INERTIAL. This "
                                                 "situation is usually caused by an error in a frame kernel in "
                                                 "which the frame is defined.");
  };
  if (rotation && has_state && !valid_state) return bad_state();
  if (p.frozen && has_state) {
    return frame_def_error("Definition of frame " + keys.name + " contains both FREEZE_EPOCH and ROTATION_STATE "
                           "keywords; at most one of these must be present in the frame definition. This situation "
                           "is usually caused by an error in a frame kernel in which the frame is defined.");
  }
  if (ofdate && !p.frozen && !has_state) {
    return frame_def_error("Definition of frame " + keys.name + ", which belongs to parameterized dynamic frame "
                           "family " + p.family_name + ", contains neither FREEZE_EPOCH nor ROTATION_STATE "
                           "keywords; frames in this family require exactly one of these in their frame "
                           "definitions. This situation is usually caused by an error in a frame kernel in which "
                           "the frame is defined.");
  }
  if (!rotation && has_state && !valid_state) return bad_state();
  p.inertial = has_state && eqstr(*rotsta, "INERTIAL");
  if (p.family == Family::Other) {
    return make_error("SPICE(NOTSUPPORTED)", "Dynamic frame family " + p.family_name + " (in definition of frame " +
                                                 keys.name + ") is not supported. This situation is usually "
                                                 "caused by an error in a frame kernel in which the frame is "
                                                 "defined.");
  }
  return p;
}

// ROTATION_STATE = INERTIAL: the frame's rates relative to the inertial frame its base has at t0.
// A built-in inertial base just loses the derivative block; any other base is taken to J2000,
// the derivative dropped there, and the result brought back, of which only the derivative block
// replaces the frame's (ZZDYNFRM).
Result<Mat6> make_inertial(const Prologue& p, Mat6 xform) {
  const Evaluation& e = p.eval;
  auto base_name = frame_name(e.ctx(), e.base);
  if (base_name && inertial::frame_id(*base_name)) {
    clear_derivative_block(xform);
    return xform;
  }
  SC_TRY_ASSIGN(auto&& xf2000, frame_state_change(e.ctx(), e.base, kJ2000, e.t0, e.inner));
  Mat6 in_j2000 = mxmg6(xf2000, xform);
  clear_derivative_block(in_j2000);
  const Mat6 back = mxmg6(math::invstm(xf2000), in_j2000);
  for (int i = 3; i < 6; ++i) {
    for (int j = 0; j < 3; ++j) xform[i][j] = back[i][j];
  }
  return xform;
}

}  // namespace

Result<DynamicState> dynamic_state(const Context& ctx, int frame, int center, double et, const FrameEnv& env) {
  SC_TRY_ASSIGN(auto&& p, prologue(ctx, frame, center, et, env, false));
  Mat6 xform{};
  switch (p.family) {
    case Family::MeanEquator:
    case Family::TrueEquator:
    case Family::MeanEcliptic: {
      SC_TRY_ASSIGN(auto&& x, of_date_state(p.eval, of_date_family(p.family)));
      xform = x;
      break;
    }
    case Family::TwoVector: {
      SC_TRY_ASSIGN(auto&& x, two_vector_state(p.eval));
      xform = x;
      break;
    }
    case Family::Euler: {
      SC_TRY_ASSIGN(auto&& x, euler_state(p.eval));
      xform = x;
      break;
    }
    case Family::Product: {
      SC_TRY_ASSIGN(auto&& x, product_state(p.eval));
      xform = x;
      break;
    }
    case Family::Other:
      break;
  }
  if (p.inertial) {
    SC_TRY_ASSIGN(auto&& x, make_inertial(p, xform));
    xform = x;
  }
  if (p.frozen) clear_derivative_block(xform);
  return DynamicState{xform, p.eval.base};
}

Result<DynamicRotation> dynamic_rotation(const Context& ctx, int frame, int center, double et,
                                         const FrameEnv& env) {
  SC_TRY_ASSIGN(auto&& p, prologue(ctx, frame, center, et, env, true));
  Mat3 r{};
  switch (p.family) {
    case Family::MeanEquator:
    case Family::TrueEquator:
    case Family::MeanEcliptic: {
      SC_TRY_ASSIGN(auto&& x, of_date_rotation(p.eval, of_date_family(p.family)));
      r = x;
      break;
    }
    case Family::TwoVector: {
      SC_TRY_ASSIGN(auto&& x, two_vector_rotation(p.eval));
      r = x;
      break;
    }
    case Family::Euler: {
      SC_TRY_ASSIGN(auto&& x, euler_rotation(p.eval));
      r = x;
      break;
    }
    case Family::Product: {
      SC_TRY_ASSIGN(auto&& x, product_rotation(p.eval));
      r = x;
      break;
    }
    case Family::Other:
      break;
  }
  return DynamicRotation{r, p.eval.base};
}

}  // namespace sc::frames::dynamic
