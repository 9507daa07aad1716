#include "inventory/kernel_files.hpp"

#include <string>

#include "errors/quoted.hpp"
#include "kernels/file_type.hpp"

namespace sc::inventory {
namespace {

const kernels::LoadedKernel* loaded_kernel(const kernels::KernelRegistry& kernels, std::string_view name) {
  for (const auto& k : kernels.loaded()) {
    if (k.info.file == name) return &k;
  }
  return nullptr;
}

// The bytes of `name`, checked to be a DAF of `type` ("" for any type).
Result<io::Bytes> daf_bytes(const kernels::KernelRegistry& kernels, std::string_view name, std::string_view type) {
  if (name.find_first_not_of(' ') == std::string_view::npos) {
    return make_error("SPICE(BLANKFILENAME)", "The file name is blank.");
  }
  SC_TRY_ASSIGN(auto&& bytes, kernels.read_bytes(name));
  const auto ft = kernels::detect_file_type(bytes.span());
  // CSPICE's codes and wording (SPKCOV, PCKCOV call GETFAT first).
  const std::string want = type.empty() ? std::string("DAF") : "binary " + std::string(type);
  if (ft.arch != "DAF") {
    return make_error("SPICE(INVALIDARCHTYPE)", "Input file " + quoted(name) + " has architecture " + ft.arch +
                                                    ". The file must be a " + want +
                                                    " file to be readable by this routine. Binary " +
                                                    (type.empty() ? std::string("kernels") : std::string(type) + " files") +
                                                    " have DAF architecture.");
  }
  if (!type.empty() && ft.type != type) {
    return make_error("SPICE(INVALIDFILETYPE)", "Input file " + quoted(name) + " has file type " + ft.type +
                                                    ". The file must be a " + want +
                                                    " file to be readable by this routine.");
  }
  return std::move(bytes);
}

}  // namespace

Result<std::shared_ptr<const daf::SegmentFile>> open_segment_file(const kernels::KernelRegistry& kernels,
                                                                  std::string_view name,
                                                                  const kernels::SegmentKind& kind) {
  if (const auto* k = loaded_kernel(kernels, name); k != nullptr && k->segments && k->info.filtyp == kind.type) {
    return k->segments;
  }
  SC_TRY_ASSIGN(auto&& bytes, daf_bytes(kernels, name, kind.type));
  return daf::SegmentFile::open(std::move(bytes), std::string(name), kind.format);
}

Result<daf::DafFile> open_daf(const kernels::KernelRegistry& kernels, std::string_view name) {
  if (const auto* k = loaded_kernel(kernels, name); k != nullptr) {
    if (k->segments) return k->segments->daf();
  }
  SC_TRY_ASSIGN(auto&& bytes, daf_bytes(kernels, name, ""));
  return daf::DafFile::open(std::move(bytes), std::string(name));
}

}  // namespace sc::inventory
