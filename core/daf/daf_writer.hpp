// A DAF being written, held in memory as the very bytes CSPICE's DAF writer would leave in the file
// (daf.req; DAFONW, DAFOPW, DAFBNA/DAFADA/DAFENA, DAFAC, DAFARR), always in the LTL-IEEE byte order.
// The Fortran writes whole records through a direct-access unit: double-precision records (file
// record, summary and data records) are 1024 bytes, character records (names, comments) are 1000
// characters, so a file that ends with a name record is 1000 bytes short of a full record and the
// last 24 bytes of a character record keep whatever was there (zeros in a new file). Everything here
// is replayed record by record in the same order, so the image is deterministic, free of timestamps
// and uninitialised bytes, and identical on every host.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"

namespace sc::daf {

class DafWriter {
 public:
  // The largest image a writer builds (1 GiB): beyond it the WASM heap cannot grow reliably, and
  // both backends must fail the same way. SPICE(DAFOVERFLOW) names the file when an operation would
  // exceed it.
  static constexpr std::size_t kMaxBytes = std::size_t{1} << 30;

  // DAFONW: a new, empty DAF. `file_type` fills the ID word ("SPK" -> "DAF/SPK "); the internal
  // name is cut to 60 characters; `reserved_records` comment records follow the file record, the
  // first holding an empty comment area (EOT). The first summary record follows them.
  static Result<DafWriter> create(std::string_view file_name, std::string_view file_type, int nd, int ni,
                                  std::string_view internal_name, int reserved_records);

  // DAFOPW: an existing DAF, opened to add arrays and comments. The bytes are copied; everything
  // already in the file is kept as it is. SPICE(UNSUPPORTEDBFF) for a BIG-IEEE file (CSPICE writes
  // only its native order), SPICE(DAFCORRUPTED) when the file record's pointers cannot describe a
  // DAF, plus the file-record errors of read_file_record.
  static Result<DafWriter> append_to(std::span<const std::uint8_t> bytes, std::string_view file_name);

  int nd() const { return nd_; }
  int ni() const { return ni_; }
  int array_count() const;  // arrays in the summary list, as DAFBFS/DAFFNA would find them
  const std::vector<std::uint8_t>& bytes() const { return image_; }
  std::vector<std::uint8_t> release() && { return std::move(image_); }

  // DAFBNA + DAFADA + DAFENA: appends one array. `dc` holds ND doubles and `ic` the first NI-2
  // integers of its summary (the last two, its addresses, are filled in here); the name is cut or
  // blank-padded to 8 * (ND + (NI+1)/2) characters. SPICE(DAFOVERFLOW) if the file would grow past
  // kMaxBytes; nothing is changed then.
  Status add_array(std::span<const double> dc, std::span<const int> ic, std::string_view name,
                   std::span<const double> data);

  // DAFAC: appends comment lines (trailing blanks dropped, NUL after each line, EOT at the end),
  // reserving more comment records first when needed (DAFARR moves the summary and data records
  // towards the end of the file and shifts every address). SPICE(INVALIDARGUMENT) for no lines,
  // SPICE(ILLEGALCHARACTER) for a character outside ASCII 32..126, SPICE(BADCOMMENTAREA) when the
  // existing comment area has no end marker. On error nothing is changed.
  Status add_comments(std::span<const std::string> lines);

  // DAFDC: deletes the comment area (every reserved record) as DAFRRR removes reserved records: the
  // summary, name and data records move towards the start of the file, every address shifts down,
  // and the file keeps its length (CSPICE cannot shorten a file; its last records are left as they
  // were). SPICE(DAFCORRUPTED) if the summary records do not form a forward list; nothing changes.
  Status delete_comments();

 private:
  using DpRecord = std::array<std::uint8_t, 1024>;

  DafWriter() = default;

  DpRecord read_dp_record(long long record) const;       // zeros where the file has no bytes
  std::string read_char_record(long long record) const;  // 1000 characters, NULs past the end
  void write_dp_record(long long record, const DpRecord& data);
  void write_char_record(long long record, std::string_view chars);  // the first 1000 characters
  void grow_to(std::size_t size);
  Status check_room(std::size_t extra_bytes) const;
  void write_file_record_pointers();
  void write_data(long long first_address, std::span<const double> data);
  Status reserve_records(int count);  // DAFARR
  Status remove_reserved_records(int count);  // DAFRRR
  void end_array(std::span<const std::uint8_t> packed_summary, std::string_view name);  // DAFENA
  void shift_array_addresses(int increment);

  std::string file_name_;
  std::vector<std::uint8_t> image_;
  int nd_ = 0;
  int ni_ = 0;
  int fward_ = 0;
  int bward_ = 0;
  int free_ = 0;
};

}  // namespace sc::daf
