// A DAS (Direct Access Segregated file, das.req) read from memory: the file record, the directory
// records and their clusters, and the three logical arrays a DAS holds (characters, double
// precision numbers, integers), each read by 1-based logical address in the file's byte order; the
// comment area (DASEC). DSKs and EKs are DAS files. Opening walks the directory records once (a
// few records even for a large file) and records where each cluster lies; data words are read on
// demand, so nothing of a memory-mapped file is copied.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "daf/byte_order.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"

namespace sc::das {

// The three DAS data types, numbered as CSPICE numbers them (1 = character, 2 = double, 3 = integer).
enum class DataType { character = 1, dp = 2, integer = 3 };

struct DasFileRecord {
  std::string id_word;        // "DAS/DSK", "DAS/EK", ... (trailing blanks dropped)
  std::string internal_name;  // trailing blanks dropped
  int nresvr = 0;             // reserved records (after the file record)
  int nresvc = 0;             // characters in use in the reserved records
  int ncomr = 0;              // comment records (after the reserved records)
  int ncomc = 0;              // characters in use in the comment records
  daf::ByteOrder byte_order = daf::ByteOrder::little;
};

class DasFile {
 public:
  // Reads the file record and every directory record (ZZDASRFR, DASA2L's directory walk).
  // Errors, naming `file_name`: SPICE(FILEISTOOSHORT) for less than a file record,
  // SPICE(NOTADASFILE) for an ID word that is not "DAS/xxxx", SPICE(UNSUPPORTEDBFF) for a byte
  // order other than LTL-IEEE/BIG-IEEE, SPICE(BADDASDIRECTORY) for a directory or cluster that
  // lies outside the file or a directory chain that loops.
  static Result<DasFile> open(io::Bytes bytes, std::string file_name);

  const std::string& file_name() const { return file_name_; }
  const DasFileRecord& file_record() const { return record_; }
  // The highest logical address in use for `type` (0 when the file holds none of it).
  int last_address(DataType type) const { return last_[index(type)]; }

  // The values at logical addresses first .. first + out.size() - 1 (DASRDD, DASRDI, DASRDC).
  // SPICE(DASNOSUCHADDRESS) for a range outside 1 .. last_address(type) (DASA2L's check).
  Status read_doubles(int first, std::span<double> out) const;
  Status read_ints(int first, std::span<std::int32_t> out) const;
  Result<std::string> read_chars(int first, int count) const;

  // Unchecked single reads for hot loops whose addresses the caller has already checked against
  // last_address (the ray-plate search reads one plate at a time).
  double double_at(int address) const;
  std::int32_t int_at(int address) const;

  // DASEC: the comment area's lines. Comment records follow the reserved records; lines end with
  // NUL and the area holds NCOMC characters.
  Result<std::vector<std::string>> comments() const;

 private:
  // One run of consecutive records of one type: logical addresses [first, first + records * per).
  struct Cluster {
    int first_address = 1;
    int first_record = 0;  // 1-based record number
    int records = 0;
  };

  static constexpr std::size_t index(DataType t) { return static_cast<std::size_t>(t) - 1; }
  // The byte offset of `address` of `type` (address already checked).
  std::size_t offset_of(DataType type, int address) const;
  Status check_range(DataType type, int first, std::size_t count) const;

  io::Bytes bytes_;
  std::string file_name_;
  DasFileRecord record_;
  std::array<std::vector<Cluster>, 3> clusters_;
  std::array<int, 3> last_{0, 0, 0};
};

// Words per record of each type: 1024 characters, 128 doubles, 256 integers.
inline constexpr std::array<int, 3> kWordsPerRecord{1024, 128, 256};

}  // namespace sc::das
