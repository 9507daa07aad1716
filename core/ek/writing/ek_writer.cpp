#include "ek/writing/ek_writer.hpp"

#include <algorithm>
#include <cctype>

#include "ek/writing/tree_building.hpp"
#include "daf/byte_order.hpp"
#include "ek/writing/tree_insertion.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

constexpr int kMaxColumns = 100;  // MXCLSG
constexpr int kIFalse = -1, kITrue = 1;
constexpr int kRecordOld = 1;  // a record's status word: OLD (ekrecptr.inc)
// Segment descriptor words CSPICE sets beside those the reader uses (eksegdsc.inc).
constexpr int kModifiedFlag = 11, kIndexedFlag = 12, kShadowFlag = 13;
constexpr int kCharDataWords = 19, kDoubleDataWords = 20, kIntDataWords = 21, kNameList = 22;

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string padded(std::string s, std::size_t width) {
  s.resize(width, ' ');
  return s;
}

}  // namespace

EkWriter::EkWriter(std::string ifname, int ncomch) : ifname_(std::move(ifname)), ncomch_(std::max(ncomch, 0)) {
  // EKOPN: integer page 1 holds the file parameters; its first word, the segment list's root.
  const int first = pages_.append(PageType::integer);
  segment_tree_ = new_tree(pages_);
  pages_.int_at(EkPages::base(PageType::integer, first) + L::kSegmentTreeWord) = segment_tree_;
}

Result<EkWriter> EkWriter::open_existing(const das::DasFile& das, std::span<const std::uint8_t> file_bytes) {
  const auto& record = das.file_record();
  const std::string& name = das.file_name();
  if (record.byte_order != daf::ByteOrder::little) {
    return make_error("SPICE(UNSUPPORTEDBFF)", "The EK " + name +
                                                   " is in BIG-IEEE byte order; only LTL-IEEE files can be opened for "
                                                   "writing here.");
  }
  if (record.nresvr != 0) {
    return make_error("SPICE(NOTSUPPORTED)", "The EK " + name + " has reserved records; they cannot be kept.");
  }
  const int nc = das.last_address(das::DataType::character);
  const int nd = das.last_address(das::DataType::dp);
  const int ni = das.last_address(das::DataType::integer);
  std::string chars;
  if (nc > 0) {
    SC_TRY_ASSIGN(auto&& text, das.read_chars(1, nc));
    chars = std::move(text);
  }
  std::vector<double> doubles(static_cast<std::size_t>(nd));
  if (nd > 0) SC_TRY(das.read_doubles(1, doubles));
  std::vector<std::int32_t> ints(static_cast<std::size_t>(ni));
  if (ni > 0) SC_TRY(das.read_ints(1, ints));
  // The reader has checked the paging and the segment list (ek::EkFile::open); the pieces the writer
  // needs must still be whole pages.
  if (ni < L::kIntPageOrigin + L::kIntPageSize || (ni - L::kIntPageOrigin) % L::kIntPageSize != 0 ||
      nd % L::kDoublePageSize != 0 || nc % L::kCharPageSize != 0) {
    return make_error("SPICE(INVALIDFORMAT)", "The EK " + name + " does not consist of whole pages.");
  }
  // A file whose writing needed more than one directory record ends with the ones segregation left
  // there; the records appended now would follow them, which the directory replay does not model.
  const std::size_t data_records = static_cast<std::size_t>(nc / L::kCharPageSize + nd / L::kDoublePageSize +
                                                            ni / L::kIntPageSize);
  if (file_bytes.size() > (2 + static_cast<std::size_t>(record.ncomr) + data_records) * 1024) {
    return make_error("SPICE(NOTSUPPORTED)", "The EK " + name +
                                                 " has directory records after its data (it was written in more than "
                                                 "247 clusters); adding segments to it is not supported yet.");
  }
  EkWriter writer(std::string(record.internal_name), 0);
  writer.pages_ = EkPages(std::move(chars), std::move(doubles), std::move(ints));
  writer.segment_tree_ = writer.pages_.int_at(EkPages::base(PageType::integer, 1) + L::kSegmentTreeWord);
  writer.segments_ = tree_size(writer.pages_, writer.segment_tree_);
  const std::size_t first = 1024, size = static_cast<std::size_t>(record.ncomr) * 1024;
  if (file_bytes.size() >= first + size) writer.comments_.assign(file_bytes.begin() + first, file_bytes.begin() + first + size);
  writer.ncomc_ = record.ncomc;
  return writer;
}

Result<int> EkWriter::segment_page(PageType type) {
  const int p = pages_.allocate(type);
  const int base = EkPages::base(type, p);
  // ZZEKSLNK and ZZEKSFWD: no links, no forward page.
  if (type == PageType::character) {
    pages_.write_encoded(base + L::kCharForward + L::kEncodedSize, 0);
    pages_.write_encoded(base + L::kCharForward, 0);
  }
  const int tree = type == PageType::character ? load_.char_pages
                   : type == PageType::dp      ? load_.double_pages
                                               : load_.int_pages;
  SC_TRY(append_to_tree(pages_, tree, p));
  return p;
}

Result<int> EkWriter::segment_pages(PageType type, int n) {
  // ZZEKACPS: n pages appended together, then each given no links and no forward page, then each
  // entered in the segment's page list.
  const int first = pages_.append(type);
  for (int i = 2; i <= n; ++i) pages_.append(type);
  const int tree = type == PageType::character ? load_.char_pages
                   : type == PageType::dp      ? load_.double_pages
                                               : load_.int_pages;
  for (int p = first; p < first + n; ++p) {
    if (type == PageType::character) {
      const int base = EkPages::base(type, p);
      pages_.write_encoded(base + L::kCharForward + L::kEncodedSize, 0);
      pages_.write_encoded(base + L::kCharForward, 0);
    }
  }
  for (int p = first; p < first + n; ++p) SC_TRY(append_to_tree(pages_, tree, p));
  return first;
}

void EkWriter::set_forward(PageType type, int page, int next) {
  const int base = EkPages::base(type, page);
  if (type == PageType::character) {
    pages_.write_encoded(base + L::kCharForward, next);
  } else if (type == PageType::dp) {
    pages_.double_at(base + L::kDoubleForward) = next;
  } else {
    pages_.int_at(base + L::kIntForward) = next;
  }
}

Result<EkWriter::NewSegment> EkWriter::create_segment(std::string_view table, std::span<const std::string> names,
                                                      std::span<const std::string> declarations) {
  // EKBSEG's checks.
  SC_TRY(check_name("EK table name", "Table", table, L::kTableNameSize));
  const int ncols = static_cast<int>(names.size());
  if (ncols < 1 || ncols > kMaxColumns) {
    return make_error("SPICE(INVALIDCOUNT)", "Number of columns must be in range 1:" + std::to_string(kMaxColumns) +
                                                 ", was " + std::to_string(ncols) + ".");
  }
  if (declarations.size() != names.size()) {
    return make_error("SPICE(INVALIDCOUNT)", "There are " + std::to_string(names.size()) + " column names but " +
                                                 std::to_string(declarations.size()) + " declarations.");
  }
  for (const auto& name : names) SC_TRY(check_name("EK column name", "Column", name, L::kColumnNameSize));
  std::vector<Column> columns;
  bool variable = false, fixed = false;
  for (int i = 0; i < ncols; ++i) {
    SC_TRY_ASSIGN(auto&& decl, parse_declaration(declarations[static_cast<std::size_t>(i)]));
    (decl.column_class <= 6 ? variable : fixed) = true;
    columns.push_back({names[static_cast<std::size_t>(i)], decl, 0});
  }
  if (variable && fixed) {
    return make_error("SPICE(BADATTRIBUTES)",
                      "Column set contains a mixture of variable and fixed-count columns.  Segments must contain all "
                      "variable or all fixed count columns.");
  }
  const int type = fixed ? 2 : 1;

  // ZZEKBS01 / ZZEKBS02: metadata pages, name pages, the segment's trees (type 1: its records and its
  // character, double and integer page lists; type 2: the page lists), then (type 1) one index tree
  // per indexed column, in that order.
  const int metasize = L::kSegmentDescriptorSize + ncols * L::kColumnDescriptorSize;
  const int nipage = (metasize + L::kIntPageSize - 1) / L::kIntPageSize;
  const int p1 = pages_.append(PageType::integer);
  for (int i = 2; i <= nipage; ++i) pages_.append(PageType::integer);
  const int ncpage = (L::kTableNameSize + ncols * L::kColumnNameSize + L::kCharPageSize - 1) / L::kCharPageSize;
  const int cp1 = pages_.append(PageType::character);
  for (int i = 2; i <= ncpage; ++i) pages_.append(PageType::character);
  const int mbase = EkPages::base(PageType::integer, p1);
  const int cbase = EkPages::base(PageType::character, cp1);
  const int rec = type == 1 ? new_tree(pages_) : 0;
  const int cpt = new_tree(pages_);
  const int dpt = new_tree(pages_);
  const int ipt = new_tree(pages_);
  auto seg = [&](int word) -> std::int32_t& { return pages_.int_at(mbase + word); };
  seg(L::kSegType) = type;
  seg(L::kSegNumber) = segments_ + 1;
  seg(L::kSegMetadataBase) = mbase;
  seg(L::kSegTableName) = cbase;
  seg(L::kSegColumns) = ncols;
  seg(L::kSegRows) = 0;
  seg(L::kSegRecordTree) = rec;
  seg(L::kSegRecordTree + 1) = cpt;
  seg(L::kSegRecordTree + 2) = dpt;
  seg(L::kSegRecordTree + 3) = ipt;
  seg(kModifiedFlag) = kITrue;
  seg(kIndexedFlag) = kIFalse;
  seg(kShadowFlag) = kIFalse;
  seg(kCharDataWords) = L::kCharDataSize;
  seg(kDoubleDataWords) = L::kDoubleDataSize;
  seg(kIntDataWords) = L::kIntDataSize;
  seg(kNameList) = cbase + L::kTableNameSize;
  const auto first = table.find_first_not_of(' ');
  pages_.write_chars(cbase + 1, padded(upper(table.substr(first == std::string_view::npos ? 0 : first)),
                                       L::kTableNameSize));
  for (int i = 1; i <= ncols; ++i) {
    Column& c = columns[static_cast<std::size_t>(i - 1)];
    const int name_base = cbase + L::kTableNameSize + (i - 1) * L::kColumnNameSize;
    pages_.write_chars(name_base + 1, padded(upper(c.name), L::kColumnNameSize));
    c.descriptor = mbase + L::kSegmentDescriptorSize + (i - 1) * L::kColumnDescriptorSize;
    auto col = [&](int word) -> std::int32_t& { return pages_.int_at(c.descriptor + word); };
    col(L::kColClass) = c.declaration.column_class;
    col(L::kColType) = c.declaration.type;
    col(L::kColLength) = c.declaration.length;
    col(L::kColSize) = c.declaration.size;
    col(L::kColName) = name_base;
    col(L::kColIndexType) = c.declaration.indexed ? 1 : kIFalse;
    if (c.declaration.indexed && type == 1) col(L::kColIndexPointer) = new_tree(pages_);  // ZZEKCIX1
    col(L::kColNullsOk) = c.declaration.nulls_ok ? kITrue : kIFalse;
    col(L::kColOrdinal) = i;
  }
  SC_TRY_ASSIGN(auto&& segno, append_to_tree(pages_, segment_tree_, p1));
  ++segments_;
  return NewSegment{segno, type, mbase, cpt, dpt, ipt, std::move(columns)};
}

Result<int> EkWriter::begin_fast_load(std::string_view table, std::span<const std::string> names,
                                      std::span<const std::string> declarations, int nrows,
                                      std::vector<int>& record_pointers) {
  if (nrows < 1) return make_error("SPICE(INVALIDCOUNT)", "Number of rows must be > 0, was " + std::to_string(nrows) + ". ");
  SC_TRY_ASSIGN(auto&& segment, create_segment(table, names, declarations));
  const int segno = segment.segno, type = segment.type, mbase = segment.metadata;
  auto seg = [&](int word) -> std::int32_t& { return pages_.int_at(mbase + word); };

  // EKIFLD, then ZZEKIF01 / ZZEKIF02.
  seg(L::kSegRows) = nrows;
  load_ = FastLoad{.active = true,
                   .type = type,
                   .segno = segno,
                   .nrows = nrows,
                   .metadata = mbase,
                   .char_pages = segment.char_pages,
                   .double_pages = segment.double_pages,
                   .int_pages = segment.int_pages,
                   .columns = std::move(segment.columns),
                   .record_pointers = {},
                   .stack = {}};
  const int ncols = static_cast<int>(load_.columns.size());
  record_pointers.clear();
  if (type == 2) {
    // ZZEKIF02: one integer page of column metadata, two words per column (data base, null flags'
    // base). There are no records: CSPICE leaves RCPTRS as it was (tspice gives zeros).
    SC_TRY_ASSIGN(auto&& p, segment_page(PageType::integer));
    int offset = EkPages::base(PageType::integer, p);
    for (const auto& c : load_.columns) {
      pages_.int_at(c.descriptor + L::kColMetadata) = offset;
      offset += 2;
    }
    record_pointers.assign(static_cast<std::size_t>(nrows), 0);
    load_.record_pointers = record_pointers;
    return segno;
  }
  const int rpsize = L::kRecordDataBase + ncols;
  const int per_page = L::kIntDataSize / rpsize;
  while (static_cast<int>(record_pointers.size()) < nrows) {
    SC_TRY_ASSIGN(auto&& p, segment_page(PageType::integer));
    const int pbase = EkPages::base(PageType::integer, p);
    for (int j = 0; j < per_page && static_cast<int>(record_pointers.size()) < nrows; ++j) {
      record_pointers.push_back(pbase + j * rpsize);
    }
  }
  load_.record_pointers = record_pointers;
  return segno;
}

Result<const EkWriter::Column*> EkWriter::column_for(int segno, std::string_view column, std::span<const int> sizes,
                                                   std::span<const bool> nulls, std::span<const int> record_pointers,
                                                   int type) const {
  if (!load_.active || segno != load_.segno) {
    return make_error("SPICE(WRONGSEGMENT)", "No fast load is in progress for segment " + std::to_string(segno) + ".");
  }
  // ZZEKCDSC: the first column whose name matches as EQSTR compares (case and blanks ignored).
  auto key = [](std::string_view s) {
    std::string k = upper(s);
    std::erase(k, ' ');
    return k;
  };
  const std::string wanted = key(column);
  const Column* found = nullptr;
  for (const auto& c : load_.columns) {
    if (key(c.name) == wanted) {
      found = &c;
      break;
    }
  }
  if (found == nullptr) {
    return make_error("SPICE(BUG)", "Descriptor for column " + std::string(column) + " was not found.");
  }
  const int dtype = found->declaration.type == 4 ? 2 : found->declaration.type;
  if (dtype != type) {
    static constexpr const char* kCall[] = {"", "EKACLC", "EKACLD", "EKACLI"};
    static constexpr const char* kKind[] = {"", "character", "double precision", "integer"};
    return make_error("SPICE(WRONGDATATYPE)", "Column " + std::string(column) + " is of type " +
                                                  std::to_string(found->declaration.type) + "; " + kCall[type] +
                                                  " only works with " + kKind[type] + " columns.");
  }
  const auto n = static_cast<std::size_t>(load_.nrows);
  if (sizes.size() != n || nulls.size() != n || record_pointers.size() != n) {
    return make_error("SPICE(INVALIDCOUNT)", "Column " + std::string(column) + ": the segment has " +
                                                 std::to_string(load_.nrows) +
                                                 " rows; entry sizes, null flags and record pointers must give one each.");
  }
  if (!std::equal(record_pointers.begin(), record_pointers.end(), load_.record_pointers.begin())) {
    return make_error("SPICE(INVALIDVALUE)", "The record pointers are not those EKIFLD returned for segment " +
                                                 std::to_string(segno) + ".");
  }
  return found;
}

Status EkWriter::write_index(const Column& column, std::vector<int> order) {
  for (int& i : order) i = load_.record_pointers[static_cast<std::size_t>(i - 1)];
  const int tree = new_tree(pages_);
  SC_TRY(fill_tree(pages_, tree, order));
  pages_.int_at(column.descriptor + L::kColIndexPointer) = tree;
  return {};
}

Status EkWriter::finish_fast_load(int segno, std::span<const int> record_pointers) {
  if (!load_.active || segno != load_.segno) {
    return make_error("SPICE(WRONGSEGMENT)", "Attempt to finish fast load of wrong segment.  Input segment number is " +
                                                 std::to_string(segno) + "; stacked segment number is " +
                                                 std::to_string(load_.segno) + ".");
  }
  if (!std::equal(record_pointers.begin(), record_pointers.end(), load_.record_pointers.begin(),
                  load_.record_pointers.end())) {
    return make_error("SPICE(INVALIDVALUE)", "The record pointers are not those EKIFLD returned for segment " +
                                                 std::to_string(segno) + ".");
  }
  if (load_.type == 2) {  // EKFFLD: "no actions are taken to complete a type 2 segment"
    load_ = FastLoad{};
    return {};
  }
  const int ncols = static_cast<int>(load_.columns.size());
  const int nrows = load_.nrows;
  // ZZEKFF01 reads the first NCOLS columns pushed on its stack; each column must be among them.
  std::vector<int> order(static_cast<std::size_t>(ncols) + 1, 0);
  for (int i = 1; i <= ncols && i <= static_cast<int>(load_.stack.size()); ++i) {
    order[static_cast<std::size_t>(load_.stack[static_cast<std::size_t>(i - 1)].first)] = i;
  }
  for (int c = 1; c <= ncols; ++c) {
    if (order[static_cast<std::size_t>(c)] == 0) {
      return make_error("SPICE(UNINITIALIZEDVALUE)",
                        "Column " + load_.columns[static_cast<std::size_t>(c - 1)].name +
                            " of segment " + std::to_string(segno) + " was not added before the fast load was finished.");
    }
  }
  const int rpsize = L::kRecordDataBase + ncols;
  const int per_page = L::kIntDataSize / rpsize;
  for (int first = 0; first < nrows; first += per_page) {
    const int nr = std::min(per_page, nrows - first);
    const int pbase = L::int_base_of(load_.record_pointers[static_cast<std::size_t>(first)] + 1);
    IntPage page{};
    for (int j = 0; j < nr; ++j) {
      page[static_cast<std::size_t>(j * rpsize)] = kRecordOld;
      page[static_cast<std::size_t>(j * rpsize + 1)] = L::kUninitialized;
      for (int c = 1; c <= ncols; ++c) {
        const auto& pointers = load_.stack[static_cast<std::size_t>(order[static_cast<std::size_t>(c)] - 1)].second;
        page[static_cast<std::size_t>(j * rpsize + L::kRecordDataBase + c - 1)] =
            pointers[static_cast<std::size_t>(first + j)];
      }
    }
    // The whole page, link count and forward pointer words included (zero).
    pages_.write_int_page((pbase - L::kIntPageOrigin) / L::kIntPageSize + 1, page);
  }
  const int tree = new_tree(pages_);
  SC_TRY(fill_tree(pages_, tree, load_.record_pointers));
  const int mbase = load_.metadata;
  pages_.int_at(mbase + L::kSegRecordTree) = tree;
  pages_.int_at(mbase + L::kSegRows) = nrows;
  pages_.int_at(mbase + kCharDataWords) = L::kCharDataSize;
  pages_.int_at(mbase + kDoubleDataWords) = L::kDoubleDataSize;
  pages_.int_at(mbase + kIntDataWords) = L::kIntDataSize;
  load_ = FastLoad{};
  return {};
}

}  // namespace sc::ek::writing
