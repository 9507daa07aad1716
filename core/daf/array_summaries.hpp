// The array (segment) summaries of a DAF, read by walking the summary-record list from FWARD:
// each summary record holds NEXT, PREV, NSUM and then NSUM packed summaries of ND doubles and NI
// 32-bit integers; the record after it holds the arrays' names, NC characters each.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "daf/file_record.hpp"
#include "errors/result.hpp"

namespace sc::daf {

struct ArraySummary {
  std::vector<double> doubles;  // ND values
  std::vector<int> ints;        // NI values; the last two are the array's first and last address
  std::string name;             // trailing blanks dropped
  int summary_record = 0;       // the summary record it was found in (for messages)
  std::size_t summary_offset = 0;  // byte offset of the packed summary in the file (DAFGS)

  int begin_address() const { return ints[ints.size() - 2]; }
  int end_address() const { return ints.back(); }
};

// All summaries in list order (first summary record first). Everything read from the file is
// checked against `bytes` before use, and the list may not revisit a record. Errors, naming the
// file and the record or array:
//   SPICE(DAFCORRUPTED)  a summary record number that is not a record of this file (or is the file
//                        record), a record that is cut off by the end of the file, a summary
//                        count that is not 0..(summaries per record), or a list that loops;
//   SPICE(DAFNEGADDR)    an array starting at an address below 1;
//   SPICE(DAFBEGGTEND)   an array whose first address exceeds its last, or whose last address lies
//                        beyond the end of the file (the file is truncated).
//
// `addresses` chooses whether array addresses are checked at all: kernels loaded for evaluation
// check them (a truncated file fails at load, naming the array); DAFOPR does not look at them
// (CSPICE opens a truncated DAF and lists its arrays; reading the missing data gives zeros).
enum class AddressCheck { within_file, none };
Result<std::vector<ArraySummary>> read_array_summaries(std::span<const std::uint8_t> bytes, const FileRecord& fr,
                                                        std::string_view file_name,
                                                        AddressCheck addresses = AddressCheck::within_file);

}  // namespace sc::daf
