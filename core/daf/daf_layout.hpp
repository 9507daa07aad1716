// The fixed geometry of a DAF (daf.req, "The File Record", "Summary Records", "Comment Area"):
// 1024-byte records of 128 double-precision words, addressed from 1; record 1 is the file record,
// records 2 .. FWARD-1 hold comments (1000 characters used per record), and the summary records
// form a doubly linked list starting at FWARD, each followed by its name record.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sc::daf {

inline constexpr std::size_t kRecordBytes = 1024;
inline constexpr std::size_t kWordBytes = 8;
inline constexpr std::size_t kWordsPerRecord = kRecordBytes / kWordBytes;
inline constexpr std::size_t kCommentCharsPerRecord = 1000;
// The first three words of a summary record: NEXT, PREV, NSUM.
inline constexpr std::size_t kSummaryControlWords = 3;

// Byte offset of the start of a 1-based record.
constexpr std::size_t record_offset(std::size_t record) { return (record - 1) * kRecordBytes; }
// Byte offset of a 1-based DAF word address (addresses run across records without gaps).
constexpr std::size_t word_offset(std::size_t address) { return (address - 1) * kWordBytes; }

// File names appear quoted in every message, as the kernel registry quotes them.
inline std::string quoted(std::string_view s) {
  std::string out;  // appended piecewise: "'" + std::string(s) trips GCC 12's -Wrestrict false positive
  out.reserve(s.size() + 2);
  out += '\'';
  out += s;
  out += '\'';
  return out;
}

}  // namespace sc::daf
