// What every dynamic frame family's evaluation gets from the dispatcher (dynamic_frame.cpp,
// CSPICE's ZZDYNFRM for state transformations and ZZDYNROT for rotations), and the families'
// entry points. Each family returns the transformation from the dynamic frame to its RELATIVE
// (base) frame, as FRMGET/ROTGET expect.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/dynamic/dynamic_frame_vars.hpp"
#include "frames/dynamic/ephemeris_source.hpp"
#include "math/rotation.hpp"

namespace sc::frames::dynamic {

struct Evaluation {
  FrameKeys keys;      // the frame's name and ID, for its keywords
  int center = 0;      // FRAME_<id>_CENTER
  int base = 0;        // FRAME_<id>_RELATIVE
  double t0 = 0;       // the evaluation epoch: et, or the FREEZE_EPOCH
  FrameEnv inner;      // frame changes and ephemeris look-ups one recursion level deeper

  const Context& ctx() const { return keys.ctx; }
  // The ephemeris, or SPICE(NOTSUPPORTED) when this evaluation was given none (a frames-layer
  // caller without the geometry layer's states).
  Result<const EphemerisSource*> ephemeris() const;
};

enum class OfDateFamily { MeanEquator, TrueEquator, MeanEcliptic };

// MEAN_EQUATOR_AND_EQUINOX_OF_DATE, TRUE_EQUATOR_AND_EQUINOX_OF_DATE,
// MEAN_ECLIPTIC_AND_EQUINOX_OF_DATE (of_date_frames.cpp).
Result<math::Mat6> of_date_state(const Evaluation& e, OfDateFamily family);
Result<math::Mat3> of_date_rotation(const Evaluation& e, OfDateFamily family);

// TWO-VECTOR (two_vector_frames.cpp).
Result<math::Mat6> two_vector_state(const Evaluation& e);
Result<math::Mat3> two_vector_rotation(const Evaluation& e);

// EULER (euler_frames.cpp): angles as polynomials of (t0 - EPOCH).
Result<math::Mat6> euler_state(const Evaluation& e);
Result<math::Mat3> euler_rotation(const Evaluation& e);

// PRODUCT (product_frames.cpp): TO_FRAMES(i) -> FROM_FRAMES(i) chained.
Result<math::Mat6> product_state(const Evaluation& e);
Result<math::Mat3> product_rotation(const Evaluation& e);

// EQSTR: equal ignoring case and leading/trailing blanks.
bool eqstr(std::string_view a, std::string_view b);

}  // namespace sc::frames::dynamic
