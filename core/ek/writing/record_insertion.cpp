// EKBSEG's segment found again by number, EKINSR and EKAPPR (empty records), and the descriptor
// look-ups the entry writers share (ZZEKMLOC, ZZEKSDSC, ZZEKCDSC, ZZEKAPS, ZZEKGLNK/ZZEKSLNK).
// A record is its pointer structure in an integer page of the segment: a status word, a backup
// pointer and one data pointer per column, all "uninitialized" until EKACEx fills them; the
// segment's record tree maps record numbers to these structures, so inserting a record in the
// middle renumbers the ones after it without moving them.
#include <algorithm>
#include <cctype>
#include <string>

#include "ek/writing/ek_writer.hpp"
#include "ek/writing/tree_insertion.hpp"
#include "ek/writing/tree_lookup.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

constexpr int kRecordOld = 1;  // a record's status word: OLD (EKSHDW: shadowing is never on)
// Segment descriptor words for the last page of each type used by the record writers, and how
// much of it is used (eksegdsc.inc).
constexpr int kLastIntPage = 18, kLastIntWord = 21;

std::string name_key(std::string_view s) {  // EQSTR: case and blanks ignored
  std::string k;
  for (char c : s) {
    if (c != ' ') k += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return k;
}

}  // namespace

Result<EkWriter::SegmentState> EkWriter::segment_state(int segno) {
  if (segno < 1 || segno > segments_) {
    return make_error("SPICE(INVALIDINDEX)", "Segment number = " + std::to_string(segno) + "; valid range is 1:" +
                                                 std::to_string(segments_) + ".");
  }
  SC_TRY_ASSIGN(auto&& page, tree_value(pages_, segment_tree_, segno));
  SegmentState s;
  s.mbase = EkPages::base(PageType::integer, page);
  for (int w = 1; w <= L::kSegmentDescriptorSize; ++w) s[w] = pages_.int_at(s.mbase + w);
  return s;
}

void EkWriter::store(const SegmentState& segment) {
  for (int w = 1; w <= L::kSegmentDescriptorSize; ++w) {
    pages_.int_at(segment.mbase + w) = segment.words[static_cast<std::size_t>(w)];
  }
}

Result<EkWriter::ColumnState> EkWriter::column_state(const SegmentState& segment, std::string_view column) {
  const std::string wanted = name_key(column);
  const int ncols = segment.words[L::kSegColumns];
  for (int i = 1; i <= ncols; ++i) {
    ColumnState c;
    c.base = segment.mbase + L::kSegmentDescriptorSize + (i - 1) * L::kColumnDescriptorSize;
    for (int w = 1; w <= L::kColumnDescriptorSize; ++w) c.words[static_cast<std::size_t>(w)] = pages_.int_at(c.base + w);
    std::string name(L::kColumnNameSize, ' ');
    for (int k = 0; k < L::kColumnNameSize; ++k) name[static_cast<std::size_t>(k)] = pages_.char_at(c[L::kColName] + 1 + k);
    if (name_key(name) == wanted) return c;
  }
  return make_error("SPICE(BUG)", "Descriptor for column " + std::string(column) + " was not found. Segment base = " +
                                      std::to_string(segment.mbase) + ".");
}

Result<EkWriter::EntryTarget> EkWriter::entry_target(int segno, int recno, std::string_view column, int type,
                                                     const char* call) {
  SC_TRY_ASSIGN(auto&& segment, segment_state(segno));
  SC_TRY_ASSIGN(auto&& col, column_state(segment, column));
  const int dtype = col[L::kColType] == 4 ? 2 : col[L::kColType];
  if (dtype != type) {
    static constexpr const char* kKind[] = {"", "character", "double precision", "integer"};
    return make_error("SPICE(WRONGDATATYPE)", "Column " + std::string(column) + " is of type " +
                                                  std::to_string(col[L::kColType]) + "; " + call + " only works with " +
                                                  kKind[type] + " columns.  RECNO = " + std::to_string(recno) +
                                                  "; SEGNO = " + std::to_string(segno) + ".");
  }
  if (segment[L::kSegType] != 1) {
    // CSPICE looks the record up in a record tree such segments do not have before its class check.
    return make_error("SPICE(NOCLASS)", "Class " + std::to_string(col[L::kColClass]) +
                                            " from input column descriptor is not a supported class for "
                                            "record-by-record writing (FIXED_COUNT columns are written only by "
                                            "the fast load).  COLUMN = " + std::string(column) + "; SEGNO = " +
                                            std::to_string(segno) + ".");
  }
  SC_TRY_ASSIGN(auto&& pointer, tree_value(pages_, segment[L::kSegRecordTree], recno));
  return EntryTarget{segment, col, pointer, recno};
}

Result<int> EkWriter::record_page(const SegmentState& segment, PageType type) {
  const int p = pages_.allocate(type);
  set_links(type, p, 0);
  set_forward(type, p, 0);
  const int tree = type == PageType::character ? segment.words[L::kSegRecordTree + 1]
                   : type == PageType::dp      ? segment.words[L::kSegRecordTree + 2]
                                               : segment.words[L::kSegRecordTree + 3];
  SC_TRY(append_to_tree(pages_, tree, p));
  return p;
}

int EkWriter::links(PageType type, int page) {
  const int base = EkPages::base(type, page);
  switch (type) {
    case PageType::character:
      return pages_.read_encoded(base + L::kCharForward + L::kEncodedSize);
    case PageType::dp:
      return static_cast<int>(pages_.double_at(base + L::kDoubleForward + 1));
    case PageType::integer:
      break;
  }
  return pages_.int_at(base + L::kIntForward + 1);
}

void EkWriter::set_links(PageType type, int page, int count) {
  const int base = EkPages::base(type, page);
  switch (type) {
    case PageType::character:
      pages_.write_encoded(base + L::kCharForward + L::kEncodedSize, count);
      return;
    case PageType::dp:
      pages_.double_at(base + L::kDoubleForward + 1) = count;
      return;
    case PageType::integer:
      pages_.int_at(base + L::kIntForward + 1) = count;
      return;
  }
}

Result<int> EkWriter::begin_segment(std::string_view table, std::span<const std::string> names,
                                    std::span<const std::string> declarations) {
  SC_TRY_ASSIGN(auto&& segment, create_segment(table, names, declarations));
  return segment.segno;
}

Status EkWriter::insert_record(int segno, int recno) {
  SC_TRY_ASSIGN(auto&& segment, segment_state(segno));
  if (segment[L::kSegType] != 1) {
    return make_error("SPICE(NOTSUPPORTED)", "Segment " + std::to_string(segno) +
                                                 " has FIXED_COUNT columns; its records are written only by the fast "
                                                 "load (ekifld).");
  }
  const int ncols = segment[L::kSegColumns];
  const int size = L::kRecordDataBase + ncols;
  const int nrec = segment[L::kSegRows];
  if (recno < 1 || recno > nrec + 1) {
    return make_error("SPICE(INVALIDINDEX)", "Record number = " + std::to_string(recno) + "; valid range is 1:" +
                                                 std::to_string(nrec + 1) + ".");
  }
  // The record's pointer structure goes after the last one in the segment's last integer page if
  // it fits there (that page then has one more link), else at the start of a new page.
  const int room = L::kIntDataSize - segment[kLastIntWord];
  int record_base = 0;
  if (size <= room) {
    const int p = segment[kLastIntPage];
    record_base = EkPages::base(PageType::integer, p) + segment[kLastIntWord];
    set_links(PageType::integer, p, links(PageType::integer, p) + 1);
    segment[kLastIntWord] += size;
  } else {
    SC_TRY_ASSIGN(auto&& p, record_page(segment, PageType::integer));
    record_base = EkPages::base(PageType::integer, p);
    set_links(PageType::integer, p, 1);
    segment[kLastIntPage] = p;
    segment[kLastIntWord] = size;
  }
  pages_.int_at(record_base + 1) = kRecordOld;
  for (int w = 2; w <= size; ++w) pages_.int_at(record_base + w) = L::kUninitialized;
  SC_TRY(insert_into_tree(pages_, segment[L::kSegRecordTree], recno, record_base));
  segment[L::kSegRows] += 1;
  store(segment);
  return {};
}

Result<int> EkWriter::append_record(int segno) {
  SC_TRY_ASSIGN(auto&& segment, segment_state(segno));
  const int recno = segment[L::kSegRows] + 1;
  SC_TRY(insert_record(segno, recno));
  return recno;
}

}  // namespace sc::ek::writing
