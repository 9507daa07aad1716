#include "writers/dsk/dsk_writer_api.hpp"

#include <cmath>
#include <string>

#include "errors/quoted.hpp"
#include "frames/frames_api.hpp"
#include "math/constants.hpp"
#include "math/exp_log.hpp"
#include "writers/daf_output.hpp"

namespace sc::dsk {
namespace {

Error range(const std::string& what) { return make_error("SPICE(VALUEOUTOFRANGE)", what); }

// DSKW02's checks of the coverage bounds; the longitude bounds as stored.
Result<std::array<double, 4>> checked_bounds(const Type2SegmentSpec& s) {
  const double mncor1 = s.bounds[0], mxcor1 = s.bounds[1], mncor2 = s.bounds[2], mxcor2 = s.bounds[3];
  const double mncor3 = s.bounds[4], mxcor3 = s.bounds[5];
  std::array<double, 4> segbds{mncor1, mxcor1, mncor2, mxcor2};
  if (s.corsys == 1 || s.corsys == 4) {
    const double pi2 = math::twopi();
    const double hpi = math::halfpi();
    if (mncor1 == mxcor1) return make_error("SPICE(ZEROBOUNDSEXTENT)", "Minimum longitude equals maximum longitude.");
    if (mncor1 < -pi2 - 1e-12 || mncor1 > pi2 - 1e-12) return range("Minimum longitude is out of range.");
    if (mxcor1 < -pi2 + 1e-12 || mxcor1 > pi2 + 1e-12) return range("Maximum longitude is out of range.");
    if (mxcor1 > mncor1 + pi2 + 1e-12 || mxcor1 < mncor1 - pi2 - 1e-12) {
      return make_error("SPICE(INVALIDLONEXTENT)", "The longitude extent exceeds 2 pi.");
    }
    if (segbds[1] > segbds[0]) {
      segbds[1] = std::min(segbds[1], segbds[0] + pi2);
    } else if (segbds[1] < segbds[0]) {
      segbds[1] = std::max(segbds[1], segbds[0] - pi2);
    }
    if (segbds[1] == segbds[0] || segbds[1] == segbds[0] - pi2) {
      return make_error("SPICE(ZEROBOUNDSEXTENT)", "The longitude bounds have zero extent.");
    }
    if (mncor2 < -hpi - 1e-12 || mncor2 > hpi - 1e-12) return range("Minimum latitude is out of range.");
    if (mxcor2 < -hpi + 1e-12 || mxcor2 > hpi + 1e-12) return range("Maximum latitude is out of range.");
    if (mxcor2 < mncor2) return make_error("SPICE(BOUNDSOUTOFORDER)", "Maximum latitude is less than minimum latitude.");
    if (s.corsys == 1) {
      if (mncor3 < 0.) return range("Minimum radius must be non-negative.");
      if (mxcor3 <= 0.) return range("Maximum radius must be positive.");
    } else {
      return make_error("SPICE(NOTSUPPORTED)", "Planetodetic segments are not written yet.");
    }
    if (mxcor3 < mncor3) return make_error("SPICE(BOUNDSOUTOFORDER)", "Maximum radius is less than minimum radius.");
    if (mxcor3 == mncor3) return make_error("SPICE(ZEROBOUNDSEXTENT)", "Minimum radius equals maximum radius.");
  } else if (s.corsys == 3) {
    if (mxcor1 <= mncor1 || mxcor2 <= mncor2 || mxcor3 <= mncor3) {
      return make_error("SPICE(BOUNDSOUTOFORDER)", "Rectangular bounds must be strictly increasing.");
    }
  } else {
    return make_error("SPICE(NOTSUPPORTED)", "Coordinate system " + std::to_string(s.corsys) + " is not supported.");
  }
  return segbds;
}

}  // namespace

Result<int> dskopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch, kernels::OutputKind kind) {
  auto handle = [&]() -> Result<int> {
    SC_TRY(writers::nonempty(name, "fname"));
    SC_TRY(writers::nonempty(ifname, "ifname"));
    if (name.find_first_not_of(' ') == std::string_view::npos) {
      return make_error("SPICE(BLANKFILENAME)", "The file name is blank.");
    }
    return ctx.outputs().open_das(std::string(name), kind, das::DlaWriter("DSK", std::string(ifname), ncomch));
  }();
  return writers::traced(std::move(handle), "dskopn");
}

Status dskw02(Context& ctx, int handle, const Type2SegmentSpec& s) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto* writer, ctx.outputs().das_writer(handle));
    const auto frmcde = frames::namfrm(ctx, s.frame);
    if (!frmcde || *frmcde == 0) {
      return make_error("SPICE(FRAMEIDNOTFOUND)", "Input frame name " + quoted(s.frame) + " could not be mapped to a frame ID code.");
    }
    if (s.last <= s.first) return make_error("SPICE(TIMESOUTOFORDER)", "Segment start time must precede its stop time.");
    SC_TRY_ASSIGN(auto&& segbds, checked_bounds(s));
    if (s.dclass < 1 || s.dclass > 2) {
      return make_error("SPICE(NOTSUPPORTED)", "Data class " + std::to_string(s.dclass) + " is not supported.");
    }
    if (s.nv < 1 || s.nv > 16000002) return range("Vertex count NV = " + std::to_string(s.nv) + " is out of range.");
    if (s.np < 1 || s.np > 32000000) return range("Plate count NP = " + std::to_string(s.np) + " is out of range.");
    if (s.corpar.size() < 10 || s.vrtces.size() < static_cast<std::size_t>(3 * s.nv) ||
        s.plates.size() < static_cast<std::size_t>(3 * s.np) || s.spaixd.size() < 10 || s.spaixi.size() < kSpaixiFixed) {
      return make_error("SPICE(INVALIDSIZE)", "An input array is shorter than its counts say.");
    }
    for (int i = 0; i < 3 * s.np; ++i) {
      const int k = s.plates[static_cast<std::size_t>(i)];
      if (k < 1 || k > s.nv) {
        return make_error("SPICE(BADVERTEXINDEX)", "Vertex index " + std::to_string(k) + " of plate " +
                                                       std::to_string(i / 3 + 1) + " is out of range 1:" +
                                                       std::to_string(s.nv) + ".");
      }
    }
    const auto& xi = s.spaixi;
    const std::array<int, 3> vgrext{xi[0], xi[1], xi[2]};
    const int cgrscl = xi[3];
    const int voxnpt = xi[4];
    const int voxnpl = xi[5];
    const int vtxnpl = xi[6];
    for (int v : vgrext) {
      if (v < 1 || v > 100000000) return range("Voxel grid extent " + std::to_string(v) + " is out of range.");
    }
    const long long nvxtot = static_cast<long long>(vgrext[0]) * vgrext[1] * vgrext[2];
    if (nvxtot > 100000000) return range("Fine voxel count NVXTOT is out of range.");
    if (cgrscl < 1 || static_cast<double>(cgrscl) > math::pow(static_cast<double>(nvxtot), .33333333333333331)) {
      return range("Coarse voxel scale " + std::to_string(cgrscl) + " is out of range.");
    }
    const long long cube = static_cast<long long>(cgrscl) * cgrscl * cgrscl;
    if (nvxtot % cube != 0) {
      return make_error("SPICE(INCOMPATIBLESCALE)", "The cube of the coarse voxel scale must divide NVXTOT evenly.");
    }
    const long long ncgr = nvxtot / cube;
    if (ncgr < 1 || ncgr > kCoarseGridSlots) return range("Coarse voxel count is out of range.");
    const std::size_t pvoxpt = kSpaixiFixed;  // 0-based start of the voxel-plate pointers
    const std::size_t pvoxpl = pvoxpt + static_cast<std::size_t>(voxnpt);
    const std::size_t pvtxpt = pvoxpl + static_cast<std::size_t>(voxnpl);
    const std::size_t pvtxpl = pvtxpt + static_cast<std::size_t>(s.nv);
    if (voxnpt < 0 || voxnpl < 0 || vtxnpl < 0 || xi.size() < pvtxpt ||
        (vtxnpl > 0 && xi.size() < pvtxpl + static_cast<std::size_t>(vtxnpl))) {
      return make_error("SPICE(INVALIDSIZE)", "The integer spatial index is shorter than its sizes say.");
    }

    SC_TRY(writer->begin_segment());
    std::array<double, 24> descr{};
    descr[0] = s.surfid;
    descr[1] = s.center;
    descr[2] = s.dclass;
    descr[3] = 2.;
    descr[4] = *frmcde;
    descr[5] = s.corsys;
    for (std::size_t i = 0; i < 10; ++i) descr[6 + i] = s.corpar[i];
    descr[16] = segbds[0];
    descr[17] = segbds[1];
    descr[18] = segbds[2];
    descr[19] = segbds[3];
    descr[20] = s.bounds[4];
    descr[21] = s.bounds[5];
    descr[22] = s.first;
    descr[23] = s.last;
    writer->add_doubles(descr);
    writer->add_doubles(s.spaixd.first(10));  // vertex bounds, voxel origin, voxel size
    writer->add_doubles(s.vrtces.first(static_cast<std::size_t>(3 * s.nv)));
    const std::array<int, 10> header{s.nv, s.np, static_cast<int>(nvxtot), vgrext[0], vgrext[1], vgrext[2],
                                     cgrscl, voxnpt, voxnpl, vtxnpl};
    writer->add_ints(header);
    writer->add_ints(s.plates.first(static_cast<std::size_t>(3 * s.np)));
    writer->add_ints(xi.subspan(pvoxpt, static_cast<std::size_t>(voxnpt)));
    writer->add_ints(xi.subspan(pvoxpl, static_cast<std::size_t>(voxnpl)));
    if (xi.size() >= pvtxpl) {
      writer->add_ints(xi.subspan(pvtxpt, static_cast<std::size_t>(s.nv)));
    } else {
      // No vertex-plate map: every vertex's pointer is "none", as in NAIF's files.
      const std::vector<int> none(static_cast<std::size_t>(s.nv), -1);
      writer->add_ints(none);
    }
    if (vtxnpl > 0) writer->add_ints(xi.subspan(pvtxpl, static_cast<std::size_t>(vtxnpl)));
    writer->add_ints(xi.subspan(7, static_cast<std::size_t>(ncgr)));
    return writer->end_segment();
  }();
  return writers::traced(std::move(status), "dskw02");
}

Result<io::Bytes> dsk_output_bytes(Context& ctx, int handle) {
  auto writer = ctx.outputs().das_writer(handle);
  if (!writer) return std::move(writer).error().within("dskcls");
  return io::Bytes::from_vector((*writer)->image());
}

Result<std::optional<io::Bytes>> dskcls(Context& ctx, int handle, bool optmiz) {
  (void)optmiz;  // segregation is how the image is always laid out
  auto closed = ctx.outputs().close_das(handle);
  if (!closed) return std::move(closed).error().within("dskcls");
  if (closed->kind == kernels::OutputKind::virtual_output) {
    ctx.kernels().stage(closed->name, closed->bytes);
    return std::optional<io::Bytes>{};
  }
  return std::optional<io::Bytes>{closed->bytes};
}

Result<std::array<double, 2>> dskrb2_flat(int nv, std::span<const double> vrtces, int np, std::span<const int> plates,
                                          int corsys) {
  return dskrb2(nv, vrtces, np, plates, corsys);
}

}  // namespace sc::dsk
