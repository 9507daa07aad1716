// CSPICE's cells behind handles, for code ported from CSPICE/tspice (newWindow, newIntCell ...
// insrtd, wninsd on a handle): each cell keeps CSPICE's size (capacity) and cardinality, and the
// values past its cardinality (scard can expose them again, as in CSPICE). Handles belong to one
// context; a freed or unknown handle is SPICE(NOSUCHHANDLE). Windows are double precision cells.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "windows/window_ops.hpp"

namespace sc::windows {

enum class CellType { character, double_precision, integer };

struct Cell {
  CellType type = CellType::double_precision;
  bool window = false;  // made by newWindow (a double precision cell all the same)
  long long size = 0;   // capacity, in elements
  long long card = 0;
  int length = 0;  // character cells: room per string, its terminating NUL included
  std::vector<double> d;
  std::vector<int> i;
  std::vector<std::string> c;
};

class CellRegistry {
 public:
  // newIntCell / newDoubleCell / newCharCell / newWindow (2 * intervals elements).
  // SPICE(INVALIDSIZE) for a negative size (or a character length below 1).
  Result<int> create(CellType type, long long size, int length = 0, bool window = false);
  // freeCell / freeWindow: the handle is gone for good.
  Status free(int handle);
  Result<Cell*> find(int handle, std::string_view operation);

 private:
  std::map<int, Cell> cells_;
  int next_ = 1;
};

// card_c, size_c, scard_c (SPICE(INVALIDCARDINALITY) outside 0..size), ssize_c (SPICE(INVALIDSIZE)
// for size < 0; cardinality 0).
Status scard(Cell& cell, long long card);
Status ssize(Cell& cell, long long size);

// valid_c: the first n elements sorted, without duplicates, become the set (VALIDD/VALIDI/VALIDC);
// SPICE(INVALIDSIZE) when n > size; for a character cell SPICE(INSUFFLEN) first when its strings hold
// fewer than 5 characters (CSPICE's Fortran character cells need 5 for their control area).
Status valid(Cell& cell, int size, int n);

// insrtd_c, insrti_c, insrtc_c: SPICE(TYPEMISMATCH) for a cell of another type, SPICE(SETEXCESS)
// when the set is full; an item already there changes nothing. insrtc keeps length - 1 characters.
Status insrtd(Cell& cell, double item);
Status insrti(Cell& cell, int item);
Status insrtc(Cell& cell, std::string_view item);

// The index-th element (0-based), as tspice's cellGetd/cellGeti/cellGetc; SPICE(TYPEMISMATCH),
// SPICE(INDEXOUTOFRANGE) outside 0..card-1. cellGetc drops trailing blanks.
Result<double> cell_getd(const Cell& cell, int index);
Result<int> cell_geti(const Cell& cell, int index);
Result<std::string> cell_getc(const Cell& cell, int index);

// The window calls tspice takes a handle for: wninsd_c (SPICE(WINDOWEXCESS) when full), wncard_c
// (SPICE(INVALIDSIZE) for an odd cardinality), wnfetd_c, wnvald_c (the cell's first n values).
Status wninsd(Cell& cell, double left, double right);
Result<int> wncard(const Cell& cell);
Result<Interval> wnfetd(const Cell& cell, int n);
Status wnvald(Cell& cell, int size, int n);

}  // namespace sc::windows
