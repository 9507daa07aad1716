// Kernel file architecture and type from a file's first bytes, as CSPICE's getfat reports them:
// the ID word of DAF/DAS files ("DAF/SPK ", "NAIF/DAF") and the "KPL/<type>" header of text kernels.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace sc::kernels {

struct FileType {
  std::string arch;  // "DAF", "DAS", "KPL" (text with a KPL header), "?" (anything else)
  std::string type;  // "SPK", "PCK", "CK", "EK", "DSK", "LSK", "FK", "IK", "SCLK", "MK", ... or "?"

  bool binary() const { return arch == "DAF" || arch == "DAS"; }
};

FileType detect_file_type(std::span<const std::uint8_t> bytes);

}  // namespace sc::kernels
