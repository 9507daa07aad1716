#include "ek/entry_comparison.hpp"

#include <algorithm>

#include "ek/like_pattern.hpp"

namespace sc::ek {
namespace {

constexpr std::size_t kMaxString = 1024;  // MAXSTR: longer strings compare by their first 1024 characters

std::string_view clip(std::string_view s) { return s.substr(0, std::min(s.size(), kMaxString)); }

Error missing_element(const ColumnDescriptor& column, int index) {
  return make_error("SPICE(BUG)", "COLUMN = " + column.name + "; ELTIDX = " + std::to_string(index) +
                                      ". Column entry element was not found.");
}

int sign(double a, double b) { return a < b ? -1 : (a > b ? 1 : 0); }

}  // namespace

bool satisfies(Op op, int rel) {
  switch (op) {
    case Op::eq: return rel == 0;
    case Op::lt: return rel < 0;
    case Op::le: return rel <= 0;
    case Op::gt: return rel > 0;
    case Op::ge: return rel >= 0;
    case Op::ne: return rel != 0;
    default: return false;
  }
}

int fortran_compare(std::string_view a, std::string_view b) {
  const std::size_t n = std::max(a.size(), b.size());
  for (std::size_t k = 0; k < n; ++k) {
    const auto ca = static_cast<unsigned char>(k < a.size() ? a[k] : ' ');
    const auto cb = static_cast<unsigned char>(k < b.size() ? b[k] : ' ');
    if (ca != cb) return ca < cb ? -1 : 1;
  }
  return 0;
}

Result<bool> compare_with_literal(Op op, const Entry& entry, const ColumnDescriptor& column, int index,
                                  const Literal& value) {
  const Element el = element_of(entry, column, index);
  if (!el.found) return missing_element(column, index);
  if (op == Op::isnull) return el.null;
  if (op == Op::notnull) return !el.null;
  if (op == Op::like || op == Op::unlike) {
    if (value.type != DataType::character || column.type != DataType::character || el.null) return false;
    const bool m = like_match(clip(entry.strings[el.index]), clip(value.c));
    return op == Op::like ? m : !m;
  }
  int rel = 0;
  if (el.null) {
    rel = -1;  // a null entry is less than any value
  } else {
    switch (column.type) {
      case DataType::character:
        if (value.type != DataType::character) return false;
        rel = fortran_compare(clip(entry.strings[el.index]), clip(value.c));
        break;
      case DataType::time:
        if (value.type != DataType::time && value.type != DataType::dp) return false;
        rel = sign(entry.doubles[el.index], value.d);
        break;
      case DataType::dp:
        if (value.type == DataType::integer) {
          rel = sign(entry.doubles[el.index], static_cast<double>(value.i));
        } else if (value.type == DataType::dp || value.type == DataType::time) {
          rel = sign(entry.doubles[el.index], value.d);
        } else {
          return false;
        }
        break;
      case DataType::integer:
        if (value.type == DataType::integer) {
          rel = sign(static_cast<double>(entry.ints[el.index]), static_cast<double>(value.i));
        } else if (value.type == DataType::dp) {
          rel = sign(static_cast<double>(entry.ints[el.index]), value.d);
        } else {
          return false;
        }
        break;
    }
  }
  return satisfies(op, rel);
}

Result<int> compare_entries(const Entry& left, const ColumnDescriptor& lcol, int li, const Entry& right,
                            const ColumnDescriptor& rcol, int ri) {
  const Element a = element_of(left, lcol, li);
  if (!a.found) return missing_element(lcol, li);
  const Element b = element_of(right, rcol, ri);
  if (!b.found) return missing_element(rcol, ri);
  const DataType lt = lcol.type, rt = rcol.type;
  const bool comparable = (lt == DataType::character && rt == DataType::character) ||
                          (lt == DataType::time && rt == DataType::time) ||
                          ((lt == DataType::integer || lt == DataType::dp) && (rt == DataType::integer || rt == DataType::dp));
  if (!comparable) return 0;
  if (a.null || b.null) return a.null && b.null ? 0 : (a.null ? -1 : 1);
  if (lt == DataType::character) return fortran_compare(clip(left.strings[a.index]), clip(right.strings[b.index]));
  auto number = [](const Entry& e, DataType t, std::size_t k) {
    return t == DataType::integer ? static_cast<double>(e.ints[k]) : e.doubles[k];
  };
  return sign(number(left, lt, a.index), number(right, rt, b.index));
}

Result<bool> entries_match(Op op, const Entry& left, const ColumnDescriptor& lcol, int li, const Entry& right,
                           const ColumnDescriptor& rcol, int ri) {
  SC_TRY_ASSIGN(auto&& rel, compare_entries(left, lcol, li, right, rcol, ri));
  if (op == Op::like || op == Op::unlike) {
    if (lcol.type != DataType::character) return false;
    const Element a = element_of(left, lcol, li), b = element_of(right, rcol, ri);
    const std::string_view ls = a.null ? std::string_view() : clip(left.strings[a.index]);
    const std::string_view rs = b.null ? std::string_view() : clip(right.strings[b.index]);
    const bool m = like_match(ls, rs);
    return op == Op::like ? m : !m;
  }
  return satisfies(op, rel);
}

}  // namespace sc::ek
