// The comment area of a DAF (records 2 .. FWARD-1), read the way DAFEC reads it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "daf/file_record.hpp"
#include "errors/result.hpp"

namespace sc::daf {

// The comment lines: only the first 1000 characters of each comment record count, NUL (0) ends a
// line and EOT (4) ends the comments. When no record holds an EOT the records are reserved but
// unused, and there are no comments (as DAFAC treats them). SPICE(DAFCRNOTFOUND), naming the file,
// when a comment record that must be read lies beyond the end of the file.
Result<std::vector<std::string>> read_comment_area(std::span<const std::uint8_t> bytes, const FileRecord& fr,
                                                    std::string_view file_name);

}  // namespace sc::daf
