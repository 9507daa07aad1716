// The DSK segment descriptor (dskdsc.inc): 24 doubles at the start of every DSK segment's double
// component, read by DSKGD. Integer-valued members are stored as doubles and read with NINT.
#pragma once

#include <array>
#include <cmath>

namespace sc::dsk {

// Coordinate systems of DSK segments (dskdsc.inc: LATSYS, CYLSYS, RECSYS, PDTSYS).
inline constexpr int kLatitudinal = 1;
inline constexpr int kCylindrical = 2;
inline constexpr int kRectangular = 3;
inline constexpr int kPlanetodetic = 4;

// Fortran NINT (f2c's i_dnnt): round half away from zero.
inline int fortran_nint(double x) {
  return static_cast<int>(x >= 0 ? std::floor(x + 0.5) : -std::floor(0.5 - x));
}

struct DskDescriptor {
  std::array<double, 24> values{};

  int surface() const { return fortran_nint(values[0]); }  // SRFIDX
  int center() const { return fortran_nint(values[1]); }   // CTRIDX: the body
  int data_class() const { return fortran_nint(values[2]); }
  int data_type() const { return fortran_nint(values[3]); }
  int frame() const { return fortran_nint(values[4]); }
  int coordinate_system() const { return fortran_nint(values[5]); }
  const double* parameters() const { return &values[6]; }  // 10 coordinate-system parameters
  // The coverage bounds: [co1min, co1max, co2min, co2max, co3min, co3max].
  std::array<double, 6> bounds() const {
    return {values[16], values[17], values[18], values[19], values[20], values[21]};
  }
  double start() const { return values[22]; }
  double stop() const { return values[23]; }
};

}  // namespace sc::dsk
