#include "kernels/virtual_id.hpp"

#include <vector>

#include "errors/quoted.hpp"

namespace sc::kernels {
namespace {

bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `scheme:` at the start (RFC 3986: a letter, then letters, digits, '+', '-', '.'), which also
// covers drive letters such as `C:`.
bool looks_like_url(std::string_view id) {
  if (id.empty() || !is_alpha(id[0])) return false;
  for (std::size_t i = 1; i < id.size(); ++i) {
    const char c = id[i];
    if (c == ':') return true;
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

}  // namespace

Result<std::string> normalize_virtual_id(std::string_view id) {
  auto refuse = [&](std::string_view why) -> Error {
    return make_error("SPICE(BADVIRTUALID)", "The virtual id " + quoted(id) + " " + std::string(why) +
                                            ". Virtual ids are relative paths below /kernels/, such as "
                                            "'/kernels/lsk/naif0012.tls'.");
  };
  for (const char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return refuse("contains control characters");
  }
  if (id.find_first_not_of(" \t") == std::string_view::npos) return refuse("is blank");
  if (id.find('\\') != std::string_view::npos) return refuse("contains a backslash");
  if (looks_like_url(id)) return refuse("looks like a URL or a drive path");
  std::string_view rest = id;
  if (id.starts_with('/')) {
    if (!id.starts_with(kVirtualRoot)) return refuse("is an absolute path outside /kernels/");
    rest = id.substr(kVirtualRoot.size());
  }
  std::vector<std::string_view> segments;
  for (std::size_t start = 0; start <= rest.size();) {
    std::size_t end = rest.find('/', start);
    if (end == std::string_view::npos) end = rest.size();
    const auto segment = rest.substr(start, end - start);
    if (segment == "..") return refuse("contains a '..' segment");
    if (!segment.empty() && segment != ".") segments.push_back(segment);
    start = end + 1;
  }
  if (segments.empty()) return refuse("names no file");
  if (rest.ends_with('/')) return refuse("ends with '/', so it names a folder, not a file");
  std::string out(kVirtualRoot);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) out += '/';
    out += segments[i];
  }
  return out;
}

}  // namespace sc::kernels
