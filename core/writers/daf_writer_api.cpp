#include "writers/daf_writer_api.hpp"

#include "daf/daf_writer.hpp"
#include "errors/quoted.hpp"
#include "kernels/file_type.hpp"
#include "writers/daf_output.hpp"

namespace sc::writers {

Result<int> dafopw(Context& ctx, std::string_view name, kernels::OutputKind kind) {
  auto handle = [&]() -> Result<int> {
    SC_TRY(nonempty(name, "fname"));
    if (name.find_first_not_of(' ') == std::string_view::npos) {
      return make_error("SPICE(BLANKFILENAME)", "The file name is blank.");
    }
    if (ctx.outputs().is_open(name)) {
      return make_error("SPICE(FILEOPENFAIL)", "The file " + quoted(name) +
                                                   " is already open for writing; close it with dafcls first.");
    }
    auto bytes = ctx.kernels().read_bytes(name);
    if (!bytes) {
      if (bytes.error().short_code != "SPICE(NOSUCHFILE)") return std::move(bytes).error();
      return make_error("SPICE(FILENOTFOUND)", "The file " + quoted(name) + " is not recognized as an existing file.");
    }
    const kernels::FileType type = kernels::detect_file_type(bytes->span());
    if (!type.binary()) {
      return make_error("SPICE(UNKNOWNFILARC)", "The file " + quoted(name) + " is not a DAF file: its architecture is " +
                                                    (type.arch == "?" ? std::string("not recognised") : type.arch) +
                                                    " (dafopw opens DAF files only).");
    }
    if (type.arch != "DAF") {
      return make_error("SPICE(FILARCHMISMATCH)", "The file " + quoted(name) + " is a " + type.arch + " file (type " +
                                                      type.type + "); dafopw opens DAF files only.");
    }
    SC_TRY_ASSIGN(auto&& file, daf::DafWriter::append_to(bytes->span(), name));
    return ctx.outputs().open(std::string(name), kind, std::move(file));
  }();
  return traced(std::move(handle), "dafopw");
}

Status dafdc(Context& ctx, int handle) {
  auto status = [&]() -> Status {
    SC_TRY_ASSIGN(auto&& file, ctx.outputs().writer(handle));
    return file->delete_comments();
  }();
  return traced(std::move(status), "dafdc");
}

Result<std::optional<io::Bytes>> daf_close_output(Context& ctx, int handle) {
  SC_TRY_ASSIGN(auto&& closed, traced(close_daf_output(ctx, handle, ""), "dafcls"));
  if (closed.kind == kernels::OutputKind::virtual_output) return std::optional<io::Bytes>{};
  return std::optional<io::Bytes>{closed.bytes};
}

}  // namespace sc::writers
