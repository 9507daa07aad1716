#include "ek/ek_file.hpp"

#include <array>

#include "ek/ek_layout.hpp"
#include "ek/ek_tree.hpp"
#include "errors/quoted.hpp"

namespace sc::ek {
namespace {

std::string trim_right(std::string s) {
  s.erase(s.find_last_not_of(' ') + 1);
  return s;
}

Error invalid(const das::DasFile& das, const std::string& what) {
  return make_error("SPICE(INVALIDFORMAT)", "The EK " + quoted(das.file_name()) + " is corrupt: " + what + ".");
}

// ZZEKPGCH: paged access needs architecture code 8, and no address in use beyond the pages the
// directory counts.
Status check_paging(const das::DasFile& das) {
  if (das.last_address(das::DataType::integer) < layout::kIntPageOrigin) {
    return invalid(das, "it has no EK page directory");
  }
  std::array<std::int32_t, layout::kIntPagesWord> words{};
  SC_TRY(das.read_ints(1, words));
  const int arch = words[layout::kArchitectureWord - 1];
  if (arch != layout::kArchitecture) {
    return make_error("SPICE(WRONGARCHITECTURE)", "File " + quoted(das.file_name()) + " has architecture " +
                                                      std::to_string(arch) +
                                                      ", which is invalid for paged access.  You are using EK "
                                                      "software version " +
                                                      std::to_string(layout::kArchitecture) + ".");
  }
  const long long tops[] = {
      static_cast<long long>(words[layout::kCharPagesWord - 1]) * layout::kCharPageSize,
      static_cast<long long>(words[layout::kDoublePagesWord - 1]) * layout::kDoublePageSize,
      static_cast<long long>(words[layout::kIntPagesWord - 1]) * layout::kIntPageSize + layout::kIntPageOrigin};
  const das::DataType types[] = {das::DataType::character, das::DataType::dp, das::DataType::integer};
  const char* names[] = {"char", "d.p.", "int."};
  for (int i = 0; i < 3; ++i) {
    if (das.last_address(types[i]) > tops[i]) {
      return invalid(das, std::string("its last ") + names[i] + " address is " + std::to_string(das.last_address(types[i])) +
                              "; `top' = " + std::to_string(tops[i]));
    }
  }
  return {};
}

Result<ColumnDescriptor> read_column(const das::DasFile& das, int address) {
  std::array<std::int32_t, layout::kColumnDescriptorSize> d{};
  SC_TRY(das.read_ints(address, d));
  auto at = [&](int i) { return d[static_cast<std::size_t>(i - 1)]; };
  ColumnDescriptor c;
  c.column_class = at(layout::kColClass);
  const int type = at(layout::kColType);
  if (c.column_class < 1 || c.column_class > 9 || type < 1 || type > 4) {
    return invalid(das, "a column descriptor has class " + std::to_string(c.column_class) + " and type " +
                            std::to_string(type));
  }
  c.type = static_cast<DataType>(type);
  c.string_length = at(layout::kColLength);
  c.size = at(layout::kColSize);
  c.index_type = at(layout::kColIndexType);
  c.indexed = c.index_type != layout::kFalse && c.index_type != 0;
  c.index_pointer = at(layout::kColIndexPointer);
  c.nulls_ok = at(layout::kColNullsOk) == layout::kTrue;
  c.ordinal = at(layout::kColOrdinal);
  c.metadata = at(layout::kColMetadata);
  SC_TRY_ASSIGN(auto&& name, das.read_chars(at(layout::kColName) + 1, layout::kColumnNameSize));
  c.name = trim_right(std::move(name));
  return c;
}

}  // namespace

Result<std::shared_ptr<const EkFile>> EkFile::open(io::Bytes bytes, std::string file_name) {
  SC_TRY_ASSIGN(auto&& das, das::DasFile::open(std::move(bytes), std::move(file_name)));
  return open(std::move(das));
}

Result<std::shared_ptr<const EkFile>> EkFile::open(das::DasFile das) {
  auto file = std::make_shared<EkFile>(Opening{}, std::move(das));
  SC_TRY(file->read_segments());
  return std::shared_ptr<const EkFile>(std::move(file));
}

Status EkFile::read_segments() {
  SC_TRY(check_paging(das_));
  std::array<std::int32_t, 1> root{};
  SC_TRY(das_.read_ints(layout::int_page_base(1) + layout::kSegmentTreeWord, root));
  SC_TRY_ASSIGN(auto&& pages, tree_values(das_, root[0]));
  for (int page : pages) {
    std::array<std::int32_t, layout::kSegmentDescriptorSize> d{};
    SC_TRY(das_.read_ints(layout::int_page_base(page) + 1, d));
    auto at = [&](int i) { return d[static_cast<std::size_t>(i - 1)]; };
    Segment s;
    s.type = at(layout::kSegType);
    s.rows = at(layout::kSegRows);
    const int columns = at(layout::kSegColumns);
    if ((s.type != 1 && s.type != 2) || s.rows < 0 || columns < 1 || columns > 100) {
      return invalid(das_, "segment " + std::to_string(segments_.size() + 1) + " has type " + std::to_string(s.type) +
                               ", " + std::to_string(columns) + " columns and " + std::to_string(s.rows) + " rows");
    }
    SC_TRY_ASSIGN(auto&& table, das_.read_chars(at(layout::kSegTableName) + 1, layout::kTableNameSize));
    s.table = trim_right(std::move(table));
    const int base = at(layout::kSegMetadataBase);
    for (int i = 0; i < columns; ++i) {
      SC_TRY_ASSIGN(auto&& column,
                    read_column(das_, base + layout::kSegmentDescriptorSize + i * layout::kColumnDescriptorSize + 1));
      if (column.ordinal < 1 || column.ordinal > columns || (column.column_class >= 7) != (s.type == 2)) {
        return invalid(das_, "column " + quoted(column.name) + " of table " + quoted(s.table) + " has ordinal " +
                                 std::to_string(column.ordinal) + " and class " + std::to_string(column.column_class));
      }
      s.columns.push_back(std::move(column));
    }
    if (s.type == 1) {
      SC_TRY_ASSIGN(auto&& records, tree_values(das_, at(layout::kSegRecordTree)));
      if (static_cast<int>(records.size()) != s.rows) {
        return invalid(das_, "table " + quoted(s.table) + " has " + std::to_string(s.rows) + " rows and " +
                                 std::to_string(records.size()) + " records");
      }
      s.records = std::move(records);
    } else {
      const long long words = static_cast<long long>(das_.last_address(das::DataType::character)) +
                              das_.last_address(das::DataType::dp) + das_.last_address(das::DataType::integer);
      if (s.rows > words) return invalid(das_, "table " + quoted(s.table) + " has more rows than the file has words");
      for (int r = 1; r <= s.rows; ++r) s.records.push_back(r);
    }
    segments_.push_back(std::move(s));
  }
  return {};
}

}  // namespace sc::ek
