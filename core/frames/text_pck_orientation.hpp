// IAU-style body orientation from text PCK data (the text-kernel half of CSPICE N0067's TISBOD):
//    RA  = RA0 + RA1 T + RA2 T^2 + sum a_i sin(theta_i)        (degrees, T in Julian centuries)
//    DEC = DEC0 + DEC1 T + DEC2 T^2 + sum d_i cos(theta_i)
//    W   = W0 + W1 d + W2 d^2 + sum w_i sin(theta_i)            (d in days)
//    theta_i = polynomial in T of degree BODY<bary>_MAX_PHASE_DEGREE (default 1), coefficients
//              BODY<bary>_NUT_PREC_ANGLES, where <bary> is the planetary system barycenter
// from BODY<id>_POLE_RA/_POLE_DEC/_PM and _NUT_PREC_RA/_DEC/_PM; the epoch and inertial frame of
// the constants are BODY<bary>_CONSTANTS_JED_EPOCH (or _CONSTS_JED_EPOCH) and
// BODY<bary>_CONSTANTS_REF_FRAME (or _CONSTS_REF_FRAME), default J2000. The state
// transformation is EUL2XF of (W mod 2 pi, pi/2 - DEC, pi/2 + RA) about axes 3, 1, 3, with every
// operation in TISBOD's order so the matrices carry CSPICE's bits.
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

struct TextPckModel {
  int body = 0;
  double epoch_jed = 2451545.0;  // JED of the constants' epoch
  int ref_frame = 1;             // inertial frame of the constants
  std::array<double, 3> ra{}, dec{}, pm{};
  int phase_coefficients = 2;    // coefficients per nutation-precession angle (degree + 1)
  int phases = 0;                // number of angles
  int used_phases = 0;           // the angles the terms reach (the longest of the three term lists)
  std::vector<double> angles;    // phases * phase_coefficients values
  std::vector<double> ra_terms, dec_terms, pm_terms;
};

// Reads the model; SPICE(FRAMEDATANOTFOUND) when BODY<id>_PM is absent, the kernel-pool errors of
// BODVCD otherwise, SPICE(COMPETINGEPOCHSPEC), SPICE(COMPETINGFRAMESPEC),
// SPICE(DEGREEOUTOFRANGE), SPICE(INSUFFICIENTANGLES). `et` only serves the error message.
// The model is read from the pool once and kept (Context::derived) until the pool changes.
Result<std::shared_ptr<const TextPckModel>> load_text_pck_model(const Context& ctx, int body, double et);

// The transformation from the model's inertial frame (ref_frame) to the body-fixed frame at `et`.
math::Mat6 text_pck_state_transform(const TextPckModel& model, double et);

}  // namespace sc::frames
