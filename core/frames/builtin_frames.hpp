// CSPICE N0067's built-in frames (ZZFDAT): the 21 inertial frames (IDs 1-21) and 124 non-inertial
// ones, in ZZFDAT's order: the IAU_<body> PCK frames 10001-10124 (class 2, class ID = center =
// the body), ITRF93 (13000, class 2, class ID 3000) and EARTH_FIXED (10081, a TK frame, class 4,
// whose offset must come from TKFRAME_EARTH_FIXED_* / TKFRAME_10081_* kernel variables).
// Built-in names and IDs always take precedence over kernel-pool definitions.
#pragma once

#include <span>
#include <string_view>

namespace sc::frames {

struct BuiltinFrame {
  int id;
  std::string_view name;  // upper case
  int center;
  int frame_class;
  int class_id;
};

// All 145, in ZZFDAT order (inertial frames first, by ID).
std::span<const BuiltinFrame> builtin_frames();

const BuiltinFrame* builtin_frame_by_id(int id);
// `key` must already be left-justified and upper-cased (text::frame_key); the match is exact.
const BuiltinFrame* builtin_frame_by_name(std::string_view key);
// The frame CIDFRM picks for a center when the pool names none: the entry a binary search finds
// in ZZFDAT's center order vector (ORDERI's Shell sort, BSCHOI's search). Several frames share
// center 0, and which of them comes back (ECLIPB1950) is a property of those two algorithms.
const BuiltinFrame* builtin_frame_for_center(int center);

}  // namespace sc::frames
