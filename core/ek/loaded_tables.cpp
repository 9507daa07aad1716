#include "ek/loaded_tables.hpp"

#include <algorithm>

#include "errors/quoted.hpp"

namespace sc::ek {
namespace {

int find_column(const std::vector<ColumnDescriptor>& columns, const std::string& name) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

bool same_attributes(const ColumnDescriptor& a, const ColumnDescriptor& b) {
  return a.column_class == b.column_class && a.type == b.type && a.string_length == b.string_length && a.size == b.size;
}

}  // namespace

Status add_tables(std::vector<TableSchema>& known, const EkFile& file, const std::string& file_name) {
  if (file.segments().empty()) {
    return make_error("SPICE(EKNOSEGMENTS)", "The EK file " + quoted(file_name) + " contains no segments.");
  }
  std::vector<TableSchema> added;
  for (std::size_t s = 0; s < file.segments().size(); ++s) {
    const Segment& seg = file.segments()[s];
    const std::string segno = std::to_string(s + 1);
    for (std::size_t i = 0; i < seg.columns.size(); ++i) {
      if (find_column(seg.columns, seg.columns[i].name) != static_cast<int>(i)) {
        return make_error("SPICE(EKCOLNUMMISMATCH)", "The EK file " + quoted(file_name) +
                                                         " could not be loaded; the segment " + segno +
                                                         " contains duplicate column names in table " + seg.table + ".");
      }
    }
    const TableSchema* schema = nullptr;
    for (const auto* list : {&known, &added}) {
      for (const auto& t : *list) {
        if (t.name == seg.table) schema = &t;
      }
    }
    if (!schema) {
      added.push_back({seg.table, seg.columns});
      continue;
    }
    if (seg.columns.size() != schema->columns.size()) {
      return make_error("SPICE(EKCOLNUMMISMATCH)",
                        "The EK file " + quoted(file_name) + " could not be loaded; the number of columns (" +
                            std::to_string(seg.columns.size()) + ") in segment " + segno +
                            " does not match the number of columns (" + std::to_string(schema->columns.size()) +
                            ") in the parent table " + seg.table + ".");
    }
    for (const auto& c : schema->columns) {
      const int k = find_column(seg.columns, c.name);
      if (k < 0) {
        return make_error("SPICE(EKMISSINGCOLUMN)", "The EK file " + quoted(file_name) +
                                                        " could not be loaded; the column " + c.name +
                                                        " in already loaded table " + seg.table +
                                                        " is not present in segment " + segno + " in the EK file.");
      }
      if (!same_attributes(c, seg.columns[static_cast<std::size_t>(k)])) {
        return make_error("SPICE(BADATTRIBUTES)", "EK file " + quoted(file_name) +
                                                      " contains a column whose attributes conflict with a loaded "
                                                      "column.  The offending column name is " +
                                                      c.name + "; the column is in segment " + segno + " of the file.");
      }
    }
  }
  known.insert(known.end(), added.begin(), added.end());
  return {};
}

void drop_tables(std::vector<TableSchema>& known, std::span<const std::shared_ptr<const EkFile>> loaded) {
  std::erase_if(known, [&](const TableSchema& t) {
    for (const auto& f : loaded) {
      for (const auto& s : f->segments()) {
        if (s.table == t.name) return false;
      }
    }
    return true;
  });
}

LoadedTables assemble_tables(const std::vector<TableSchema>& known, std::span<const std::shared_ptr<const EkFile>> loaded) {
  LoadedTables out;
  for (const auto& t : known) out.tables.push_back({t.name, t.columns, {}});
  for (const auto& f : loaded) {
    for (const auto& s : f->segments()) {
      const auto it = std::find_if(out.tables.begin(), out.tables.end(), [&](const LoadedTable& t) { return t.name == s.table; });
      if (it == out.tables.end()) continue;  // a table add_tables refused cannot be here; skip defensively
      SegmentRef ref{f, &s, {}};
      for (const auto& c : it->columns) ref.columns.push_back(find_column(s.columns, c.name));
      it->segments.push_back(static_cast<int>(out.segments.size()));
      out.segments.push_back(std::move(ref));
    }
  }
  return out;
}

}  // namespace sc::ek
