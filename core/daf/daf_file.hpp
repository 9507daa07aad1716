// A DAF (Double precision Array File, daf.req) read from memory: the file record, the array
// summaries with their names, double words at 1-based addresses in the file's byte order, and the
// comment area. Opening reads only the file record and the summary/name records; array data is
// read on demand, so a memory-mapped multi-gigabyte kernel costs a few pages to open.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "daf/array_summaries.hpp"
#include "daf/file_record.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"

namespace sc::daf {

class DafFile {
 public:
  // Fails (naming `file_name`) when the file record or the summary list is invalid, or when an
  // array's addresses do not lie inside `bytes` (see file_record.hpp and array_summaries.hpp).
  // The length of `bytes` need not be a multiple of 1024: a final partial record is fine as long
  // as everything the summaries describe is inside it.
  // `addresses`: see read_array_summaries (dafopr opens without checking array addresses).
  static Result<DafFile> open(io::Bytes bytes, std::string file_name,
                              AddressCheck addresses = AddressCheck::within_file);

  const std::string& file_name() const { return file_name_; }
  const FileRecord& file_record() const { return record_; }
  std::span<const ArraySummary> arrays() const { return arrays_; }  // in summary-list order
  std::size_t word_count() const { return bytes_.size() / 8; }      // complete double words

  // The words at addresses first .. first + out.size() - 1. SPICE(DAFNEGADDR) when first < 1,
  // SPICE(DAFBEGGTEND) when the range runs past the end of the file.
  Status read_words(long long first, std::span<double> out) const;

  // DAFGDA's reading: the words at first .. first + out.size() - 1 (first >= 1), words beyond
  // the end of the file read as zero (CSPICE treats records it cannot read as zero-filled).
  void read_words_zero_filled(long long first, std::span<double> out) const;

  // DAFGS: an array's summary packed as the file stores it, ND doubles then NI integers two to a
  // double, in this machine's byte order (a file in the other order is translated value by value;
  // the unused half of the last word for odd NI is zero then).
  std::vector<double> packed_summary(const ArraySummary& summary) const;

  // The comment area as DAFEC returns it: records 2 .. FWARD-1, 1000 characters each, lines ended
  // by NUL, the whole ended by EOT (character 4). Reserved records without an EOT hold no
  // comments. SPICE(DAFCRNOTFOUND) when a comment record lies beyond the end of the file.
  Result<std::vector<std::string>> comments() const;

 private:
  DafFile(io::Bytes bytes, std::string file_name, FileRecord record, std::vector<ArraySummary> arrays)
      : bytes_(std::move(bytes)), file_name_(std::move(file_name)), record_(std::move(record)),
        arrays_(std::move(arrays)) {}

  io::Bytes bytes_;
  std::string file_name_;
  FileRecord record_;
  std::vector<ArraySummary> arrays_;
};

}  // namespace sc::daf
