// The files opened through CSPICE's low-level interfaces (dafopr, dasopr), by handle, and the
// state of each DAF's array search (dafbfs/daffna, dafbbs/daffpa). Handles come from the kernel
// registry's counter, so a handle names one file whichever way it was opened; the handle of a
// loaded SPK, CK, binary PCK or DSK (kdata/kinfo) is accepted too, as CSPICE accepts it (its
// furnsh opens kernels through DAFOPR/DASOPR). Opening a name that is open already returns its
// handle and counts one more link; dafcls/dascls closes it with the last link (DAFCLS, DASLLC).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "daf/daf_file.hpp"
#include "das/das_file.hpp"
#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc::file_access {

enum class Architecture { daf, das };

// Where a DAF array search stands (DAFFA's per-file state): `position` is the index of the array
// last reached, -1 before the first, the array count after the last; `current` is whether the
// last step found an array (DAFGS/DAFGN have one to report).
struct DafSearch {
  long long position = -1;
  bool current = false;
};

class OpenFiles {
 public:
  // DAFOPR/DASOPR: opens `name` (bytes staged under it, else a host file) for reading. Errors:
  // SPICE(FILENOTFOUND) for a name that is neither; SPICE(FILARCHMISMATCH) for a file of the other
  // architecture; SPICE(UNKNOWNFILARC) for a file that is neither a DAF nor a DAS; the reader's
  // errors for a damaged file record or summary list.
  Result<int> open(kernels::KernelRegistry& kernels, std::string_view name, Architecture arch);
  // DAFCLS/DASCLS: drops one link; the last closes the file. A handle that is not open here
  // (unknown, or a loaded kernel's, which unload closes) is left alone, as CSPICE does.
  void close(int handle, Architecture arch);

  // The DAF or DAS behind a handle: one opened here, else a loaded kernel's. SPICE(DAFNOSUCHHANDLE)
  // or SPICE(DASNOSUCHHANDLE) otherwise (a handle of the other architecture included).
  Result<std::shared_ptr<const daf::DafFile>> daf(const kernels::KernelRegistry& kernels, int handle) const;
  Result<std::shared_ptr<const das::DasFile>> das(const kernels::KernelRegistry& kernels, int handle) const;

  // The search state of a DAF handle; nullptr when no search was begun on it (SPICE(DAFNOSEARCH)).
  DafSearch* search(int handle);
  void begin_search(int handle, DafSearch start) { searches_[handle] = start; }

 private:
  struct OpenFile {
    std::string name;
    Architecture arch = Architecture::daf;
    std::shared_ptr<const daf::DafFile> daf;
    std::shared_ptr<const das::DasFile> das;
    int links = 1;
  };

  std::map<int, OpenFile> files_;
  std::map<int, DafSearch> searches_;
};

}  // namespace sc::file_access
