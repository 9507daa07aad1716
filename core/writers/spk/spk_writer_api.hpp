// Writing SPK files from a Context, as CSPICE's spkopn_c, spkopa_c, spkw02_c ... spkw21_c, dafac_c
// and spkcls_c do, with the files held in core memory (kernels/output_registry.hpp). Handles are
// ints of this context. A closed virtual output becomes a memory kernel staged under its name, so
// furnsh(name) loads it; a host-file output's bytes are returned by spkcls for the host to write.
// Every error carries the CSPICE routine in its trace ("spkw08", ...).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "kernels/output_registry.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::spk {

// spkopn: a new SPK with `ncomch` characters reserved for comments (ceil(ncomch / 1000) records;
// none for ncomch <= 0). SPICE(EMPTYSTRING) for an empty name or internal name,
// SPICE(BLANKFILENAME) for a blank name, SPICE(FILEOPENFAIL) when the name is open for writing.
Result<int> spkopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch,
                   kernels::OutputKind kind);

// spkopa: an existing SPK (staged bytes or a host file) opened to add segments. Besides
// SPICE(FILEOPENFAIL): SPICE(FILENOTFOUND), SPICE(FILEISNOTSPK), the DAF reader's errors for a
// damaged file, SPICE(UNSUPPORTEDBFF) for a BIG-IEEE file.
Result<int> spkopa(Context& ctx, std::string_view name, kernels::OutputKind kind);

// spkcls: closes a writer. SPICE(NOSEGMENTSFOUND) when nothing was written (the writer stays open,
// as in CSPICE), SPICE(DAFNOSUCHHANDLE) for a handle that is not open.
Result<kernels::ClosedOutput> spkcls(Context& ctx, int handle);

// dafac: appends comment lines to the file's comment area (see daf::DafWriter::add_comments).
Status dafac(Context& ctx, int handle, std::span<const std::string> lines);

// The segment writers: `spec.frame_code` is looked up here (namfrm). SPICE(EMPTYSTRING) for an
// empty frame or segment identifier, SPICE(DAFNOSUCHHANDLE) for a handle that is not open, then the
// checks of spk_writer.hpp.
Status spkw02(Context& ctx, int handle, SegmentSpec spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime);
Status spkw03(Context& ctx, int handle, SegmentSpec spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime);
Status spkw08(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              double epoch1, double step);
Status spkw12(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              double epoch1, double step);
Status spkw09(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs);
Status spkw13(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs);
Status spkw14(Context& ctx, int handle, SegmentSpec spec, int n, int chbdeg, std::span<const double> records,
              std::span<const double> epochs);
Status spkw10(Context& ctx, int handle, SegmentSpec spec, std::span<const double> consts, int n,
              std::span<const double> elems, std::span<const double> epochs);
Status spkw15(Context& ctx, int handle, SegmentSpec spec, double epoch, std::span<const double> tp,
              std::span<const double> pa, double p, double ecc, double j2flg, std::span<const double> pv, double gm,
              double j2, double radius);
Status spkw17(Context& ctx, int handle, SegmentSpec spec, double epoch, std::span<const double> eqel, double rapol,
              double decpol);
Status spkw18(Context& ctx, int handle, SegmentSpec spec, int subtype, int degree, int n,
              std::span<const double> packets, std::span<const double> epochs);
Status spkw19(Context& ctx, int handle, SegmentSpec spec, int nintvl, std::span<const int> npkts,
              std::span<const int> subtps, std::span<const int> degres, std::span<const double> packts,
              std::span<const double> epochs, std::span<const double> ivlbds, bool sellst);
Status spkw20(Context& ctx, int handle, SegmentSpec spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double dscale, double tscale, double initjd, double initfr);
Status spkw05(Context& ctx, int handle, SegmentSpec spec, double gm, int n, std::span<const double> states,
              std::span<const double> epochs);
Status spkw21(Context& ctx, int handle, SegmentSpec spec, int n, int dlsize, std::span<const double> dlines,
              std::span<const double> epochs);

// readVirtualOutput: the bytes of a closed virtual output (see OutputRegistry::read).
Result<io::Bytes> read_virtual_output(const Context& ctx, std::string_view name);

}  // namespace sc::spk
