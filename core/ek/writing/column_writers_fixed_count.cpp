// EKACLI, EKACLD and EKACLC for FIXED_COUNT columns (segment type 2, classes 7-9), written as
// ZZEKAC07, ZZEKAC08 and ZZEKAC09 write them: the values packed into consecutive new pages (ZZEKACPS)
// in row order, a null row keeping whatever its slot held (the page buffer is never cleared between
// pages); the column's metadata words get the data's base address and, with nulls allowed, the base
// of its null flags, 'T' or 'F' per row (ZZEKWPAL); an index is the row numbers in value order, packed
// the same way (ZZEKWPAI), with index type 2.
#include <string>
#include <vector>

#include "ek/writing/ek_writer.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;

namespace {

constexpr int kDataBaseWord = 1;  // DBIX07/08/09: the column metadata word holding the data's base
constexpr int kNullBaseWord = 2;  // NFIX07/08/09: ... and the null flags' base

}  // namespace

Status EkWriter::add_fixed_count_column(const Column& column, const FixedCountValues& values, std::vector<int> order) {
  const auto& d = column.declaration;
  const int nrows = load_.nrows;
  const bool nulls_ok = d.nulls_ok;
  auto is_null = [&](int row) { return nulls_ok && values.nulls[static_cast<std::size_t>(row - 1)]; };
  const int metadata = pages_.int_at(column.descriptor + L::kColMetadata);
  int data_base = 0;

  if (d.column_class == 7 || d.column_class == 8) {
    const bool ints = d.column_class == 7;
    const PageType type = ints ? PageType::integer : PageType::dp;
    const int per_page = ints ? L::kIntDataSize : L::kDoubleDataSize;
    const int size = ints ? L::kIntPageSize : L::kDoublePageSize;
    SC_TRY_ASSIGN(auto&& first, segment_pages(type, (nrows + per_page - 1) / per_page));
    data_base = EkPages::base(type, first);
    std::vector<double> page(static_cast<std::size_t>(size), 0.0);  // holds either kind exactly
    int p = first, to = 1;
    for (int from = 1; from <= nrows; ++from) {
      if (!is_null(from)) {
        page[static_cast<std::size_t>(to - 1)] = ints ? values.ints[static_cast<std::size_t>(from - 1)]
                                                      : values.doubles[static_cast<std::size_t>(from - 1)];
      }
      ++to;
      if (to > per_page || from == nrows) {
        page[static_cast<std::size_t>(size - 1)] = to - 1;  // the link count
        const int base = EkPages::base(type, p);
        for (int k = 0; k < size; ++k) {
          if (ints) {
            pages_.int_at(base + k + 1) = static_cast<std::int32_t>(page[static_cast<std::size_t>(k)]);
          } else {
            pages_.double_at(base + k + 1) = page[static_cast<std::size_t>(k)];
          }
        }
        ++p;
        to = 1;
      }
    }
  } else {
    const int width = d.length;
    if (width == -1) {
      return make_error("SPICE(BUG)", "Column " + column.name +
                                          " has variable string length; class 9 supports fixed-length strings only.");
    }
    if (width < 0 || width > values.string_length || width > L::kCharDataSize) {
      return make_error("SPICE(INVALIDSIZE)", "String length " + std::to_string(width) + " is just plain wrong.");
    }
    const int per_page = L::kCharDataSize / width;
    SC_TRY_ASSIGN(auto&& first, segment_pages(PageType::character, (nrows + per_page - 1) / per_page));
    data_base = EkPages::base(PageType::character, first);
    std::string page(static_cast<std::size_t>(L::kCharPageSize), ' ');
    int p = first, to = 1;
    for (int from = 1; from <= nrows; ++from) {
      if (!is_null(from)) {
        const std::string& v = values.strings[static_cast<std::size_t>(from - 1)];
        for (int k = 0; k < width; ++k) {
          const bool held = k < values.string_length && k < static_cast<int>(v.size());
          page[static_cast<std::size_t>(to - 1 + k)] = held ? v[static_cast<std::size_t>(k)] : ' ';
        }
      }
      to += width;
      if (to > L::kCharDataSize - width + 1 || from == nrows) {
        const int base = EkPages::base(PageType::character, p);
        pages_.write_chars(base + 1, page);
        // ZZEKSLNK with (TO - L) / L, CSPICE's count of the strings on the page (one short unless L = 1).
        pages_.write_encoded(base + L::kCharForward + L::kEncodedSize, (to - width) / width);
        ++p;
        to = 1;
      }
    }
  }
  pages_.int_at(metadata + kDataBaseWord) = data_base;

  if (d.indexed) {  // ZZEKWPAI
    const int per_page = L::kIntDataSize;
    SC_TRY_ASSIGN(auto&& first, segment_pages(PageType::integer, (nrows + per_page - 1) / per_page));
    IntPage page{};
    int p = first, to = 1;
    for (int from = 1; from <= nrows; ++from) {
      page[static_cast<std::size_t>(to - 1)] = order[static_cast<std::size_t>(from - 1)];
      ++to;
      if (to > per_page || from == nrows) {
        page[L::kIntPageSize - 1] = to - 1;
        pages_.write_int_page(p, page);
        ++p;
        to = 1;
      }
    }
    pages_.int_at(column.descriptor + L::kColIndexPointer) = EkPages::base(PageType::integer, first);
    pages_.int_at(column.descriptor + L::kColIndexType) = 2;
  }
  if (nulls_ok) {  // ZZEKWPAL
    const int per_page = L::kCharDataSize;
    SC_TRY_ASSIGN(auto&& first, segment_pages(PageType::character, (nrows + per_page - 1) / per_page));
    std::string page(static_cast<std::size_t>(L::kCharPageSize), ' ');
    int p = first, to = 1;
    for (int from = 1; from <= nrows; ++from) {
      page[static_cast<std::size_t>(to - 1)] = values.nulls[static_cast<std::size_t>(from - 1)] ? 'T' : 'F';
      ++to;
      if (to > per_page || from == nrows) {
        const int base = EkPages::base(PageType::character, p);
        pages_.write_chars(base + 1, page);
        pages_.write_encoded(base + L::kCharForward + L::kEncodedSize, to - 1);
        ++p;
        to = 1;
      }
    }
    pages_.int_at(metadata + kNullBaseWord) = EkPages::base(PageType::character, first);
  }
  return {};
}

}  // namespace sc::ek::writing
