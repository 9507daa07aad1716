// The built-in inertial frames, as SPICELIB's CHGIRF (entry points IRFROT, IRFNUM, IRFNAM) defines
// them. Each frame is given relative to an earlier one (its base) by up to three Euler rotations,
// angles in arcseconds, written left to right as in
//    v_frame = [a1]_ax1 [a2]_ax2 [a3]_ax3 v_base
// The definitions, their sources and the arithmetic are listed in inertial_frame_table.hpp.
#include "inertial/inertial_frames.hpp"

#include <string>

#include "inertial/inertial_frame_table.hpp"
#include "math/angles.hpp"
#include "math/rotation.hpp"
#include "pool/cspice_decimal.hpp"

namespace sc::inertial {
namespace {

using detail::kInertialDefinitions;
using detail::kInertialFrameCount;
using math::Mat3;
using math::Mat6;

using math::kDegreesPerRadian;  // DPR(): 180 / PI()
// CONVRT's degrees per arcsecond, a constant in its table (1/3600 rounded to a double).
constexpr double kDegreesPerArcsecond = 2.7777777777777778e-4;
static_assert(kDegreesPerArcsecond == 1.0 / 3600.0);

// CONVRT(x, 'ARCSECONDS', 'RADIANS') converts through degrees: (x * deg/arcsec) / (deg/rad).
// Not x * (pi / 648000): that differs in the last bit for some angles.
double arcseconds_to_radians(double arcseconds) {
  const double degrees = arcseconds * kDegreesPerArcsecond;
  return degrees / kDegreesPerRadian;
}

// The angle texts are turned into doubles the way CHGIRF does, by NPARSD. NPARSD is not always
// correctly rounded; for these 33 texts it happens to give the nearest double (checked against
// strtod), but going through it keeps that true if a definition is ever added. The texts are
// known-good numbers (the unit tests parse every one), so the value is used unconditionally.
double parse_angle(std::string_view text) { return pool::parse_cspice_number(text).value; }

using Table = std::array<Mat3, kInertialFrameCount + 1>;  // index = frame id; [0] unused

// IRFROT's one-time set-up, in its order: for each frame in id order, start from ROTATE(0, x)
// (the identity, with a -0 below the diagonal), apply the definition's rotations from the
// rightmost to the leftmost with ROTMAT (each premultiplies), then multiply on the right by the
// base frame's matrix (MXM). J2000 is its own base, so its matrix is multiplied by itself.
Table build_table() {
  Table table{};
  for (const auto& def : kInertialDefinitions) {
    Mat3 m = math::rotate(0.0, 1);
    for (int k = def.rotation_count - 1; k >= 0; --k) {
      const auto& rot = def.rotations[static_cast<std::size_t>(k)];
      m = math::rotate_matrix(m, arcseconds_to_radians(parse_angle(rot.arcseconds)), rot.axis);
    }
    const Mat3& base = def.base_id == def.id ? m : table[static_cast<std::size_t>(def.base_id)];
    table[static_cast<std::size_t>(def.id)] = math::multiply(m, base);
  }
  return table;
}

// J2000 -> frame for every frame, built once on first use (immutable afterwards).
const Table& j2000_to_frame_table() {
  static const Table table = build_table();
  return table;
}

Error not_recognized(int from_id, int to_id, int bad_id) {
  return make_error("SPICE(IRFNOTREC)",
                    "Cannot rotate from inertial frame " + std::to_string(from_id) + " to inertial frame " +
                        std::to_string(to_id) + ": " + std::to_string(bad_id) +
                        " is not the ID code of a built-in inertial frame (1 to 21).");
}

bool is_blank(char c) { return c == ' '; }  // Fortran's only blank; tabs are not trimmed

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// The frames table holds the names; an array of Frame is made from it once.
const std::array<Frame, kInertialFrameCount>& frame_list() {
  static const auto list = [] {
    std::array<Frame, kInertialFrameCount> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i] = Frame{kInertialDefinitions[i].id, kInertialDefinitions[i].name};
    }
    return out;
  }();
  return list;
}

}  // namespace

std::span<const Frame> builtin_frames() { return frame_list(); }

bool is_builtin(int id) { return id >= 1 && id <= kInertialFrameCount; }

std::optional<int> frame_id(std::string_view name) {
  while (!name.empty() && is_blank(name.front())) name.remove_prefix(1);
  while (!name.empty() && is_blank(name.back())) name.remove_suffix(1);
  for (const auto& def : kInertialDefinitions) {
    if (def.name.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) same = upper(name[i]) == def.name[i];
    if (same) return def.id;
  }
  return std::nullopt;
}

std::optional<std::string_view> frame_name(int id) {
  if (!is_builtin(id)) return std::nullopt;
  return kInertialDefinitions[static_cast<std::size_t>(id - 1)].name;
}

Result<Mat3> rotation(int from_id, int to_id) {
  if (!is_builtin(from_id)) return not_recognized(from_id, to_id, from_id);
  if (!is_builtin(to_id)) return not_recognized(from_id, to_id, to_id);
  // IRFROT returns ROTATE(0, x) for equal frames rather than risk round-off in R * R^T.
  if (from_id == to_id) return math::rotate(0.0, 1);
  const Table& table = j2000_to_frame_table();
  // (J2000 -> to) * (J2000 -> from)^T, as IRFROT's MXMT. pxform's REFCHG gets the same bits: it
  // multiplies exact copies of these two matrices in the same order (and J2000's matrix is the
  // identity, so the products with it are exact).
  return math::multiply_transposed(table[static_cast<std::size_t>(to_id)],
                                   table[static_cast<std::size_t>(from_id)]);
}

Result<Mat3> from_j2000(int frame_id) { return rotation(kJ2000, frame_id); }

Result<Mat6> state_transform(int from_id, int to_id) {
  SC_TRY_ASSIGN(auto&& r, rotation(from_id, to_id));
  return math::constant_rotation_state_transform(r);
}

}  // namespace sc::inertial
