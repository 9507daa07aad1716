#include "ek/query_results.hpp"

#include "ek/entry_values.hpp"

namespace sc::ek {
namespace {

const char* type_name(DataType t) {
  switch (t) {
    case DataType::character: return "CHR";
    case DataType::dp: return "DP";
    case DataType::integer: return "INT";
    case DataType::time: return "TIME";
  }
  return "?";
}

}  // namespace

Result<Entry> QueryResults::entry_for(bool eks_loaded, int selidx, int row, int element,
                                      bool (*type_ok)(DataType), const ColumnDescriptor** column) const {
  if (!eks_loaded) return make_error("SPICE(NOLOADEDFILES)", "No E-kernels are currently loaded.");
  if (row < 1 || row > rows()) {
    return make_error("SPICE(INVALIDINDEX)", "Row indices for query result range from 1 to " + std::to_string(rows()) +
                                                 "; requested row index was " + std::to_string(row) + ".");
  }
  if (element < 1) {
    return make_error("SPICE(INVALIDINDEX)", "ELMENT must be positive but was " + std::to_string(element) + ".");
  }
  if (selidx < 1 || selidx > static_cast<int>(select_.size())) {
    // N0067 names the number of FROM tables as the top of the range.
    const int ntab = rows_.empty() ? 0 : static_cast<int>(rows_.front().segments.size());
    return make_error("SPICE(INVALIDINDEX)", "The SELECT column index " + std::to_string(selidx) +
                                                 " is out of the valid range 1:" + std::to_string(ntab));
  }
  const SearchColumn& sel = select_[static_cast<std::size_t>(selidx - 1)];
  const ResultRow& r = rows_[static_cast<std::size_t>(row - 1)];
  const SegmentRef& seg = tables_.segments[static_cast<std::size_t>(r.segments[static_cast<std::size_t>(sel.table)])];
  const ColumnDescriptor& c = seg.column(sel.column);
  if (!type_ok(c.type)) {
    return make_error("SPICE(INVALIDTYPE)", std::string("Column ") + c.name + " has data type " + type_name(c.type) + ".");
  }
  *column = &c;
  // CSPICE fetches after the deferred sort; when it failed, the first fetch reports its error
  // (later ones read an order vector the failed sort never wrote: here they report it again).
  if (deferred_) return *deferred_;
  return read_entry(*seg.file, *seg.segment, c, r.records[static_cast<std::size_t>(sel.table)]);
}

Result<Fetched<std::string>> QueryResults::ekgc(bool eks_loaded, int selidx, int row, int element) const {
  const ColumnDescriptor* c = nullptr;
  SC_TRY_ASSIGN(auto&& e, entry_for(eks_loaded, selidx, row, element,
                                    [](DataType t) { return t == DataType::character; }, &c));
  const Element el = element_of(e, *c, element);
  Fetched<std::string> out{el.found, el.null, {}};
  if (el.found && !el.null) {
    out.value = e.strings[el.index];
    out.value.erase(out.value.find_last_not_of(' ') + 1);
  }
  return out;
}

Result<Fetched<double>> QueryResults::ekgd(bool eks_loaded, int selidx, int row, int element) const {
  const ColumnDescriptor* c = nullptr;
  SC_TRY_ASSIGN(auto&& e, entry_for(eks_loaded, selidx, row, element,
                                    [](DataType t) { return t == DataType::dp || t == DataType::time; }, &c));
  const Element el = element_of(e, *c, element);
  Fetched<double> out{el.found, el.null, 0.0};
  if (el.found && !el.null) out.value = e.doubles[el.index];
  return out;
}

Result<Fetched<int>> QueryResults::ekgi(bool eks_loaded, int selidx, int row, int element) const {
  const ColumnDescriptor* c = nullptr;
  SC_TRY_ASSIGN(auto&& e, entry_for(eks_loaded, selidx, row, element,
                                    [](DataType t) { return t == DataType::integer; }, &c));
  const Element el = element_of(e, *c, element);
  Fetched<int> out{el.found, el.null, 0};
  if (el.found && !el.null) out.value = e.ints[el.index];
  return out;
}

}  // namespace sc::ek
