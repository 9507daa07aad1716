// The definitions of CSPICE's 21 built-in inertial frames, as data (facts from SPICELIB's CHGIRF,
// N0067; frames.req lists the same names and IDs).
//
// Each frame F is defined from a base frame B by Euler rotations written left to right:
//    v_F = [a1]_ax1 [a2]_ax2 [a3]_ax3 v_B        (angles in arcseconds; axis 1 = x, 2 = y, 3 = z)
// where [a]_n rotates the coordinate axes by a about axis n (SPICELIB's ROTATE convention).
// The angles are kept as the text CHGIRF parses (with NPARSD) so that they get CSPICE's doubles.
//
//  - B1950: J2000 precessed back to B1950.0 with the IAU 1976 (Lieske 1979) precession angles:
//    B1950->J2000 is [-z]_3 [theta]_2 [-zeta]_3, so J2000->B1950 is [zeta]_3 [-theta]_2 [z]_3 with
//    z = 1153.04066200330", theta = -1002.26108439117", zeta = 1152.84248596724".
//  - FK4: B1950 with Fricke's equinox offset, [0.525"]_3.
//  - DE-96 ... DE-130 (and DE-118): B1950 with each ephemeris' equinox offset about z (Standish,
//    JPL IOM 314.6-929, 1988). DE-118's 0.53155" is Standish's untruncated offset.
//  - GALACTIC (System II): FK4 then [327 deg]_3 [62.6 deg]_1 [282.25 deg]_3, i.e. 1177200",
//    225360", 1016100".
//  - DE-200, DE-202: identical to J2000 (a zero rotation about z).
//  - MARSIAU: J2000 then [90 deg]_3 [37.114 deg]_2 [-42.319 deg]_3 (324000", 133610.4",
//    -152348.4"): the Mars Observer pole of Mars (JPL D-3444, 1990), right ascension 317.681 deg
//    (= -42.319) and declination 52.886 deg (90 - 52.886 = 37.114), brought to +z, then the
//    node of Mars's equator on the Earth's equator brought to +x.
//  - ECLIPJ2000: J2000 then [84381.448"]_1, the J2000 obliquity (Explanatory Supplement 1992).
//  - ECLIPB1950: B1950 then [84404.836"]_1, the B1950 obliquity (same source).
//  - DE-140, DE-142, DE-143: J2000 then 3-2-3 Euler angles fitted by NAIF to the DE-400/402/403 to
//    DE-140/142/143 matrices; they are close to the B1950 precession angles.
#pragma once

#include <array>
#include <string_view>

namespace sc::inertial::detail {

struct EulerRotation {
  std::string_view arcseconds;  // NPARSD text
  int axis;                     // 1 = x, 2 = y, 3 = z
};

struct InertialDefinition {
  int id;
  std::string_view name;
  int base_id;  // the frame this one is defined from; J2000 is its own base
  int rotation_count;
  std::array<EulerRotation, 3> rotations;  // leftmost first: applied last
};

inline constexpr int kInertialFrameCount = 21;

// In id order; every base precedes the frames defined from it.
// DE-143's angles are written "1153.03919093833," etc. in CHGIRF; NPARSD ignores the commas, so
// they are left out here (a unit test checks that the values are the same).
inline constexpr std::array<InertialDefinition, kInertialFrameCount> kInertialDefinitions{{
    {1, "J2000", 1, 1, {{{"0.0", 1}}}},
    {2, "B1950", 1, 3, {{{"1152.84248596724", 3}, {"-1002.26108439117", 2}, {"1153.04066200330", 3}}}},
    {3, "FK4", 2, 1, {{{"0.525", 3}}}},
    {4, "DE-118", 2, 1, {{{"0.53155", 3}}}},
    {5, "DE-96", 2, 1, {{{"0.4107", 3}}}},
    {6, "DE-102", 2, 1, {{{"0.1359", 3}}}},
    {7, "DE-108", 2, 1, {{{"0.4775", 3}}}},
    {8, "DE-111", 2, 1, {{{"0.5880", 3}}}},
    {9, "DE-114", 2, 1, {{{"0.5529", 3}}}},
    {10, "DE-122", 2, 1, {{{"0.5316", 3}}}},
    {11, "DE-125", 2, 1, {{{"0.5754", 3}}}},
    {12, "DE-130", 2, 1, {{{"0.5247", 3}}}},
    {13, "GALACTIC", 3, 3, {{{"1177200.0", 3}, {"225360.0", 1}, {"1016100.0", 3}}}},
    {14, "DE-200", 1, 1, {{{"0.0", 3}}}},
    {15, "DE-202", 1, 1, {{{"0.0", 3}}}},
    {16, "MARSIAU", 1, 3, {{{"324000.0D0", 3}, {"133610.4D0", 2}, {"-152348.4D0", 3}}}},
    {17, "ECLIPJ2000", 1, 1, {{{"84381.448", 1}}}},
    {18, "ECLIPB1950", 2, 1, {{{"84404.836", 1}}}},
    {19, "DE-140", 1, 3, {{{"1152.71013777252", 3}, {"-1002.25042010533", 2}, {"1153.75719544491", 3}}}},
    {20, "DE-142", 1, 3, {{{"1152.72061453864", 3}, {"-1002.25052830351", 2}, {"1153.74663857521", 3}}}},
    {21, "DE-143", 1, 3, {{{"1153.03919093833", 3}, {"-1002.24822382286", 2}, {"1153.42900222357", 3}}}},
}};

}  // namespace sc::inertial::detail
