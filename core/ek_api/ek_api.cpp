#include "ek_api/ek_api.hpp"

#include "ek/ek_file.hpp"

namespace sc::ek_api {

Result<int> ekopr(Context& ctx, std::string_view file) {
  SC_TRY_ASSIGN(auto&& handle, ctx.open_files().open(ctx.kernels(), file, file_access::Architecture::das));
  SC_TRY_ASSIGN(auto&& das, ctx.open_files().das(ctx.kernels(), handle));
  if (auto ek = ek::EkFile::open(*das); !ek) {
    ctx.open_files().close(handle, file_access::Architecture::das);
    return std::move(ek).error();
  }
  return handle;
}

Result<int> eknseg(Context& ctx, int handle) {
  // An EK being written (ekopn, ekopw): its segments so far, the one being loaded included.
  if (ctx.outputs().is_ek_writer(handle)) {
    SC_TRY_ASSIGN(auto&& writer, ctx.outputs().ek_writer(handle));
    return writer->segment_count();
  }
  SC_TRY_ASSIGN(auto&& das, ctx.open_files().das(ctx.kernels(), handle));
  SC_TRY_ASSIGN(auto&& ek, ek::EkFile::open(*das));
  return static_cast<int>(ek->segments().size());
}

int ekntab(const Context& ctx) { return static_cast<int>(ctx.kernels().ek_schemas().size()); }

Result<std::string> ektnam(const Context& ctx, int n) {
  if (!ctx.kernels().eks_loaded()) return make_error("SPICE(NOLOADEDFILES)", "No E-kernels are currently loaded.");
  const auto& tables = ctx.kernels().ek_schemas();
  if (n < 0 || n >= static_cast<int>(tables.size())) {
    return make_error("SPICE(INVALIDINDEX)",
                      "The index " + std::to_string(n + 1) + " does not correspond to a loaded table.");
  }
  return tables[static_cast<std::size_t>(n)].name;
}

Result<ek::Fetched<std::string>> ekgc(const Context& ctx, int selidx, int row, int element) {
  return ctx.ek_results().ekgc(ctx.kernels().eks_loaded(), selidx + 1, row + 1, element + 1);
}
Result<ek::Fetched<double>> ekgd(const Context& ctx, int selidx, int row, int element) {
  return ctx.ek_results().ekgd(ctx.kernels().eks_loaded(), selidx + 1, row + 1, element + 1);
}
Result<ek::Fetched<int>> ekgi(const Context& ctx, int selidx, int row, int element) {
  return ctx.ek_results().ekgi(ctx.kernels().eks_loaded(), selidx + 1, row + 1, element + 1);
}

}  // namespace sc::ek_api
