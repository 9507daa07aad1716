#include "writers/daf_output.hpp"

#include <string>
#include <vector>

#include "daf/daf_writer.hpp"
#include "errors/quoted.hpp"

namespace sc::writers {
namespace {

constexpr int kSegmentFileNd = 2;
constexpr int kSegmentFileNi = 6;
constexpr int kCommentCharsPerRecord = 1000;  // SPKOPN's and CKOPN's MXCREC

}  // namespace

Status nonempty(std::string_view value, std::string_view what) {
  if (!value.empty()) return {};
  return make_error("SPICE(EMPTYSTRING)", "String \"" + std::string(what) + "\" has length zero.");
}

Result<int> open_daf_output(Context& ctx, std::string_view name, std::string_view ifname, int ncomch,
                            kernels::OutputKind kind, std::string_view file_type) {
  SC_TRY(nonempty(name, "fname"));
  SC_TRY(nonempty(ifname, "ifname"));
  if (name.find_first_not_of(' ') == std::string_view::npos) {
    return make_error("SPICE(BLANKFILENAME)", "The file name is blank.");
  }
  const int records = ncomch > 0 ? (ncomch - 1) / kCommentCharsPerRecord + 1 : 0;
  SC_TRY_ASSIGN(auto&& file,
                daf::DafWriter::create(name, file_type, kSegmentFileNd, kSegmentFileNi, ifname, records));
  return ctx.outputs().open(std::string(name), kind, std::move(file));
}

namespace {

// SPKCLS / CKCLS refuse a file without segments; the writer behind the handle otherwise.
Result<daf::DafWriter*> closable(Context& ctx, int handle, std::string_view file_type) {
  SC_TRY_ASSIGN(auto&& file, ctx.outputs().writer(handle));
  if (file->array_count() == 0) {
    auto name = ctx.outputs().name_of(handle);
    return make_error("SPICE(NOSEGMENTSFOUND)", "No segments were found in the " + std::string(file_type) + " file " +
                                                    quoted(name ? *name : std::string()) +
                                                    ". There must be at least one segment in the file when it is "
                                                    "closed; the file stays open.");
  }
  return file;
}

}  // namespace

Result<io::Bytes> daf_output_bytes(Context& ctx, int handle, std::string_view operation) {
  // DAFCLS closes any DAF open for writing, segments or not.
  auto file = operation == "dafcls" ? ctx.outputs().writer(handle) : closable(ctx, handle, operation == "ckcls" ? "CK" : "SPK");
  if (!file) return std::move(file).error().within(std::string(operation));
  const auto& image = (*file)->bytes();
  return io::Bytes::from_vector(std::vector<std::uint8_t>(image.begin(), image.end()));
}

Result<kernels::ClosedOutput> close_daf_output(Context& ctx, int handle, std::string_view file_type) {
  if (!file_type.empty()) SC_TRY(closable(ctx, handle, file_type));
  auto output = ctx.outputs().close(handle);
  if (output && output->kind == kernels::OutputKind::virtual_output) {
    ctx.kernels().stage(output->name, output->bytes);
  }
  return output;
}

}  // namespace sc::writers
