// The DAF file record (record 1): ID word, summary format ND/NI, internal file name, the summary
// list's first and last records (FWARD, BWARD), the first free address (FREE) and the byte order
// ("LTL-IEEE" / "BIG-IEEE"; files older than the marker have none and the order is inferred).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "daf/byte_order.hpp"
#include "errors/result.hpp"

namespace sc::daf {

struct FileRecord {
  std::string id_word;        // e.g. "DAF/SPK", "DAF/PCK", "NAIF/DAF" (trailing blanks dropped)
  int nd = 0;                 // double components per summary
  int ni = 0;                 // integer components per summary (the last two: array addresses)
  std::string internal_name;  // trailing blanks dropped
  int fward = 0;              // first summary record
  int bward = 0;              // last summary record
  int free = 0;               // first free word address
  ByteOrder byte_order = ByteOrder::little;
  bool byte_order_inferred = false;  // no marker: decided from ND/NI plausibility

  // Doubles occupied by one packed summary (SS) and characters in one array name (NC).
  int summary_words() const { return nd + (ni + 1) / 2; }
  int name_chars() const { return 8 * summary_words(); }
  int summaries_per_record() const { return 125 / summary_words(); }
};

// Parses and checks the file record at the start of `bytes`. Errors, each naming `file_name`:
//   SPICE(DAFFRNOTFOUND)    fewer than 1024 bytes;
//   SPICE(NOTADAFFILE)      the ID word is not "DAF/xxxx" or "NAIF/DAF";
//   SPICE(UNSUPPORTEDBFF)   a VAX byte-order marker, or a marker that is not LTL-IEEE/BIG-IEEE
//                           while ND/NI make sense in neither order;
//   SPICE(DAFINVALIDPARAMS) ND/NI outside 0 <= ND <= 124, 2 <= NI <= 250, ND + (NI+1)/2 <= 125,
//                           or FWARD < 2.
Result<FileRecord> read_file_record(std::span<const std::uint8_t> bytes, std::string_view file_name);

}  // namespace sc::daf
