#include "ek/entry_values.hpp"

#include <algorithm>
#include <array>
#include <type_traits>

#include "ek/ek_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::ek {
namespace {

namespace L = layout;

struct Reader {
  const EkFile& file;
  const Segment& segment;
  const ColumnDescriptor& column;
  int record;

  const das::DasFile& das() const { return file.das(); }

  Error corrupt(const std::string& what) const {
    return make_error("SPICE(INVALIDFORMAT)", "The entry of column " + quoted(column.name) + " of table " +
                                                  quoted(segment.table) + " in record " + std::to_string(record) +
                                                  " of the EK " + quoted(file.file_name()) + " is corrupt: " + what +
                                                  ".");
  }

  Result<int> read_int(int address) const {
    std::array<std::int32_t, 1> v{};
    SC_TRY(das().read_ints(address, v));
    return v[0];
  }
  Result<double> read_double(int address) const {
    std::array<double, 1> v{};
    SC_TRY(das().read_doubles(address, v));
    return v[0];
  }
  // ZZEKGEI: an integer encoded in 5 characters (PRTENC: base 128, most significant first).
  Result<int> read_encoded(int address) const {
    SC_TRY_ASSIGN(auto&& text, das().read_chars(address, L::kEncodedSize));
    long long n = 0;
    for (unsigned char c : text) n = n * 128 + c;
    if (n > 0x7fffffff) return corrupt("an encoded integer is out of range");
    return static_cast<int>(n);
  }

  // Type 1 segments: the data pointer of this row's record, with its flags checked as ZZEKRD01 ...
  // ZZEKRD06 check them: kNullPointer for a null entry, else the address of the entry's data.
  Result<int> data_pointer() const {
    SC_TRY_ASSIGN(auto&& p, read_int(record + L::kRecordDataBase + column.ordinal));
    if (p == L::kUninitialized || p == L::kNoBackup) {
      return make_error("SPICE(UNINITIALIZEDVALUE)", "Attempted to read uninitialized column entry.  COLUMN = " +
                                                         column.name + "; RECORD = " + std::to_string(record) +
                                                         "; EK = " + file.file_name());
    }
    if (p < 1 && p != L::kNullPointer) return corrupt("its data pointer is " + std::to_string(p));
    return p;
  }

  // Reads `count` words of one type from `first` on, continuing on the page the current page's
  // forward pointer names (ZZEKGFWD) whenever a page's data words run out. `base` is the base of the
  // page the entry starts on (ZZEKPGPG), `page_size` its number of data words.
  template <class ReadRun, class Forward>
  Status follow(int first, int base, long long count, int page_size, ReadRun read_run, Forward forward) const {
    int at = first;
    int hops = 0;
    while (count > 0) {
      if (at > base + page_size) {
        SC_TRY_ASSIGN(auto&& next, forward(base));
        if (next < 1 || ++hops > 1'000'000) return corrupt("a page link is invalid");
        const int overshoot = at - (base + page_size);
        base = next;
        at = base + overshoot;
        continue;
      }
      const int n = static_cast<int>(std::min<long long>(count, base + page_size - at + 1));
      SC_TRY(read_run(at, n));
      at += n;
      count -= n;
    }
    return {};
  }

  Result<int> int_forward(int base) const { return read_int(base + L::kIntForward); }
  Result<int> double_forward(int base) const {
    SC_TRY_ASSIGN(auto&& d, read_double(base + L::kDoubleForward));
    if (!(d > 0 && d < 2147483647.0)) return corrupt("a page link is invalid");
    return static_cast<int>(d + 0.5);  // IDNINT of a positive value
  }
  // Character pages link by encoded page numbers; integer and double pages by page numbers too.
  Result<int> char_forward_base(int base) const {
    SC_TRY_ASSIGN(auto&& p, read_encoded(base + L::kCharForward));
    return L::char_page_base(p);
  }

  // Checks an element count against the file: each element takes at least one word.
  Status check_count(long long n, das::DataType type) const {
    if (n < 0 || n > das().last_address(type)) return corrupt("its element count " + std::to_string(n) + " is invalid");
    return {};
  }

  // ZZEKRD01/02/03: a scalar entry of a type 1 segment whose data is at `p`.
  Result<Entry> scalar(int p) const {
    Entry e;
    switch (column.type) {
      case DataType::integer: {
        SC_TRY_ASSIGN(auto&& v, read_int(p));
        e.ints.push_back(v);
        break;
      }
      case DataType::dp:
      case DataType::time: {
        SC_TRY_ASSIGN(auto&& v, read_double(p));
        e.doubles.push_back(v);
        break;
      }
      case DataType::character: {
        // The length, then the characters from the page of the first one on (ZZEKRD03).
        SC_TRY_ASSIGN(auto&& length, read_encoded(p));
        SC_TRY(check_count(length, das::DataType::character));
        std::string text;
        SC_TRY(follow_chars(p + L::kEncodedSize, L::char_base_of(p + L::kEncodedSize), length, text));
        e.strings.push_back(std::move(text));
        break;
      }
    }
    return e;
  }

  Status follow_chars(int first, int base, long long count, std::string& out) const {
    return follow(
        first, base, count, L::kCharDataSize,
        [&](int at, int n) -> Status {
          SC_TRY_ASSIGN(auto&& run, das().read_chars(at, n));
          out += run;
          return {};
        },
        [&](int page_base) { return char_forward_base(page_base); });
  }

  // The elements of an integer or double array entry whose count is at `p`: from p + 1 on, across
  // linked pages (ZZEKRD04, ZZEKRD05).
  template <class T, class Forward>
  Status read_numbers(int p, int base, int page_size, std::span<T> out, Forward forward) const {
    std::size_t k = 0;
    return follow(
        p + 1, base, static_cast<long long>(out.size()), page_size,
        [&](int at, int m) -> Status {
          const auto part = out.subspan(k, static_cast<std::size_t>(m));
          if constexpr (std::is_same_v<T, double>) {
            SC_TRY(das().read_doubles(at, part));
          } else {
            SC_TRY(das().read_ints(at, part));
          }
          k += part.size();
          return {};
        },
        forward);
  }

  // ZZEKRD04/05/06: an array entry of a type 1 segment at `p`: the element count, then the elements.
  Result<Entry> array(int p) const {
    Entry e;
    switch (column.type) {
      case DataType::integer: {
        SC_TRY_ASSIGN(auto&& n, read_int(p));
        SC_TRY(check_count(n, das::DataType::integer));
        e.ints.resize(static_cast<std::size_t>(n));
        SC_TRY(read_numbers(p, L::int_base_of(p), L::kIntDataSize, std::span(e.ints),
                            [&](int base) -> Result<int> {
                              SC_TRY_ASSIGN(auto&& next, int_forward(base));
                              return L::int_page_base(next);
                            }));
        break;
      }
      case DataType::dp:
      case DataType::time: {
        SC_TRY_ASSIGN(auto&& count, read_double(p));
        if (!(count >= 0 && count <= das().last_address(das::DataType::dp))) return corrupt("its element count is invalid");
        const int n = static_cast<int>(count + 0.5);  // IDNINT
        e.doubles.resize(static_cast<std::size_t>(n));
        SC_TRY(read_numbers(p, L::double_base_of(p), L::kDoubleDataSize, std::span(e.doubles),
                            [&](int base) -> Result<int> {
                              SC_TRY_ASSIGN(auto&& next, double_forward(base));
                              return L::double_page_base(next);
                            }));
        break;
      }
      case DataType::character: {
        // The encoded count, then the fixed-length strings packed across linked pages (ZZEKRD06).
        SC_TRY_ASSIGN(auto&& n, read_encoded(p));
        const int length = column.string_length;
        if (length < 1) return corrupt("its string length is " + std::to_string(length));
        SC_TRY(check_count(static_cast<long long>(n) * length, das::DataType::character));
        std::string all;
        SC_TRY(follow_chars(p + L::kEncodedSize, L::char_base_of(p), static_cast<long long>(n) * length, all));
        for (int i = 0; i < n; ++i) e.strings.push_back(all.substr(static_cast<std::size_t>(i) * length, length));
        break;
      }
    }
    return e;
  }

  // ZZEKRD07/08/09: type 2 segments keep each column's values packed page by page from a data base,
  // and (when nulls are allowed) one flag character per row from a null-flag base.
  Result<Entry> fixed() const {
    std::array<std::int32_t, 2> meta{};
    SC_TRY(das().read_ints(column.metadata + 1, meta));
    auto packed = [&](int data_base, int per_page, int page_size) {
      const int q = (record - 1) / per_page;
      return data_base + q * page_size + (record - q * per_page);
    };
    if (column.nulls_ok) {
      SC_TRY_ASSIGN(auto&& flag, das().read_chars(packed(meta[1], L::kCharDataSize, L::kCharPageSize), 1));
      if (flag == "T") return Entry{true, {}, {}, {}};
    }
    Entry e;
    switch (column.type) {
      case DataType::integer: {
        SC_TRY_ASSIGN(auto&& v, read_int(packed(meta[0], L::kIntDataSize, L::kIntPageSize)));
        e.ints.push_back(v);
        break;
      }
      case DataType::dp:
      case DataType::time: {
        SC_TRY_ASSIGN(auto&& v, read_double(packed(meta[0], L::kDoubleDataSize, L::kDoublePageSize)));
        e.doubles.push_back(v);
        break;
      }
      case DataType::character: {
        const int length = column.string_length;
        if (length < 1 || length > L::kCharDataSize) return corrupt("its string length is " + std::to_string(length));
        const int per_page = L::kCharDataSize / length;
        const int q = (record - 1) / per_page;
        const int r = record - q * per_page;
        SC_TRY_ASSIGN(auto&& text, das().read_chars(meta[0] + q * L::kCharPageSize + (r - 1) * length + 1, length));
        e.strings.push_back(std::move(text));
        break;
      }
    }
    return e;
  }
};

}  // namespace

Result<Entry> read_entry(const EkFile& file, const Segment& segment, const ColumnDescriptor& column, int record) {
  const Reader reader{file, segment, column, record};
  if (column.column_class >= 7) {
    if (record < 1 || record > segment.rows) return reader.corrupt("the row does not exist");
    return reader.fixed();
  }
  if (record < 1) return reader.corrupt("the record pointer is invalid");
  SC_TRY_ASSIGN(auto&& p, reader.data_pointer());
  if (p == layout::kNullPointer) return Entry{true, {}, {}, {}};
  return column.column_class >= 4 ? reader.array(p) : reader.scalar(p);
}

Result<Entry> read_row_entry(const EkFile& file, const Segment& segment, const ColumnDescriptor& column, int row) {
  if (row < 0 || row >= static_cast<int>(segment.records.size())) {
    return make_error("SPICE(INVALIDINDEX)", "Row " + std::to_string(row + 1) + " of table " + quoted(segment.table) +
                                                 " does not exist in the EK " + quoted(file.file_name()) + ".");
  }
  return read_entry(file, segment, column, segment.records[static_cast<std::size_t>(row)]);
}

Element element_of(const Entry& entry, const ColumnDescriptor& column, int index) {
  if (entry.null) return {true, true, 0};
  const bool array = column.column_class >= 4 && column.column_class <= 6;
  if (!array) return {true, false, 0};
  if (index < 1 || static_cast<std::size_t>(index) > entry.size()) return {false, false, 0};
  return {true, false, static_cast<std::size_t>(index - 1)};
}

}  // namespace sc::ek
