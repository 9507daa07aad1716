// What dynamic frames (FK class 5) need from the layer above: observer-target states and positions
// with aberration corrections, and body states relative to the solar-system barycenter.
//
// Why an interface: TWO-VECTOR frames are defined by vectors such as "the Sun as seen from the
// Earth", which CSPICE's ZZDYNFRM gets from ZZSPKEZ0 (its private copy of SPKEZ). That is the
// geometry layer's spkezr family, which itself rotates states through the frame tree. The frames
// layer sits below geometry and may not include it, so the frames layer owns this small interface
// and every frame evaluation receives an implementation in a FrameEnv; geometry implements it
// (geometry/frame_ephemeris.hpp) and passes it in from pxform/sxform/spkezr. A FrameEnv without
// an ephemeris still evaluates every frame that needs none (EULER, the of-date families, TWO-VECTOR
// frames of CONSTANT vectors without corrections, PRODUCT of such frames).
//
// The recursion level mirrors CSPICE, whose Fortran cannot recurse and therefore keeps copies of
// the frame routines: FRMCHG/REFCHG (level 0) evaluate dynamic frames with ZZDYNFRM/ZZDYNROT,
// which change frames and look up states one level deeper (ZZFRMCH0, ZZSPKEZ0: level 1); there a
// dynamic frame is evaluated by ZZDYNFR0/ZZDYNRT0, whose own look-ups are level 2 (ZZFRMCH1,
// ZZSPKEZ1), where a dynamic frame is SPICE(RECURSIONTOODEEP).
#pragma once

#include <string_view>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames {

struct EphemerisState {
  math::State state{};  // km, km/s
  double lt = 0;        // one-way light time, s
};

struct EphemerisPosition {
  math::Vec3 pos{};
  double lt = 0;
};

class EphemerisSource {
 public:
  virtual ~EphemerisSource() = default;
  // ZZSPKEZ0/ZZSPKEZ1 (SPKEZ): the state of `target` relative to `observer` in frame `ref` with the
  // correction `abcorr`; frame changes inside happen at recursion level `level`.
  virtual Result<EphemerisState> state(int target, double et, std::string_view ref, std::string_view abcorr,
                                       int observer, int level) const = 0;
  // ZZSPKZP0/ZZSPKZP1 (SPKEZP): the position only.
  virtual Result<EphemerisPosition> position(int target, double et, std::string_view ref, std::string_view abcorr,
                                             int observer, int level) const = 0;
  // ZZSPKSB0/ZZSPKSB1: the J2000 state of `body` relative to the solar-system barycenter.
  virtual Result<math::State> ssb_state(int body, double et) const = 0;
  // STELAB (reception) or STLABX (transmission): a constant vector's stellar aberration for an
  // observer moving with velocity `vobs` (the corrections are the geometry layer's too).
  virtual Result<math::Vec3> stellar_aberration(const math::Vec3& pobj, const math::Vec3& vobs,
                                                bool transmission) const = 0;
};

// The context a frame change runs in: who supplies states, and CSPICE's recursion level (0 for a
// frame change asked for by a caller, 1 inside a dynamic frame, 2 inside a dynamic frame used by
// a dynamic frame).
struct FrameEnv {
  const EphemerisSource* ephemeris = nullptr;
  int level = 0;

  FrameEnv deeper() const { return FrameEnv{ephemeris, level + 1}; }
};

// The deepest level at which a dynamic frame may still be evaluated (ZZFRMGT1 refuses them).
inline constexpr int kMaxDynamicLevel = 1;

}  // namespace sc::frames
