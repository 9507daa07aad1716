// EKACEI, EKACED and EKACEC: one column entry of one record, written as CSPICE's ZZEKAD01-06 write
// it. Unlike the fast load, which gives each column its own pages, the record writers share one
// "last page" per data type in the segment (its number and how much of it is used are segment
// descriptor words 16-21): an entry goes after whatever the previous entry of any column left
// there, and only spills onto a new page (linked by a forward pointer) when it does not fit. Each
// page's link count is the number of entries that start in it (a continued array's later pages
// count one). The record's data pointer for the column then points at the entry; a null entry is
// only the pointer value NULL. An indexed column's index gets the record too.
#include <algorithm>
#include <string>
#include <type_traits>

#include "ek/writing/ek_writer.hpp"
#include "ek/writing/entry_checks.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

// Segment descriptor words: the last page of each type the record writers used, and the words or
// characters used in it (eksegdsc.inc: LCPIDX, LDPIDX, LIPIDX, LCWIDX, LDWIDX, LIWIDX).
constexpr int kLastCharPage = 16, kLastDoublePage = 17, kLastIntPage = 18;
constexpr int kLastCharWord = 19, kLastDoubleWord = 20, kLastIntWord = 21;
constexpr int kSegNumber = L::kSegNumber;

template <class T>
struct Numeric;
template <>
struct Numeric<int> {
  static constexpr PageType type = PageType::integer;
  static constexpr int page_size = L::kIntDataSize;
  static constexpr int last_page = kLastIntPage, last_word = kLastIntWord;
};
template <>
struct Numeric<double> {
  static constexpr PageType type = PageType::dp;
  static constexpr int page_size = L::kDoubleDataSize;
  static constexpr int last_page = kLastDoublePage, last_word = kLastDoubleWord;
};

std::size_t rtrim_length(std::string_view s) {  // RTRIM: at least 1
  const auto last = s.find_last_not_of(' ');
  return last == std::string_view::npos ? 1 : last + 1;
}

}  // namespace

template <class T>
Status EkWriter::add_numeric_entry(EntryTarget& t, std::span<const T> values, bool isnull) {
  using N = Numeric<T>;
  SegmentState& seg = t.segment;
  const int ptrloc = t.record_pointer + L::kRecordDataBase + t.column[L::kColOrdinal];
  auto put = [&](int address, T value) {
    if constexpr (std::is_same_v<T, int>) {
      pages_.int_at(address) = value;
    } else {
      pages_.double_at(address) = value;
    }
  };
  if (t.column[L::kColClass] <= 3) {
    // ZZEKAD01 / ZZEKAD02: one word; the record must not have an entry for the column yet.
    const int datptr = pages_.int_at(ptrloc);
    if (datptr != L::kUninitialized && datptr != L::kNoBackup) {
      return make_error("SPICE(NONEMPTYENTRY)", "Column having index " + std::to_string(t.column[L::kColOrdinal]) +
                                                    " in segment " + std::to_string(seg[kSegNumber]) +
                                                    " has non-empty element in record " +
                                                    std::to_string(t.recno) + ".");
    }
    if (isnull) {
      pages_.int_at(ptrloc) = L::kNullPointer;
    } else if (values.empty()) {
      return make_error("SPICE(INVALIDCOUNT)", "A non-null scalar entry needs a value; none was given.");
    } else {
      const int lastw = seg[N::last_word];
      if (lastw < N::page_size) {
        const int p = seg[N::last_page];
        const int at = EkPages::base(N::type, p) + lastw + 1;
        pages_.int_at(ptrloc) = at;
        put(at, values[0]);
        set_links(N::type, p, links(N::type, p) + 1);
        seg[N::last_word] = lastw + 1;
      } else {
        SC_TRY_ASSIGN(auto&& p, record_page(seg, N::type));
        const int base = EkPages::base(N::type, p);
        put(base + 1, values[0]);
        set_links(N::type, p, 1);
        seg[N::last_page] = p;
        seg[N::last_word] = 1;
        pages_.int_at(ptrloc) = base + 1;
      }
    }
    store(seg);
    if (t.column[L::kColIndexType] != L::kFalse) {
      IndexKey key{.null = isnull};
      if (!isnull) {
        if constexpr (std::is_same_v<T, int>) {
          key.i = values[0];
        } else {
          key.d = values[0];
        }
      }
      SC_TRY(insert_index_entry(seg, t.column, t.record_pointer, key));
    }
    return {};
  }
  // ZZEKAD04 / ZZEKAD05: the element count, then the elements, continued on new pages as needed
  // (a page needs room for at least two words to start an entry: the count and one element).
  if (isnull) {
    pages_.int_at(ptrloc) = L::kNullPointer;
  } else {
    const int nvals = static_cast<int>(values.size());
    int lastw = seg[N::last_word];
    int room = N::page_size - lastw;
    int remain = nvals, start = 0;
    bool first_page = true;
    int p = seg[N::last_page];
    while (remain > 0) {
      if (room >= 2) {
        p = seg[N::last_page];
        int at = EkPages::base(N::type, p) + lastw + 1;
        if (first_page) {
          pages_.int_at(ptrloc) = at;
          put(at, static_cast<T>(nvals));
          --room;
          ++at;
        }
        const int nwrite = std::min(remain, room);
        for (int k = 0; k < nwrite; ++k) put(at + k, values[static_cast<std::size_t>(start + k)]);
        remain -= nwrite;
        room -= nwrite;
        start += nwrite;
        set_links(N::type, p, links(N::type, p) + 1);
        // CSPICE's bookkeeping: LASTW is not advanced inside the loop, so a continuation page records
        // only what was written in it.
        seg[N::last_word] = first_page ? lastw + 1 + nwrite : lastw + nwrite;
        first_page = false;
      } else {
        SC_TRY_ASSIGN(auto&& p2, record_page(seg, N::type));
        if (!first_page) set_forward(N::type, p, p2);
        p = p2;
        lastw = 0;
        seg[N::last_page] = p;
        seg[N::last_word] = lastw;
        room = N::page_size;
        set_links(N::type, p, 0);
      }
    }
  }
  store(seg);
  return {};
}

template Status EkWriter::add_numeric_entry<int>(EntryTarget&, std::span<const int>, bool);
template Status EkWriter::add_numeric_entry<double>(EntryTarget&, std::span<const double>, bool);

Status EkWriter::add_string_entry(EntryTarget& t, std::string_view value, bool isnull) {
  // ZZEKAD03: the string's length (trailing blanks dropped, at least 1, at most a fixed declared
  // length) encoded in 5 characters, then its characters, continued on new pages as needed.
  SegmentState& seg = t.segment;
  const int ptrloc = t.record_pointer + L::kRecordDataBase + t.column[L::kColOrdinal];
  const int lnb = static_cast<int>(rtrim_length(value));
  const int strlen = t.column[L::kColLength] != L::kFalse ? std::min(t.column[L::kColLength], lnb) : lnb;
  if (isnull) {
    pages_.int_at(ptrloc) = L::kNullPointer;
  } else {
    int n = strlen, pos = 0, lastw = seg[kLastCharWord], p = seg[kLastCharPage], pcount = 0, base = 0;
    while (n > 0) {
      if (lastw < L::kCharDataSize - L::kEncodedSize) {
        ++pcount;
        int at = 0;
        if (pcount == 1) {
          base = EkPages::base(PageType::character, p);
          at = base + lastw + 1;
          pages_.int_at(ptrloc) = at;
          pages_.write_encoded(at, strlen);
          at += L::kEncodedSize;
          lastw += L::kEncodedSize;
        } else {
          at = base + 1;
        }
        const int nwrite = std::min(L::kCharDataSize - lastw, n);
        for (int k = 0; k < nwrite; ++k) {
          const std::size_t i = static_cast<std::size_t>(pos + k);
          pages_.char_at(at + k) = i < value.size() ? value[i] : ' ';
        }
        n -= nwrite;
        pos += nwrite;
        set_links(PageType::character, p, links(PageType::character, p) + 1);
        lastw += nwrite;
        seg[kLastCharWord] = lastw;
      } else {
        SC_TRY_ASSIGN(auto&& p2, record_page(seg, PageType::character));
        if (pcount > 0) set_forward(PageType::character, p, p2);
        p = p2;
        base = EkPages::base(PageType::character, p);
        lastw = 0;
        seg[kLastCharPage] = p;
        seg[kLastCharWord] = lastw;
        set_links(PageType::character, p, 0);
      }
    }
  }
  store(seg);
  if (t.column[L::kColIndexType] != L::kFalse) {
    // The index is ordered by the value as given, not by the (possibly shortened) stored string.
    SC_TRY(insert_index_entry(seg, t.column, t.record_pointer, IndexKey{.null = isnull, .c = value}));
  }
  return {};
}

Status EkWriter::add_string_array_entry(EntryTarget& t, std::span<const std::string> values, bool isnull,
                                        int string_length) {
  // ZZEKAD06: the element count encoded in 5 characters, then each element padded or cut to the
  // declared length, continued on new pages as needed (a continuation page has one link).
  SegmentState& seg = t.segment;
  const int ptrloc = t.record_pointer + L::kRecordDataBase + t.column[L::kColOrdinal];
  if (isnull) {
    pages_.int_at(ptrloc) = L::kNullPointer;
    store(seg);
    return {};
  }
  const int nvals = static_cast<int>(values.size());
  const int strlen = t.column[L::kColLength];
  const int cvlen = string_length;
  int lastw = seg[kLastCharWord];
  int room = L::kCharDataSize - lastw;
  bool first_page = true;
  int p = 0, at = 0;
  if (lastw < L::kCharDataSize) {
    p = seg[kLastCharPage];
    at = EkPages::base(PageType::character, p) + lastw + 1;
  }
  for (int e = 0; e < nvals; ++e) {
    const std::string& v = values[static_cast<std::size_t>(e)];
    int pos = 0, remain = strlen;
    while (remain > 0) {
      const int min_room = first_page ? 1 + L::kEncodedSize : 1;
      if (room >= min_room) {
        if (first_page) {
          pages_.int_at(ptrloc) = at;
          pages_.write_encoded(at, nvals);
          room -= L::kEncodedSize;
          at += L::kEncodedSize;
          set_links(PageType::character, p, links(PageType::character, p) + 1);
        }
        const int nwrite = std::min(remain, room);
        // Characters of the value up to its Fortran length, then blanks up to the declared length.
        for (int k = 0; k < nwrite; ++k) {
          const int i = pos + k;
          pages_.char_at(at + k) = i < cvlen && static_cast<std::size_t>(i) < v.size() ? v[static_cast<std::size_t>(i)] : ' ';
        }
        at += nwrite;
        pos += nwrite;
        remain -= nwrite;
        room -= nwrite;
        lastw += first_page ? L::kEncodedSize + nwrite : nwrite;
        seg[kLastCharWord] = lastw;
        first_page = false;
      } else {
        SC_TRY_ASSIGN(auto&& p2, record_page(seg, PageType::character));
        if (!first_page) set_forward(PageType::character, p, p2);
        p = p2;
        lastw = 0;
        seg[kLastCharPage] = p;
        seg[kLastCharWord] = lastw;
        room = L::kCharDataSize;
        at = EkPages::base(PageType::character, p) + 1;
        set_links(PageType::character, p, first_page ? 0 : 1);
      }
    }
  }
  store(seg);
  return {};
}

Status EkWriter::add_int_entry(int segno, int recno, std::string_view column, std::span<const int> values, bool isnull) {
  SC_TRY_ASSIGN(auto&& t, entry_target(segno, recno, column, 3, "EKACEI"));
  const int cls = t.column[L::kColClass];
  if (cls != 1 && cls != 4) {
    return make_error("SPICE(NOCLASS)", "Class " + std::to_string(cls) +
                                            " from input column descriptor is not a supported integer class.  "
                                            "COLUMN = " + std::string(column) + "; RECNO = " + std::to_string(recno) +
                                            "; SEGNO = " + std::to_string(segno) + ".");
  }
  SC_TRY(entry_checks(t.column.words, segno, recno, isnull, cls == 4, static_cast<int>(values.size())));
  return add_numeric_entry<int>(t, values, isnull);
}

Status EkWriter::add_double_entry(int segno, int recno, std::string_view column, std::span<const double> values,
                                  bool isnull) {
  SC_TRY_ASSIGN(auto&& t, entry_target(segno, recno, column, 2, "EKACED"));
  const int cls = t.column[L::kColClass];
  if (cls != 2 && cls != 5) {
    return make_error("SPICE(NOCLASS)", "Class " + std::to_string(cls) +
                                            " from input column descriptor is not a supported d.p. class.  "
                                            "COLUMN = " + std::string(column) + "; RECNO = " + std::to_string(recno) +
                                            "; SEGNO = " + std::to_string(segno) + ".");
  }
  SC_TRY(entry_checks(t.column.words, segno, recno, isnull, cls == 5, static_cast<int>(values.size())));
  return add_numeric_entry<double>(t, values, isnull);
}

Status EkWriter::add_char_entry(int segno, int recno, std::string_view column, std::span<const std::string> values,
                                bool isnull, int string_length) {
  SC_TRY_ASSIGN(auto&& t, entry_target(segno, recno, column, 1, "EKACEC"));
  const int cls = t.column[L::kColClass];
  if (cls != 3 && cls != 6) {
    return make_error("SPICE(NOCLASS)", "Class " + std::to_string(cls) +
                                            " from input column descriptor is not a supported character class.  "
                                            "COLUMN = " + std::string(column) + "; RECNO = " + std::to_string(recno) +
                                            "; SEGNO = " + std::to_string(segno) + ".");
  }
  SC_TRY(entry_checks(t.column.words, segno, recno, isnull, cls == 6, static_cast<int>(values.size())));
  if (cls == 3) return add_string_entry(t, values.empty() ? std::string_view{} : std::string_view(values[0]), isnull);
  return add_string_array_entry(t, values, isnull, string_length);
}

}  // namespace sc::ek::writing
