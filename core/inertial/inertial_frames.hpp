// CSPICE's 21 built-in inertial frames (J2000, B1950, FK4, DE-118 ... DE-130, GALACTIC, DE-200,
// DE-202, MARSIAU, ECLIPJ2000, ECLIPB1950, DE-140, DE-142, DE-143) with their frame IDs and their
// constant rotations from J2000, defined as CSPICE's chgirf defines them (equatorial precession
// angles, equinox offsets, obliquities, the galactic pole, Mars's pole) and built with the same
// arithmetic, so the matrices carry CSPICE's bits.
//
// A folder of its own, below spk, pck and frames: SPKGEO changes states between these frames, a
// binary PCK segment's base frame is one of them, and the frame tree ends in them. It needs only
// math and pool (NPARSD reads the table's angle texts).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "errors/result.hpp"
#include "math/rotation.hpp"

namespace sc::inertial {

// The frame ID of J2000, the frame SPK chains, the frame tree and the output frames meet in.
inline constexpr int kJ2000 = 1;

struct Frame {
  int id;                 // 1 = J2000, 2 = B1950, ..., 16 = MARSIAU, ..., 21 = DE-143
  std::string_view name;  // upper case, as CSPICE reports it
};

std::span<const Frame> builtin_frames();             // ids 1..21, in id order
std::optional<int> frame_id(std::string_view name);  // case-insensitive, blanks trimmed
std::optional<std::string_view> frame_name(int id);
bool is_builtin(int id);  // 1 .. 21 (SPKGEO's test for "both frames inertial")

// The rotation taking J2000 vectors to vectors in `frame_id` (CSPICE's irfrot(J2000, id)); unknown
// ids fail with SPICE(IRFNOTREC). Computed with sc::math trig so both backends get identical bits.
Result<math::Mat3> from_j2000(int frame_id);

// The rotation taking vectors in frame `from_id` to frame `to_id` (irfrot(from, to), which is
// also what pxform returns between two built-in inertial frames, to the bit): the identity when
// the ids are equal, otherwise R(J2000->to) * R(J2000->from)^T. Unknown ids: SPICE(IRFNOTREC).
Result<math::Mat3> rotation(int from_id, int to_id);

// The same as a 6x6 state transformation (sxform between two inertial frames): the rotation on
// both diagonal blocks, zero derivative block, since these frames do not move relative to
// each other.
Result<math::Mat6> state_transform(int from_id, int to_id);

}  // namespace sc::inertial
