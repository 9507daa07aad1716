#include "kernels/file_type.hpp"

#include <cstring>
#include <string_view>

namespace sc::kernels {
namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(' ');
  return std::string(s.substr(b, e - b + 1));
}

// Old-style DAFs say only "NAIF/DAF"; CSPICE then tells SPK from binary PCK by the summary shape:
// SPK summaries have ND=2, NI=6 and binary PCK summaries ND=2, NI=5. ND/NI are read in either byte
// order because the file's own byte-order marker may be absent in such old files.
std::string old_daf_type(std::span<const std::uint8_t> bytes) {
  if (bytes.size() < 16) return "?";
  auto read = [&](std::size_t at, bool little) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      std::uint32_t b = bytes[at + (little ? i : 3 - i)];
      v |= b << (8 * i);
    }
    return v;
  };
  for (bool little : {true, false}) {
    auto nd = read(8, little), ni = read(12, little);
    if (nd == 2 && ni == 6) return "SPK";
    if (nd == 2 && ni == 5) return "PCK";
  }
  return "?";
}

}  // namespace

FileType detect_file_type(std::span<const std::uint8_t> bytes) {
  const std::string_view head(reinterpret_cast<const char*>(bytes.data()),
                              bytes.size() < 8 ? bytes.size() : 8);
  if (head.size() == 8) {
    auto slash = head.find('/');
    if (slash != std::string_view::npos) {
      std::string arch = trim(head.substr(0, slash));
      std::string type = trim(head.substr(slash + 1));
      if (arch == "DAF" || arch == "DAS") return {arch, type.empty() ? "?" : type};
      if (arch == "NAIF" && (type == "DAF" || type == "NIP")) return {"DAF", old_daf_type(bytes)};
      if (arch == "NAIF" && type == "DAS") return {"DAS", "?"};
    }
  }
  // Text kernels announce themselves on their first line as "KPL/<type>".
  std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size() < 80 ? bytes.size() : 80);
  auto first = text.substr(0, text.find_first_of("\r\n"));
  auto start = first.find_first_not_of(' ');
  if (start != std::string_view::npos && first.substr(start, 4) == "KPL/") {
    auto rest = first.substr(start + 4);
    auto end = rest.find_first_of(" \t");
    std::string type(rest.substr(0, end));
    return {"KPL", type.empty() ? "?" : type};
  }
  return {"?", "?"};
}

}  // namespace sc::kernels
