// The fixed geometry of a DAF (daf.req, "The File Record", "Summary Records", "Comment Area"):
// 1024-byte records of 128 double-precision words, addressed from 1; record 1 is the file record,
// records 2 .. FWARD-1 hold comments (1000 characters used per record), and the summary records
// form a doubly linked list starting at FWARD, each followed by its name record.
#pragma once

#include <cstddef>

namespace sc::daf {

inline constexpr std::size_t kRecordBytes = 1024;
inline constexpr std::size_t kWordBytes = 8;
inline constexpr std::size_t kWordsPerRecord = kRecordBytes / kWordBytes;
inline constexpr std::size_t kCommentCharsPerRecord = 1000;
// In the comment area a NUL ends a line and EOT (4) ends the comments.
inline constexpr char kEndOfLine = '\0';
inline constexpr char kEndOfComments = '\4';
// The first three words of a summary record: NEXT, PREV, NSUM.
inline constexpr std::size_t kSummaryControlWords = 3;

// Byte offsets inside the file record (daf.req, "The File Record"). Past FREE come the binary
// format name ("LTL-IEEE"), then NULs, the FTP validation string at kFtpAt, and NULs again.
inline constexpr std::size_t kIdWordAt = 0;
inline constexpr std::size_t kIdWordChars = 8;
inline constexpr std::size_t kNdAt = 8;
inline constexpr std::size_t kNiAt = 12;
inline constexpr std::size_t kInternalNameAt = 16;
inline constexpr std::size_t kInternalNameChars = 60;
inline constexpr std::size_t kFwardAt = 76;
inline constexpr std::size_t kBwardAt = 80;
inline constexpr std::size_t kFreeAt = 84;
inline constexpr std::size_t kFormatAt = 88;
inline constexpr std::size_t kFormatChars = 8;
inline constexpr std::size_t kFtpAt = 699;

// Byte offset of the start of a 1-based record.
constexpr std::size_t record_offset(std::size_t record) { return (record - 1) * kRecordBytes; }
// Byte offset of a 1-based DAF word address (addresses run across records without gaps).
constexpr std::size_t word_offset(std::size_t address) { return (address - 1) * kWordBytes; }

}  // namespace sc::daf
