// Reading one entry (a row's value in a column) of an EK segment, for every column class
// (ZZEKRD01 ... ZZEKRD09): scalars and arrays of integers, doubles (also TIME) and strings, a null
// flag, with array elements and long strings continued on linked pages.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ek/ek_file.hpp"
#include "errors/result.hpp"

namespace sc::ek {

// One entry. Exactly one of the vectors is used, by the column's type: `ints` for INTEGER,
// `doubles` for DOUBLE PRECISION and TIME, `strings` for CHARACTER (each as stored: fixed-length
// strings keep their blank padding, CHARACTER*(*) strings have their own length). A null entry
// has null = true and no elements.
struct Entry {
  bool null = false;
  std::vector<std::int32_t> ints;
  std::vector<double> doubles;
  std::vector<std::string> strings;

  std::size_t size() const { return ints.size() + doubles.size() + strings.size(); }
};

// The entry of `column` in the record `record` of `segment`: a record pointer (type 1 segments) or
// a row number (type 2), as Segment::records lists them and as CSPICE's row vectors hold them.
// Errors name the file: SPICE(UNINITIALIZEDVALUE) for an entry never written,
// SPICE(INVALIDFORMAT) for a data pointer, element count or page link that does not fit the file,
// the DAS reader's errors.
Result<Entry> read_entry(const EkFile& file, const Segment& segment, const ColumnDescriptor& column, int record);

// The entry of `column` in row `row` (0-based, in the segment's record order).
Result<Entry> read_row_entry(const EkFile& file, const Segment& segment, const ColumnDescriptor& column, int row);

// One element of an entry as CSPICE's ZZEKRSC/ZZEKRSD/ZZEKRSI return it: a null entry is found
// (and null) for any element index; a scalar column's entry is found for any element index (its
// one value: CSPICE does not check the index of scalars); an array's element `index` (1-based) is
// found only within the entry's element count.
struct Element {
  bool found = false;
  bool null = false;
  std::size_t index = 0;  // 0-based into the entry's vector when found and not null
};
Element element_of(const Entry& entry, const ColumnDescriptor& column, int index);

}  // namespace sc::ek
