// EKDELR and the entry deletions it and the updates share (ZZEKDE01-06). Deleting an entry takes
// it out of the column's index, sets the record's data pointer back to "uninitialized" and takes
// one link off each page the entry starts or continues in; a page left with no links is freed
// (ZZEKDPS: onto the file's free list, out of the segment's page list, and if it was the last
// page the record writers were filling, that page is closed). The page count of a continued entry
// follows CSPICE's arithmetic exactly, including that a string's 5-character length counts as if
// it were characters of the string, so the links on the last page of some long strings are left
// as CSPICE leaves them.
#include <algorithm>
#include <cmath>
#include <string>

#include "ek/writing/ek_writer.hpp"
#include "ek/writing/tree_building.hpp"
#include "ek/writing/tree_deletion.hpp"
#include "ek/writing/tree_lookup.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

constexpr int kLastCharPage = 16, kLastDoublePage = 17, kLastIntPage = 18;
constexpr int kLastCharWord = 19, kLastDoubleWord = 20, kLastIntWord = 21;

// ZZEKPGPG: the page of `type` holding `address`.
int page_of(PageType type, int address) {
  switch (type) {
    case PageType::character:
      return (address - 1) / L::kCharPageSize + 1;
    case PageType::dp:
      return (address - 1) / L::kDoublePageSize + 1;
    case PageType::integer:
      break;
  }
  return (address - L::kIntPageOrigin - 1) / L::kIntPageSize + 1;
}

int data_size(PageType type) {
  return type == PageType::character ? L::kCharDataSize : type == PageType::dp ? L::kDoubleDataSize : L::kIntDataSize;
}

Error corrupted(const std::string& what) {
  return make_error("SPICE(BUG)", "Data pointer is corrupted. " + what);
}

}  // namespace

bool EkWriter::fast_loaded(int record_pointer) {
  return links(PageType::integer, page_of(PageType::integer, record_pointer + 1)) == 0;
}

Error EkWriter::fast_load_refusal(const char* what, int recno, int segno) {
  return make_error("SPICE(NOTSUPPORTED)",
                    "Record " + std::to_string(recno) + " of segment " + std::to_string(segno) +
                        " was written by the fast load and has a string or array entry; it cannot be " + what +
                        ". The fast load counts on each page only the entries that start there, so deleting an entry "
                        "continued from an earlier page would free a page other entries still use (CSPICE frees it and "
                        "later overwrites them). Scalar numeric entries can be updated; records added with ekappr or "
                        "ekinsr can be edited freely.");
}

int EkWriter::forward(PageType type, int page) {
  const int base = EkPages::base(type, page);
  switch (type) {
    case PageType::character:
      return pages_.read_encoded(base + L::kCharForward);
    case PageType::dp:
      return static_cast<int>(pages_.double_at(base + L::kDoubleForward));
    case PageType::integer:
      break;
  }
  return pages_.int_at(base + L::kIntForward);
}

Status EkWriter::release_page(SegmentState& segment, PageType type, int page) {
  const int nlinks = links(type, page);
  if (nlinks > 1) {
    set_links(type, page, nlinks - 1);
    return {};
  }
  // ZZEKDPS.
  pages_.free_page(type, page);
  const int last_page = type == PageType::character ? kLastCharPage : type == PageType::dp ? kLastDoublePage : kLastIntPage;
  const int last_word = type == PageType::character ? kLastCharWord : type == PageType::dp ? kLastDoubleWord : kLastIntWord;
  if (segment[last_page] == page) {
    segment[last_word] = data_size(type);
    pages_.int_at(segment.mbase + last_word) = data_size(type);
  }
  const int tree = type == PageType::character ? segment[L::kSegRecordTree + 1]
                   : type == PageType::dp      ? segment[L::kSegRecordTree + 2]
                                               : segment[L::kSegRecordTree + 3];
  // ZZEKTRLS: the page's place in the segment's page list.
  const int n = tree_size(pages_, tree);
  for (int key = 1; key <= n; ++key) {
    SC_TRY_ASSIGN(auto&& value, tree_value(pages_, tree, key));
    if (value == page) return delete_from_tree(pages_, tree, key);
  }
  return make_error("SPICE(BUG)", "Page " + std::to_string(page) + " is not in the segment's page list.");
}

Status EkWriter::delete_entry(SegmentState& segment, const ColumnState& column, int record_pointer) {
  const int cls = column[L::kColClass];
  const int ptrloc = record_pointer + L::kRecordDataBase + column[L::kColOrdinal];
  const int datptr = pages_.int_at(ptrloc);
  const bool indexed = column[L::kColIndexType] != L::kFalse && cls <= 3;
  if (datptr == L::kNullPointer) {
    if (indexed) SC_TRY(delete_index_entry(segment, column, record_pointer));
    pages_.int_at(ptrloc) = L::kUninitialized;
    return {};
  }
  if (datptr <= 0) {
    if (datptr == L::kUninitialized) return {};
    return corrupted("SEGNO = " + std::to_string(segment[L::kSegNumber]) + "; COLIDX =  " +
                     std::to_string(column[L::kColOrdinal]) + ".");
  }
  if (indexed) SC_TRY(delete_index_entry(segment, column, record_pointer));
  const PageType type = cls == 1 || cls == 4 ? PageType::integer : cls == 2 || cls == 5 ? PageType::dp : PageType::character;
  if (cls == 1 || cls == 2) {
    // ZZEKDE01 / ZZEKDE02.
    SC_TRY(release_page(segment, type, page_of(type, datptr)));
    pages_.int_at(ptrloc) = L::kUninitialized;
    return {};
  }
  // ZZEKDE03-06: the entry's size (characters for strings, elements for arrays), then the pages it
  // spans, each read for its forward pointer before it may be freed.
  int total = 0;
  if (cls == 3) {
    total = pages_.read_encoded(datptr);
  } else if (cls == 4) {
    total = pages_.int_at(datptr);
  } else if (cls == 5) {
    total = static_cast<int>(std::lround(pages_.double_at(datptr)));
  } else {
    total = column[L::kColLength] * pages_.read_encoded(datptr);
  }
  pages_.int_at(ptrloc) = L::kUninitialized;
  int p = page_of(type, datptr);
  const int size = data_size(type);
  int next = forward(type, p);
  SC_TRY(release_page(segment, type, p));
  int seen = std::min(total, EkPages::base(type, p) + size - datptr);
  while (seen < total) {
    p = next;
    next = forward(type, p);
    SC_TRY(release_page(segment, type, p));
    seen = std::min(total, size + seen);
  }
  return {};
}

Status EkWriter::delete_record(int segno, int recno) {
  SC_TRY_ASSIGN(auto&& segment, segment_state(segno));
  if (segment[L::kSegType] != 1) {
    return make_error("SPICE(NOTSUPPORTED)", "Segment " + std::to_string(segno) +
                                                 " has FIXED_COUNT columns; its records cannot be deleted.");
  }
  const int nrec = segment[L::kSegRows];
  if (recno < 1 || recno > nrec) {
    return make_error("SPICE(INVALIDINDEX)", "Record number = " + std::to_string(recno) + "; valid range is 1:" +
                                                 std::to_string(nrec) + ".");
  }
  SC_TRY_ASSIGN(auto&& record_pointer, tree_value(pages_, segment[L::kSegRecordTree], recno));
  const int ncols = segment[L::kSegColumns];
  if (fast_loaded(record_pointer)) {
    for (int i = 1; i <= ncols; ++i) {
      const int base = segment.mbase + L::kSegmentDescriptorSize + (i - 1) * L::kColumnDescriptorSize;
      const int cls = pages_.int_at(base + L::kColClass);
      if (cls >= 3 && cls <= 6 && pages_.int_at(record_pointer + L::kRecordDataBase + i) > 0) {
        return fast_load_refusal("deleted", recno, segno);
      }
    }
  }
  for (int i = 1; i <= ncols; ++i) {
    ColumnState column;
    column.base = segment.mbase + L::kSegmentDescriptorSize + (i - 1) * L::kColumnDescriptorSize;
    for (int w = 1; w <= L::kColumnDescriptorSize; ++w) {
      column.words[static_cast<std::size_t>(w)] = pages_.int_at(column.base + w);
    }
    if (column[L::kColClass] < 1 || column[L::kColClass] > 6) {
      return make_error("SPICE(NOCLASS)", "Class " + std::to_string(column[L::kColClass]) +
                                              " from input column descriptor is not supported.  RECNO = " +
                                              std::to_string(recno) + "; SEGNO = " + std::to_string(segno) + ".");
    }
    SC_TRY(delete_entry(segment, column, record_pointer));
  }
  // The record's own pointer structure: one link fewer on its page. A deliberate difference from
  // CSPICE: the fast load writes its record pages with a link count of zero (ZZEKFF01), and CSPICE
  // then frees such a page at the first deletion although the page's other records are still in
  // use, so the next page allocated overwrites them (and a second deletion there frees it twice).
  // A record page without links is left in place here.
  const int record_page = page_of(PageType::integer, record_pointer + 1);
  if (links(PageType::integer, record_page) > 0) SC_TRY(release_page(segment, PageType::integer, record_page));
  SC_TRY(delete_from_tree(pages_, segment[L::kSegRecordTree], recno));
  segment[L::kSegRows] -= 1;
  store(segment);
  return {};
}

}  // namespace sc::ek::writing
