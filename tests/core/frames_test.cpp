// The frame system (core/frames): every case of frames.json (CSPICE N0067's answers for pxform,
// sxform, spkezr in rotating frames and the frame look-ups), plus unit tests on kernels written
// here: TK frames in matrix, angle and quaternion form (units, axes, ID- and name-keyed
// variables), chains of frames, loops and unknown frames, the not-supported classes, and the text
// PCK model's nutation terms.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include "context.hpp"
#include "frames/frames_api.hpp"
#include "frames/text_pck_orientation.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"
#include "io/host_file_reader.hpp"
#include "pool/pool_queries.hpp"
#include "json.hpp"

namespace {

const std::string kFixtures = SC_FIXTURES_DIR;
using sc_test::close;
using sc_test::expect_result;
using sc_test::Golden;
using sc_test::load_context;
using sc_test::read_golden;
using sc_test::show;

// Row-major flattening of a square matrix compared with the golden list.
template <std::size_t N>
std::string check_matrix(const std::array<std::array<double, N>, N>& m, const sc_test::Json& want, const Golden& g) {
  std::array<double, N * N> flat{};
  for (std::size_t r = 0; r < N; ++r) {
    for (std::size_t c = 0; c < N; ++c) flat[r * N + c] = m[r][c];
  }
  if (want.array().size() != N * N) return "golden has the wrong size";
  for (std::size_t i = 0; i < N * N; ++i) {
    if (!close(flat[i], want[i].number(), g)) return "element " + std::to_string(i) + ": " + show(flat);
  }
  return "";
}

std::string run_case(const sc::Context& ctx, const sc_test::Json& c, const Golden& g) {
  namespace fr = sc::frames;
  const std::string call = c["call"].string();
  const auto& a = c["args"];
  const bool want_error = c.has("error");
  auto compare = [&](const auto& result, auto&& check) { return expect_result(result, c, check); };
  const auto& e = want_error ? c["error"] : c["expect"];

  if (call == "pxform") {
    return compare(fr::pxform(ctx, a[0].string(), a[1].string(), a[2].number()),
                   [&](const sc::math::Mat3& m) { return check_matrix(m, e, g); });
  }
  if (call == "sxform") {
    return compare(fr::sxform(ctx, a[0].string(), a[1].string(), a[2].number()),
                   [&](const sc::math::Mat6& m) { return check_matrix(m, e, g); });
  }
  if (call == "spkezr") {
    return compare(sc::geometry::spkezr(ctx, a[0].string(), a[1].number(), a[2].string(), a[3].string(),
                                        a[4].string()),
                   [&](const sc::geometry::StateLt& s) -> std::string {
                     for (std::size_t i = 0; i < 6; ++i) {
                       if (!close(s.state[i], e["state"][i].number(), g)) {
                         return "state " + show(s.state) + " lt " + std::to_string(s.lt);
                       }
                     }
                     return close(s.lt, e["lt"].number(), g) ? "" : "lt " + std::to_string(s.lt);
                   });
  }
  const bool found = !want_error && std::get<bool>(e["found"].v);
  auto found_text = [](bool f) { return std::string(f ? "found" : "not found"); };
  if (call == "namfrm") {
    auto code = fr::namfrm(ctx, a[0].string());
    if (code.has_value() != found) return found_text(code.has_value());
    return !code || *code == static_cast<int>(e["code"].number()) ? "" : "code " + std::to_string(*code);
  }
  if (call == "frmnam") {
    auto name = fr::frmnam(ctx, static_cast<int>(a[0].number()));
    if (name.has_value() != found) return found_text(name.has_value());
    return !name || *name == e["name"].string() ? "" : "name " + *name;
  }
  if (call == "frinfo") {
    auto info = fr::frinfo(ctx, static_cast<int>(a[0].number()));
    if (info.has_value() != found) return found_text(info.has_value());
    if (!info) return "";
    const bool same = info->center == static_cast<int>(e["center"].number()) &&
                      info->frame_class == static_cast<int>(e["frameClass"].number()) &&
                      info->class_id == static_cast<int>(e["classId"].number());
    return same ? "" : "info " + std::to_string(info->center) + " " + std::to_string(info->frame_class) + " " +
                           std::to_string(info->class_id);
  }
  auto check_named = [&](const std::optional<fr::NamedFrame>& f) -> std::string {
    if (f.has_value() != found) return found_text(f.has_value());
    if (!f) return "";
    return f->code == static_cast<int>(e["frcode"].number()) && f->name == e["frname"].string()
               ? ""
               : "frame " + std::to_string(f->code) + " " + f->name;
  };
  if (call == "cidfrm") return check_named(fr::cidfrm(ctx, static_cast<int>(a[0].number())));
  if (call == "cnmfrm") {
    auto f = fr::cnmfrm(ctx, a[0].string());
    if (!f) return "got error " + f.error().short_code;
    return check_named(*f);
  }
  return "unknown call " + call;
}

}  // namespace

TEST_CASE("frames golden: pxform, sxform, spkezr in rotating frames, frame look-ups") {
  const Golden g = read_golden("frames.json");
  const sc::Context ctx = load_context(g);
  const auto stats =
      sc_test::run_golden(g, [&](const sc_test::Json& c) -> std::optional<std::string> { return run_case(ctx, c, g); });
  MESSAGE("frames.json: " << stats.passed << "/" << stats.run << " cases pass");
  CHECK(stats.run == 294);
}

// ---------------------------------------------------------------------------------------------
// Unit tests on frame kernels written here.

namespace {

namespace fr = sc::frames;
constexpr double kPiTest = 3.141592653589793;

// A context with the golden kernels (LSK, PCKs, lunar FK, DE430) plus `fk`, a text kernel body.
sc::Context context_with(const std::string& fk) {
  sc::Context ctx(sc::io::map_host_file);
  for (const char* k : {"lsk/naif0012.tls", "pck/pck00010.tpc", "pck/moon_pa_de421_1900-2050.bpc", "fk/moon_080317.tf",
                        "spk/de430-2015-03-02.bsp"}) {
    auto s = ctx.kernels().furnsh(kFixtures + "/kernels/" + k);
    REQUIRE_MESSAGE(s.ok(), k << ": " << s.error().long_msg);
  }
  if (!fk.empty()) {
    const std::string text = "KPL/FK\n\\begindata\n" + fk + "\n\\begintext\n";
    auto s = ctx.kernels().furnsh_bytes("/kernels/test.tf",
                                        sc::io::Bytes::from_vector(std::vector<std::uint8_t>(text.begin(), text.end())));
    REQUIRE_MESSAGE(s.ok(), s.error().long_msg);
  }
  return ctx;
}

sc::math::Mat3 z_rotation_of_vectors(double angle) {  // rotates vectors by +angle about z
  const double c = std::cos(angle), s = std::sin(angle);
  return sc::math::Mat3{{{c, -s, 0.0}, {s, c, 0.0}, {0.0, 0.0, 1.0}}};
}

sc::math::Mat3 transpose(const sc::math::Mat3& m) {
  sc::math::Mat3 t{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) t[i][j] = m[j][i];
  return t;
}

sc::math::Mat3 mul(const sc::math::Mat3& a, const sc::math::Mat3& b) {
  sc::math::Mat3 p{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) p[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
  return p;
}

template <std::size_t N>
double max_diff(const std::array<std::array<double, N>, N>& a, const std::array<std::array<double, N>, N>& b) {
  double d = 0;
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = 0; j < N; ++j) d = std::fmax(d, std::fabs(a[i][j] - b[i][j]));
  return d;
}

std::string error_code(const sc::Result<sc::math::Mat3>& r) { return r ? "no error" : r.error().short_code; }

constexpr double kEt = 478720802.5977731;  // 2015 MAR 02, inside every fixture's coverage

}  // namespace

TEST_CASE("TK frame given as a matrix: column order, sharpening, handedness") {
  // Columns of a 30-degree z rotation (vectors in TKM -> J2000), listed column by column.
  const double c = std::cos(kPiTest / 6), s = std::sin(kPiTest / 6);
  char buf[2048];
  std::snprintf(buf, sizeof buf,
                "FRAME_TKM = 1400001\nFRAME_1400001_NAME = 'TKM'\nFRAME_1400001_CLASS = 4\n"
                "FRAME_1400001_CLASS_ID = 1400001\nFRAME_1400001_CENTER = 399\n"
                "TKFRAME_1400001_SPEC = 'MATRIX'\nTKFRAME_1400001_RELATIVE = 'J2000'\n"
                "TKFRAME_1400001_MATRIX = ( %.17g %.17g 0  %.17g %.17g 0  0 0 1 )\n"
                "FRAME_TKM2 = 1400002\nFRAME_1400002_NAME = 'TKM2'\nFRAME_1400002_CLASS = 4\n"
                "FRAME_1400002_CLASS_ID = 1400002\nFRAME_1400002_CENTER = 399\n"
                "TKFRAME_1400002_SPEC = 'matrix'\nTKFRAME_1400002_RELATIVE = 'J2000'\n"
                "TKFRAME_1400002_MATRIX = ( %.17g %.17g 0  %.17g %.17g 0  0 0 -3 )\n",
                c, s, -s, c, 2 * c, 2 * s, -2 * s, 2 * c);
  const sc::Context ctx = context_with(buf);
  const sc::math::Mat3 r = z_rotation_of_vectors(kPiTest / 6);

  auto to_j2000 = fr::pxform(ctx, "TKM", "J2000", kEt);
  REQUIRE(to_j2000.ok());
  CHECK(max_diff(*to_j2000, r) < 1e-15);
  auto from_j2000 = fr::pxform(ctx, "j2000", " tkm", kEt);  // names: case and leading blanks ignored
  REQUIRE(from_j2000.ok());
  CHECK(max_diff(*from_j2000, transpose(r)) < 1e-15);

  // A scaled, left-handed matrix is sharpened to a rotation but keeps the sense of its columns.
  auto scaled = fr::pxform(ctx, "TKM2", "J2000", kEt);
  REQUIRE(scaled.ok());
  sc::math::Mat3 left = r;
  left[2][2] = -1.0;
  CHECK(max_diff(*scaled, left) < 1e-15);

  // sxform of a fixed offset from an inertial frame: the rotation on the diagonal, no derivative.
  auto x = fr::sxform(ctx, "J2000", "TKM", kEt);
  REQUIRE(x.ok());
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      CHECK((*x)[i][j] == (*from_j2000)[i][j]);
      CHECK((*x)[i + 3][j + 3] == (*from_j2000)[i][j]);
      CHECK((*x)[i + 3][j] == 0.0);
      CHECK((*x)[i][j + 3] == 0.0);
    }
  }
}

TEST_CASE("TK frame given as angles: axes, units, name-keyed variables") {
  const sc::Context ctx = context_with(
      "FRAME_TKA = 1400011\nFRAME_1400011_NAME = 'TKA'\nFRAME_1400011_CLASS = 4\nFRAME_1400011_CLASS_ID = 1400011\n"
      "FRAME_1400011_CENTER = 'EARTH'\n"
      "TKFRAME_TKA_SPEC = 'ANGLES'\nTKFRAME_TKA_RELATIVE = 'J2000'\nTKFRAME_TKA_ANGLES = ( 30 0 0 )\n"
      "TKFRAME_TKA_AXES = ( 3 1 2 )\nTKFRAME_TKA_UNITS = 'DEGREES'\n"
      "FRAME_TKS = 1400012\nFRAME_1400012_NAME = 'TKS'\nFRAME_1400012_CLASS = 4\nFRAME_1400012_CLASS_ID = 1400012\n"
      "FRAME_1400012_CENTER = 399\n"
      "TKFRAME_1400012_SPEC = 'ANGLES'\nTKFRAME_1400012_RELATIVE = 'J2000'\nTKFRAME_1400012_ANGLES = ( 0 0 108000 )\n"
      "TKFRAME_1400012_AXES = ( 1 2 3 )\nTKFRAME_1400012_UNITS = 'ARCSECONDS'\n"
      "FRAME_TKR = 1400013\nFRAME_1400013_NAME = 'TKR'\nFRAME_1400013_CLASS = 4\nFRAME_1400013_CLASS_ID = 1400013\n"
      "FRAME_1400013_CENTER = 399\n"
      "TKFRAME_1400013_SPEC = 'ANGLES'\nTKFRAME_1400013_RELATIVE = 'J2000'\n"
      "TKFRAME_1400013_ANGLES = ( 0.5235987755982988 0 0 )\nTKFRAME_1400013_AXES = ( 3 1 3 )\n"
      "FRAME_TKU = 1400014\nFRAME_1400014_NAME = 'TKU'\nFRAME_1400014_CLASS = 4\nFRAME_1400014_CLASS_ID = 1400014\n"
      "FRAME_1400014_CENTER = 399\n"
      "TKFRAME_1400014_SPEC = 'ANGLES'\nTKFRAME_1400014_RELATIVE = 'J2000'\nTKFRAME_1400014_ANGLES = ( 1 2 3 )\n"
      "TKFRAME_1400014_AXES = ( 3 1 3 )\nTKFRAME_1400014_UNITS = 'FURLONGS'\n"
      "FRAME_TKX = 1400015\nFRAME_1400015_NAME = 'TKX'\nFRAME_1400015_CLASS = 4\nFRAME_1400015_CLASS_ID = 1400015\n"
      "FRAME_1400015_CENTER = 399\n"
      "TKFRAME_1400015_SPEC = 'ANGLES'\nTKFRAME_1400015_RELATIVE = 'J2000'\nTKFRAME_1400015_ANGLES = ( 1 2 3 )\n"
      "TKFRAME_1400015_AXES = ( 3 4 3 )\n");
  // [30 deg]_3 as a frame rotation is the transformation J2000 -> frame; the TK matrix maps the
  // other way, so vectors in TKA are rotated by +30 degrees into J2000.
  const sc::math::Mat3 r = z_rotation_of_vectors(kPiTest / 6);
  for (const char* name : {"TKA", "TKS", "TKR"}) {
    auto m = fr::pxform(ctx, "J2000", name, kEt);
    REQUIRE_MESSAGE(m.ok(), name << ": " << m.error().long_msg);
    CHECK_MESSAGE(max_diff(*m, r) < 1e-15, name);
  }
  // The center given by body name.
  auto info = fr::frinfo(ctx, 1400011);
  REQUIRE(info);
  CHECK(info->center == 399);
  CHECK(info->frame_class == 4);
  CHECK(error_code(fr::pxform(ctx, "J2000", "TKU", kEt)) == "SPICE(UNITSNOTREC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TKX", kEt)) == "SPICE(BADAXISNUMBERS)");
}

TEST_CASE("TK frame given as a quaternion, normalised first") {
  const double h = kPiTest / 12;  // half of 30 degrees
  char buf[2048];
  std::snprintf(buf, sizeof buf,
                "FRAME_TKQ = 1400021\nFRAME_1400021_NAME = 'TKQ'\nFRAME_1400021_CLASS = 4\n"
                "FRAME_1400021_CLASS_ID = 1400021\nFRAME_1400021_CENTER = 399\n"
                "TKFRAME_1400021_SPEC = 'QUATERNION'\nTKFRAME_1400021_RELATIVE = 'J2000'\n"
                "TKFRAME_1400021_Q = ( %.17g 0 0 %.17g )\n",
                3 * std::cos(h), 3 * std::sin(h));
  const sc::Context ctx = context_with(buf);
  auto m = fr::pxform(ctx, "TKQ", "J2000", kEt);
  REQUIRE(m.ok());
  CHECK(max_diff(*m, z_rotation_of_vectors(kPiTest / 6)) < 1e-15);
}

TEST_CASE("TK keywords: missing, ill-typed, competing, unknown relative frame, unknown spec") {
  const sc::Context ctx = context_with(
      "FRAME_TK_BOTH = 1400031\nFRAME_1400031_NAME = 'TK_BOTH'\nFRAME_1400031_CLASS = 4\n"
      "FRAME_1400031_CLASS_ID = 1400031\nFRAME_1400031_CENTER = 399\n"
      "TKFRAME_1400031_SPEC = 'MATRIX'\nTKFRAME_TK_BOTH_SPEC = 'MATRIX'\nTKFRAME_1400031_RELATIVE = 'J2000'\n"
      "TKFRAME_1400031_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
      "FRAME_TK_NOREL = 1400032\nFRAME_1400032_NAME = 'TK_NOREL'\nFRAME_1400032_CLASS = 4\n"
      "FRAME_1400032_CLASS_ID = 1400032\nFRAME_1400032_CENTER = 399\nTKFRAME_1400032_SPEC = 'MATRIX'\n"
      "TKFRAME_1400032_RELATIVE = 'NO_SUCH_FRAME'\nTKFRAME_1400032_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
      "FRAME_TK_SHORT = 1400033\nFRAME_1400033_NAME = 'TK_SHORT'\nFRAME_1400033_CLASS = 4\n"
      "FRAME_1400033_CLASS_ID = 1400033\nFRAME_1400033_CENTER = 399\nTKFRAME_1400033_SPEC = 'MATRIX'\n"
      "TKFRAME_1400033_RELATIVE = 'J2000'\nTKFRAME_1400033_MATRIX = ( 1 0 0 0 1 0 0 0 )\n"
      "FRAME_TK_SPEC = 1400034\nFRAME_1400034_NAME = 'TK_SPEC'\nFRAME_1400034_CLASS = 4\n"
      "FRAME_1400034_CLASS_ID = 1400034\nFRAME_1400034_CENTER = 399\nTKFRAME_1400034_SPEC = 'EULER'\n"
      "TKFRAME_1400034_RELATIVE = 'J2000'\n"
      "FRAME_TK_TYPE = 1400035\nFRAME_1400035_NAME = 'TK_TYPE'\nFRAME_1400035_CLASS = 4\n"
      "FRAME_1400035_CLASS_ID = 1400035\nFRAME_1400035_CENTER = 399\nTKFRAME_1400035_SPEC = 'MATRIX'\n"
      "TKFRAME_1400035_RELATIVE = 'J2000'\nTKFRAME_1400035_MATRIX = ( '1' '0' '0' '0' '1' '0' '0' '0' '1' )\n"
      "FRAME_TK_SELF = 1400036\nFRAME_1400036_NAME = 'TK_SELF'\nFRAME_1400036_CLASS = 4\n"
      "FRAME_1400036_CLASS_ID = 1400036\nFRAME_1400036_CENTER = 399\nTKFRAME_1400036_SPEC = 'MATRIX'\n"
      "TKFRAME_1400036_RELATIVE = 'TK_SELF'\nTKFRAME_1400036_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_BOTH", kEt)) == "SPICE(COMPETINGFRAMESPEC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_NOREL", kEt)) == "SPICE(BADFRAMESPEC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_SHORT", kEt)) == "SPICE(BADVARIABLESIZE)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_SPEC", kEt)) == "SPICE(UNKNOWNFRAMESPEC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_TYPE", kEt)) == "SPICE(BADVARIABLETYPE)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_SELF", kEt)) == "SPICE(BADFRAMESPEC2)");
  // The built-in TK frame EARTH_FIXED needs its TKFRAME_* variables.
  CHECK(error_code(fr::pxform(ctx, "J2000", "EARTH_FIXED", kEt)) == "SPICE(VARIABLENOTFOUND)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "NOT_A_FRAME", kEt)) == "SPICE(UNKNOWNFRAME)");
  CHECK(error_code(fr::pxform(ctx, "", "J2000", kEt)) == "SPICE(EMPTYSTRING)");
}

TEST_CASE("EARTH_FIXED as an alias of IAU_EARTH, and a chain of TK frames on a PCK frame") {
  const sc::Context ctx = context_with(
      "TKFRAME_EARTH_FIXED_RELATIVE = 'IAU_EARTH'\nTKFRAME_EARTH_FIXED_SPEC = 'MATRIX'\n"
      "TKFRAME_EARTH_FIXED_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
      "FRAME_TOP = 1400041\nFRAME_1400041_NAME = 'TOP'\nFRAME_1400041_CLASS = 4\nFRAME_1400041_CLASS_ID = 1400041\n"
      "FRAME_1400041_CENTER = 399\nTKFRAME_TOP_SPEC = 'ANGLES'\nTKFRAME_TOP_RELATIVE = 'MID'\n"
      "TKFRAME_TOP_ANGLES = ( 10 20 30 )\nTKFRAME_TOP_AXES = ( 1 2 3 )\nTKFRAME_TOP_UNITS = 'DEGREES'\n"
      "FRAME_MID = 1400042\nFRAME_1400042_NAME = 'MID'\nFRAME_1400042_CLASS = 4\nFRAME_1400042_CLASS_ID = 1400042\n"
      "FRAME_1400042_CENTER = 399\nTKFRAME_MID_SPEC = 'ANGLES'\nTKFRAME_MID_RELATIVE = 'EARTH_FIXED'\n"
      "TKFRAME_MID_ANGLES = ( 40 50 60 )\nTKFRAME_MID_AXES = ( 3 2 1 )\nTKFRAME_MID_UNITS = 'DEGREES'\n");
  auto iau = fr::pxform(ctx, "J2000", "IAU_EARTH", kEt);
  auto fixed = fr::pxform(ctx, "J2000", "EARTH_FIXED", kEt);
  REQUIRE(iau.ok());
  REQUIRE(fixed.ok());
  CHECK(*fixed == *iau);  // an identity offset changes no bit

  // TOP -> J2000 = (IAU_EARTH -> J2000)(MID -> EARTH_FIXED)(TOP -> MID), the offsets read back
  // through the frame system one link at a time.
  auto top_mid = fr::pxform(ctx, "TOP", "MID", kEt);
  auto mid_fixed = fr::pxform(ctx, "MID", "EARTH_FIXED", kEt);
  auto top_j2000 = fr::pxform(ctx, "TOP", "J2000", kEt);
  REQUIRE(top_mid.ok());
  REQUIRE(mid_fixed.ok());
  REQUIRE(top_j2000.ok());
  CHECK(max_diff(*top_j2000, mul(transpose(*iau), mul(*mid_fixed, *top_mid))) < 1e-14);
  // Between two frames of the same chain the common part cancels: no J2000 detour needed.
  auto top_fixed = fr::pxform(ctx, "TOP", "EARTH_FIXED", kEt);
  REQUIRE(top_fixed.ok());
  CHECK(max_diff(*top_fixed, mul(*mid_fixed, *top_mid)) < 1e-15);
  // The state transformation's rotation blocks are the rotation, its derivative block the
  // Earth's rotation carried through the constant offsets.
  auto x = fr::sxform(ctx, "TOP", "J2000", kEt);
  auto xe = fr::sxform(ctx, "IAU_EARTH", "J2000", kEt);
  REQUIRE(x.ok());
  REQUIRE(xe.ok());
  const sc::math::Mat3 offset = mul(*mid_fixed, *top_mid);
  sc::math::Mat3 de{}, rot{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) {
      de[i][j] = (*xe)[i + 3][j];
      rot[i][j] = (*x)[i][j];
    }
  CHECK(max_diff(rot, *top_j2000) < 1e-15);
  const sc::math::Mat3 dtop = mul(de, offset);
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) CHECK(std::fabs((*x)[i + 3][j] - dtop[i][j]) < 1e-18);
}

TEST_CASE("frame chains longer than ten links, loops, and chains that never meet") {
  std::string fk;
  // CHAIN1 relative to J2000, CHAINk relative to CHAINk-1, each a 1-degree turn about z.
  for (int k = 1; k <= 14; ++k) {
    const std::string id = std::to_string(1400100 + k), name = "CHAIN" + std::to_string(k);
    fk += "FRAME_" + name + " = " + id + "\nFRAME_" + id + "_NAME = '" + name + "'\nFRAME_" + id + "_CLASS = 4\n" +
          "FRAME_" + id + "_CLASS_ID = " + id + "\nFRAME_" + id + "_CENTER = 399\nTKFRAME_" + id +
          "_SPEC = 'ANGLES'\nTKFRAME_" + id + "_RELATIVE = '" + (k == 1 ? std::string("J2000") : "CHAIN" + std::to_string(k - 1)) +
          "'\nTKFRAME_" + id + "_ANGLES = ( -1 0 0 )\nTKFRAME_" + id + "_AXES = ( 3 1 3 )\nTKFRAME_" + id +
          "_UNITS = 'DEGREES'\n";
  }
  fk += "FRAME_LOOP_A = 1400201\nFRAME_1400201_NAME = 'LOOP_A'\nFRAME_1400201_CLASS = 4\n"
        "FRAME_1400201_CLASS_ID = 1400201\nFRAME_1400201_CENTER = 399\nTKFRAME_1400201_SPEC = 'MATRIX'\n"
        "TKFRAME_1400201_RELATIVE = 'LOOP_B'\nTKFRAME_1400201_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
        "FRAME_LOOP_B = 1400202\nFRAME_1400202_NAME = 'LOOP_B'\nFRAME_1400202_CLASS = 4\n"
        "FRAME_1400202_CLASS_ID = 1400202\nFRAME_1400202_CENTER = 399\nTKFRAME_1400202_SPEC = 'MATRIX'\n"
        "TKFRAME_1400202_RELATIVE = 'LOOP_A'\nTKFRAME_1400202_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
        "FRAME_ORPHAN = 1400301\nFRAME_1400301_NAME = 'ORPHAN'\nFRAME_1400301_CLASS = 4\n"
        "FRAME_1400301_CLASS_ID = 1400301\nFRAME_1400301_CENTER = 399\nTKFRAME_1400301_SPEC = 'MATRIX'\n"
        "TKFRAME_1400301_RELATIVE = 'NOWHERE'\nTKFRAME_1400301_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
        "FRAME_NOWHERE = 1400302\n";
  const sc::Context ctx = context_with(fk);
  const double deg = kPiTest / 180;
  auto m14 = fr::pxform(ctx, "CHAIN14", "J2000", kEt);
  REQUIRE_MESSAGE(m14.ok(), m14.error().long_msg);
  CHECK(max_diff(*m14, z_rotation_of_vectors(14 * deg)) < 1e-14);
  auto m = fr::pxform(ctx, "CHAIN14", "CHAIN3", kEt);
  REQUIRE(m.ok());
  CHECK(max_diff(*m, z_rotation_of_vectors(11 * deg)) < 1e-14);
  auto back = fr::sxform(ctx, "CHAIN2", "CHAIN13", kEt);
  REQUIRE(back.ok());
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) CHECK(std::fabs((*back)[i][j] - z_rotation_of_vectors(-11 * deg)[i][j]) < 1e-14);

  CHECK(error_code(fr::pxform(ctx, "LOOP_A", "J2000", kEt)) == "SPICE(FRAMELOOP)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "LOOP_B", kEt)) == "SPICE(FRAMELOOP)");
  auto s = fr::sxform(ctx, "IAU_MARS", "LOOP_A", kEt);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(FRAMELOOP)");
  // ORPHAN's relative frame has an ID but no definition: the chain ends short of J2000.
  CHECK(error_code(fr::pxform(ctx, "ORPHAN", "J2000", kEt)) == "SPICE(NOFRAMECONNECT)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "ORPHAN", kEt)) == "SPICE(NOFRAMECONNECT)");
}

TEST_CASE("CK, dynamic and switch frames are reported as not supported") {
  const sc::Context ctx = context_with(
      "FRAME_SC_BUS = -999000\nFRAME_-999000_NAME = 'SC_BUS'\nFRAME_-999000_CLASS = 3\n"
      "FRAME_-999000_CLASS_ID = -999000\nFRAME_-999000_CENTER = -999\n"
      "FRAME_EARTH_TRUE = 1400401\nFRAME_1400401_NAME = 'EARTH_TRUE'\nFRAME_1400401_CLASS = 5\n"
      "FRAME_1400401_CLASS_ID = 1400401\nFRAME_1400401_CENTER = 399\n"
      "FRAME_SWITCHY = 1400402\nFRAME_1400402_NAME = 'SWITCHY'\nFRAME_1400402_CLASS = 6\n"
      "FRAME_1400402_CLASS_ID = 1400402\nFRAME_1400402_CENTER = 399\n"
      "FRAME_ODD = 1400403\nFRAME_1400403_NAME = 'ODD'\nFRAME_1400403_CLASS = 9\n"
      "FRAME_1400403_CLASS_ID = 1400403\nFRAME_1400403_CENTER = 399\n");
  for (const char* name : {"SC_BUS", "EARTH_TRUE", "SWITCHY"}) {
    auto m = fr::pxform(ctx, "J2000", name, kEt);
    REQUIRE_FALSE(m.ok());
    CHECK_MESSAGE(m.error().short_code == "SPICE(NOTSUPPORTED)", name);
    CHECK(m.error().long_msg.find(name) != std::string::npos);
    auto x = fr::sxform(ctx, name, "IAU_EARTH", kEt);
    REQUIRE_FALSE(x.ok());
    CHECK(x.error().short_code == "SPICE(NOTSUPPORTED)");
  }
  CHECK(error_code(fr::pxform(ctx, "J2000", "ODD", kEt)) == "SPICE(UNKNOWNFRAMETYPE)");
  // The frames are known to the name and attribute look-ups all the same.
  CHECK(fr::namfrm(ctx, "sc_bus") == -999000);
  auto info = fr::frinfo(ctx, -999000);
  REQUIRE(info);
  CHECK(info->frame_class == 3);
  CHECK(info->center == -999);
}

TEST_CASE("frame look-ups: kernel frames, built-in precedence, DSN IDs, object frames, class IDs") {
  const sc::Context ctx = context_with(
      "FRAME_IAU_EARTH = 1400501\nFRAME_1400501_NAME = 'IAU_EARTH'\n"  // cannot override a built-in
      "FRAME_MY_FRAME = 1400502\nFRAME_1400502_NAME = '  MY_FRAME'\nFRAME_1400502_CLASS = 4\n"
      "FRAME_1400502_CLASS_ID = 1400502\nFRAME_MY_FRAME_CENTER = 'MOON'\n"
      "OBJECT_399_FRAME = 'ITRF93'\nOBJECT_MOON_FRAME = 31001\nOBJECT_MARS_FRAME = 'NOT_DEFINED'\n"
      "FRAME_BAD_CENTER = 1400503\nFRAME_1400503_NAME = 'BAD_CENTER'\nFRAME_1400503_CLASS = 4\n"
      "FRAME_1400503_CLASS_ID = 1400503\n");
  CHECK(fr::namfrm(ctx, "IAU_EARTH") == 10013);
  CHECK(fr::namfrm(ctx, " my_frame ") == 1400502);
  CHECK(fr::frmnam(ctx, 1400502) == "MY_FRAME");
  auto info = fr::frinfo(ctx, 1400502);
  REQUIRE(info);
  CHECK(info->center == 301);  // center by name, under the frame-name form of the keyword
  CHECK(info->class_id == 1400502);
  // Frames with IDs 13000-13999 are DSN Earth frames even without a definition.
  auto dsn = fr::frinfo(ctx, 13001);
  REQUIRE(dsn);
  CHECK(dsn->center == 399);
  CHECK(dsn->frame_class == 2);
  CHECK(dsn->class_id == 3001);
  CHECK_FALSE(fr::frinfo(ctx, 14000));
  // A frame definition without a center is an error for the checked look-up, "not found" here.
  CHECK_FALSE(fr::frinfo(ctx, 1400503));
  CHECK(error_code(fr::pxform(ctx, "J2000", "BAD_CENTER", kEt)) == "SPICE(KERNELVARNOTFOUND)");

  // OBJECT_<id>_FRAME and OBJECT_<name>_FRAME override the built-in choice, by name or by ID.
  auto earth = fr::cidfrm(ctx, 399);
  REQUIRE(earth);
  CHECK(earth->code == 13000);
  CHECK(earth->name == "ITRF93");
  auto moon = fr::cnmfrm(ctx, "moon");
  REQUIRE(moon.ok());
  REQUIRE(*moon);
  CHECK((*moon)->code == 31001);
  CHECK((*moon)->name == "MOON_ME");
  CHECK_FALSE(fr::cidfrm(ctx, 499));  // names a frame nobody defines
  auto io = fr::cnmfrm(ctx, "Io");
  REQUIRE(io.ok());
  REQUIRE(*io);
  CHECK((*io)->name == "IAU_IO");
  CHECK(fr::cnmfrm(ctx, "").error().short_code == "SPICE(EMPTYSTRING)");

  // Class and class ID: built-in frames first, then kernel frames.
  auto iau_moon = fr::ccifrm(ctx, 2, 301);
  REQUIRE(iau_moon);
  CHECK(iau_moon->name == "IAU_MOON");
  auto pa = fr::ccifrm(ctx, 2, 31006);
  REQUIRE(pa);
  CHECK(pa->code == 31006);
  CHECK(pa->name == "MOON_PA_DE421");
  auto itrf = fr::ccifrm(ctx, 2, 3000);
  REQUIRE(itrf);
  CHECK(itrf->name == "ITRF93");
  CHECK_FALSE(fr::ccifrm(ctx, 2, 424242));
}

TEST_CASE("text PCK model: reference frame and epoch of the constants, nutation terms, errors") {
  // Body 1500001 with the Earth's constants referred to J2000, body 1500002 with the same numbers
  // referred to B1950, body 1500003 with them at an epoch one day later.
  const std::string constants =
      "_POLE_RA = ( 0 -0.641 0 )\n_POLE_DEC = ( 90 -0.557 0 )\n_PM = ( 190.147 360.9856235 0 )\n";
  std::string fk;
  for (int k = 1; k <= 6; ++k) {
    const std::string id = std::to_string(1500000 + k), fid = std::to_string(1400600 + k);
    fk += "FRAME_BODYF" + std::to_string(k) + " = " + fid + "\nFRAME_" + fid + "_NAME = 'BODYF" + std::to_string(k) +
          "'\nFRAME_" + fid + "_CLASS = 2\nFRAME_" + fid + "_CLASS_ID = " + id + "\nFRAME_" + fid +
          "_CENTER = 399\n";
    std::string c = constants;
    for (std::size_t p = 0; (p = c.find("_P", p)) != std::string::npos; p += id.size() + 5) c.insert(p, "BODY" + id);
    fk += c;
  }
  fk += "BODY1500002_CONSTANTS_REF_FRAME = 2\nBODY1500003_CONSTANTS_JED_EPOCH = 2451546.0\n"
        "BODY1500004_NUT_PREC_RA = ( 0.1 0.2 )\n"
        "BODY1500005_NUT_PREC_ANGLES = ( 10 20  30 40 )\nBODY1500005_MAX_PHASE_DEGREE = 4\n"
        "BODY1500006_CONSTANTS_JED_EPOCH = 2451545.0\nBODY1500006_CONSTS_JED_EPOCH = 2451545.0\n";
  const sc::Context ctx = context_with(fk);

  auto j = fr::sxform(ctx, "J2000", "BODYF1", kEt);
  auto b = fr::sxform(ctx, "B1950", "BODYF2", kEt);
  REQUIRE(j.ok());
  REQUIRE_MESSAGE(b.ok(), b.error().long_msg);
  CHECK(max_diff(*j, *b) < 1e-15);
  // Constants one day later: the frame at et + 1 day is the first body's frame at et, to the bit
  // (the model only sees et minus the epoch), and a day apart at the same et the bodies differ by
  // about a turn's excess of 0.9856 degrees.
  auto later = fr::pxform(ctx, "J2000", "BODYF3", kEt + 86400.0);
  auto now = fr::pxform(ctx, "J2000", "BODYF1", kEt);
  auto same_et = fr::pxform(ctx, "J2000", "BODYF3", kEt);
  REQUIRE(later.ok());
  REQUIRE(now.ok());
  REQUIRE(same_et.ok());
  CHECK(*later == *now);
  const sc::math::Mat3 turn = mul(*same_et, transpose(*now));
  const double angle = std::acos((turn[0][0] + turn[1][1] + turn[2][2] - 1.0) / 2.0) * 180.0 / kPiTest;
  CHECK(angle == doctest::Approx(0.9856235).epsilon(1e-4));

  CHECK(error_code(fr::pxform(ctx, "J2000", "BODYF4", kEt)) == "SPICE(INSUFFICIENTANGLES)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "BODYF5", kEt)) == "SPICE(DEGREEOUTOFRANGE)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "BODYF6", kEt)) == "SPICE(COMPETINGEPOCHSPEC)");
}

TEST_CASE("rates of text PCK frames with quadratic phase angles match finite differences") {
  // pck00011 gives the Mars system quadratic nutation-precession angles (BODY4_MAX_PHASE_DEGREE).
  sc::Context ctx(sc::io::map_host_file);
  REQUIRE(ctx.kernels().furnsh(kFixtures + "/kernels/pck/pck00011.tpc").ok());
  auto deg = sc::pool::gdpool(ctx.pool(), "BODY4_MAX_PHASE_DEGREE", 0, 1);
  REQUIRE(deg.ok());
  REQUIRE(*deg);
  CHECK((**deg)[0] == 2.0);
  for (const char* frame : {"IAU_PHOBOS", "IAU_DEIMOS", "IAU_MARS", "IAU_MOON", "IAU_IO"}) {
    const double h = 2.0;
    auto x = fr::sxform(ctx, "J2000", frame, kEt);
    auto before = fr::pxform(ctx, "J2000", frame, kEt - h);
    auto after = fr::pxform(ctx, "J2000", frame, kEt + h);
    REQUIRE_MESSAGE(x.ok(), frame << ": " << x.error().long_msg);
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    for (int i = 0; i < 3; ++i) {
      for (int k = 0; k < 3; ++k) {
        const double numeric = ((*after)[i][k] - (*before)[i][k]) / (2 * h);
        CHECK_MESSAGE(std::fabs((*x)[i + 3][k] - numeric) < 1e-11, frame);
      }
    }
  }
}

TEST_CASE("binary PCK frames fall back to text PCK data outside the segments' coverage") {
  // Without text data for class 31006 an epoch outside the binary PCK is FRAMEDATANOTFOUND (the
  // golden file's case); with BODY31006_* defined TISBOD uses them instead, as CSPICE does.
  const sc::Context ctx = context_with(
      "BODY31006_POLE_RA = ( 269.9949 0.0031 0 )\nBODY31006_POLE_DEC = ( 66.5392 0.0130 0 )\n"
      "BODY31006_PM = ( 38.3213 13.17635815 -1.4e-12 )\n");
  const double outside = -5.0e9;
  auto pa = fr::pxform(ctx, "J2000", "MOON_PA_DE421", outside);
  REQUIRE_MESSAGE(pa.ok(), pa.error().long_msg);
  // Inside the coverage the binary data still win: the two answers differ by the librations.
  auto inside = fr::pxform(ctx, "J2000", "MOON_PA_DE421", kEt);
  auto golden_ctx = context_with("");
  auto inside_binary = fr::pxform(golden_ctx, "J2000", "MOON_PA_DE421", kEt);
  REQUIRE(inside.ok());
  REQUIRE(inside_binary.ok());
  CHECK(*inside == *inside_binary);
}

TEST_CASE("pxfrm2 and names: through J2000 at two epochs") {
  const sc::Context ctx = context_with("");
  auto m = fr::pxfrm2(ctx, "IAU_EARTH", "iau_earth", kEt, kEt + 3600.0);
  auto a = fr::pxform(ctx, "IAU_EARTH", "J2000", kEt);
  auto b = fr::pxform(ctx, "J2000", "IAU_EARTH", kEt + 3600.0);
  REQUIRE(m.ok());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(*m == mul(*b, *a));
  // An hour of Earth rotation: about 15.04 degrees about the pole.
  const double angle = std::acos(((*m)[0][0] + (*m)[1][1] + (*m)[2][2] - 1.0) / 2.0) * 180.0 / kPiTest;
  CHECK(angle == doctest::Approx(15.041).epsilon(1e-4));
  CHECK(fr::pxfrm2(ctx, "NOPE", "NADA", kEt, kEt).error().short_code == "SPICE(UNKNOWNFRAME)");
}

TEST_CASE("spkezr in a rotating frame whose center is neither target nor observer") {
  // SUN seen from the MOON in IAU_EARTH: the J2000 apparent state, rotated at et minus the light
  // time from the Moon to the Earth, the derivative block scaled by 1 - d(lt)/dt.
  const sc::Context ctx = context_with("");
  for (const char* corr : {"LT", "CN+S", "XLT+S"}) {
    const bool xmit = corr[0] == 'X';
    auto s = sc::geometry::spkezr(ctx, "SUN", kEt, "IAU_EARTH", corr, "MOON");
    auto sj = sc::geometry::spkezr(ctx, "SUN", kEt, "J2000", corr, "MOON");
    REQUIRE_MESSAGE(s.ok(), s.error().long_msg);
    REQUIRE(sj.ok());
    auto lt_at = [&](double t) { return sc::geometry::spkezr(ctx, "EARTH", t, "J2000", corr, "MOON")->lt; };
    const double lt = lt_at(kEt);
    const double dlt = (lt_at(kEt + 1.0) - lt_at(kEt - 1.0)) / 2.0;
    const double sign = xmit ? 1.0 : -1.0;
    auto x = fr::sxform(ctx, "J2000", "IAU_EARTH", kEt + sign * lt);
    REQUIRE(x.ok());
    CHECK(s->lt == sj->lt);
    for (int i = 0; i < 3; ++i) {
      double p = 0, v = 0;
      for (int k = 0; k < 3; ++k) {
        p += (*x)[i][k] * sj->state[k];
        v += (1.0 + sign * dlt) * (*x)[i + 3][k] * sj->state[k] + (*x)[i][k] * sj->state[k + 3];
      }
      CHECK(s->state[i] == doctest::Approx(p).epsilon(1e-13));
      CHECK(s->state[i + 3] == doctest::Approx(v).epsilon(1e-11));
    }
    // The position path (spkpos: SPKAPO, REFCHG) agrees with the state path.
    auto pos = sc::geometry::spkpos(ctx, "SUN", kEt, "IAU_EARTH", corr, "MOON");
    REQUIRE(pos.ok());
    for (int i = 0; i < 3; ++i) CHECK(pos->pos[i] == doctest::Approx(s->state[i]).epsilon(1e-9));
  }
  // Geometric states in rotating frames go through spkgeo, spkssb likewise.
  auto g = sc::geometry::spkgeo(ctx, 301, kEt, "IAU_EARTH", 399);
  auto gj = sc::geometry::spkgeo(ctx, 301, kEt, "J2000", 399);
  auto xg = fr::sxform(ctx, "J2000", "IAU_EARTH", kEt);
  REQUIRE(g.ok());
  REQUIRE(gj.ok());
  REQUIRE(xg.ok());
  for (int i = 0; i < 6; ++i) {
    double v = 0;
    for (int k = 0; k < 6; ++k) v += (*xg)[i][k] * gj->state[k];
    CHECK(g->state[i] == v);
  }
  auto ssb = sc::geometry::spkssb(ctx, 399, kEt, "IAU_MOON");
  REQUIRE(ssb.ok());
  CHECK(sc::geometry::spkezr(ctx, "EARTH", kEt, "NOT_A_FRAME", "LT", "MOON").error().short_code ==
        "SPICE(UNKNOWNFRAME)");
}
