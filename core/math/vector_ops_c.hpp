// CSPICE's hand-written C versions of a few vector routines whose arithmetic differs from the
// SPICELIB (Fortran) routines of vector_ops.hpp: vproj_c and vperp_c scale their inputs by the
// reciprocal of the largest component (vscl_c(1./big, ...)) where VPROJ and VPERP divide by it, and
// vperp_c returns the zero vector for a zero b where VPERP returns a. The calls named after these
// _c routines (vproj, vperp, nplnpt, pjelpl, npedln) must use these to carry CSPICE's bits; the
// SPICELIB routines inside CSPICE (SINCPT, LIMBPT...) use the Fortran ones.
#pragma once

#include "math/vector_ops.hpp"

namespace sc::math {

// The two vector-routine dialects CSPICE contains: the f2c'd SPICELIB routines, which CSPICE's
// high-level routines call, and the hand-written CSPICE C functions the user-facing `_c` names are.
// Where a routine's two versions differ (error codes, checks, operation order), core functions
// take this to say which one to mirror.
enum class Dialect { spicelib, cspice_c };

Vec3 vproj_c(const Vec3& a, const Vec3& b);  // vproj_c: projection of a onto b
Vec3 vperp_c(const Vec3& a, const Vec3& b);  // vperp_c: component of a orthogonal to b

// VPROJ/VPERP or vproj_c/vperp_c as `dialect` says.
Vec3 vproj(const Vec3& a, const Vec3& b, Dialect dialect);
Vec3 vperp(const Vec3& a, const Vec3& b, Dialect dialect);

}  // namespace sc::math
