// Writing an EK with CSPICE's fast load (ek.req, "Fast writing"): EKOPN's empty file, then per
// segment EKIFLD (EKBSEG's checks, ZZEKBS01's metadata pages, ZZEKIF01's record pointer pages),
// one EKACLI/EKACLD/EKACLC per column (ZZEKAC01-06: data pages, and an index tree for indexed
// columns) and EKFFLD (ZZEKFF01: the record pointers and the record tree). Pages are allocated and
// filled in CSPICE's order with CSPICE's contents, so the file is byte-identical to CSPICE's.
//
// The segment list and each segment's page lists grow by CSPICE's appends with node splits
// (tree_insertion.hpp), so any number of segments and pages is written as CSPICE writes it.
//
// Segments of FIXED_COUNT columns (segment type 2, classes 7-9) are ZZEKBS02, ZZEKIF02 and
// ZZEKAC07-09 (column_writers_fixed_count.cpp): each column's values packed in consecutive pages,
// its null flags as 'T'/'F' characters, its index as the rows in value order; EKFFLD does nothing.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "das/das_file.hpp"
#include "errors/result.hpp"
#include "ek/writing/column_declaration.hpp"
#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing {

class EkWriter {
 public:
  // EKOPN after DASONW: the page directory and the empty segment list.
  EkWriter(std::string ifname, int ncomch);
  // EKOPW: an existing EK (already read and checked as an EK) opened to add segments. Its comment
  // area is kept. SPICE(UNSUPPORTEDBFF) for a BIG-IEEE file, SPICE(INVALIDFORMAT) for partial pages.
  static Result<EkWriter> open_existing(const das::DasFile& das, std::span<const std::uint8_t> file_bytes);

  // EKIFLD: begins segment (number returned, 1-based) of `nrows` rows and returns through
  // `record_pointers` the base address of each row's record (the RCPTRS CSPICE returns).
  Result<int> begin_fast_load(std::string_view table, std::span<const std::string> names,
                              std::span<const std::string> declarations, int nrows,
                              std::vector<int>& record_pointers);

  // EKACLI / EKACLD / EKACLC: one column's entries for every row. `sizes` gives each row's element
  // count (used for SIZE = VARIABLE columns), `nulls` its null flag; values are packed row after row.
  // `string_length` is the declared length of the Fortran strings holding `strings` (CSPICE's
  // ekaclc_c passes vallen - 1): class 6 columns pad with it as ZZEKAC06 does.
  Status add_int_column(int segno, std::string_view column, std::span<const int> values,
                        std::span<const int> sizes, std::span<const bool> nulls, std::span<const int> record_pointers);
  Status add_double_column(int segno, std::string_view column, std::span<const double> values,
                           std::span<const int> sizes, std::span<const bool> nulls,
                           std::span<const int> record_pointers);
  Status add_char_column(int segno, std::string_view column, std::span<const std::string> values,
                         std::span<const int> sizes, std::span<const bool> nulls, std::span<const int> record_pointers,
                         int string_length);

  // EKFFLD.
  Status finish_fast_load(int segno, std::span<const int> record_pointers);

  // The record-by-record writers (ek.req, "Writing"): EKBSEG begins an empty segment, EKINSR and
  // EKAPPR add empty records, EKACEI/EKACED/EKACEC fill one column entry of a record (ZZEKAD01-06,
  // entry_writers.cpp), inserting it into the column's index (index_insertion.cpp). Segment and
  // record numbers are 1-based here. Segments of FIXED_COUNT columns cannot be written this way
  // (CSPICE: SPICE(NOCLASS) for their entries).
  Result<int> begin_segment(std::string_view table, std::span<const std::string> names,
                            std::span<const std::string> declarations);
  Status insert_record(int segno, int recno);
  Result<int> append_record(int segno);
  Status add_int_entry(int segno, int recno, std::string_view column, std::span<const int> values, bool isnull);
  Status add_double_entry(int segno, int recno, std::string_view column, std::span<const double> values,
                          bool isnull);
  // `string_length`: the declared length of the Fortran strings holding `values` (class 6 pads to it).
  Status add_char_entry(int segno, int recno, std::string_view column, std::span<const std::string> values,
                        bool isnull, int string_length);

  // EKDELR: deletes a record (its entries, its index entries, pages left without links, and its
  // place in the record tree; later records are renumbered). EKUCEI/EKUCED/EKUCEC: replace one
  // entry (record_deletion.cpp, entry_updates.cpp).
  Status delete_record(int segno, int recno);
  Status update_int_entry(int segno, int recno, std::string_view column, std::span<const int> values, bool isnull);
  Status update_double_entry(int segno, int recno, std::string_view column, std::span<const double> values,
                             bool isnull);
  Status update_char_entry(int segno, int recno, std::string_view column, std::span<const std::string> values,
                           bool isnull, int string_length);

  int segment_count() const { return segments_; }
  bool loading() const { return load_.active; }

  // EKCLS (DASCLS): the file's bytes.
  std::vector<std::uint8_t> image() const { return pages_.image(ifname_, ncomch_, comments_, ncomc_); }

 private:
  struct Column {
    std::string name;
    ColumnDeclaration declaration;
    int descriptor = 0;  // address of the column descriptor's first word minus one
  };
  struct FastLoad {
    bool active = false;
    int type = 1;  // 1: record-oriented (classes 1-6); 2: FIXED_COUNT columns (classes 7-9)
    int segno = 0;
    int nrows = 0;
    int metadata = 0;  // base address of the segment descriptor
    int char_pages = 0, double_pages = 0, int_pages = 0;  // the segment's page-list trees
    std::vector<Column> columns;
    std::vector<int> record_pointers;
    // CSPICE's scratch stack after the handle and segment number: per column added, its ordinal
    // then its rows' data pointers.
    std::vector<std::pair<int, std::vector<int>>> stack;
  };

  // ZZEKBS01 / ZZEKBS02 after EKBSEG's checks: the new segment's metadata, name pages and trees.
  struct NewSegment {
    int segno = 0;
    int type = 1;
    int metadata = 0;
    int char_pages = 0, double_pages = 0, int_pages = 0;
    std::vector<Column> columns;
  };
  Result<NewSegment> create_segment(std::string_view table, std::span<const std::string> names,
                                    std::span<const std::string> declarations);

  // A segment's descriptor as the record writers read and update it (ZZEKMLOC, ZZEKSDSC): its words
  // 1-based in `words`, written back by store().
  struct SegmentState {
    int mbase = 0;
    std::array<int, 25> words{};
    int& operator[](int word) { return words[static_cast<std::size_t>(word)]; }
  };
  Result<SegmentState> segment_state(int segno);
  void store(const SegmentState& segment);
  // ZZEKCDSC: the column descriptor's words (1-based) and its base address minus one.
  struct ColumnState {
    int base = 0;
    std::array<int, 12> words{};
    int operator[](int word) const { return words[static_cast<std::size_t>(word)]; }
  };
  Result<ColumnState> column_state(const SegmentState& segment, std::string_view column);
  // The common start of EKACEx: segment, column (checked to be of data type `type`, 1 character,
  // 2 double, 3 integer), and the record's pointer.
  struct EntryTarget {
    SegmentState segment;
    ColumnState column;
    int record_pointer = 0;
    int recno = 0;
  };
  Result<EntryTarget> entry_target(int segno, int recno, std::string_view column, int type, const char* call);
  // ZZEKAD01/02/04/05 (T = int: integer pages; T = double: double pages), ZZEKAD03, ZZEKAD06.
  template <class T>
  Status add_numeric_entry(EntryTarget& target, std::span<const T> values, bool isnull);
  // ZZEKUE01 / ZZEKUE02 (entry_updates.cpp).
  template <class T>
  Status update_scalar_entry(EntryTarget& target, std::span<const T> values, bool isnull);
  Status add_string_entry(EntryTarget& target, std::string_view value, bool isnull);
  Status add_string_array_entry(EntryTarget& target, std::span<const std::string> values, bool isnull,
                                int string_length);
  // ZZEKAPS for record-by-record writing: a page for the segment from ZZEKPGAL, entered in its list.
  Result<int> record_page(const SegmentState& segment, PageType type);
  // ZZEKGLNK / ZZEKSLNK: a data page's link count.
  int links(PageType type, int page);
  void set_links(PageType type, int page, int count);
  // ZZEKIII1 / ZZEKIID1 / ZZEKIIC1 (index_insertion.cpp): the record's new entry into the column's
  // index, after the last entry that is below it or equal to it with a lower record pointer.
  struct IndexKey {
    bool null = false;
    int i = 0;
    double d = 0;
    std::string_view c;
  };
  Status insert_index_entry(const SegmentState& segment, const ColumnState& column, int record_pointer,
                            const IndexKey& key);
  // ZZEKLERI/D/C: the position of the last index entry "less than or equal" to (key, pointer).
  Result<int> index_position(const SegmentState& segment, const ColumnState& column, int record_pointer,
                             const IndexKey& key);
  // ZZEKIXDL (ZZEKFRX): removes the record's entry from the column's index.
  Status delete_index_entry(const SegmentState& segment, const ColumnState& column, int record_pointer);
  // ZZEKDE01-06: the record's entry of the column deleted, its pages released (record_deletion.cpp).
  Status delete_entry(SegmentState& segment, const ColumnState& column, int record_pointer);
  // One link fewer on a data page; a page left without links is freed (ZZEKDPS).
  Status release_page(SegmentState& segment, PageType type, int page);
  // ZZEKGFWD: a data page's forward pointer.
  int forward(PageType type, int page);
  // Whether a record was written by the fast load (its page has no link count, as ZZEKFF01 writes
  // it), and the refusal to delete such a record's string or array entries (record_deletion.cpp).
  bool fast_loaded(int record_pointer);
  static Error fast_load_refusal(const char* what, int recno, int segno);
  Status check_not_fast_loaded(const EntryTarget& target);

  Result<const Column*> column_for(int segno, std::string_view column, std::span<const int> sizes,
                                   std::span<const bool> nulls, std::span<const int> record_pointers,
                                   int type) const;
  // ZZEKAPS: a new page of `type` for the segment, entered in its page list.
  Result<int> segment_page(PageType type);
  // ZZEKACPS: `n` consecutive new pages of `type` for the segment; returns the first.
  Result<int> segment_pages(PageType type, int n);
  void set_forward(PageType type, int page, int next);
  Status write_index(const Column& column, std::vector<int> order);
  // EKACLI and EKACLD (column_writers.cpp).
  template <class T>
  Status add_numeric_column(int segno, std::string_view column, std::span<const T> values, std::span<const int> sizes,
                            std::span<const bool> nulls, std::span<const int> record_pointers);
  struct FixedCountValues {
    std::span<const int> ints;
    std::span<const double> doubles;
    std::span<const std::string> strings;
    std::span<const bool> nulls;
    int string_length = 0;
  };
  // ZZEKAC07-09 (column_writers_fixed_count.cpp); `order`: the rows in index order.
  Status add_fixed_count_column(const Column& column, const FixedCountValues& values, std::vector<int> order);

  EkPages pages_;
  std::string ifname_;
  int ncomch_ = 0;
  std::vector<std::uint8_t> comments_;  // an existing file's comment records (EKOPW)
  int ncomc_ = 0;
  int segment_tree_ = 0;
  int segments_ = 0;
  FastLoad load_;
};

}  // namespace sc::ek::writing
