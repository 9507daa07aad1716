// An EK file (ek.req) read from memory: its segments, each a part of one table, with the table's
// name, the columns' descriptors and the record pointers of its rows, read once when the file is
// opened (EKOPR, or furnsh's EKLEF). Entries are read on demand (entry_values.hpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "das/das_file.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"

namespace sc::ek {

// CSPICE's data type codes (ektype.inc).
enum class DataType { character = 1, dp = 2, integer = 3, time = 4 };

struct ColumnDescriptor {
  std::string name;         // upper case, trailing blanks dropped
  int column_class = 0;     // 1-3 scalar, 4-6 array (type 1 segments), 7-9 fixed-count scalar (type 2)
  DataType type = DataType::integer;
  int string_length = 0;    // -1: CHARACTER*(*)
  int size = 1;             // elements per entry; -1: VARIABLE
  bool indexed = false;
  int index_type = 0;       // 0: none; 1: a tree of record pointers in value order
  int index_pointer = 0;    // the index tree's root page (index type 1)
  bool nulls_ok = false;
  int ordinal = 0;          // 1-based position of the column's data pointer in a record
  int metadata = 0;         // type 2 columns: the address of their data and null-flag bases
};

struct Segment {
  int type = 1;  // 1: record-oriented (classes 1-6); 2: fixed-count (classes 7-9)
  std::string table;
  int rows = 0;
  std::vector<ColumnDescriptor> columns;
  // Type 1: the base address of each row's record pointer structure, in row order. Type 2: the
  // row numbers 1 .. rows, which is what those readers take.
  std::vector<int> records;
};

class EkFile {
 public:
  // Reads the paging directory (ZZEKPGCH's checks), the segment tree, each segment's descriptor,
  // column descriptors and record list. Errors name the file: SPICE(WRONGARCHITECTURE) for a file
  // not in EK paged format, SPICE(INVALIDFORMAT) for descriptors or trees that do not fit the file,
  // the DAS reader's errors for a damaged DAS.
  static Result<std::shared_ptr<const EkFile>> open(io::Bytes bytes, std::string file_name);
  static Result<std::shared_ptr<const EkFile>> open(das::DasFile das);

  const das::DasFile& das() const { return das_; }
  const std::string& file_name() const { return das_.file_name(); }
  const std::vector<Segment>& segments() const { return segments_; }

  // For open() only (make_shared needs a public constructor).
  struct Opening {};
  EkFile(Opening, das::DasFile das) : das_(std::move(das)) {}

 private:
  Status read_segments();

  das::DasFile das_;
  std::vector<Segment> segments_;
};

}  // namespace sc::ek
