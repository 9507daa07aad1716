#include "das/dla_segments.hpp"

#include <set>

#include "errors/quoted.hpp"

namespace sc::das {

Result<std::vector<DlaDescriptor>> dla_segments(const DasFile& file) {
  std::vector<DlaDescriptor> out;
  std::array<std::int32_t, 1> head{};
  SC_TRY(file.read_ints(2, head));  // DLABFS: the first descriptor's address
  std::set<int> seen;
  for (int at = head[0]; at != -1;) {
    if (!seen.insert(at).second) {
      return make_error("SPICE(BADDASDIRECTORY)",
                        "The DLA segment list of " + quoted(file.file_name()) + " loops at integer address " +
                            std::to_string(at) + ".");
    }
    std::array<std::int32_t, 8> d{};
    SC_TRY(file.read_ints(at, d));
    out.push_back(DlaDescriptor{d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]});
    at = d[1];  // DLAFNS: the forward pointer
  }
  return out;
}

Result<std::shared_ptr<const DlaFile>> DlaFile::open(io::Bytes bytes, std::string file_name) {
  SC_TRY_ASSIGN(auto&& das, DasFile::open(std::move(bytes), std::move(file_name)));
  SC_TRY_ASSIGN(auto&& segments, dla_segments(das));
  return std::make_shared<const DlaFile>(DlaFile{std::move(das), std::move(segments)});
}

}  // namespace sc::das
