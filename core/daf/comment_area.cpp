#include "daf/comment_area.hpp"

#include "daf/daf_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::daf {

Result<std::vector<std::string>> read_comment_area(std::span<const std::uint8_t> bytes, const FileRecord& fr,
                                                    std::string_view file_name) {
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t record = 2; record < static_cast<std::size_t>(fr.fward); ++record) {
    const std::size_t at = record_offset(record);
    if (at > bytes.size() || bytes.size() - at < kCommentCharsPerRecord) {
      return make_error("SPICE(DAFCRNOTFOUND)",
                        "Comment record " + std::to_string(record) + " of the DAF " + quoted(file_name) +
                            " lies beyond the end of the file (" + std::to_string(bytes.size()) +
                            " bytes); the comment area should extend to record " + std::to_string(fr.fward - 1) +
                            ".");
    }
    for (std::size_t i = 0; i < kCommentCharsPerRecord; ++i) {
      const char c = static_cast<char>(bytes[at + i]);
      if (c == kEndOfComments) {
        if (!line.empty()) lines.push_back(std::move(line));
        return lines;
      }
      if (c == kEndOfLine) {
        lines.push_back(std::move(line));
        line.clear();
      } else {
        line.push_back(c);
      }
    }
  }
  return std::vector<std::string>{};  // no EOT: reserved records, never written
}

}  // namespace sc::daf
