// The 21 built-in inertial frames: IDs and names (frames.req, CHGIRF), the matrices against
// CSPICE N0067's pxform/sxform answers in golden/frames.json, and the frames the golden SPK cases
// use (FK4, DE-118, DE-200, MARSIAU, ECLIPB1950, GALACTIC) through pairs of spkpos/spkezr answers
// given for the same geometry in two inertial frames: p_B must equal R(A->B) p_A.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "golden_fixture.hpp"
#include "inertial/inertial_frame_table.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/rotation.hpp"
#include "math/trig.hpp"
#include "pool/cspice_decimal.hpp"

namespace {

using sc::math::Mat3;
using sc_test::Json;

bool both_inertial(const Json::Array& args) {
  return args.size() >= 2 && args[0].is_string() && args[1].is_string() && sc::inertial::frame_id(args[0].string()) &&
         sc::inertial::frame_id(args[1].string());
}

bool found(const Json& expect) {
  return std::holds_alternative<bool>(expect["found"].v) && std::get<bool>(expect["found"].v);
}

Mat3 rotation(int from, int to) {
  auto r = sc::inertial::rotation(from, to);
  REQUIRE(r.ok());
  return *r;
}

std::array<double, 3> times(const Mat3& m, const std::array<double, 3>& v) {
  std::array<double, 3> out{};
  for (int i = 0; i < 3; ++i) out[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
  return out;
}

double norm(const std::array<double, 3>& v) { return std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]); }

}  // namespace

TEST_CASE("inertial frames: the 21 IDs and names of CHGIRF / frames.req") {
  const std::vector<std::pair<int, std::string_view>> expected = {
      {1, "J2000"},     {2, "B1950"},     {3, "FK4"},      {4, "DE-118"},      {5, "DE-96"},
      {6, "DE-102"},    {7, "DE-108"},    {8, "DE-111"},   {9, "DE-114"},      {10, "DE-122"},
      {11, "DE-125"},   {12, "DE-130"},   {13, "GALACTIC"}, {14, "DE-200"},    {15, "DE-202"},
      {16, "MARSIAU"},  {17, "ECLIPJ2000"}, {18, "ECLIPB1950"}, {19, "DE-140"}, {20, "DE-142"},
      {21, "DE-143"}};
  const auto frames = sc::inertial::builtin_frames();
  REQUIRE(frames.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(frames[i].id == expected[i].first);
    CHECK(frames[i].name == expected[i].second);
    CHECK(sc::inertial::frame_id(expected[i].second) == expected[i].first);
    CHECK(sc::inertial::frame_name(expected[i].first) == expected[i].second);
  }
  // Every base is defined before the frames that use it.
  for (const auto& def : sc::inertial::detail::kInertialDefinitions) CHECK(def.base_id <= def.id);
}

TEST_CASE("inertial frames: name lookup is case-insensitive and ignores surrounding blanks") {
  using sc::inertial::frame_id;
  CHECK(frame_id("j2000") == 1);
  CHECK(frame_id("  EclipJ2000  ") == 17);
  CHECK(frame_id("galactic") == 13);
  CHECK(frame_id("de-118") == 4);
  CHECK(frame_id("MarsIAU ") == 16);
  CHECK_FALSE(frame_id("J 2000"));  // embedded blanks count, as in namfrm
  CHECK_FALSE(frame_id("DE118"));
  CHECK_FALSE(frame_id("IAU_EARTH"));
  CHECK_FALSE(frame_id(""));
  CHECK_FALSE(frame_id("   "));
  CHECK_FALSE(sc::inertial::frame_name(0));
  CHECK_FALSE(sc::inertial::frame_name(22));
  CHECK_FALSE(sc::inertial::frame_name(-1));
}

TEST_CASE("inertial frames: golden namfrm/frmnam/frinfo cases with inertial IDs") {
  const sc_test::Golden golden = sc_test::read_golden("frames.json");
  int checked = 0;
  for (const auto& c : golden.cases()) {
    if (!c.has("expect")) continue;  // error cases
    const std::string call = c["call"].string();
    const auto& args = c["args"].array();
    const auto& expect = c["expect"];
    if (call == "namfrm" && found(expect) && expect["code"].number() <= 21) {
      CHECK(sc::inertial::frame_id(args[0].string()) == static_cast<int>(expect["code"].number()));
      ++checked;
    } else if (call == "namfrm" && sc::inertial::frame_id(args[0].string())) {
      FAIL("namfrm of " << args[0].string() << " is not an inertial code");
    } else if (call == "frmnam" && args[0].number() >= 1 && args[0].number() <= 21) {
      CHECK(sc::inertial::frame_name(static_cast<int>(args[0].number())) == expect["name"].string());
      ++checked;
    } else if (call == "frinfo" && args[0].number() >= 1 && args[0].number() <= 21) {
      // An inertial frame: center 0 (SSB), class 1, class ID = frame ID.
      CHECK(expect["center"].number() == 0);
      CHECK(expect["frameClass"].number() == 1);
      CHECK(expect["classId"].number() == args[0].number());
      ++checked;
    }
  }
  CHECK(checked >= 9);
}

TEST_CASE("inertial frames: unknown IDs fail with SPICE(IRFNOTREC)") {
  for (const auto& [from, to] : std::vector<std::pair<int, int>>{{0, 1}, {1, 22}, {-5, 3}, {99, 99}}) {
    auto r = sc::inertial::rotation(from, to);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().short_code == "SPICE(IRFNOTREC)");
  }
  auto j = sc::inertial::from_j2000(22);
  REQUIRE_FALSE(j.ok());
  CHECK(j.error().short_code == "SPICE(IRFNOTREC)");
  auto s = sc::inertial::state_transform(1, 0);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(IRFNOTREC)");
}

TEST_CASE("inertial frames: golden pxform and sxform between built-in inertial frames") {
  const sc_test::Golden golden = sc_test::read_golden("frames.json");
  const double tol = 1e-12;
  int pxforms = 0;
  int sxforms = 0;
  double max_dev = 0.0;
  for (const auto& c : golden.cases()) {
    const std::string call = c["call"].string();
    if ((call != "pxform" && call != "sxform") || !c.has("expect")) continue;
    const auto& args = c["args"].array();
    if (!both_inertial(args)) continue;
    const int from = *sc::inertial::frame_id(args[0].string());
    const int to = *sc::inertial::frame_id(args[1].string());
    const auto& expect = c["expect"].array();
    INFO(c["id"].string() << ": " << args[0].string() << " -> " << args[1].string());
    if (call == "pxform") {
      REQUIRE(expect.size() == 9);
      const Mat3 m = rotation(from, to);
      for (int i = 0; i < 9; ++i) {
        const double dev = std::fabs(m[i / 3][i % 3] - expect[i].number());
        max_dev = std::max(max_dev, dev);
        CHECK(dev <= tol);
      }
      ++pxforms;
    } else {
      REQUIRE(expect.size() == 36);
      auto x = sc::inertial::state_transform(from, to);
      REQUIRE(x.ok());
      for (int i = 0; i < 36; ++i) {
        const double dev = std::fabs((*x)[i / 6][i % 6] - expect[i].number());
        max_dev = std::max(max_dev, dev);
        CHECK(dev <= tol);
      }
      ++sxforms;
    }
  }
  MESSAGE("inertial pxform cases: " << pxforms << ", sxform cases: " << sxforms
                                    << ", max |deviation|: " << max_dev);
  CHECK(pxforms >= 10);
  CHECK(sxforms >= 10);
  // The matrices are built with CSPICE's own arithmetic: they should match to the last bit with a
  // correctly rounded sin/cos, and within a few ulp with any good one.
  CHECK(max_dev <= 4e-16);
}

TEST_CASE("inertial frames: golden spkpos/spkezr pairs in two inertial frames agree via our matrices") {
  const sc_test::Golden golden = sc_test::read_golden("spk-planets.json");
  struct Answer {
    int frame;
    std::array<double, 3> pos;
    double lt;
  };
  // (target, epoch, abcorr, observer) -> every answer given in a built-in inertial frame.
  std::map<std::string, std::vector<Answer>> groups;
  for (const auto& c : golden.cases()) {
    const std::string call = c["call"].string();
    if ((call != "spkpos" && call != "spkezr") || !c.has("expect")) continue;
    const auto& args = c["args"].array();
    const auto& expect = c["expect"];
    const auto frame = sc::inertial::frame_id(args[2].string());
    if (!frame) continue;
    const auto& p = expect[call == "spkpos" ? "pos" : "state"].array();
    std::ostringstream key;
    key.precision(17);
    key << args[0].string() << '|' << args[1].number() << '|' << args[3].string() << '|' << args[4].string();
    groups[key.str()].push_back({*frame, {p[0].number(), p[1].number(), p[2].number()}, expect["lt"].number()});
  }
  std::vector<int> frames_seen;
  int pairs = 0;
  int same_lt_pairs = 0;
  double max_rel = 0.0;
  double max_rel_same_lt = 0.0;
  for (const auto& group : groups) {
    const auto& key = group.first;  // not bindings: INFO captures them (clang < 16)
    const auto& answers = group.second;
    for (std::size_t a = 0; a < answers.size(); ++a) {
      for (std::size_t b = 0; b < answers.size(); ++b) {
        const Answer& from = answers[a];
        const Answer& to = answers[b];
        if (a == b || from.frame == to.frame) continue;
        INFO(key << ": frame " << from.frame << " -> " << to.frame);
        const auto rotated = times(rotation(from.frame, to.frame), from.pos);
        const double scale = std::max(norm(to.pos), 1.0);  // the Earth seen from the Earth is 0
        // spkpos and spkezr take different paths through the light-time solution, and for a few
        // cases (the Moon seen from the Earth with stellar aberration) their answers differ by
        // ~1e-13 relative whatever the frame. When both light times are bit-equal the geometry is
        // the same and only the rotations differ: then the agreement must be at round-off level.
        const bool same_geometry = from.lt == to.lt;
        for (int i = 0; i < 3; ++i) {
          const double rel = std::fabs(rotated[i] - to.pos[i]) / scale;
          max_rel = std::max(max_rel, rel);
          if (same_geometry) {
            max_rel_same_lt = std::max(max_rel_same_lt, rel);
            CHECK(rel <= 1e-15);
          } else {
            // Each answer is within the golden tolerance (1e-9 km + 1e-13 relative) of the truth.
            CHECK(rel * scale <= 2.0 * (1e-9 + 1e-13 * scale));
          }
        }
        if (same_geometry) ++same_lt_pairs;
        frames_seen.push_back(from.frame);
        ++pairs;
      }
    }
  }
  std::sort(frames_seen.begin(), frames_seen.end());
  frames_seen.erase(std::unique(frames_seen.begin(), frames_seen.end()), frames_seen.end());
  MESSAGE("spk cross-frame pairs: " << pairs << " (" << same_lt_pairs << " with equal light times), frames: "
                                    << frames_seen.size() << ", max deviation / |p|: " << max_rel
                                    << " (equal light times: " << max_rel_same_lt << ")");
  CHECK(pairs >= 20);
  CHECK(same_lt_pairs >= 20);
  // FK4, DE-118, DE-200, MARSIAU, ECLIPB1950, GALACTIC, B1950, ECLIPJ2000, J2000.
  CHECK(frames_seen.size() == 9);
}

TEST_CASE("inertial frames: structure of the matrices") {
  const Mat3 id = sc::math::identity3();
  for (int f = 1; f <= 21; ++f) {
    auto r = sc::inertial::from_j2000(f);
    REQUIRE(r.ok());
    // Orthonormal: R R^T = I to round-off.
    const Mat3 rrt = sc::math::multiply_transposed(*r, *r);
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) CHECK(std::fabs(rrt[i][j] - id[i][j]) <= 1e-15);
    }
    // From a frame to itself: exactly the identity (IRFROT does not compute R R^T).
    const Mat3 self = rotation(f, f);
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) CHECK(self[i][j] == id[i][j]);
    }
    // A -> B is the transpose of B -> A (to the bit: same products, transposed).
    for (int g = 1; g <= 21; ++g) {
      const Mat3 ab = rotation(f, g);
      const Mat3 ba = rotation(g, f);
      for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) CHECK(ab[i][j] == ba[j][i]);
      }
    }
  }
  // J2000, DE-200 and DE-202 are the same frame.
  for (int f : {1, 14, 15}) {
    const Mat3 m = *sc::inertial::from_j2000(f);
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) CHECK(m[i][j] == id[i][j]);
    }
  }
  // FK4 and the DE-1xx frames from B1950 are pure z rotations of B1950.
  const Mat3 fk4_from_b1950 = rotation(2, 3);
  CHECK(fk4_from_b1950[2][2] == 1.0);
  CHECK(std::fabs(fk4_from_b1950[0][1] - 0.525 / 206264.80624709636) <= 1e-15);
  // ECLIPJ2000: x unchanged, tilted by the J2000 obliquity 84381.448" about x.
  const Mat3 ecl = rotation(1, 17);
  CHECK(ecl[0][0] == 1.0);
  CHECK(ecl[1][1] == doctest::Approx(0.9174820620691818).epsilon(1e-15));
  CHECK(ecl[1][2] == doctest::Approx(0.3977771559319137).epsilon(1e-15));
}

TEST_CASE("inertial frames: sc::math sin/cos are correctly rounded at every CHGIRF angle") {
  // The frame matrices have CSPICE's bits (see the golden pxform test) because the sines and
  // cosines below are the correctly rounded ones (checked with 300-bit arithmetic; several are
  // within 0.02 ulp of a rounding midpoint, e.g. DE-108's cosine, DE-140's first sine). Whatever
  // implements sc::math must reproduce them, or some frames lose bit equality with CSPICE.
  // Radians are CONVRT's: (arcseconds * 2.7777777777777778e-4) / (180 / pi).
  struct Row {
    double radians, sin, cos;
  };
  const Row rows[] = {
      {0x1.6e4a2d532c354p-8, 0x1.6e49b058267b9p-8, 0x1.fffdf3e82a518p-1},  // B1950 1152.84248596724"
      {-0x1.3e7226ae67ef7p-8, -0x1.3e71d48e68ed4p-8, 0x1.fffe73e068147p-1},  // B1950 -1002.26108439117"
      {0x1.6e5a4bdcf0f63p-8, 0x1.6e59ced16a818p-8, 0x1.fffdf3ba08b42p-1},  // B1950 1153.04066200330"
      {0x1.559edfbf2bd32p-19, 0x1.559edfbf2a3d9p-19, 0x1.fffffffff8e08p-1},  // FK4 0.525"
      {0x1.59e1fa490a8e1p-19, 0x1.59e1fa4908e92p-19, 0x1.fffffffff8b2bp-1},  // DE-118 0.53155"
      {0x1.0b3eb2d65ae56p-19, 0x1.0b3eb2d65a233p-19, 0x1.fffffffffba41p-1},  // DE-96 0.4107"
      {0x1.61b9467788f3bp-21, 0x1.61b9467788d79p-21, 0x1.ffffffffff85dp-1},  // DE-102 0.1359"
      {0x1.36b64a48b19cap-19, 0x1.36b64a48b06b8p-19, 0x1.fffffffffa1b9p-1},  // DE-108 0.4775"
      {0x1.7e9d7579f3a4cp-19, 0x1.7e9d7579f16afp-19, 0x1.fffffffff7109p-1},  // DE-111 0.5880"
      {0x1.67c679d3b784p-19, 0x1.67c679d3b5aa4p-19, 0x1.fffffffff8198p-1},  // DE-114 0.5529"
      {0x1.59ea4e84b8398p-19, 0x1.59ea4e84b6947p-19, 0x1.fffffffff8b26p-1},  // DE-122 0.5316"
      {0x1.766a8abafee13p-19, 0x1.766a8abafccb4p-19, 0x1.fffffffff7719p-1},  // DE-125 0.5754"
      {0x1.556ce65919ce8p-19, 0x1.556ce6591839ap-19, 0x1.fffffffff8e29p-1},  // DE-130 0.5247"
      {0x1.6d433395786d4p+2, -0x1.16daed770771cp-1, 0x1.ad663a8ae2fdcp-1},  // GALACTIC 1177200.0"
      {0x1.17b3116c59b62p+0, 0x1.c68fbcf817cd5p-1, 0x1.d73e9cc5176e4p-2},  // GALACTIC 225360.0"
      {0x1.3b46ba07795d8p+2, -0x1.f457a2b5c83e4p-1, 0x1.b28a3516d3a7p-3},  // GALACTIC 1016100.0"
      {0x1.921fb54442d18p+0, 0x1p+0, 0x1.1a62633145c07p-54},  // MARSIAU 324000.0"
      {0x1.4ba765281003cp-1, 0x1.34f1381bdaab9p-1, 0x1.984999443d9dfp-1},  // MARSIAU 133610.4"
      {-0x1.7a2a8cfb4eb2bp-1, -0x1.58b53d4e3d268p-1, 0x1.7a93ab42527dcp-1},  // MARSIAU -152348.4"
      {0x1.a2e9395ca7c4p-2, 0x1.9752e50f4b399p-2, 0x1.d5c0357681ef3p-1},  // ECLIPJ2000 84381.448"
      {0x1.a306f2b781938p-2, 0x1.976e2a55b1346p-2, 0x1.d5ba4bd9eb59ap-1},  // ECLIPB1950 84404.836"
      {0x1.6e3f697e29a8p-8, 0x1.6e3eec8e2887cp-8, 0x1.fffdf406f8053p-1},  // DE-140 1152.71013777252"
      {-0x1.3e71489f8c1fbp-8, -0x1.3e70f68038ea3p-8, 0x1.fffe73e290861p-1},  // DE-140 -1002.25042010533"
      {0x1.6e9493f1c749cp-8, 0x1.6e9416aa8999fp-8, 0x1.fffdf3132c6f9p-1},  // DE-140 1153.75719544491"
      {0x1.6e4043a56e954p-8, 0x1.6e3fc6b48e334p-8, 0x1.fffdf40487d0fp-1},  // DE-142 1152.72061453864"
      {-0x1.3e714ae04e84ep-8, -0x1.3e70f8c0f9913p-8, 0x1.fffe73e28aeb3p-1},  // DE-142 -1002.25052830351"
      {0x1.6e93b81f82ad6p-8, 0x1.6e933ad9265bep-8, 0x1.fffdf315a1fa6p-1},  // DE-142 1153.74663857521"
      {0x1.6e5a2d3b4ec12p-8, 0x1.6e59b02fe7aa1p-8, 0x1.fffdf3ba605fcp-1},  // DE-143 1153.03919093833"
      {-0x1.3e711ae414f15p-8, -0x1.3e70c8c4e51d7p-8, 0x1.fffe73e3024c2p-1},  // DE-143 -1002.24822382286"
      {0x1.6e79e21ca3855p-8, 0x1.6e7964f0c2307p-8, 0x1.fffdf35f9d06cp-1},  // DE-143 1153.42900222357"
  };
  for (const auto& r : rows) {
    INFO(r.radians);
    CHECK(sc::math::sin(r.radians) == r.sin);
    CHECK(sc::math::cos(r.radians) == r.cos);
  }
}

TEST_CASE("inertial frames: state transformation is block diagonal") {
  auto x = sc::inertial::state_transform(17, 13);
  REQUIRE(x.ok());
  const Mat3 r = rotation(17, 13);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      CHECK((*x)[i][j] == r[i][j]);
      CHECK((*x)[i + 3][j + 3] == r[i][j]);
      CHECK((*x)[i + 3][j] == 0.0);
      CHECK((*x)[i][j + 3] == 0.0);
    }
  }
}

TEST_CASE("inertial frames: angle texts parse as NPARSD numbers; DE-143's commas change nothing") {
  for (const auto& def : sc::inertial::detail::kInertialDefinitions) {
    for (int k = 0; k < def.rotation_count; ++k) {
      const auto parsed = sc::pool::parse_cspice_number(def.rotations[k].arcseconds);
      INFO(def.name << " " << def.rotations[k].arcseconds);
      CHECK(static_cast<bool>(parsed));
      CHECK((def.rotations[k].axis >= 1 && def.rotations[k].axis <= 3));
    }
  }
  // CHGIRF writes DE-143 as "1153.03919093833, 3, -1002.24822382286, 2, ..."; NPARSD skips commas.
  for (std::string_view text : {"1153.03919093833", "-1002.24822382286", "1153.42900222357"}) {
    const auto plain = sc::pool::parse_cspice_number(text);
    const auto comma = sc::pool::parse_cspice_number(std::string(text) + ",");
    REQUIRE(static_cast<bool>(comma));
    CHECK(plain.value == comma.value);
  }
  CHECK(sc::pool::parse_cspice_number("3,").value == 3.0);
}
