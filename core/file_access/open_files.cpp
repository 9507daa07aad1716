#include "file_access/open_files.hpp"

#include <utility>

#include "errors/quoted.hpp"
#include "kernels/file_type.hpp"

namespace sc::file_access {
namespace {

const char* arch_name(Architecture arch) { return arch == Architecture::daf ? "DAF" : "DAS"; }

// The bytes of `name` for DAFOPR/DASOPR. A missing file is SPICE(FILENOTFOUND) here (furnsh says
// SPICE(NOSUCHFILE) for the same file: CSPICE's low-level openers check existence themselves).
Result<io::Bytes> read_file(const kernels::KernelRegistry& kernels, std::string_view name, const char* call) {
  auto bytes = kernels.read_bytes(name);
  if (!bytes) {
    Error e = std::move(bytes).error();
    if (e.short_code == "SPICE(NOSUCHFILE)") e.short_code = "SPICE(FILENOTFOUND)";
    return std::move(e).within(call);
  }
  if (bytes->size() == 0) {
    return make_error("SPICE(FILEREADFAILED)",
                      "Attempt to read from file " + quoted(name) + " failed: the file is empty (0 bytes).");
  }
  return std::move(*bytes);
}

}  // namespace

Result<int> OpenFiles::open(kernels::KernelRegistry& kernels, std::string_view name, Architecture arch) {
  for (auto& [handle, file] : files_) {
    if (file.name == name && file.arch == arch) {
      ++file.links;
      return handle;
    }
  }
  const char* call = arch == Architecture::daf ? "dafopr" : "dasopr";
  SC_TRY_ASSIGN(auto&& bytes, read_file(kernels, name, call));
  const kernels::FileType type = kernels::detect_file_type(bytes.span());
  if (!type.binary()) {
    return make_error("SPICE(UNKNOWNFILARC)", "The file " + quoted(name) + " is not a " + arch_name(arch) +
                                                  " file: its architecture is " +
                                                  (type.arch == "?" ? std::string("not recognised") : type.arch) +
                                                  " (" + call + " opens " + arch_name(arch) + " files only).");
  }
  if (type.arch != arch_name(arch)) {
    return make_error("SPICE(FILARCHMISMATCH)", "The file " + quoted(name) + " is a " + type.arch + " file (type " +
                                                    type.type + "); " + call + " opens " + arch_name(arch) +
                                                    " files only.");
  }
  OpenFile file{std::string(name), arch, nullptr, nullptr, 1};
  if (arch == Architecture::daf) {
    auto daf = daf::DafFile::open(std::move(bytes), std::string(name), daf::AddressCheck::none);
    if (!daf) return std::move(daf).error().within(call);
    file.daf = std::make_shared<const daf::DafFile>(std::move(*daf));
  } else {
    auto das = das::DasFile::open(std::move(bytes), std::string(name));
    if (!das) return std::move(das).error().within(call);
    file.das = std::make_shared<const das::DasFile>(std::move(*das));
  }
  const int handle = kernels.allocate_handle();
  files_.emplace(handle, std::move(file));
  return handle;
}

void OpenFiles::close(int handle, Architecture arch) {
  auto it = files_.find(handle);
  if (it == files_.end() || it->second.arch != arch) return;
  if (--it->second.links > 0) return;
  files_.erase(it);
  searches_.erase(handle);
}

Result<std::shared_ptr<const daf::DafFile>> OpenFiles::daf(const kernels::KernelRegistry& kernels, int handle) const {
  if (auto it = files_.find(handle); it != files_.end() && it->second.daf) return it->second.daf;
  for (const auto& k : kernels.loaded()) {
    // The aliasing constructor: the DafFile lives inside the loaded kernel's SegmentFile.
    if (k.info.handle == handle && k.segments) return std::shared_ptr<const daf::DafFile>(k.segments, &k.segments->daf());
  }
  return make_error("SPICE(DAFNOSUCHHANDLE)", "There is no DAF open with handle " + std::to_string(handle) +
                                                  ". Open the file with dafopr (or load it with furnsh) and use the "
                                                  "handle that returns.");
}

Result<std::shared_ptr<const das::DasFile>> OpenFiles::das(const kernels::KernelRegistry& kernels, int handle) const {
  if (auto it = files_.find(handle); it != files_.end() && it->second.das) return it->second.das;
  for (const auto& k : kernels.loaded()) {
    if (k.info.handle != handle || k.file_type.arch != "DAS") continue;
    if (k.dla) return std::shared_ptr<const das::DasFile>(k.dla, &k.dla->das);
    if (k.ek) return std::shared_ptr<const das::DasFile>(k.ek, &k.ek->das());
    // A loaded DAS kernel kept only as bytes: its file record and directory, read again.
    SC_TRY_ASSIGN(auto&& das, das::DasFile::open(k.bytes, k.info.file));
    return std::make_shared<const das::DasFile>(std::move(das));
  }
  return make_error("SPICE(DASNOSUCHHANDLE)", "There is no DAS file open with handle " + std::to_string(handle) +
                                                  ". Open the file with dasopr (or load it with furnsh) and use the "
                                                  "handle that returns.");
}

DafSearch* OpenFiles::search(int handle) {
  auto it = searches_.find(handle);
  return it == searches_.end() ? nullptr : &it->second;
}

}  // namespace sc::file_access
