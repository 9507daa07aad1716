// The window and cell calls by name (window_calls.hpp): endpoint arrays to Window values and back,
// handles to cells.
#include "windows/window_calls.hpp"

#include <string>

namespace sc::windows::calls {

namespace {

// A call's window from its endpoints; the call's name in the trace of a failure.
template <class F>
auto with_window(Endpoints ends, F&& f) -> Result<Window> {
  SC_TRY_ASSIGN(Window w, Window::from_endpoints(ends));
  return f(w);
}

}  // namespace

Result<Window> wninsd(double left, double right, Endpoints window) {
  return with_window(window, [&](Window& w) -> Result<Window> {
    SC_TRY(windows::wninsd(left, right, w));
    return std::move(w);
  });
}

Result<Window> wnunid(Endpoints a, Endpoints b) {
  SC_TRY_ASSIGN(const Window wa, Window::from_endpoints(a));
  SC_TRY_ASSIGN(const Window wb, Window::from_endpoints(b));
  return windows::wnunid(wa, wb);
}

Result<Window> wnintd(Endpoints a, Endpoints b) {
  SC_TRY_ASSIGN(const Window wa, Window::from_endpoints(a));
  SC_TRY_ASSIGN(const Window wb, Window::from_endpoints(b));
  return windows::wnintd(wa, wb);
}

Result<Window> wndifd(Endpoints a, Endpoints b) {
  SC_TRY_ASSIGN(const Window wa, Window::from_endpoints(a));
  SC_TRY_ASSIGN(const Window wb, Window::from_endpoints(b));
  return windows::wndifd(wa, wb);
}

Result<Window> wncomd(double left, double right, Endpoints window) {
  return with_window(window, [&](Window& w) { return windows::wncomd(left, right, w); });
}

Result<Window> wnexpd(double left, double right, Endpoints window) {
  return with_window(window, [&](Window& w) -> Result<Window> {
    windows::wnexpd(left, right, w);
    return std::move(w);
  });
}

Result<Window> wncond(double left, double right, Endpoints window) {
  return with_window(window, [&](Window& w) -> Result<Window> {
    windows::wncond(left, right, w);
    return std::move(w);
  });
}

Result<Window> wnfltd(double small, Endpoints window) {
  return with_window(window, [&](Window& w) -> Result<Window> {
    windows::wnfltd(small, w);
    return std::move(w);
  });
}

Result<Window> wnfild(double small, Endpoints window) {
  return with_window(window, [&](Window& w) -> Result<Window> {
    windows::wnfild(small, w);
    return std::move(w);
  });
}

Result<WindowSummary> wnsumd(Endpoints window) {
  if (window.size() % 2 != 0) {
    return make_error("SPICE(INVALIDCARDINALITY)",
                      "Input window has odd cardinality. A valid SPICE window must have even element cardinality.");
  }
  SC_TRY_ASSIGN(const Window w, Window::from_endpoints(window));
  return windows::wnsumd(w);
}

Result<bool> wnelmd(double point, Endpoints window) {
  SC_TRY_ASSIGN(const Window w, Window::from_endpoints(window));
  return windows::wnelmd(point, w);
}

Result<bool> wnincd(double left, double right, Endpoints window) {
  SC_TRY_ASSIGN(const Window w, Window::from_endpoints(window));
  return windows::wnincd(left, right, w);
}

Result<bool> wnreld(Endpoints a, std::string_view op, Endpoints b) {
  if (op.empty()) return make_error("SPICE(EMPTYSTRING)", "String \"op\" has length zero.");
  SC_TRY_ASSIGN(const Window wa, Window::from_endpoints(a));
  SC_TRY_ASSIGN(const Window wb, Window::from_endpoints(b));
  return windows::wnreld(wa, op, wb);
}

Result<int> wncard(Endpoints window) {
  if (window.size() % 2 != 0) {
    return make_error("SPICE(INVALIDSIZE)",
                      "Invalid window size, a window should have an even number of elements. The size was " +
                          std::to_string(window.size()) + ".");
  }
  return static_cast<int>(window.size() / 2);
}

Result<Interval> wnfetd(Endpoints window, int n) {
  SC_TRY_ASSIGN(const Window w, Window::from_endpoints(window));
  return windows::wnfetd(w, n);
}

Result<Window> wnvald(Endpoints window) {
  const int n = static_cast<int>(window.size());
  return windows::wnvald(n, n, window);
}

Result<int> cell_new(CellRegistry& cells, int kind, int size, int length) {
  switch (kind) {
    case 0:
      return cells.create(CellType::integer, size);
    case 1:
      return cells.create(CellType::double_precision, size);
    case 2:
      return cells.create(CellType::character, size, length);
    case 3:
      return cells.create(CellType::double_precision, 2LL * size, 0, true);
    default:
      return make_error("SPICE(NOTSUPPORTED)", "Cell kind " + std::to_string(kind) + " is not 0..3.");
  }
}

Status cell_free(CellRegistry& cells, int handle) { return cells.free(handle); }

Result<int> cell_card(CellRegistry& cells, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "card"));
  return static_cast<int>(cell->card);
}

Result<int> cell_size(CellRegistry& cells, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "size"));
  return static_cast<int>(cell->size);
}

Status cell_scard(CellRegistry& cells, int card, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "scard"));
  return scard(*cell, card);
}

Status cell_ssize(CellRegistry& cells, int size, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "ssize"));
  return ssize(*cell, size);
}

Status cell_valid(CellRegistry& cells, int size, int n, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "valid"));
  return valid(*cell, size, n);
}

Status cell_insrtd(CellRegistry& cells, double item, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "insrtd"));
  return insrtd(*cell, item);
}

Status cell_insrti(CellRegistry& cells, int item, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "insrti"));
  return insrti(*cell, item);
}

Status cell_insrtc(CellRegistry& cells, std::string_view item, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "insrtc"));
  return insrtc(*cell, item);
}

Result<double> cell_getd(CellRegistry& cells, int handle, int index) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "cellGetd"));
  return windows::cell_getd(*cell, index);
}

Result<int> cell_geti(CellRegistry& cells, int handle, int index) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "cellGeti"));
  return windows::cell_geti(*cell, index);
}

Result<std::string> cell_getc(CellRegistry& cells, int handle, int index) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "cellGetc"));
  return windows::cell_getc(*cell, index);
}

Status cell_wninsd(CellRegistry& cells, double left, double right, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "wninsd"));
  return windows::wninsd(*cell, left, right);
}

Result<int> cell_wncard(CellRegistry& cells, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "wncard"));
  return windows::wncard(*cell);
}

Result<Interval> cell_wnfetd(CellRegistry& cells, int handle, int n) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "wnfetd"));
  return windows::wnfetd(*cell, n);
}

Status cell_wnvald(CellRegistry& cells, int size, int n, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "wnvald"));
  return windows::wnvald(*cell, size, n);
}

Result<std::vector<double>> cell_window(CellRegistry& cells, int handle) {
  SC_TRY_ASSIGN(Cell * cell, cells.find(handle, "window"));
  if (cell->type != CellType::double_precision) {
    return make_error("SPICE(TYPEMISMATCH)", "Data type of window is not double precision.");
  }
  SC_TRY(windows::wncard(*cell));  // an odd cardinality (scard) is no window: SPICE(INVALIDSIZE)
  return std::vector<double>(cell->d.begin(), cell->d.begin() + cell->card);
}

}  // namespace sc::windows::calls
