// The frame system: built-in inertial and body-fixed (IAU_*) frames, frames defined in text kernels
// (FK: classes 1 inertial, 2 PCK, 4 TK fixed offset), orientation from text PCKs and binary PCKs,
// and transformations between any two frames through the frame tree. CK (3) and dynamic (5)
// frames are reported as not supported. Names follow CSPICE's (namfrm, frmnam, frinfo, ...).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/dynamic/ephemeris_source.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

struct FrameInfo {
  int center = 0;       // NAIF ID of the frame's center
  int frame_class = 0;  // 1 inertial, 2 PCK, 3 CK, 4 TK, 5 dynamic, 6 switch
  int class_id = 0;     // ID within the class (body code for PCK frames, ...)
};

struct NamedFrame {
  int code = 0;
  std::string name;
};

// The two frame names of pxform/sxform/pxfrm2 as frame IDs, with their checks in CSPICE's order
// (SPICE(EMPTYSTRING), then SPICE(UNKNOWNFRAME) naming the unknown one): what a batch resolves once.
struct FramePair {
  int from = 0;
  int to = 0;
};
Result<FramePair> frame_pair(const Context& ctx, std::string_view from, std::string_view to);

// `env` carries the ephemeris dynamic frames need (ephemeris_source.hpp); the geometry layer
// passes one (geometry/frame_ephemeris.hpp), and the shim's pxform/sxform/pxfrm2 go through it.
// Rotation taking vectors in `from` to vectors in `to` at TDB `et` (CSPICE pxform), row-major.
Result<math::Mat3> pxform(const Context& ctx, std::string_view from, std::string_view to, double et,
                          const FrameEnv& env = {});
// State transformation from `from` to `to` at `et` (CSPICE sxform), row-major 6x6.
Result<math::Mat6> sxform(const Context& ctx, std::string_view from, std::string_view to, double et,
                          const FrameEnv& env = {});
// Rotation from `from` at `et_from` to `to` at `et_to` (CSPICE pxfrm2).
Result<math::Mat3> pxfrm2(const Context& ctx, std::string_view from, std::string_view to, double et_from, double et_to,
                          const FrameEnv& env = {});
// The same by frame ID codes, for the geometry layer.
Result<math::Mat6> state_transform(const Context& ctx, int from, int to, double et, const FrameEnv& env = {});
Result<math::Mat3> rotation(const Context& ctx, int from, int to, double et, const FrameEnv& env = {});

std::optional<int> namfrm(const Context& ctx, std::string_view name);  // frame name -> ID
std::optional<std::string> frmnam(const Context& ctx, int code);        // ID -> name
std::optional<FrameInfo> frinfo(const Context& ctx, int code);
std::optional<NamedFrame> cidfrm(const Context& ctx, int center);                // a body's frame
Result<std::optional<NamedFrame>> cnmfrm(const Context& ctx, std::string_view center_name);
std::optional<NamedFrame> ccifrm(const Context& ctx, int frame_class, int class_id);

}  // namespace sc::frames
