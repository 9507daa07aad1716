// A record's entry in an indexed column's index: inserted (ZZEKIII1 / ZZEKIID1 / ZZEKIIC1) after
// the last index entry that is "less than or equal" to it (ZZEKLERI / ZZEKLERD / ZZEKLERC through
// ZZEKERI1 / ZZEKERD1 / ZZEKERC1), and found again to delete it (ZZEKIXDL through ZZEKFRX). Entries
// are ordered by value (nulls first, strings as Fortran compares them: trailing blanks ignored, at
// most 1024 characters of a stored string) and equal values by record pointer. The search is
// CSPICE's binary search step for step (the first and last entries are tested first), so ties
// resolve as CSPICE resolves them.
#include <algorithm>
#include <string>

#include "ek/entry_comparison.hpp"
#include "ek/writing/ek_writer.hpp"
#include "ek/writing/tree_building.hpp"
#include "ek/writing/tree_deletion.hpp"
#include "ek/writing/tree_insertion.hpp"
#include "ek/writing/tree_lookup.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

constexpr int kMaxCompared = 1024;  // MAXSTR

// A scalar entry as stored (ZZEKRSI / ZZEKRSD / ZZEKRSC, element 1).
struct Stored {
  bool null = false;
  int i = 0;
  double d = 0;
  std::string c;
};

Result<Stored> read_entry(EkPages& pages, int column_class, int colidx, int pointer) {
  const int datptr = pages.int_at(pointer + L::kRecordDataBase + colidx);
  if (datptr == L::kNullPointer) return Stored{.null = true};
  if (datptr <= 0) {
    return make_error("SPICE(ITEMNOTFOUND)", "Column entry was not found.  This probably indicates a corrupted "
                                             "file or a bug in the EK code.");
  }
  Stored s;
  if (column_class == 1) {
    s.i = pages.int_at(datptr);
  } else if (column_class == 2) {
    s.d = pages.double_at(datptr);
  } else {
    // Its length, then its characters, continued through forward pointers.
    const int length = std::min(pages.read_encoded(datptr), kMaxCompared);
    s.c.reserve(static_cast<std::size_t>(length));
    int at = datptr + L::kEncodedSize;
    int page_end = L::char_page_base((datptr - 1) / L::kCharPageSize + 1) + L::kCharDataSize;
    while (static_cast<int>(s.c.size()) < length) {
      if (at > page_end) {
        const int next = pages.read_encoded(page_end - L::kCharDataSize + L::kCharForward);
        at = L::char_page_base(next) + 1;
        page_end = L::char_page_base(next) + L::kCharDataSize;
      }
      s.c += pages.char_at(at++);
    }
  }
  return s;
}

}  // namespace

Result<int> EkWriter::index_position(const SegmentState& segment, const ColumnState& column, int record_pointer,
                                     const IndexKey& key) {
  const int tree = column[L::kColIndexPointer];
  const int colidx = column[L::kColOrdinal];
  const int cls = column[L::kColClass];
  const int tsize = tree_size(pages_, tree);
  const int nrec = segment.words[L::kSegRows];
  if (tsize > nrec) {
    return make_error("SPICE(SIZEMISMATCH)", "Index size = " + std::to_string(tsize) + " but column contains " +
                                                 std::to_string(nrec) + " records.");
  }
  // ZZEKSCMP's order relation between the entry of the record at `pointer` and the key: -1, 0, 1.
  auto relation = [&](int pointer) -> Result<int> {
    SC_TRY_ASSIGN(auto&& e, read_entry(pages_, cls, colidx, pointer));
    if (e.null) return key.null ? 0 : -1;
    if (key.null) return 1;
    if (cls == 1) return e.i < key.i ? -1 : e.i > key.i ? 1 : 0;
    if (cls == 2) return e.d < key.d ? -1 : e.d > key.d ? 1 : 0;
    const int c = fortran_compare(e.c, key.c);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  };
  if (tsize == 0) return 0;
  int begin = 1, end = tsize;
  SC_TRY_ASSIGN(auto&& begin_ptr, tree_value(pages_, tree, begin));
  SC_TRY_ASSIGN(auto&& end_ptr, tree_value(pages_, tree, end));
  SC_TRY_ASSIGN(auto&& first, relation(begin_ptr));
  if (first > 0 || (first == 0 && record_pointer < begin_ptr)) return 0;
  SC_TRY_ASSIGN(auto&& last, relation(end_ptr));
  if (last < 0 || (last == 0 && end_ptr <= record_pointer)) return tsize;
  while (end > begin + 1) {
    const int middle = (begin + end) / 2;
    SC_TRY_ASSIGN(auto&& mid_ptr, tree_value(pages_, tree, middle));
    SC_TRY_ASSIGN(auto&& rel, relation(mid_ptr));
    const bool leq = rel < 0 || (rel == 0 && mid_ptr <= record_pointer);
    (leq ? begin : end) = middle;
  }
  return begin;
}

Status EkWriter::insert_index_entry(const SegmentState& segment, const ColumnState& column, int record_pointer,
                                    const IndexKey& key) {
  SC_TRY_ASSIGN(auto&& previous, index_position(segment, column, record_pointer, key));
  return insert_into_tree(pages_, column[L::kColIndexPointer], previous + 1, record_pointer);
}

Status EkWriter::delete_index_entry(const SegmentState& segment, const ColumnState& column, int record_pointer) {
  // ZZEKFRX: the record's own stored value (a string compared in at most 1024 characters) is the key.
  SC_TRY_ASSIGN(auto&& e, read_entry(pages_, column[L::kColClass], column[L::kColOrdinal], record_pointer));
  const IndexKey key{.null = e.null, .i = e.i, .d = e.d, .c = e.c};
  SC_TRY_ASSIGN(auto&& position, index_position(segment, column, record_pointer, key));
  const int tree = column[L::kColIndexPointer];
  int found = 0;
  if (position > 0) {
    SC_TRY_ASSIGN(auto&& p, tree_value(pages_, tree, position));
    found = p;
  }
  if (found != record_pointer) {
    return make_error("SPICE(ITEMNOTFOUND)", "COLIDX = " + std::to_string(column[L::kColOrdinal]) +
                                                 ".  Record that was last less than or equal to the record was not "
                                                 "the record.  This probably indicates a corrupted file or a bug in "
                                                 "the EK code.");
  }
  return delete_from_tree(pages_, tree, position);
}

}  // namespace sc::ek::writing
