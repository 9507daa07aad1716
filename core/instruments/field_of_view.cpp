#include "instruments/field_of_view.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "math/trig.hpp"
#include "math/units.hpp"
#include "pool/pool_queries.hpp"

namespace sc::instruments {
namespace {

std::string key(int instid, std::string_view suffix) {
  return "INS" + std::to_string(instid) + "_" + std::string(suffix);
}

std::string upper_left_justified(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  std::size_t e = s.size();
  while (e > b && s[e - 1] == ' ') --e;
  std::string out(s.substr(b, e - b));
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// EQSTR: equal ignoring case and blanks.
bool same_words(std::string_view a, std::string_view b) {
  auto squeeze = [](std::string_view s) {
    std::string out;
    for (char c : s)
      if (c != ' ') out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  };
  return squeeze(a) == squeeze(b);
}

Error missing(const char* code, const std::string& name, const char* what, int instid) {
  return make_error(code, "The variable, '" + name + "', specifying " + what + " of instrument " +
                              std::to_string(instid) +
                              " was not found in the kernel pool. Check whether the IK file for the "
                              "instrument was loaded and whether it sets this variable.");
}

// The first value of a character variable, or nullopt (a numeric variable is "not found" to GCPOOL).
std::optional<std::string> first_string(const pool::Pool& pool, const std::string& name) {
  auto r = pool::gcpool(pool, name, 0, 1);
  if (!r || !r->has_value() || (*r)->empty()) return std::nullopt;
  return (**r)[0];
}

std::optional<double> first_number(const pool::Pool& pool, const std::string& name) {
  auto r = pool::gdpool(pool, name, 0, 1);
  if (!r || !r->has_value() || (*r)->empty()) return std::nullopt;
  return (**r)[0];
}

// A 3-vector variable checked as GETFOV checks the boresight and the reference vector: present,
// three values, numeric.
Result<math::Vec3> three_vector(const pool::Pool& pool, const std::string& name, const char* missing_code,
                                const char* what, const char* bad_code, int instid) {
  auto shape = pool::shape_of(pool, name);
  if (!shape) return missing(missing_code, name, what, instid);
  if (shape->n != 3)
    return make_error(bad_code, "The number of components of " + std::string(what) + " given in '" + name +
                                    "' is not 3, it is " + std::to_string(shape->n) + ".");
  if (shape->type != 'N')
    return make_error(bad_code, "The '" + name + "' variable holds strings, not three numbers.");
  auto values = pool::gdpool(pool, name, 0, 3);
  math::Vec3 v{};
  if (values && values->has_value())
    for (std::size_t i = 0; i < 3 && i < (*values)->size(); ++i) v[i] = (**values)[i];
  return v;
}

Result<double> to_radians(double angle, const std::string& units) {
  return math::convrt(angle, units, "RADIANS");
}

Error too_little_room(const char* shape, int need, int instid, int room) {
  return make_error("SPICE(BOUNDARYTOOBIG)", "The FOV shape for instrument " + std::to_string(instid) +
                                                 " is specified to be " + shape + ". There should be room for at least " +
                                                 std::to_string(need) + " boundary vector(s). There is room for " +
                                                 std::to_string(room) + ".");
}

// The CORNERS specification: the boundary vectors are given.
Status read_corners(const pool::Pool& pool, int instid, int room, FieldOfView& fov) {
  std::string name = key(instid, "FOV_BOUNDARY");
  auto shape = pool::shape_of(pool, name);
  if (!shape) {
    name += "_CORNERS";
    shape = pool::shape_of(pool, name);
  }
  if (!shape) {
    const std::string plain = key(instid, "FOV_BOUNDARY");
    return missing("SPICE(BOUNDARYMISSING)", plain, "the boundary vectors", instid);
  }
  const long long capacity = 3LL * room;
  if (static_cast<long long>(shape->n) > capacity)
    return make_error("SPICE(BOUNDARYTOOBIG)", "The number of boundary vector components in '" + name +
                                                   "' is bigger than the room (ROOM) given to hold them.");
  if (shape->n % 3 != 0)
    return make_error("SPICE(BADBOUNDARY)", "The boundary vector components in '" + name +
                                                "' are not a set of 3-vectors: their number is not a multiple of 3.");
  // GDPOOL of a character variable finds nothing and sets N to 0: every shape check below then
  // fails with "there are 0", as in CSPICE.
  auto values = pool::gdpool(pool, name, 0, static_cast<int>(std::max<long long>(capacity, 1)));
  if (values && values->has_value()) fov.bounds = **values;
  fov.n = static_cast<int>(fov.bounds.size() / 3);
  auto bad = [&](const char* what, const char* count) {
    return make_error("SPICE(BADBOUNDARY)", "The boundary is specified to be " + std::string(what) +
                                                ", and as such, the values of '" + name + "' should contain " + count +
                                                ". There are " + std::to_string(fov.n) + ".");
  };
  if (fov.shape == "CIRCLE" && fov.n != 1) return bad("circular", "one vector");
  if (fov.shape == "ELLIPSE" && fov.n != 2) return bad("elliptical", "two vectors");
  if (fov.shape == "RECTANGLE" && fov.n != 4) return bad("rectangular", "four vectors");
  if (fov.shape == "POLYGON" && fov.n < 3) return bad("polygonal", "at least three vectors");
  return {};
}

void put(std::vector<double>& out, const math::Vec3& v) { out.insert(out.end(), v.begin(), v.end()); }

// The ANGLES specification: boundary vectors built from the reference vector and the angular
// extents, as GETFOV builds them.
Status compute_from_angles(const pool::Pool& pool, int instid, int room, FieldOfView& fov) {
  if (fov.shape != "CIRCLE" && fov.shape != "ELLIPSE" && fov.shape != "RECTANGLE")
    return make_error("SPICE(SHAPENOTSUPPORTED)", "The FOV shape, '" + fov.shape + "', of instrument " +
                                                      std::to_string(instid) +
                                                      " is not supported for the ANGLES specification.");
  const std::string rvec_name = key(instid, "FOV_REF_VECTOR");
  SC_TRY_ASSIGN(math::Vec3 refvec, three_vector(pool, rvec_name, "SPICE(REFVECTORMISSING)", "the FOV reference vector",
                                                "SPICE(BADREFVECTORSPEC)", instid));
  if (math::vnorm(math::vcrss(fov.bsight, refvec)) == 0.0)
    return make_error("SPICE(BADREFVECTORSPEC)", "The reference vector, stored in '" + rvec_name +
                                                     "', is parallel to the instrument boresight vector. This is "
                                                     "not allowed by the ANGLES FOV specification.");
  const std::string rang_name = key(instid, "FOV_REF_ANGLE");
  auto refang_value = first_number(pool, rang_name);
  if (!refang_value) return missing("SPICE(REFANGLEMISSING)", rang_name, "the reference angle", instid);
  const std::string units_name = key(instid, "FOV_ANGLE_UNITS");
  auto units = first_string(pool, units_name);
  if (!units) return missing("SPICE(UNITSMISSING)", units_name, "the angle units", instid);
  SC_TRY_ASSIGN(double refang, to_radians(*refang_value, *units));

  const math::Vec3 normal = math::vcrss(fov.bsight, refvec);
  if (fov.shape == "CIRCLE") {
    if (room < 1) return too_little_room("circular", 1, instid, room);
    // The one boundary vector: the boresight turned by the reference angle towards the reference vector.
    put(fov.bounds, math::vrotv(fov.bsight, normal, refang));
    fov.n = 1;
    return {};
  }

  const std::string cang_name = key(instid, "FOV_CROSS_ANGLE");
  auto crsang_value = first_number(pool, cang_name);
  if (!crsang_value) return missing("SPICE(CROSSANGLEMISSING)", cang_name, "the cross angle", instid);
  SC_TRY_ASSIGN(double crsang, to_radians(*crsang_value, *units));

  if (fov.shape == "ELLIPSE") {
    if (room < 2) return too_little_room("elliptical", 2, instid, room);
    // The semi-axis ends: the boresight turned by the reference angle towards the reference
    // vector, then by the cross angle about boresight x normal, counter-clockwise about the boresight.
    put(fov.bounds, math::vrotv(fov.bsight, normal, refang));
    put(fov.bounds, math::vrotv(fov.bsight, math::vcrss(fov.bsight, normal), crsang));
    fov.n = 2;
    return {};
  }

  if (room < 4) return too_little_room("rectangular", 4, instid, room);
  // RECTANGLE: an orthonormal basis (b along the boresight, b1 towards the reference vector,
  // b2 = b x b1), the inward normals of the four side planes, and the corners as the cross
  // products of neighbouring normals, scaled to the boresight's length.
  const double bmag = math::vnorm(fov.bsight);
  const math::Vec3 b = math::vhat(fov.bsight);  // UNORM: each component divided by the length
  const math::Vec3 b1 = math::vhat(math::vperp(refvec, fov.bsight));
  const math::Vec3 b2 = math::vcrss(b, b1);
  const double cosran = math::cos(refang);
  const double coscan = math::cos(crsang);
  constexpr double kMinCos = 1e-15;
  if (cosran < kMinCos || coscan < kMinCos)
    return make_error("SPICE(BADBOUNDARY)", "The angular extents in the FOV definition of instrument " +
                                                std::to_string(instid) +
                                                " give degenerate boundary vectors: a side plane is 90 degrees or "
                                                "more from the boresight.");
  const double sinran = math::sin(refang);
  const double sincan = math::sin(crsang);
  const std::array<math::Vec3, 4> normals{math::vlcom(-cosran, b1, sinran, b), math::vlcom(-coscan, b2, sincan, b),
                                          math::vlcom(cosran, b1, sinran, b), math::vlcom(coscan, b2, sincan, b)};
  for (std::size_t i = 0; i < 4; ++i) {
    const math::Vec3 corner = math::vcrss(normals[i], normals[(i + 1) % 4]);
    put(fov.bounds, math::vscl(bmag, math::vhat(corner)));
  }
  fov.n = 4;
  return {};
}

}  // namespace

Result<FieldOfView> getfov(const pool::Pool& pool, int instid, int room) {
  FieldOfView fov;
  const std::string frame_name = key(instid, "FOV_FRAME");
  auto frame = first_string(pool, frame_name);
  if (!frame)
    return missing("SPICE(FRAMEMISSING)", frame_name, "the frame the FOV is given in", instid);
  fov.frame = *frame;

  const std::string shape_name = key(instid, "FOV_SHAPE");
  auto shape = first_string(pool, shape_name);
  if (!shape) return missing("SPICE(SHAPEMISSING)", shape_name, "the FOV shape", instid);
  fov.shape = upper_left_justified(*shape);
  if (fov.shape != "CIRCLE" && fov.shape != "ELLIPSE" && fov.shape != "POLYGON" && fov.shape != "RECTANGLE")
    return make_error("SPICE(SHAPENOTSUPPORTED)", "The FOV shape, '" + fov.shape + "', in '" + shape_name +
                                                      "' of instrument " + std::to_string(instid) +
                                                      " is not supported (CIRCLE, ELLIPSE, POLYGON, RECTANGLE).");

  SC_TRY_ASSIGN(fov.bsight, three_vector(pool, key(instid, "BORESIGHT"), "SPICE(BORESIGHTMISSING)",
                                         "the boresight", "SPICE(BADBORESIGHTSPEC)", instid));
  if (math::vzero(fov.bsight))
    return make_error("SPICE(ZEROBORESIGHT)", "The boresight vector in '" + key(instid, "BORESIGHT") + "' is the zero vector.");

  // No class specification means CORNERS; a numeric one is "not found" to GCPOOL and means CORNERS too.
  const std::string spec = first_string(pool, key(instid, "FOV_CLASS_SPEC")).value_or("CORNERS");
  if (same_words("CORNERS", spec)) {
    SC_TRY(read_corners(pool, instid, room, fov));
  } else if (same_words("ANGLES", spec)) {
    SC_TRY(compute_from_angles(pool, instid, room, fov));
  } else {
    return make_error("SPICE(UNSUPPORTEDSPEC)", "The FOV class specification is set to '" + spec +
                                                    "', which is not supported (CORNERS or ANGLES).");
  }
  return fov;
}

}  // namespace sc::instruments
