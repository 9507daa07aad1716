// GETFOV: an instrument's field of view from its IK variables (INS<id>_FOV_FRAME, _FOV_SHAPE,
// _BORESIGHT, _FOV_CLASS_SPEC, then _FOV_BOUNDARY[_CORNERS] or _FOV_REF_VECTOR/_REF_ANGLE/
// _CROSS_ANGLE/_ANGLE_UNITS), with CSPICE's checks in CSPICE's order and its construction of the
// boundary vectors for the ANGLES specification (NAIF's Frames and IK documentation, GETFOV header).
#pragma once

#include <string>
#include <vector>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"
#include "pool/pool.hpp"

namespace sc::instruments {

struct FieldOfView {
  std::string shape;           // CIRCLE, ELLIPSE, POLYGON or RECTANGLE (upper case, left-justified)
  std::string frame;           // the frame the vectors are expressed in, as the IK spells it
  math::Vec3 bsight{};         // the boresight, as given
  int n = 0;                   // the number of boundary vectors
  std::vector<double> bounds;  // n vectors, 3 components each
};

// `room` is the number of boundary vectors the caller can take (CSPICE's ROOM).
Result<FieldOfView> getfov(const pool::Pool& pool, int instid, int room);

}  // namespace sc::instruments
