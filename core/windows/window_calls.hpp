// The window and cell calls of the call list (shim-c/calls.idl), by name: windows in and out as
// flat endpoint arrays (value form: a Window per call, no capacity), and CSPICE's cells behind the
// context's handles (the form tspice offers). Odd endpoint counts are SPICE(INVALIDCARDINALITY),
// except for wncard, which reports WNCARD's SPICE(INVALIDSIZE).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "windows/cells.hpp"
#include "windows/window_ops.hpp"

namespace sc::windows::calls {

using Endpoints = std::span<const double>;

Result<Window> wninsd(double left, double right, Endpoints window);
Result<Window> wnunid(Endpoints a, Endpoints b);
Result<Window> wnintd(Endpoints a, Endpoints b);
Result<Window> wndifd(Endpoints a, Endpoints b);
Result<Window> wncomd(double left, double right, Endpoints window);
Result<Window> wnexpd(double left, double right, Endpoints window);
Result<Window> wncond(double left, double right, Endpoints window);
Result<Window> wnfltd(double small, Endpoints window);
Result<Window> wnfild(double small, Endpoints window);
Result<WindowSummary> wnsumd(Endpoints window);
Result<bool> wnelmd(double point, Endpoints window);
Result<bool> wnincd(double left, double right, Endpoints window);
Result<bool> wnreld(Endpoints a, std::string_view op, Endpoints b);
Result<int> wncard(Endpoints window);
Result<Interval> wnfetd(Endpoints window, int n);
// The array's own length is WNVALD's size and n.
Result<Window> wnvald(Endpoints window);

// Handles. `kind`: 0 integer, 1 double precision, 2 character, 3 window (size in intervals).
Result<int> cell_new(CellRegistry& cells, int kind, int size, int length);
Status cell_free(CellRegistry& cells, int handle);
Result<int> cell_card(CellRegistry& cells, int handle);
Result<int> cell_size(CellRegistry& cells, int handle);
Status cell_scard(CellRegistry& cells, int card, int handle);
Status cell_ssize(CellRegistry& cells, int size, int handle);
Status cell_valid(CellRegistry& cells, int size, int n, int handle);
Status cell_insrtd(CellRegistry& cells, double item, int handle);
Status cell_insrti(CellRegistry& cells, int item, int handle);
Status cell_insrtc(CellRegistry& cells, std::string_view item, int handle);
Result<double> cell_getd(CellRegistry& cells, int handle, int index);
Result<int> cell_geti(CellRegistry& cells, int handle, int index);
Result<std::string> cell_getc(CellRegistry& cells, int handle, int index);
Status cell_wninsd(CellRegistry& cells, double left, double right, int handle);
Result<int> cell_wncard(CellRegistry& cells, int handle);
Result<Interval> cell_wnfetd(CellRegistry& cells, int handle, int n);
Status cell_wnvald(CellRegistry& cells, int size, int n, int handle);
// The window's endpoints (its first card values), for the JS side's SpiceWindow of a handle.
Result<std::vector<double>> cell_window(CellRegistry& cells, int handle);

}  // namespace sc::windows::calls
