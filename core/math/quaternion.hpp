// SPICE quaternions (rotation.req, "Quaternions"): q = (q0, q1, q2, q3) with q0 the scalar part,
// and the conversions and products SPICELIB builds on them, each with SPICELIB's operation order
// so results carry CSPICE's bits:
//   q2m        Q2M     quaternion -> rotation matrix (a non-unit q is used as q / |q|^2 scaled)
//   m2q        M2Q     rotation matrix -> unit quaternion with q0 >= 0
//   qxq        QXQ     quaternion product
//   qdq2av     QDQ2AV  angular velocity from a unit quaternion and its derivative
//   vnormg4    VNORMG  the norm of a 4-vector (scaled by its largest component first)
//   vhatg4     VHATG   the unit 4-vector (zero for zero)
// CK readers (quaternions of pointing instances), TK frames (TKFRAME_..._Q) and the CLI's
// attitude output use these.
#pragma once

#include <array>

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

using Quat = std::array<double, 4>;

// Q2M. For a unit quaternion (c, s) the matrix rotates vectors by 2 acos(c) about s, i.e. it is
// the matrix whose columns are the images of the basis vectors (rotation.req's convention).
Mat3 q2m(const Quat& q);

// M2Q: SPICE(NOTAROTATION) unless ISROT(r, 0.1, 0.1). The scalar part comes out non-negative.
Result<Quat> m2q(const Mat3& r);

// QXQ: q1 * q2 = (s1 s2 - v1.v2, s1 v2 + s2 v1 + v1 x v2), the vector part as VLCOM3.
Quat qxq(const Quat& q1, const Quat& q2);

// QDQ2AV: av = -2 * vector part of (q* . dq), q first unitised (VHATG).
Vec3 qdq2av(const Quat& q, const Quat& dq);

double vnormg4(const Quat& v);  // VNORMG with NDIM = 4
Quat vhatg4(const Quat& v);     // VHATG with NDIM = 4

}  // namespace sc::math
