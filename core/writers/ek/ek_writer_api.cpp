#include "writers/ek/ek_writer_api.hpp"

#include <algorithm>
#include <memory>

#include "das/das_file.hpp"
#include "ek/ek_file.hpp"
#include "errors/quoted.hpp"
#include "writers/daf_output.hpp"

namespace sc::writers {
namespace {

Result<ek::writing::EkWriter*> writer_of(Context& ctx, int handle) { return ctx.outputs().ek_writer(handle); }

// Null flags as bools for the core (the call list passes them as integers; std::vector<bool> has
// no contiguous storage to view).
struct Flags {
  explicit Flags(std::span<const std::int32_t> nlflgs) : values(std::make_unique<bool[]>(nlflgs.size())), size(nlflgs.size()) {
    for (std::size_t i = 0; i < size; ++i) values[i] = nlflgs[i] != 0;
  }
  std::span<const bool> span() const { return {values.get(), size}; }
  std::unique_ptr<bool[]> values;
  std::size_t size;
};

// The length of the Fortran strings CSPICE's C wrappers (ekaclc_c, ekacec_c, ekucec_c) hand over:
// as long as the longest value, at least 1 (tspice: vallen - 1).
int fortran_width(std::span<const std::string> values) {
  std::size_t longest = 1;
  for (const auto& v : values) longest = std::max(longest, v.size());
  return static_cast<int>(longest);
}

}  // namespace

Result<int> ekopn(Context& ctx, std::string_view name, std::string_view ifname, int ncomch, kernels::OutputKind kind) {
  auto handle = [&]() -> Result<int> {
    if (ncomch < 0) {
      return make_error("SPICE(INVALIDCOUNT)",
                        "The number of reserved comment characters must be non-negative but was " +
                            std::to_string(ncomch) + ".");
    }
    if (name.find_first_not_of(' ') == std::string_view::npos) {
      return make_error("SPICE(BLANKFILENAME)", "The file name is blank. ");
    }
    return ctx.outputs().open_ek(std::string(name), kind, ek::writing::EkWriter(std::string(ifname), ncomch));
  }();
  return traced(std::move(handle), "ekopn");
}

Result<int> ekopw(Context& ctx, std::string_view name, kernels::OutputKind kind) {
  auto handle = [&]() -> Result<int> {
    if (name.find_first_not_of(' ') == std::string_view::npos) {
      return make_error("SPICE(BLANKFILENAME)", "The file name is blank. ");
    }
    if (ctx.outputs().is_open(name)) {
      return make_error("SPICE(FILEOPENFAIL)", "The file " + quoted(name) +
                                                   " is already open for writing; close it with ekcls first.");
    }
    auto bytes = ctx.kernels().read_bytes(name);
    if (!bytes) {
      if (bytes.error().short_code != "SPICE(NOSUCHFILE)") return std::move(bytes).error();
      return make_error("SPICE(FILENOTFOUND)", "The file " + quoted(name) + " is not recognized as an existing file.");
    }
    // Read as an EK first: a damaged file or one of another kind fails here with the reader's error.
    SC_TRY_ASSIGN(auto&& das, das::DasFile::open(*bytes, std::string(name)));
    SC_TRY(ek::EkFile::open(das));
    SC_TRY_ASSIGN(auto&& writer, ek::writing::EkWriter::open_existing(das, bytes->span()));
    return ctx.outputs().open_ek(std::string(name), kind, std::move(writer));
  }();
  return traced(std::move(handle), "ekopw");
}

Result<FastLoadStart> ekifld(Context& ctx, int handle, std::string_view tabnam, int nrows,
                             std::span<const std::string> cnames, std::span<const std::string> decls) {
  auto start = [&]() -> Result<FastLoadStart> {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    FastLoadStart out;
    SC_TRY_ASSIGN(auto&& segno, writer->begin_fast_load(tabnam, cnames, decls, nrows, out.rcptrs));
    out.segno = segno - 1;
    return out;
  }();
  return traced(std::move(start), "ekifld");
}

Status ekacli(Context& ctx, int handle, int segno, std::string_view column, std::span<const std::int32_t> ivals,
              std::span<const std::int32_t> entszs, std::span<const std::int32_t> nlflgs,
              std::span<const std::int32_t> rcptrs) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->add_int_column(segno + 1, column, ivals, entszs, Flags(nlflgs).span(), rcptrs);
  }();
  return traced(std::move(status), "ekacli");
}

Status ekacld(Context& ctx, int handle, int segno, std::string_view column, std::span<const double> dvals,
              std::span<const std::int32_t> entszs, std::span<const std::int32_t> nlflgs,
              std::span<const std::int32_t> rcptrs) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->add_double_column(segno + 1, column, dvals, entszs, Flags(nlflgs).span(), rcptrs);
  }();
  return traced(std::move(status), "ekacld");
}

Status ekaclc(Context& ctx, int handle, int segno, std::string_view column, std::span<const std::string> cvals,
              std::span<const std::int32_t> entszs, std::span<const std::int32_t> nlflgs,
              std::span<const std::int32_t> rcptrs) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->add_char_column(segno + 1, column, cvals, entszs, Flags(nlflgs).span(), rcptrs,
                                   fortran_width(cvals));
  }();
  return traced(std::move(status), "ekaclc");
}

Status ekffld(Context& ctx, int handle, int segno, std::span<const std::int32_t> rcptrs) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->finish_fast_load(segno + 1, rcptrs);
  }();
  return traced(std::move(status), "ekffld");
}

Result<int> ekbseg(Context& ctx, int handle, std::string_view tabnam, std::span<const std::string> cnames,
                   std::span<const std::string> decls) {
  auto segno = [&]() -> Result<int> {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    SC_TRY_ASSIGN(auto&& n, writer->begin_segment(tabnam, cnames, decls));
    return n - 1;
  }();
  return traced(std::move(segno), "ekbseg");
}

Status ekinsr(Context& ctx, int handle, int segno, int recno) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->insert_record(segno + 1, recno + 1);
  }();
  return traced(std::move(status), "ekinsr");
}

Result<int> ekappr(Context& ctx, int handle, int segno) {
  auto recno = [&]() -> Result<int> {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    SC_TRY_ASSIGN(auto&& n, writer->append_record(segno + 1));
    return n - 1;
  }();
  return traced(std::move(recno), "ekappr");
}

Status ekacei(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::int32_t> ivals, bool isnull) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->add_int_entry(segno + 1, recno + 1, column, ivals, isnull);
  }();
  return traced(std::move(status), "ekacei");
}

Status ekaced(Context& ctx, int handle, int segno, int recno, std::string_view column, std::span<const double> dvals,
              bool isnull) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->add_double_entry(segno + 1, recno + 1, column, dvals, isnull);
  }();
  return traced(std::move(status), "ekaced");
}

Status ekacec(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::string> cvals, bool isnull) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->add_char_entry(segno + 1, recno + 1, column, cvals, isnull, fortran_width(cvals));
  }();
  return traced(std::move(status), "ekacec");
}

Status ekdelr(Context& ctx, int handle, int segno, int recno) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->delete_record(segno + 1, recno + 1);
  }();
  return traced(std::move(status), "ekdelr");
}

Status ekucei(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::int32_t> ivals, bool isnull) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->update_int_entry(segno + 1, recno + 1, column, ivals, isnull);
  }();
  return traced(std::move(status), "ekucei");
}

Status ekuced(Context& ctx, int handle, int segno, int recno, std::string_view column, std::span<const double> dvals,
              bool isnull) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->update_double_entry(segno + 1, recno + 1, column, dvals, isnull);
  }();
  return traced(std::move(status), "ekuced");
}

Status ekucec(Context& ctx, int handle, int segno, int recno, std::string_view column,
              std::span<const std::string> cvals, bool isnull) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& writer, writer_of(ctx, handle));
    return writer->update_char_entry(segno + 1, recno + 1, column, cvals, isnull, fortran_width(cvals));
  }();
  return traced(std::move(status), "ekucec");
}

Result<io::Bytes> ek_output_bytes(Context& ctx, int handle) {
  auto writer = writer_of(ctx, handle);
  if (!writer) return std::move(writer).error().within("ekcls");
  return io::Bytes::from_vector((*writer)->image());
}

Result<std::optional<io::Bytes>> ek_close_output(Context& ctx, int handle) {
  auto closed = ctx.outputs().close_ek(handle);
  if (!closed) return std::move(closed).error().within("ekcls");
  if (closed->kind == kernels::OutputKind::virtual_output) {
    ctx.kernels().stage(closed->name, closed->bytes);
    return std::optional<io::Bytes>{};
  }
  return std::optional<io::Bytes>{closed->bytes};
}

}  // namespace sc::writers
