#include "writers/ck/ck_writer_api.hpp"

#include "daf/daf_writer.hpp"
#include "frames/frames_api.hpp"
#include "writers/ck/ck_writer_checks.hpp"
#include "writers/daf_output.hpp"

namespace sc::ck {
namespace {

using writers::nonempty;
using writers::traced;

// DAFBNA refuses to begin an array while another one (a type 4 segment) is being written.
Status no_segment_in_progress(Context& ctx, int handle) {
  SC_TRY_ASSIGN(auto&& pending, ctx.outputs().segment_in_progress(handle));
  if (!pending->has_value()) return {};
  return make_error("SPICE(DAFNEWCONFLICT)", "A type 4 segment begun by ckw04b is still being written to handle " +
                                                 std::to_string(handle) + "; end it with ckw04e first.");
}

// The type 4 segment in progress on `handle`. SPICE(CALLEDOUTOFORDER) without one (SGWVPK, SGWES).
Result<daf::VariablePacketSegment*> type4_in_progress(Context& ctx, int handle) {
  SC_TRY_ASSIGN(auto&& pending, ctx.outputs().segment_in_progress(handle));
  if (pending->has_value()) return &**pending;
  return make_error("SPICE(CALLEDOUTOFORDER)", "No type 4 segment is being written to handle " +
                                                   std::to_string(handle) + ": ckw04b must begin one first.");
}

// Runs one segment writer on the open file `handle`, after the wrapper's checks and with the
// frame name resolved.
template <class Write>
Status write_with(Context& ctx, int handle, CkSegmentSpec spec, const char* operation, Write&& write) {
  auto status = [&]() -> Status {
    SC_TRY(nonempty(spec.ref, "ref"));
    SC_TRY(nonempty(spec.segid, "segid"));
    SC_TRY_ASSIGN(auto&& file, ctx.outputs().writer(handle));
    SC_TRY(no_segment_in_progress(ctx, handle));
    spec.ref_code = frames::namfrm(ctx, spec.ref);
    return write(*file, spec);
  }();
  return traced(std::move(status), operation);
}

}  // namespace

Result<int> ckopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch,
                  kernels::OutputKind kind) {
  return traced(writers::open_daf_output(ctx, name, ifname, ncomch, kind, "CK"), "ckopn");
}

Result<std::optional<io::Bytes>> ckcls(Context& ctx, int handle) {
  SC_TRY_ASSIGN(auto output, traced(writers::close_daf_output(ctx, handle, "CK"), "ckcls"));
  if (output.kind == kernels::OutputKind::virtual_output) return std::optional<io::Bytes>{};
  return std::optional<io::Bytes>{output.bytes};
}

Status ckw01(Context& ctx, int handle, CkSegmentSpec spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs) {
  return write_with(ctx, handle, spec, "ckw01", [&](daf::DafWriter& file, const CkSegmentSpec& s) {
    return ckw01(file, s, nrec, sclkdp, quats, avvs);
  });
}

Status ckw02(Context& ctx, int handle, CkSegmentSpec spec, int nrec, std::span<const double> start,
             std::span<const double> stop, std::span<const double> quats, std::span<const double> avvs,
             std::span<const double> rates) {
  return write_with(ctx, handle, spec, "ckw02", [&](daf::DafWriter& file, const CkSegmentSpec& s) {
    return ckw02(file, s, nrec, start, stop, quats, avvs, rates);
  });
}

Status ckw03(Context& ctx, int handle, CkSegmentSpec spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs, int nints,
             std::span<const double> starts) {
  return write_with(ctx, handle, spec, "ckw03", [&](daf::DafWriter& file, const CkSegmentSpec& s) {
    return ckw03(file, s, nrec, sclkdp, quats, avvs, nints, starts);
  });
}

Status ckw05(Context& ctx, int handle, CkSegmentSpec spec, int subtype, int degree, int n,
             std::span<const double> sclkdp, std::span<const double> packets, double rate, int nints,
             std::span<const double> starts) {
  return write_with(ctx, handle, spec, "ckw05", [&](daf::DafWriter& file, const CkSegmentSpec& s) {
    return ckw05(file, s, subtype, degree, n, sclkdp, packets, rate, nints, starts);
  });
}

Status ckw06(Context& ctx, int handle, CkSegmentSpec spec, int nmini, std::span<const int> npkts,
             std::span<const int> subtps, std::span<const int> degres, std::span<const double> packets,
             std::span<const double> rates, std::span<const double> sclkdp, std::span<const double> ivlbds,
             bool sellst) {
  return write_with(ctx, handle, spec, "ckw06", [&](daf::DafWriter& file, const CkSegmentSpec& s) {
    return ckw06(file, s, nmini, npkts, subtps, degres, packets, rates, sclkdp, ivlbds, sellst);
  });
}

Status ckw04b(Context& ctx, int handle, CkSegmentSpec spec) {
  return write_with(ctx, handle, spec, "ckw04b", [&](daf::DafWriter&, const CkSegmentSpec& s) -> Status {
    SC_TRY_ASSIGN(auto segment, ckw04b(s));
    SC_TRY_ASSIGN(auto&& pending, ctx.outputs().segment_in_progress(handle));
    pending->emplace(std::move(segment));
    return {};
  });
}

Status ckw04a(Context& ctx, int handle, int npkts, std::span<const int> pktsiz, std::span<const double> pktdat,
              std::span<const double> sclkdp) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& file, ctx.outputs().writer(handle));
    static_cast<void>(file);
    // CKW04A checks the packet sizes before SGWVPK looks for the segment.
    SC_TRY(check_type4_packet_sizes(npkts, pktsiz));
    SC_TRY_ASSIGN(auto&& segment, type4_in_progress(ctx, handle));
    return ckw04a(*segment, npkts, pktsiz, pktdat, sclkdp);
  }();
  return traced(std::move(status), "ckw04a");
}

Status ckw04e(Context& ctx, int handle, double endtim) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& file, ctx.outputs().writer(handle));
    SC_TRY_ASSIGN(auto&& segment, type4_in_progress(ctx, handle));
    SC_TRY(ckw04e(*file, *segment, endtim));
    SC_TRY_ASSIGN(auto&& pending, ctx.outputs().segment_in_progress(handle));
    pending->reset();
    return {};
  }();
  return traced(std::move(status), "ckw04e");
}

}  // namespace sc::ck
