#include "inventory/ck_inventory.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "ck/ck_meta.hpp"
#include "ck/segment.hpp"
#include "ck/segment_intervals.hpp"
#include "errors/number_text.hpp"
#include "frames/ck_clock.hpp"
#include "inventory/kernel_files.hpp"
#include "inventory/segment_inventory.hpp"
#include "kernels/segment_kinds.hpp"

namespace sc::inventory {

namespace {

// EQSTR: equal ignoring case and blanks.
bool eqstr(std::string_view a, std::string_view b) {
  std::string x, y;
  for (char c : a) {
    if (c != ' ') x += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  for (char c : b) {
    if (c != ' ') y += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return x == y;
}

}  // namespace

Result<std::vector<int>> ckobj(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids) {
  return segment_keys(kernels, file, kernels::kCk, std::move(ids));
}

Result<Window> ckcov(const Context& ctx, std::string_view file, int idcode, bool needav, std::string_view level,
                     double tol, std::string_view timsys, Window cover) {
  if (tol < 0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Tolerance must be non-negative; actual value was " +
                                                    number_text(tol) + ".");
  }
  const bool seglvl = eqstr(level, "SEGMENT");
  if (!seglvl && !eqstr(level, "INTERVAL")) {
    return make_error("SPICE(INVALIDOPTION)", "Allowed values of LEVEL are SEGMENT and INTERVAL; actual value was " +
                                                  std::string(level) + ".");
  }
  SC_TRY_ASSIGN(auto&& segment_file, open_segment_file(ctx.kernels(), file, kernels::kCk));
  const bool istdb = eqstr(timsys, "TDB");
  if (!istdb && !eqstr(timsys, "SCLK")) {
    return make_error("SPICE(NOTSUPPORTED)",
                      "Time system spec TIMSYS was " + std::string(timsys) + "; allowed values are SCLK and TDB.");
  }
  if (istdb) {
    SC_TRY_ASSIGN(const int clock, ck::ck_sclk_id(ctx.pool(), idcode));
    (void)clock;
  }

  auto to_system = [&](double ticks) -> Result<double> {
    if (!istdb) return ticks;
    return frames::ck_ticks_to_et(ctx, idcode, ticks);
  };
  for (const auto& summary : segment_file->segments()) {  // file order, as DAFBFS/DAFFNA
    const ck::Segment segment = ck::Segment::from_summary(summary);
    const bool avok = summary.ints[3] == 1 || !needav;
    if (segment.instrument != idcode || !avok) continue;
    if (seglvl) {
      double lo = std::max(segment.start - tol, 0.0);
      double hi = segment.end + tol;
      SC_TRY_ASSIGN(lo, to_system(lo));
      SC_TRY_ASSIGN(hi, to_system(hi));
      if (lo <= hi) SC_TRY(insert_interval(cover, lo, hi));
      continue;
    }
    SC_TRY_ASSIGN(const auto found, ck::segment_intervals(*segment_file, segment));
    for (ck::SclkInterval iv : found.intervals) {
      const bool usable = !found.clipped || iv.begin <= iv.finish;
      if (usable && tol > 0) {
        iv.begin = std::max(iv.begin - tol, 0.0);
        iv.finish += tol;
      }
      SC_TRY_ASSIGN(iv.begin, to_system(iv.begin));
      SC_TRY_ASSIGN(iv.finish, to_system(iv.finish));
      if (!found.clipped || iv.begin <= iv.finish) SC_TRY(insert_interval(cover, iv.begin, iv.finish));
    }
  }
  return cover;
}

Result<Window> ckcov_pairs(const Context& ctx, std::string_view file, int idcode, bool needav, std::string_view level,
                           double tol, std::string_view timsys, std::span<const double> cover) {
  if (cover.size() % 2 != 0) {
    return make_error("SPICE(INVALIDSIZE)",
                      "A window holds pairs of endpoints; got " + std::to_string(cover.size()) + " numbers.");
  }
  Window window;
  for (std::size_t i = 0; i < cover.size(); i += 2) SC_TRY(insert_interval(window, cover[i], cover[i + 1]));
  return ckcov(ctx, file, idcode, needav, level, tol, timsys, std::move(window));
}

}  // namespace sc::inventory
