// EKUCEI, EKUCED and EKUCEC: replace one column entry of a record. Scalar numbers (ZZEKUE01/02)
// are replaced in place, their index entry moved to the new value's place; a null replacing a value
// takes one link off its page but never frees it, and CSPICE does not check there that the column
// allows nulls. A null replaced by a value, or an entry not written yet, is written as EKACEx
// writes it. Strings and arrays (ZZEKUE03-06) are deleted (record_deletion.cpp) and written again
// as EKACEx writes them, with EKACEx's checks made only after the deletion.
#include <string>
#include <type_traits>

#include "ek/writing/ek_writer.hpp"
#include "ek/writing/entry_checks.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

Error no_class(int cls, const char* kind, std::string_view column, int recno, int segno) {
  return make_error("SPICE(NOCLASS)", "Class " + std::to_string(cls) + " from input column descriptor is not a supported " +
                                          kind + " class.  COLUMN = " + std::string(column) + "; RECNO = " +
                                          std::to_string(recno) + "; SEGNO = " + std::to_string(segno) + ".");
}

}  // namespace

Status EkWriter::check_not_fast_loaded(const EntryTarget& t) {
  const int datptr = pages_.int_at(t.record_pointer + L::kRecordDataBase + t.column[L::kColOrdinal]);
  if (datptr > 0 && fast_loaded(t.record_pointer)) return fast_load_refusal("updated", t.recno, t.segment.words[L::kSegNumber]);
  return {};
}

template <class T>
Status EkWriter::update_scalar_entry(EntryTarget& t, std::span<const T> values, bool isnull) {
  constexpr PageType type = std::is_same_v<T, int> ? PageType::integer : PageType::dp;
  const int ptrloc = t.record_pointer + L::kRecordDataBase + t.column[L::kColOrdinal];
  const int datptr = pages_.int_at(ptrloc);
  const bool indexed = t.column[L::kColIndexType] != L::kFalse;
  IndexKey key{.null = isnull};
  if (!isnull && !values.empty()) {
    if constexpr (std::is_same_v<T, int>) {
      key.i = values[0];
    } else {
      key.d = values[0];
    }
  }
  if (!isnull && values.empty()) {
    return make_error("SPICE(INVALIDCOUNT)", "A non-null scalar entry needs a value; none was given.");
  }
  if (datptr > 0) {
    if (indexed) {
      SC_TRY(delete_index_entry(t.segment, t.column, t.record_pointer));
      SC_TRY(insert_index_entry(t.segment, t.column, t.record_pointer, key));
    }
    if (isnull) {
      const int page = type == PageType::integer ? (datptr - L::kIntPageOrigin - 1) / L::kIntPageSize + 1
                                                 : (datptr - 1) / L::kDoublePageSize + 1;
      set_links(type, page, links(type, page) - 1);
      pages_.int_at(ptrloc) = L::kNullPointer;
    } else if constexpr (std::is_same_v<T, int>) {
      pages_.int_at(datptr) = values[0];
    } else {
      pages_.double_at(datptr) = values[0];
    }
    return {};
  }
  if (datptr == L::kNullPointer) {
    if (isnull) return {};
    if (indexed) SC_TRY(delete_index_entry(t.segment, t.column, t.record_pointer));
    pages_.int_at(ptrloc) = L::kUninitialized;
  } else if (datptr != L::kUninitialized && datptr != L::kNoBackup) {
    return make_error("SPICE(BUG)", "Data pointer is corrupted. SEGNO = " + std::to_string(t.segment[L::kSegNumber]) +
                                        "; COLIDX =  " + std::to_string(t.column[L::kColOrdinal]) + "; RECNO = " +
                                        std::to_string(t.recno) + ".");
  }
  SC_TRY(entry_checks(t.column.words, t.segment[L::kSegNumber], t.recno, isnull, false, 1));
  return add_numeric_entry<T>(t, values, isnull);
}

Status EkWriter::update_int_entry(int segno, int recno, std::string_view column, std::span<const int> values,
                                  bool isnull) {
  SC_TRY_ASSIGN(auto&& t, entry_target(segno, recno, column, 3, "EKUCEI"));
  const int cls = t.column[L::kColClass];
  if (cls == 1) return update_scalar_entry<int>(t, values, isnull);
  if (cls != 4) return no_class(cls, "integer", column, recno, segno);
  SC_TRY(check_not_fast_loaded(t));
  SC_TRY(delete_entry(t.segment, t.column, t.record_pointer));
  SC_TRY(entry_checks(t.column.words, segno, recno, isnull, true, static_cast<int>(values.size())));
  return add_numeric_entry<int>(t, values, isnull);
}

Status EkWriter::update_double_entry(int segno, int recno, std::string_view column, std::span<const double> values,
                                     bool isnull) {
  SC_TRY_ASSIGN(auto&& t, entry_target(segno, recno, column, 2, "EKUCED"));
  const int cls = t.column[L::kColClass];
  if (cls == 2) return update_scalar_entry<double>(t, values, isnull);
  if (cls != 5) return no_class(cls, "d.p.", column, recno, segno);
  SC_TRY(check_not_fast_loaded(t));
  SC_TRY(delete_entry(t.segment, t.column, t.record_pointer));
  SC_TRY(entry_checks(t.column.words, segno, recno, isnull, true, static_cast<int>(values.size())));
  return add_numeric_entry<double>(t, values, isnull);
}

Status EkWriter::update_char_entry(int segno, int recno, std::string_view column, std::span<const std::string> values,
                                   bool isnull, int string_length) {
  SC_TRY_ASSIGN(auto&& t, entry_target(segno, recno, column, 1, "EKUCEC"));
  const int cls = t.column[L::kColClass];
  if (cls != 3 && cls != 6) return no_class(cls, "character", column, recno, segno);
  SC_TRY(check_not_fast_loaded(t));
  SC_TRY(delete_entry(t.segment, t.column, t.record_pointer));
  SC_TRY(entry_checks(t.column.words, segno, recno, isnull, cls == 6, static_cast<int>(values.size())));
  if (cls == 3) return add_string_entry(t, values.empty() ? std::string_view{} : std::string_view(values[0]), isnull);
  return add_string_array_entry(t, values, isnull, string_length);
}

}  // namespace sc::ek::writing
