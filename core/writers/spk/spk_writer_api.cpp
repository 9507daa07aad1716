#include "writers/spk/spk_writer_api.hpp"

#include "daf/daf_layout.hpp"
#include "daf/segment_file.hpp"
#include "errors/quoted.hpp"
#include "frames/frames_api.hpp"
#include "kernels/file_type.hpp"
#include "kernels/segment_kinds.hpp"
#include "writers/daf_output.hpp"

namespace sc::spk {
namespace {

using writers::nonempty;
using writers::traced;

// Runs one segment writer on the open file `handle`, after the wrapper's checks and with the
// frame name resolved.
template <class Write>
Status write_with(Context& ctx, int handle, SegmentSpec spec, const char* operation, Write&& write) {
  auto status = [&]() -> Status {
    SC_TRY(nonempty(spec.frame, "frame"));
    SC_TRY(nonempty(spec.segid, "segid"));
    SC_TRY_ASSIGN(auto&& file, ctx.outputs().writer(handle));
    spec.frame_code = frames::namfrm(ctx, spec.frame);
    return write(*file, spec);
  }();
  return traced(std::move(status), operation);
}

}  // namespace

Result<int> spkopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch,
                   kernels::OutputKind kind) {
  return traced(writers::open_daf_output(ctx, name, ifname, ncomch, kind, "SPK"), "spkopn");
}

Result<int> spkopa(Context& ctx, std::string_view name, kernels::OutputKind kind) {
  auto handle = [&]() -> Result<int> {
    SC_TRY(nonempty(name, "file"));
    if (ctx.outputs().is_open(name)) {
      return make_error("SPICE(FILEOPENFAIL)", "The file " + quoted(name) +
                                                   " is already open for writing; close it with spkcls first.");
    }
    auto bytes = ctx.kernels().read_bytes(name);
    if (!bytes) {
      if (bytes.error().short_code != "SPICE(NOSUCHFILE)") return std::move(bytes).error();
      return make_error("SPICE(FILENOTFOUND)",
                        "The file " + quoted(name) + " is not recognized as an existing file.");
    }
    const auto type = kernels::detect_file_type(bytes->span());
    if (type.arch != "DAF" || type.type != "SPK") {
      return make_error("SPICE(FILEISNOTSPK)", "The file " + quoted(name) +
                                                   " was not an SPK file. The architecture and type of the file were "
                                                   "found to be '" +
                                                   type.arch + "' and '" + type.type + "' respectively.");
    }
    // Read it as an SPK first: a damaged file fails here with the reader's error.
    if (auto spk = daf::SegmentFile::open(*bytes, std::string(name), kernels::kSpk.format); !spk)
      return std::move(spk).error();
    SC_TRY_ASSIGN(auto&& file, daf::DafWriter::append_to(bytes->span(), name));
    return ctx.outputs().open(std::string(name), kind, std::move(file));
  }();
  return traced(std::move(handle), "spkopa");
}

Result<kernels::ClosedOutput> spkcls(Context& ctx, int handle) {
  return traced(writers::close_daf_output(ctx, handle, "SPK"), "spkcls");
}

Status dafac(Context& ctx, int handle, std::span<const std::string> lines) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& file, ctx.outputs().writer(handle));
    return file->add_comments(lines);
  }();
  return traced(std::move(status), "dafac");
}

Status spkw02(Context& ctx, int handle, SegmentSpec spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime) {
  return write_with(ctx, handle, spec, "spkw02", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw02(file, s, intlen, n, polydg, cdata, btime);
  });
}

Status spkw03(Context& ctx, int handle, SegmentSpec spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime) {
  return write_with(ctx, handle, spec, "spkw03", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw03(file, s, intlen, n, polydg, cdata, btime);
  });
}

Status spkw08(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              double epoch1, double step) {
  return write_with(ctx, handle, spec, "spkw08", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw08(file, s, degree, n, states, epoch1, step);
  });
}

Status spkw12(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              double epoch1, double step) {
  return write_with(ctx, handle, spec, "spkw12", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw12(file, s, degree, n, states, epoch1, step);
  });
}

Status spkw09(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs) {
  return write_with(ctx, handle, spec, "spkw09", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw09(file, s, degree, n, states, epochs);
  });
}

Status spkw13(Context& ctx, int handle, SegmentSpec spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs) {
  return write_with(ctx, handle, spec, "spkw13", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw13(file, s, degree, n, states, epochs);
  });
}

Status spkw14(Context& ctx, int handle, SegmentSpec spec, int n, int chbdeg, std::span<const double> records,
              std::span<const double> epochs) {
  return write_with(ctx, handle, spec, "spkw14", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw14(file, s, n, chbdeg, records, epochs);
  });
}

Status spkw10(Context& ctx, int handle, SegmentSpec spec, std::span<const double> consts, int n,
              std::span<const double> elems, std::span<const double> epochs) {
  return write_with(ctx, handle, spec, "spkw10", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw10(file, s, consts, n, elems, epochs);
  });
}

Status spkw15(Context& ctx, int handle, SegmentSpec spec, double epoch, std::span<const double> tp,
              std::span<const double> pa, double p, double ecc, double j2flg, std::span<const double> pv, double gm,
              double j2, double radius) {
  return write_with(ctx, handle, spec, "spkw15", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw15(file, s, epoch, tp, pa, p, ecc, j2flg, pv, gm, j2, radius);
  });
}

Status spkw17(Context& ctx, int handle, SegmentSpec spec, double epoch, std::span<const double> eqel, double rapol,
              double decpol) {
  return write_with(ctx, handle, spec, "spkw17", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw17(file, s, epoch, eqel, rapol, decpol);
  });
}

Status spkw18(Context& ctx, int handle, SegmentSpec spec, int subtype, int degree, int n,
              std::span<const double> packets, std::span<const double> epochs) {
  return write_with(ctx, handle, spec, "spkw18", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw18(file, s, subtype, degree, n, packets, epochs);
  });
}

Status spkw19(Context& ctx, int handle, SegmentSpec spec, int nintvl, std::span<const int> npkts,
              std::span<const int> subtps, std::span<const int> degres, std::span<const double> packts,
              std::span<const double> epochs, std::span<const double> ivlbds, bool sellst) {
  return write_with(ctx, handle, spec, "spkw19", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw19(file, s, nintvl, npkts, subtps, degres, packts, epochs, ivlbds, sellst);
  });
}

Status spkw20(Context& ctx, int handle, SegmentSpec spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double dscale, double tscale, double initjd, double initfr) {
  return write_with(ctx, handle, spec, "spkw20", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw20(file, s, intlen, n, polydg, cdata, dscale, tscale, initjd, initfr);
  });
}

Status spkw05(Context& ctx, int handle, SegmentSpec spec, double gm, int n, std::span<const double> states,
              std::span<const double> epochs) {
  return write_with(ctx, handle, spec, "spkw05", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw05(file, s, gm, n, states, epochs);
  });
}

Status spkw21(Context& ctx, int handle, SegmentSpec spec, int n, int dlsize, std::span<const double> dlines,
              std::span<const double> epochs) {
  return write_with(ctx, handle, spec, "spkw21", [&](daf::DafWriter& file, const SegmentSpec& s) {
    return spkw21(file, s, n, dlsize, dlines, epochs);
  });
}

Result<io::Bytes> read_virtual_output(const Context& ctx, std::string_view name) {
  return traced(ctx.outputs().read(name), "readVirtualOutput");
}

}  // namespace sc::spk
