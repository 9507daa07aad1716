// EKACLI, EKACLD and EKACLC: a column's entries for every row of a fast load, written as ZZEKAC01
// (integer scalars), ZZEKAC02 (double scalars), ZZEKAC03 (string scalars), ZZEKAC04/05 (integer and
// double arrays) and ZZEKAC06 (string arrays) write them: values packed into the segment's data
// pages in row order, each row's data pointer pushed for EKFFLD, and for indexed columns an index
// tree of the record pointers in value order (ZZEKORDI/D/C's Shell sort, nulls first).
#include <algorithm>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include "ek/writing/ek_writer.hpp"
#include "ek/writing/tree_building.hpp"
#include "ek/entry_comparison.hpp"
#include "ek/writing/value_order.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
namespace {

template <class T>
struct PageTraits;
template <>
struct PageTraits<int> {
  static constexpr PageType type = PageType::integer;
  static constexpr int size = L::kIntPageSize;
  static constexpr int data = L::kIntDataSize;
};
template <>
struct PageTraits<double> {
  static constexpr PageType type = PageType::dp;
  static constexpr int size = L::kDoublePageSize;
  static constexpr int data = L::kDoubleDataSize;
};

// A value's characters as a Fortran string of `length` holds them (blank-padded or cut).
char fortran_char(const std::string& s, int position, int length) {
  return position <= length && position <= static_cast<int>(s.size()) ? s[static_cast<std::size_t>(position - 1)] : ' ';
}

// Writes a numeric page buffer over page `p` (ZZEKPGWI / ZZEKPGWD).
template <class T>
void write_page(EkPages& pages, int p, const std::vector<T>& page) {
  const int base = EkPages::base(PageTraits<T>::type, p);
  for (std::size_t k = 0; k < page.size(); ++k) {
    if constexpr (std::is_same_v<T, int>) {
      pages.int_at(base + static_cast<int>(k) + 1) = page[k];
    } else {
      pages.double_at(base + static_cast<int>(k) + 1) = page[k];
    }
  }
}

struct Target {
  EkPages& pages;
  std::vector<int>& pointers;  // the rows' data pointers, pushed as ZZEKSPSH pushes them
  std::function<Result<int>(PageType)> new_page;
  std::function<void(PageType, int, int)> set_forward;
};

// ZZEKAC01 / ZZEKAC02: one value per row (null rows hold a placeholder).
template <class T>
Status write_scalars(Target& t, std::span<const T> values, std::span<const bool> nulls, bool nulls_ok, int nrows) {
  using P = PageTraits<T>;
  int ndata = 0;
  for (int i = 0; i < nrows; ++i) ndata += (nulls_ok && nulls[static_cast<std::size_t>(i)]) ? 0 : 1;
  std::vector<T> page(P::size, T{});
  int p = 0, pbase = 0;
  if (ndata > 0) {
    SC_TRY_ASSIGN(auto&& first, t.new_page(P::type));
    p = first;
    pbase = EkPages::base(P::type, p);
  }
  int to = 1, nwrite = 0, n = 0;
  for (int from = 1; from <= nrows; ++from) {
    if (nulls_ok && nulls[static_cast<std::size_t>(from - 1)]) {
      t.pointers.push_back(L::kNullPointer);
    } else {
      t.pointers.push_back(to + pbase);
      page[static_cast<std::size_t>(to - 1)] = values[static_cast<std::size_t>(from - 1)];
      ++to;
      ++nwrite;
      ++n;
    }
    if (n == P::data || (nwrite == ndata && ndata != 0)) {
      page[P::size - 1] = static_cast<T>(n);  // the link count
      write_page(t.pages, p, page);
      if (nwrite < ndata) {
        SC_TRY_ASSIGN(auto&& next, t.new_page(P::type));
        p = next;
        pbase = EkPages::base(P::type, p);
        std::fill(page.begin(), page.end(), T{});
        n = 0;
        to = 1;
      }
    }
  }
  return {};
}

// ZZEKAC04 / ZZEKAC05: per row its element count, then its elements; an entry continues on a new
// page (linked by the forward pointer) when it does not fit, and a new entry needs two free words.
template <class T>
Status write_arrays(Target& t, std::span<const T> values, std::span<const int> sizes, std::span<const bool> nulls,
                    bool nulls_ok, int fixed_size, int nrows) {
  using P = PageTraits<T>;
  auto size_of = [&](int row) { return fixed_size > 0 ? fixed_size : sizes[static_cast<std::size_t>(row - 1)]; };
  long long ndata = 0;
  for (int r = 1; r <= nrows; ++r) {
    if (!(nulls_ok && nulls[static_cast<std::size_t>(r - 1)])) ndata += size_of(r);
  }
  long long needed = 0;
  for (int r = 1; r <= nrows; ++r) needed += size_of(r);
  if (needed != static_cast<long long>(values.size())) {
    return make_error("SPICE(INVALIDCOUNT)", "The column's entries hold " + std::to_string(needed) + " values but " +
                                                 std::to_string(values.size()) + " were given.");
  }
  std::vector<T> page(P::size, T{});
  int p = 0, pbase = 0;
  if (ndata > 0) {
    SC_TRY_ASSIGN(auto&& first, t.new_page(P::type));
    p = first;
    pbase = EkPages::base(P::type, p);
  }
  long long remain = ndata;
  std::size_t from = 0;
  int to = 1, row = 1, nelt = 1, n = 0, nlink = 0, cursiz = 0;
  while (row <= nrows) {
    bool newreq = false, cntinu = false;
    if (nulls_ok && nulls[static_cast<std::size_t>(row - 1)]) {
      from += static_cast<std::size_t>(size_of(row));
      t.pointers.push_back(L::kNullPointer);
      ++row;
      nelt = 1;
    } else {
      if (nelt == 1) {
        cursiz = size_of(row);
        t.pointers.push_back(to + pbase);
        page[static_cast<std::size_t>(to - 1)] = static_cast<T>(cursiz);
        ++to;
        ++n;
        ++nlink;
      }
      page[static_cast<std::size_t>(to - 1)] = values[from];
      ++to;
      ++n;
      ++from;
      --remain;
      cntinu = nelt < cursiz && n == P::data;
      if (nelt == cursiz) {
        if (remain > 0) newreq = n > P::data - 2;
        nelt = 1;
        ++row;
      } else {
        ++nelt;
      }
    }
    if (cntinu || newreq || (row > nrows && ndata > 0)) {
      page[P::size - 1] = static_cast<T>(nlink);
      write_page(t.pages, p, page);
      if (remain > 0) {
        SC_TRY_ASSIGN(auto&& p2, t.new_page(P::type));
        pbase = EkPages::base(P::type, p2);
        std::fill(page.begin(), page.end(), T{});
        n = 0;
        nlink = 0;
        to = 1;
        if (cntinu) t.set_forward(P::type, p, p2);
        p = p2;
      }
    }
  }
  return {};
}

// Scalar columns take one value per row (a placeholder for a null row).
Status one_per_row(std::string_view column, std::size_t given, int nrows) {
  if (static_cast<int>(given) == nrows) return {};
  return make_error("SPICE(INVALIDCOUNT)", "Column " + std::string(column) + " is scalar: it takes one value per row (" +
                                               std::to_string(nrows) + "), not " + std::to_string(given) + ".");
}

// RTRIM: the position of the last non-blank character, 1 for a blank string.
int rtrim(const std::string& s) {
  const auto last = s.find_last_not_of(' ');
  return last == std::string::npos ? 1 : static_cast<int>(last) + 1;
}

struct CharPage {
  std::string text = std::string(static_cast<std::size_t>(L::kCharPageSize), ' ');
  void encode(int at, int value) {  // PRTENC into the page buffer, 1-based position
    auto v = static_cast<unsigned>(value);
    for (int k = L::kEncodedSize - 1; k >= 0; --k) {
      text[static_cast<std::size_t>(at - 1 + k)] = static_cast<char>(v % 128);
      v /= 128;
    }
  }
  int decode(int at) const {
    int v = 0;
    for (int k = 0; k < L::kEncodedSize; ++k) v = v * 128 + static_cast<unsigned char>(text[static_cast<std::size_t>(at - 1 + k)]);
    return v;
  }
  void reset() {
    text.assign(static_cast<std::size_t>(L::kCharPageSize), ' ');
    encode(L::kCharForward + L::kEncodedSize, 0);
  }
  void add_link() { encode(L::kCharForward + L::kEncodedSize, decode(L::kCharForward + L::kEncodedSize) + 1); }
};

// ZZEKAC03: per row a 5-character length, then the string's characters (trailing blanks dropped,
// at least one), continued on linked pages as needed.
Status write_strings(Target& t, std::span<const std::string> values, std::span<const bool> nulls, bool nulls_ok,
                     int column_width, int nrows) {
  const bool fixlen = column_width != -1;
  int ndata = 0;
  for (int i = 0; i < nrows; ++i) ndata += (nulls_ok && nulls[static_cast<std::size_t>(i)]) ? 0 : 1;
  CharPage page;
  int p = 0, pbase = 0;
  if (ndata > 0) {
    SC_TRY_ASSIGN(auto&& first, t.new_page(PageType::character));
    p = first;
    pbase = EkPages::base(PageType::character, p);
    page.reset();
  }
  int to = 1, n = 0, nwrite = 0;
  for (int from = 1; from <= nrows; ++from) {
    if (nulls_ok && nulls[static_cast<std::size_t>(from - 1)]) {
      t.pointers.push_back(L::kNullPointer);
    } else {
      const std::string& value = values[static_cast<std::size_t>(from - 1)];
      const int strlen = fixlen ? std::min(rtrim(value), column_width) : rtrim(value);
      t.pointers.push_back(to + pbase);
      int pos = 1;
      page.encode(to, strlen);
      n += L::kEncodedSize;
      to = n + 1;
      int nchars = strlen;
      while (nchars > 0) {
        const int room = L::kCharDataSize - n;
        const int count = std::min(nchars, room);
        for (int k = 0; k < count; ++k) {
          page.text[static_cast<std::size_t>(to - 1 + k)] = fortran_char(value, pos + k, static_cast<int>(value.size()));
        }
        page.add_link();
        if (nchars <= room) {
          n += nchars;
          to = n + 1;
          nchars = 0;
        } else {
          pos += room;
          nchars -= room;
          SC_TRY_ASSIGN(auto&& p2, t.new_page(PageType::character));
          pbase = EkPages::base(PageType::character, p2);
          page.encode(L::kCharForward, p2);
          t.pages.write_chars(EkPages::base(PageType::character, p) + 1, page.text);
          p = p2;
          page.reset();
          n = 0;
          to = 1;
        }
      }
      ++nwrite;
    }
    if (nwrite < ndata) {
      if (L::kCharDataSize - n < 1 + L::kEncodedSize) {
        t.pages.write_chars(pbase + 1, page.text);
        SC_TRY_ASSIGN(auto&& next, t.new_page(PageType::character));
        p = next;
        pbase = EkPages::base(PageType::character, p);
        page.reset();
        n = 0;
        to = 1;
      }
    } else if (n > 0) {
      t.pages.write_chars(pbase + 1, page.text);
      n = 0;
    }
  }
  return {};
}

// ZZEKAC06: per row a 5-character element count, then its elements at the column's string length,
// each as a Fortran string of `cvlen` characters holds it, padded to the column's length.
Status write_string_arrays(Target& t, std::span<const std::string> values, std::span<const int> sizes,
                           std::span<const bool> nulls, bool nulls_ok, int fixed_size, int strlen, int cvlen_in,
                           int nrows) {
  auto size_of = [&](int row) { return fixed_size > 0 ? fixed_size : sizes[static_cast<std::size_t>(row - 1)]; };
  long long ndata = 0, needed = 0;
  for (int r = 1; r <= nrows; ++r) {
    needed += size_of(r);
    if (!(nulls_ok && nulls[static_cast<std::size_t>(r - 1)])) ndata += static_cast<long long>(strlen) * size_of(r);
  }
  if (needed != static_cast<long long>(values.size())) {
    return make_error("SPICE(INVALIDCOUNT)", "The column's entries hold " + std::to_string(needed) + " values but " +
                                                 std::to_string(values.size()) + " were given.");
  }
  CharPage page;
  int p = 0, pbase = 0, cvlen = 0;
  bool pad = false;
  if (ndata > 0) {
    SC_TRY_ASSIGN(auto&& first, t.new_page(PageType::character));
    p = first;
    pbase = EkPages::base(PageType::character, p);
    page.text.assign(static_cast<std::size_t>(L::kCharPageSize), ' ');
    cvlen = std::min(cvlen_in, strlen);
    pad = cvlen < strlen;
  }
  long long remain = ndata;
  std::size_t from = 0;
  int to = 1, row = 1, cp = 1, n = 0, nchars = 0, nlink = 0, curchr = 0;
  bool newent = true;
  while (row <= nrows) {
    bool newreq = false, cntinu = false;
    if (nulls_ok && nulls[static_cast<std::size_t>(row - 1)]) {
      from += static_cast<std::size_t>(size_of(row));
      t.pointers.push_back(L::kNullPointer);
      ++row;
      newent = true;
    } else {
      if (newent) {
        const int cursiz = size_of(row);
        curchr = cursiz * strlen;
        nchars = 0;
        cp = 1;
        t.pointers.push_back(to + pbase);
        page.encode(to, cursiz);
        to += L::kEncodedSize;
        n += L::kEncodedSize;
        ++nlink;
        newent = false;
      }
      const int room = L::kCharDataSize - n;
      const int nwrite = std::min(curchr - nchars, room);
      int nw = nwrite;
      while (nw > 0) {
        const std::string& value = values[from];
        int l = 0;
        if (pad && cp < cvlen) {
          l = std::min(cvlen - cp + 1, nw);
          for (int k = 0; k < l; ++k) page.text[static_cast<std::size_t>(to - 1 + k)] = fortran_char(value, cp + k, cvlen);
        } else if (pad) {
          l = std::min(strlen - cp + 1, nw);
          for (int k = 0; k < l; ++k) page.text[static_cast<std::size_t>(to - 1 + k)] = ' ';
        } else {
          l = std::min(strlen - cp + 1, nw);
          for (int k = 0; k < l; ++k) {
            page.text[static_cast<std::size_t>(to - 1 + k)] = fortran_char(value, cp + k, cvlen_in);
          }
        }
        cp += l;
        nw -= l;
        to += l;
        if (cp > strlen) {
          ++from;
          cp = 1;
        }
      }
      n += nwrite;
      remain -= nwrite;
      nchars += nwrite;
      cntinu = nchars < curchr && n == L::kCharDataSize;
      if (nchars == curchr) {
        if (remain > 0) newreq = n > L::kCharDataSize - L::kEncodedSize - 1;
        ++row;
        newent = true;
      }
    }
    if (cntinu || newreq || (row > nrows && ndata > 0)) {
      page.encode(L::kCharForward + L::kEncodedSize, nlink);
      t.pages.write_chars(EkPages::base(PageType::character, p) + 1, page.text);
      if (remain > 0) {
        SC_TRY_ASSIGN(auto&& p2, t.new_page(PageType::character));
        pbase = EkPages::base(PageType::character, p2);
        page.text.assign(static_cast<std::size_t>(L::kCharPageSize), ' ');
        n = 0;
        nlink = 0;
        to = 1;
        if (cntinu) t.set_forward(PageType::character, p, p2);
        p = p2;
      }
    }
  }
  return {};
}

}  // namespace

template <class T>
Status EkWriter::add_numeric_column(int segno, std::string_view column, std::span<const T> values,
                                    std::span<const int> sizes, std::span<const bool> nulls,
                                    std::span<const int> record_pointers) {
  constexpr bool ints = std::is_same_v<T, int>;
  SC_TRY_ASSIGN(auto&& c, column_for(segno, column, sizes, nulls, record_pointers, ints ? 3 : 2));
  const auto& d = c->declaration;
  // ZZEKORDI / ZZEKORDD: by value, ties by row.
  auto order = [&] {
    return shell_order(load_.nrows, d.nulls_ok, nulls, [&](int a, int b) {
      const T va = values[static_cast<std::size_t>(a - 1)], vb = values[static_cast<std::size_t>(b - 1)];
      return va < vb || (va == vb && a < b);
    });
  };
  const int scalar_class = ints ? 1 : 2;
  if (d.column_class == scalar_class + 6) {  // FIXED_COUNT
    SC_TRY(one_per_row(column, values.size(), load_.nrows));
    FixedCountValues v;
    if constexpr (ints) {
      v.ints = values;
    } else {
      v.doubles = values;
    }
    v.nulls = nulls;
    return add_fixed_count_column(*c, v, d.indexed ? order() : std::vector<int>{});
  }
  std::vector<int> pointers;
  Target t{pages_, pointers, [this](PageType type) { return segment_page(type); },
           [this](PageType type, int p, int next) { set_forward(type, p, next); }};
  const int nrows = load_.nrows;
  if (d.column_class == scalar_class) {
    SC_TRY(one_per_row(column, values.size(), nrows));
    SC_TRY(write_scalars<T>(t, values, nulls, d.nulls_ok, nrows));
  } else {
    SC_TRY(write_arrays<T>(t, values, sizes, nulls, d.nulls_ok, d.size, nrows));
  }
  load_.stack.emplace_back(static_cast<int>(c - load_.columns.data()) + 1, std::move(pointers));
  if (d.indexed) SC_TRY(write_index(*c, order()));
  return {};
}

Status EkWriter::add_int_column(int segno, std::string_view column, std::span<const int> values,
                                std::span<const int> sizes, std::span<const bool> nulls,
                                std::span<const int> record_pointers) {
  return add_numeric_column<int>(segno, column, values, sizes, nulls, record_pointers);
}

Status EkWriter::add_double_column(int segno, std::string_view column, std::span<const double> values,
                                   std::span<const int> sizes, std::span<const bool> nulls,
                                   std::span<const int> record_pointers) {
  return add_numeric_column<double>(segno, column, values, sizes, nulls, record_pointers);
}

Status EkWriter::add_char_column(int segno, std::string_view column, std::span<const std::string> values,
                                 std::span<const int> sizes, std::span<const bool> nulls,
                                 std::span<const int> record_pointers, int string_length) {
  SC_TRY_ASSIGN(auto&& c, column_for(segno, column, sizes, nulls, record_pointers, 1));
  const auto& d = c->declaration;
  auto order = [&] {
    // Fortran compares the strings as the caller's array holds them: cut to its declared length.
    auto held = [&](int row) {
      const std::string& s = values[static_cast<std::size_t>(row - 1)];
      return std::string_view(s).substr(0, static_cast<std::size_t>(std::max(string_length, 0)));
    };
    return shell_order(load_.nrows, d.nulls_ok, nulls, [&](int a, int b) {
      return fortran_compare(held(a), held(b)) <= 0;  // CSPICE's LE1 || (EQ1 && a < b): equal strings in order
    });
  };
  if (d.column_class == 9) {
    SC_TRY(one_per_row(column, values.size(), load_.nrows));
    FixedCountValues v;
    v.strings = values;
    v.nulls = nulls;
    v.string_length = string_length;
    return add_fixed_count_column(*c, v, d.indexed ? order() : std::vector<int>{});
  }
  std::vector<int> pointers;
  Target t{pages_, pointers, [this](PageType type) { return segment_page(type); },
           [this](PageType type, int p, int next) { set_forward(type, p, next); }};
  const int nrows = load_.nrows;
  if (d.column_class == 3) {
    SC_TRY(one_per_row(column, values.size(), nrows));
    SC_TRY(write_strings(t, values, nulls, d.nulls_ok, d.length, nrows));
  } else {
    if (d.length < 1) {
      return make_error("SPICE(BADCOLUMNDECL)", "Column " + std::string(column) +
                                                    " is an array of CHARACTER*(*) strings, which EK files cannot hold.");
    }
    SC_TRY(write_string_arrays(t, values, sizes, nulls, d.nulls_ok, d.size, d.length, string_length, nrows));
  }
  load_.stack.emplace_back(static_cast<int>(c - load_.columns.data()) + 1, std::move(pointers));
  if (d.indexed) SC_TRY(write_index(*c, order()));
  return {};
}

}  // namespace sc::ek::writing
