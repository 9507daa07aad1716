// Aberration-correction strings ('NONE', 'LT', 'LT+S', 'CN', 'CN+S', 'XLT', 'XLT+S', 'XCN',
// 'XCN+S') parsed into flags. CSPICE has two parsers, and the state and position paths use
// different ones, so both are reproduced:
//   - states (spkez, spkacs, spkltc): ZZVALCOR over ZZPRSCOR. Unknown strings, relativistic ('RL')
//     and stellar-only ('S', 'XS') corrections fail with SPICE(INVALIDOPTION).
//   - positions (spkezp's SPKAPO): its own list of the nine strings; anything else fails with
//     SPICE(SPKINVALIDOPTION). spkezp recognises 'NONE' before that (EQSTR).
// Both normalise the same way (LJUCRS with no blanks kept): leading and embedded ' ' removed
// (tabs are not blanks), ASCII letters upper-cased, and the result cut to its first five
// characters — so "lt + s" is "LT+S", and extra characters after five are ignored.
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"

namespace sc::geometry {

struct AbCorr {
  bool geometric = false;     // 'NONE'
  bool light_time = false;    // any light-time correction (LT, CN and their X forms)
  bool stellar = false;       // '+S'
  bool converged = false;     // CN: iterate the light-time equation
  bool transmission = false;  // leading 'X': photons leave the observer at et
};

// The normalised five-character key (LJUCRS(0, abcorr) into a CHARACTER*5), blanks dropped.
std::string abcorr_key(std::string_view abcorr);

// The state-path parser (ZZVALCOR).
Result<AbCorr> parse_abcorr(std::string_view abcorr);

// The position-path parser (SPKAPO's table).
Result<AbCorr> parse_position_abcorr(std::string_view abcorr);

// EQSTR: the two strings are equal when every blank (' ') is ignored and ASCII letters are compared
// without case. CSPICE's option lists (ESRCHC: reference loci, methods, inertial frame names) match
// this way.
bool eqstr(std::string_view a, std::string_view b);

// EQSTR(abcorr, 'NONE').
bool abcorr_is_none(std::string_view abcorr);

// spkezp's transmission test for non-inertial frames: the first non-blank character is 'X'/'x'.
bool abcorr_starts_with_x(std::string_view abcorr);

}  // namespace sc::geometry
