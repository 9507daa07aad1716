// ZZEKIII1 / ZZEKIID1 / ZZEKIIC1 through ZZEKERI1 / ZZEKERD1 / ZZEKERC1: a record's new entry for an
// indexed column goes into the column's index after the last index entry that is "less than or
// equal" to it, where entries are ordered by value (nulls first, strings as Fortran compares
// them: trailing blanks ignored, at most 1024 characters of a stored string) and equal values by
// record pointer. The search is CSPICE's binary search step for step (the first and last entries
// are tested first), so ties resolve as CSPICE resolves them.
#include <algorithm>
#include <string>

#include "ek/entry_comparison.hpp"
#include "ek/writing/ek_writer.hpp"
#include "ek/writing/tree_building.hpp"
#include "ek/writing/tree_insertion.hpp"
#include "ek/writing/tree_lookup.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

constexpr int kMaxCompared = 1024;  // MAXSTR

}  // namespace

Status EkWriter::insert_index_entry(const SegmentState& segment, const ColumnState& column, int record_pointer,
                                    const IndexKey& key) {
  const int tree = column[L::kColIndexPointer];
  const int colidx = column[L::kColOrdinal];
  const int tsize = tree_size(pages_, tree);
  const int nrec = segment.words[L::kSegRows];
  if (tsize > nrec) {
    return make_error("SPICE(SIZEMISMATCH)", "Index size = " + std::to_string(tsize) + " but column contains " +
                                                 std::to_string(nrec) + " records.");
  }
  // ZZEKSCMP's order relation between the entry of the record at `pointer` and the key: -1, 0, 1.
  auto relation = [&](int pointer) -> Result<int> {
    const int datptr = pages_.int_at(pointer + L::kRecordDataBase + colidx);
    if (datptr == L::kUninitialized || datptr == L::kNoBackup || datptr == 0) {
      return make_error("SPICE(ITEMNOTFOUND)", "Column entry was not found.  This probably indicates a corrupted "
                                               "file or a bug in the EK code.");
    }
    const bool null = datptr == L::kNullPointer;
    if (null) return key.null ? 0 : -1;
    if (key.null) return 1;
    switch (column[L::kColClass]) {
      case 1: {
        const int v = pages_.int_at(datptr);
        return v < key.i ? -1 : v > key.i ? 1 : 0;
      }
      case 2: {
        const double v = pages_.double_at(datptr);
        return v < key.d ? -1 : v > key.d ? 1 : 0;
      }
      default: {
        // A class 3 entry: its length, then its characters, continued through forward pointers.
        const int length = std::min(pages_.read_encoded(datptr), kMaxCompared);
        std::string value;
        value.reserve(static_cast<std::size_t>(length));
        int at = datptr + L::kEncodedSize;
        int page_end = L::char_page_base((datptr - 1) / L::kCharPageSize + 1) + L::kCharDataSize;
        while (static_cast<int>(value.size()) < length) {
          if (at > page_end) {
            const int next = pages_.read_encoded(page_end - L::kCharDataSize + L::kCharForward);
            at = L::char_page_base(next) + 1;
            page_end = L::char_page_base(next) + L::kCharDataSize;
          }
          value += pages_.char_at(at++);
        }
        const int c = fortran_compare(value, key.c);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
      }
    }
  };
  int previous = 0;
  if (tsize > 0) {
    int begin = 1, end = tsize;
    SC_TRY_ASSIGN(auto&& begin_ptr, tree_value(pages_, tree, begin));
    SC_TRY_ASSIGN(auto&& end_ptr, tree_value(pages_, tree, end));
    SC_TRY_ASSIGN(auto&& first, relation(begin_ptr));
    SC_TRY_ASSIGN(auto&& last, relation(end_ptr));
    if (first > 0 || (first == 0 && record_pointer < begin_ptr)) {
      previous = 0;
    } else if (last < 0 || (last == 0 && end_ptr <= record_pointer)) {
      previous = tsize;
    } else {
      while (end > begin + 1) {
        const int middle = (begin + end) / 2;
        SC_TRY_ASSIGN(auto&& mid_ptr, tree_value(pages_, tree, middle));
        SC_TRY_ASSIGN(auto&& rel, relation(mid_ptr));
        const bool leq = rel < 0 || (rel == 0 && mid_ptr <= record_pointer);
        (leq ? begin : end) = middle;
      }
      previous = begin;
    }
  }
  return insert_into_tree(pages_, tree, previous + 1, record_pointer);
}

}  // namespace sc::ek::writing
