// The EK tables a query can name, as CSPICE's query manager (EKQMGR) knows them from the loaded EKs:
// tables in the order they became known, each with its columns in the order of the segment that
// introduced the table, and its segments in load order (files in load order, each file's segments
// in file order).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "ek/ek_file.hpp"
#include "errors/result.hpp"

namespace sc::ek {

struct SegmentRef {
  std::shared_ptr<const EkFile> file;
  const Segment* segment = nullptr;  // within *file
  // For each column of the table (table order), its index in segment->columns.
  std::vector<int> columns;

  const ColumnDescriptor& column(int table_column) const {
    return segment->columns[static_cast<std::size_t>(columns[static_cast<std::size_t>(table_column)])];
  }
};

struct LoadedTable {
  std::string name;
  std::vector<ColumnDescriptor> columns;
  std::vector<int> segments;  // indices into LoadedTables::segments
};

struct LoadedTables {
  std::vector<SegmentRef> segments;
  std::vector<LoadedTable> tables;

  // The table named `name` (upper case), or nullptr.
  const LoadedTable* find(const std::string& name) const {
    for (const auto& t : tables) {
      if (t.name == name) return &t;
    }
    return nullptr;
  }
};

// A table as the query manager first met it: its name and its columns in that segment's order.
struct TableSchema {
  std::string name;
  std::vector<ColumnDescriptor> columns;
};

// EKLEF's checks and bookkeeping for a file being loaded: SPICE(EKNOSEGMENTS) for a file without
// segments; SPICE(EKCOLNUMMISMATCH) for a segment whose column count differs from its table's (or
// that names a column twice), SPICE(EKMISSINGCOLUMN) for one that lacks a column of its table,
// SPICE(BADATTRIBUTES) for a column whose class, type, length or size differ from the table's.
// On success, the file's tables not known yet are appended to `known`, in the file's order.
Status add_tables(std::vector<TableSchema>& known, const EkFile& file, const std::string& file_name);

// EKUEF: the tables no file of `loaded` has any more leave `known`.
void drop_tables(std::vector<TableSchema>& known, std::span<const std::shared_ptr<const EkFile>> loaded);

// The query manager's view of `loaded` (in load order) with the table order `known`.
LoadedTables assemble_tables(const std::vector<TableSchema>& known, std::span<const std::shared_ptr<const EkFile>> loaded);

}  // namespace sc::ek
