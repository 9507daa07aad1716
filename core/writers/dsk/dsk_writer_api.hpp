// Writing DSKs (issue 13): DSKOPN, DSKW02 (a type 2 plate-model segment), DSKCLS, with DSKMI2 (the
// spatial index, dsk/spatial_index.hpp) and DSKRB2 (the radius or z bounds) to prepare a segment.
// Outputs follow the writers' conventions: a virtual output kept in the context (readVirtualOutput,
// furnsh by its id) or a host file whose bytes dskcls hands to the host.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "dsk/spatial_index.hpp"
#include "errors/result.hpp"
#include "kernels/output_registry.hpp"

namespace sc::dsk {

// DSKOPN: a new DSK; `ncomch` characters of comment area are reserved. SPICE(EMPTYSTRING),
// SPICE(BLANKFILENAME), SPICE(FILEOPENFAIL) when the name is already being written.
Result<int> dskopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch, kernels::OutputKind kind);

// DSKW02's arguments after the handle.
struct Type2SegmentSpec {
  int center = 0;
  int surfid = 0;
  int dclass = 0;
  std::string_view frame;
  int corsys = 0;
  std::span<const double> corpar;  // 10 values
  std::array<double, 6> bounds{};  // mncor1 mxcor1 mncor2 mxcor2 mncor3 mxcor3
  double first = 0;
  double last = 0;
  int nv = 0;
  std::span<const double> vrtces;
  int np = 0;
  std::span<const int> plates;
  std::span<const double> spaixd;
  std::span<const int> spaixi;
};

// DSKW02 with its checks in its order: SPICE(FRAMEIDNOTFOUND), SPICE(TIMESOUTOFORDER), the bounds
// of the coordinate system (SPICE(ZEROBOUNDSEXTENT), SPICE(VALUEOUTOFRANGE),
// SPICE(INVALIDLONEXTENT), SPICE(BOUNDSOUTOFORDER), SPICE(NOTSUPPORTED)), SPICE(NOTSUPPORTED) for
// a data class outside 1..2, vertex and plate counts, SPICE(BADVERTEXINDEX), the spatial index's
// sizes (SPICE(VALUEOUTOFRANGE), SPICE(INCOMPATIBLESCALE)); SPICE(DASNOSUCHHANDLE).
Status dskw02(Context& ctx, int handle, const Type2SegmentSpec& spec);

// DSKCLS: the file's bytes for a host output (nullopt for a virtual output, which is staged so
// furnsh can load it by its id). SPICE(DASNOSUCHHANDLE).
Result<std::optional<io::Bytes>> dskcls(Context& ctx, int handle, bool optmiz);
// The bytes dskcls would hand to the host now, leaving the handle open (the host writes its file
// first, as for SPK and CK outputs).
Result<io::Bytes> dsk_output_bytes(Context& ctx, int handle);

// DSKRB2 and DSKMI2 for the call list: {mncor3, mxcor3}; SPAIXD and SPAIXI.
Result<std::array<double, 2>> dskrb2_flat(int nv, std::span<const double> vrtces, int np, std::span<const int> plates,
                                          int corsys);

}  // namespace sc::dsk
