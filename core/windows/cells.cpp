// CSPICE's cells behind handles (cells.hpp): the registry, the cell routines (card_c ... insrtc_c)
// and the window routines tspice takes a handle for.
#include "windows/cells.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

#include "windows/window_storage.hpp"

namespace sc::windows {

namespace {

const char* type_name(CellType t) {
  switch (t) {
    case CellType::character:
      return "character";
    case CellType::double_precision:
      return "double precision";
    case CellType::integer:
      return "integer";
  }
  return "?";
}

// CELLTYPECHK: "Data type of window is integer; expected type is double precision."
Status check_type(const Cell& cell, CellType want, const char* argument) {
  if (cell.type == want) return {};
  return make_error("SPICE(TYPEMISMATCH)", std::string("Data type of ") + argument + " is " + type_name(cell.type) +
                                               "; expected type is " + type_name(want) + ".");
}

// The storage holds at least n elements (values CSPICE never wrote read as 0 or "").
void reserve_elements(Cell& cell, long long n) {
  const auto want = static_cast<std::size_t>(n > 0 ? n : 0);
  switch (cell.type) {
    case CellType::double_precision:
      if (cell.d.size() < want) cell.d.resize(want);
      break;
    case CellType::integer:
      if (cell.i.size() < want) cell.i.resize(want);
      break;
    case CellType::character:
      if (cell.c.size() < want) cell.c.resize(want);
      break;
  }
}

// Fortran's comparison of strings (f2c's s_cmp): the shorter is padded with blanks.
int fortran_compare(std::string_view a, std::string_view b) {
  const std::size_t n = std::max(a.size(), b.size());
  for (std::size_t k = 0; k < n; ++k) {
    const auto x = static_cast<unsigned char>(k < a.size() ? a[k] : ' ');
    const auto y = static_cast<unsigned char>(k < b.size() ? b[k] : ' ');
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

Error out_of_range(int index, long long card) {
  return make_error("SPICE(INDEXOUTOFRANGE)", "Index " + std::to_string(index) + " is outside the cell's elements 0.." +
                                                  std::to_string(card - 1) + ".");
}

Error set_excess(long long size) {
  return make_error("SPICE(SETEXCESS)",
                    "An element could not be inserted into the set due to lack of space; set size is " +
                        std::to_string(size) + ".");
}

// Insertion into a sorted set (INSRTD/INSRTI): after the last element not above the item.
template <class T>
Status insert_sorted(std::vector<T>& data, long long& card, long long size, T item) {
  const auto end = data.begin() + card;
  const auto pos = std::upper_bound(data.begin(), end, item);
  if (pos != data.begin() && *(pos - 1) == item) return {};
  if (card >= size) return set_excess(size);
  const auto at = pos - data.begin();
  if (static_cast<long long>(data.size()) < card + 1) data.resize(static_cast<std::size_t>(card + 1));
  std::move_backward(data.begin() + at, data.begin() + card, data.begin() + card + 1);
  data[static_cast<std::size_t>(at)] = item;
  ++card;
  return {};
}

}  // namespace

Result<int> CellRegistry::create(CellType type, long long size, int length, bool window) {
  if (size < 0) {
    return make_error("SPICE(INVALIDSIZE)",
                      "Attempt to create a cell of invalid size.  The value was " + std::to_string(size) + ".");
  }
  if (type == CellType::character && length < 1) {
    return make_error("SPICE(INVALIDSIZE)", "The string length of a character cell must be at least 1 (the NUL); it was " +
                                                std::to_string(length) + ".");
  }
  Cell cell;
  cell.type = type;
  cell.window = window;
  cell.size = size;
  cell.length = length;
  const int handle = next_++;
  cells_.emplace(handle, std::move(cell));
  return handle;
}

Status CellRegistry::free(int handle) {
  if (cells_.erase(handle) == 0) {
    return make_error("SPICE(NOSUCHHANDLE)", "Cell handle " + std::to_string(handle) +
                                                 " is not in use: freed already, or not made by this context.");
  }
  return {};
}

Result<Cell*> CellRegistry::find(int handle, std::string_view operation) {
  const auto it = cells_.find(handle);
  if (it == cells_.end()) {
    return make_error("SPICE(NOSUCHHANDLE)", std::string(operation) + ": cell handle " + std::to_string(handle) +
                                                 " is not in use: freed already, or not made by this context.");
  }
  return &it->second;
}

Status scard(Cell& cell, long long card) {
  if (card < 0 || card > cell.size) {
    return make_error("SPICE(INVALIDCARDINALITY)", "Attempt to set cardinality of cell to invalid value " +
                                                       std::to_string(card) + ".  Valid range is 0:" +
                                                       std::to_string(cell.size) + ".");
  }
  reserve_elements(cell, card);
  cell.card = card;
  return {};
}

Status ssize(Cell& cell, long long size) {
  if (size < 0) {
    return make_error("SPICE(INVALIDSIZE)",
                      "Attempt to set the size of cell to invalid value.  The value was " + std::to_string(size) + ".");
  }
  cell.size = size;
  cell.card = 0;
  return {};
}

Status valid(Cell& cell, int size, int n) {
  // valid_c hands a character cell to Fortran (C2F_MAP_CELL), whose cell control area encodes
  // numbers in strings of at least 5 characters (ENCHAR): shorter strings fail first.
  if (cell.type == CellType::character && cell.length - 1 < 5) {
    return make_error("SPICE(INSUFFLEN)", "valid_c: the strings of a character cell must hold at least 5 characters "
                                          "(length 6 with the NUL) to be validated; this cell's length is " +
                                              std::to_string(cell.length) + ".");
  }
  if (n > size) {
    return make_error("SPICE(INVALIDSIZE)", "Size of un-validated set is too small.  Size is " + std::to_string(size) +
                                                ", size required is " + std::to_string(n) + ".");
  }
  const long long count = n > 0 ? n : 0;
  reserve_elements(cell, count);
  long long card = 0;
  switch (cell.type) {
    case CellType::double_precision: {
      auto first = cell.d.begin();
      std::sort(first, first + count);
      card = std::unique(first, first + count) - first;
      break;
    }
    case CellType::integer: {
      auto first = cell.i.begin();
      std::sort(first, first + count);
      card = std::unique(first, first + count) - first;
      break;
    }
    case CellType::character: {
      auto first = cell.c.begin();
      auto less = [](const std::string& a, const std::string& b) { return fortran_compare(a, b) < 0; };
      auto same = [](const std::string& a, const std::string& b) { return fortran_compare(a, b) == 0; };
      std::stable_sort(first, first + count, less);
      card = std::unique(first, first + count, same) - first;
      break;
    }
  }
  SC_TRY(ssize(cell, size));
  return scard(cell, card);
}

Status insrtd(Cell& cell, double item) {
  SC_TRY(check_type(cell, CellType::double_precision, "set"));
  return insert_sorted(cell.d, cell.card, cell.size, item);
}

Status insrti(Cell& cell, int item) {
  SC_TRY(check_type(cell, CellType::integer, "set"));
  return insert_sorted(cell.i, cell.card, cell.size, item);
}

Status insrtc(Cell& cell, std::string_view item) {
  SC_TRY(check_type(cell, CellType::character, "set"));
  auto& data = cell.c;
  const auto end = data.begin() + cell.card;
  // LSTLEC: the last element not above the item (Fortran order).
  const auto pos = std::upper_bound(data.begin(), end, item,
                                    [](std::string_view key, const std::string& e) { return fortran_compare(key, e) < 0; });
  if (pos != data.begin()) {
    // insrtc_c compares the item's first min(length, strlen) characters with the element.
    const std::size_t slen = std::min(static_cast<std::size_t>(cell.length), item.size());
    if (fortran_compare(item.substr(0, slen), *(pos - 1)) == 0) return {};
  }
  if (cell.card >= cell.size) return set_excess(cell.size);
  const auto at = pos - data.begin();
  if (static_cast<long long>(data.size()) < cell.card + 1) data.resize(static_cast<std::size_t>(cell.card + 1));
  std::move_backward(data.begin() + at, data.begin() + cell.card, data.begin() + cell.card + 1);
  // SPICE_CELL_SET_C: at most length - 1 characters.
  data[static_cast<std::size_t>(at)] = std::string(item.substr(0, static_cast<std::size_t>(cell.length - 1)));
  ++cell.card;
  return {};
}

Result<double> cell_getd(const Cell& cell, int index) {
  SC_TRY(check_type(cell, CellType::double_precision, "cell"));
  if (index < 0 || index >= cell.card) return out_of_range(index, cell.card);
  return cell.d[static_cast<std::size_t>(index)];
}

Result<int> cell_geti(const Cell& cell, int index) {
  SC_TRY(check_type(cell, CellType::integer, "cell"));
  if (index < 0 || index >= cell.card) return out_of_range(index, cell.card);
  return cell.i[static_cast<std::size_t>(index)];
}

Result<std::string> cell_getc(const Cell& cell, int index) {
  SC_TRY(check_type(cell, CellType::character, "cell"));
  if (index < 0 || index >= cell.card) return out_of_range(index, cell.card);
  std::string s = cell.c[static_cast<std::size_t>(index)];
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

Status wninsd(Cell& cell, double left, double right) {
  SC_TRY(check_type(cell, CellType::double_precision, "window"));
  return insert_interval(left, right, cell.d, cell.card, cell.size);
}

Result<int> wncard(const Cell& cell) {
  SC_TRY(check_type(cell, CellType::double_precision, "window"));
  if (cell.card % 2 != 0) {
    return make_error("SPICE(INVALIDSIZE)",
                      "Invalid window size, a window should have an even number of elements. The size was " +
                          std::to_string(cell.card) + ".");
  }
  return static_cast<int>(cell.card / 2);
}

Result<Interval> wnfetd(const Cell& cell, int n) {
  SC_TRY(check_type(cell, CellType::double_precision, "window"));
  // WNFETD with n + 1: the interval's right end is element 2(n + 1).
  const long long end = 2 * (static_cast<long long>(n) + 1);
  if (n < 0 || cell.card < end) return make_error("SPICE(NOINTERVAL)", "WNFETD: No such interval.");
  return Interval{cell.d[static_cast<std::size_t>(end - 2)], cell.d[static_cast<std::size_t>(end - 1)]};
}

Status wnvald(Cell& cell, int size, int n) {
  SC_TRY(check_type(cell, CellType::double_precision, "window"));
  if (n % 2 != 0) return make_error("SPICE(UNMATCHENDPTS)", "WNVALD: Unmatched endpoints");
  if (n > size) return make_error("SPICE(WINDOWTOOSMALL)", "WNVALD: Inconsistent value for SIZE.");
  // In place, as WNVALD: the window grows from the front of the cell's own values, and an insertion
  // never reaches a pair not yet read.
  reserve_elements(cell, n);
  cell.size = size;
  cell.card = 0;
  for (long long k = 0; k + 1 < n; k += 2) {
    const double left = cell.d[static_cast<std::size_t>(k)];
    const double right = cell.d[static_cast<std::size_t>(k) + 1];
    if (left > right) {
      return make_error("SPICE(BADENDPOINTS)", "WNVALD: Left endpoint may not exceed right endpoint.");
    }
    SC_TRY(insert_interval(left, right, cell.d, cell.card, cell.size));
  }
  return {};
}

}  // namespace sc::windows
