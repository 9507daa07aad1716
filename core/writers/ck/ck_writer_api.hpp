// Writing CK files from a Context, as CSPICE's ckopn_c, ckw01_c, ckw02_c, ckw03_c, ckw05_c, CKW06
// and ckcls_c do, through the same output machinery as the SPK writers (kernels/output_registry.hpp):
// files are held in core memory, handles are ints of this context, a closed virtual output is staged
// under its name for furnsh, a host-file output's bytes go back to the host. dafac and
// readVirtualOutput (writers/spk/spk_writer_api.hpp) serve CK outputs too. Every error carries the
// CSPICE routine in its trace ("ckw05", ...).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"
#include "kernels/output_registry.hpp"
#include "writers/ck/ck_writer.hpp"

namespace sc::ck {

// The descriptor arguments every CK writer takes; the frame code is looked up later.
inline CkSegmentSpec ck_segment(double begtim, double endtim, int inst, std::string_view ref, bool avflag,
                                std::string_view segid) {
  return CkSegmentSpec{begtim, endtim, inst, ref, std::nullopt, avflag, segid};
}

// ckopn: a new CK with `ncomch` characters reserved for comments (ceil(ncomch / 1000) records;
// none for ncomch <= 0). SPICE(EMPTYSTRING) for an empty name or internal name,
// SPICE(BLANKFILENAME) for a blank name, SPICE(FILEOPENFAIL) when the name is open for writing.
Result<int> ckopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch,
                  kernels::OutputKind kind);

// ckcls: closes a writer; a host-file output's bytes are returned for the host to write (nothing
// for a virtual output, which stays in the context). SPICE(NOSEGMENTSFOUND) when nothing was
// written (the writer stays open, as in CSPICE), SPICE(DAFNOSUCHHANDLE) for a handle that is not
// open.
Result<std::optional<io::Bytes>> ckcls(Context& ctx, int handle);

// The segment writers: `spec.ref_code` is looked up here (namfrm). SPICE(EMPTYSTRING) for an empty
// frame or segment identifier, SPICE(DAFNOSUCHHANDLE) for a handle that is not open, then the
// checks of ck_writer.hpp.
Status ckw01(Context& ctx, int handle, CkSegmentSpec spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs);
Status ckw02(Context& ctx, int handle, CkSegmentSpec spec, int nrec, std::span<const double> start,
             std::span<const double> stop, std::span<const double> quats, std::span<const double> avvs,
             std::span<const double> rates);
Status ckw03(Context& ctx, int handle, CkSegmentSpec spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs, int nints,
             std::span<const double> starts);
Status ckw05(Context& ctx, int handle, CkSegmentSpec spec, int subtype, int degree, int n,
             std::span<const double> sclkdp, std::span<const double> packets, double rate, int nints,
             std::span<const double> starts);
Status ckw06(Context& ctx, int handle, CkSegmentSpec spec, int nmini, std::span<const int> npkts,
             std::span<const int> subtps, std::span<const int> degres, std::span<const double> packets,
             std::span<const double> rates, std::span<const double> sclkdp, std::span<const double> ivlbds,
             bool sellst);

// Type 4 over three calls (CSPICE's Fortran CKW04B, CKW04A, CKW04E; N0067 has no C wrappers): the
// segment in progress is kept with the open output. ckw04b: SPICE(DAFNEWCONFLICT) when a type 4
// segment is already in progress on `handle`, then CKW04B's checks. ckw04a, ckw04e:
// SPICE(CALLEDOUTOFORDER) when no segment was begun on `handle` (ckw04a checks its packet sizes
// first, as CKW04A does). The other writers refuse a handle with a segment in progress
// (SPICE(DAFNEWCONFLICT), as DAFBNA would); ckcls drops it.
Status ckw04b(Context& ctx, int handle, CkSegmentSpec spec);
Status ckw04a(Context& ctx, int handle, int npkts, std::span<const int> pktsiz, std::span<const double> pktdat,
              std::span<const double> sclkdp);
Status ckw04e(Context& ctx, int handle, double endtim);

}  // namespace sc::ck
