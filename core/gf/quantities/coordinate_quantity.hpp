// CSPICE's GF coordinate utility package (ZZGFCOU with ZZGFCOQ, ZZGFCOST and ZZGFCPRX, N0067): a
// coordinate (in one of zzgf.inc's seven systems) of a vector defined one of three ways, and the
// per-epoch functions the coordinate searches need:
//   - POSITION: the observer-target position (SPKEZP; its state from SPKEZ);
//   - SUB-OBSERVER POINT: SUBPNT's point (state: ZZGFSSOB, surface_point_states.hpp);
//   - SURFACE INTERCEPT POINT: SINCPT's point of a ray (state: ZZGFSSIN), which may not exist.
// A coordinate is decreasing where ZZGFCPRX's proxy for its rate (the signs of the state's
// velocity in the radial/east/north frame of its position) is negative. The sine and cosine forms
// serve the longitude solver (longitude_solver.hpp).
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/quantities/surface_point_states.hpp"
#include "gf/relation.hpp"

namespace sc::gf {

enum class VectorDef { Position, SubObserver, SurfaceIntercept };

enum class CoordSystem { Rectangular, Latitudinal, RaDec, Spherical, Cylindrical, Geodetic, Planetographic };

// zzgf.inc's names of the systems and, row by row, their coordinates in the order of the REC*
// routines' outputs.
inline constexpr std::array<std::string_view, 7> kCoordSystems = {
    "RECTANGULAR", "LATITUDINAL", "RA/DEC", "SPHERICAL", "CYLINDRICAL", "GEODETIC", "PLANETOGRAPHIC"};
inline constexpr std::array<std::array<std::string_view, 3>, 7> kCoordNames = {{{"X", "Y", "Z"},
                                                                               {"RADIUS", "LONGITUDE", "LATITUDE"},
                                                                               {"RANGE", "RIGHT ASCENSION", "DECLINATION"},
                                                                               {"RADIUS", "COLATITUDE", "LONGITUDE"},
                                                                               {"RADIUS", "LONGITUDE", "Z"},
                                                                               {"LONGITUDE", "LATITUDE", "ALTITUDE"},
                                                                               {"LONGITUDE", "LATITUDE", "ALTITUDE"}}};

// What ZZGFCOIN saves.
struct CoordinateDef {
  VectorDef vecdef = VectorDef::Position;
  std::string ref;     // upper case, left justified
  std::string abcorr;  // blanks removed, upper case
  CoordSystem system = CoordSystem::Rectangular;
  std::string system_name, coord_name;  // normalised (LJUST + CMPRSS + UCASE)
  int index = 0;                        // of the coordinate in its system's row
  int center = 0;                       // REF's center (surface points, geodetic, planetographic)
  std::string center_name;
  double re = 0, f = 0;  // geodetic and planetographic only
  int sense = 0;         // planetographic: -1 when longitude is positive west
  SurfacePointDef point;  // target, observer, names, method, radii, ray
};

// The caller's inputs, as ZZGFCOIN takes them.
struct CoordinateRequest {
  VectorDef vecdef = VectorDef::Position;
  std::string_view method;  // SUBPNT's or SINCPT's; ignored for POSITION
  std::string_view target, ref, abcorr, obsrvr;
  std::string_view dref;                 // intercepts only
  std::span<const double> dvec;          // intercepts only (3 numbers)
  std::string_view crdsys, crdnam;
};

// ZZGFCOIN, its checks in its order: SPICE(IDCODENOTFOUND) (target, observer),
// SPICE(BODIESNOTDISTINCT), the aberration correction's (ZZVALCOR), SPICE(NOTSUPPORTED) (system,
// coordinate); for surface points, geodetic and planetographic coordinates SPICE(NOFRAME) (ref),
// SPICE(INVALIDFRAME) (a surface point's ref not centered on the target), SPICE(BADFRAME) (no
// radii for ref's center), SPICE(INVALIDDIMENSION), SPICE(DIVIDEBYZERO), SPICE(DEGENERATECASE)
// (radii), SPICE(NOTSUPPORTED) (unequal equatorial radii, geodetic and planetographic only); for
// intercepts SPICE(ZEROVECTOR) (dvec) and SPICE(NOFRAME) (dref).
Result<CoordinateDef> coordinate_init(const Context& ctx, const CoordinateRequest& request);

// The same definition with another system and coordinate (ZZGFCOIN called again by ZZGFLONG with
// "LATITUDINAL"/"LONGITUDE" or "RA/DEC"/"RIGHT ASCENSION" proxies).
Result<CoordinateDef> coordinate_reinit(const Context& ctx, const CoordinateRequest& request,
                                        std::string_view crdsys, std::string_view crdnam);

// ZZGFCOG: the coordinate; ZZGFCOCG and ZZGFCOSG: its cosine and sine. SPICE(NOTCOMPUTABLE) where
// an intercept does not exist.
Result<double> coordinate_value(const Context& ctx, const CoordinateDef& def, double et);
Result<double> coordinate_cosine(const Context& ctx, const CoordinateDef& def, double et);
Result<double> coordinate_sine(const Context& ctx, const CoordinateDef& def, double et);

// ZZGFCODC, ZZGFCOCD, ZZGFCOSD: whether the coordinate, its cosine, its sine is decreasing.
// SPICE(NOTCOMPUTABLE) where the vector's state is not computable.
Result<bool> coordinate_decreasing(const Context& ctx, const CoordinateDef& def, double et);
Result<bool> cosine_decreasing(const Context& ctx, const CoordinateDef& def, double et);
Result<bool> sine_decreasing(const Context& ctx, const CoordinateDef& def, double et);

// ZZGFCOEX: whether the vector's state is computable at et (false only for intercepts).
Result<bool> coordinate_exists(const Context& ctx, const CoordinateDef& def, double et);

// The coordinate, its cosine or its sine as a scalar quantity for the relation layer.
ScalarQuantity coordinate_quantity(const Context& ctx, const CoordinateDef& def);
ScalarQuantity cosine_quantity(const Context& ctx, const CoordinateDef& def);
ScalarQuantity sine_quantity(const Context& ctx, const CoordinateDef& def);

}  // namespace sc::gf
