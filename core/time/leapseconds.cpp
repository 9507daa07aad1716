#include "time/leapseconds.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

#include "time/calendar.hpp"
#include "time/fortran_numeric.hpp"
#include "time/time_constants.hpp"

namespace sc::time {
namespace {

// A numeric pool variable, as GDPOOL finds it: nullptr when absent or character-valued.
const pool::Variable* numeric(const pool::Pool& pool, std::string_view name) {
  const pool::Variable* var = pool.find(name);
  return var != nullptr && var->type == pool::VarType::Numeric && !var->numbers.empty() ? var : nullptr;
}

void note_missing(std::string& list, std::string_view name) {
  if (!list.empty()) list += ", ";
  list += name;
}

struct Lookup {
  UniformConstants constants;
  std::string missing;  // "NAME, NAME" of the variables not found
};

// Reads element `index` of `name` into `out`; a missing variable is listed, a missing element
// (M with one value) reads as 0, as in CSPICE's zero-initialised buffer.
void read_value(const pool::Pool& pool, std::string_view name, std::size_t index, double& out, std::string& missing) {
  const pool::Variable* var = numeric(pool, name);
  if (var == nullptr) {
    if (index == 0) note_missing(missing, name);
    return;
  }
  out = index < var->numbers.size() ? var->numbers[index] : 0.0;
}

Lookup look_up_constants(const pool::Pool& pool) {
  Lookup out;
  read_value(pool, "DELTET/DELTA_T_A", 0, out.constants.delta_t_a, out.missing);
  read_value(pool, "DELTET/K", 0, out.constants.k, out.missing);
  read_value(pool, "DELTET/EB", 0, out.constants.eb, out.missing);
  read_value(pool, "DELTET/M", 0, out.constants.m0, out.missing);
  read_value(pool, "DELTET/M", 1, out.constants.m1, out.missing);
  return out;
}

// DELTA_AT as (delta, epoch) pairs, at most `max_values` values. DELTET ignores an odd trailing
// value (it counts N / 2 pairs); TTRANS pairs it with the epoch 0 its zero-initialised buffer
// holds, which usually breaks the ordering check.
std::vector<LeapEntry> leap_entries(std::span<const double> values, std::size_t max_values, bool pair_odd_value) {
  const std::size_t used = values.size() < max_values ? values.size() : max_values;
  std::vector<LeapEntry> out;
  for (std::size_t i = 0; i + 1 < used; i += 2) out.push_back({values[i], values[i + 1]});
  if (pair_odd_value && used % 2 == 1) out.push_back({values[used - 1], 0.0});
  return out;
}

const pool::Variable* delta_at_variable(const pool::Pool& pool) { return numeric(pool, "DELTET/DELTA_AT"); }

}  // namespace

Result<UniformConstants> read_uniform_constants(const pool::Pool& pool) {
  Lookup got = look_up_constants(pool);
  if (!got.missing.empty()) {
    return make_error("SPICE(MISSINGTIMEINFO)",
                      "The following variables, needed to convert between uniform time scales, were not found in "
                      "the kernel pool: " +
                          got.missing + ". Your program may have failed to load a leapseconds kernel.");
  }
  return got.constants;
}

Result<DeltetModel> read_deltet_model(const pool::Pool& pool) {
  Lookup got = look_up_constants(pool);
  const pool::Variable* delta_at = delta_at_variable(pool);
  if (delta_at == nullptr) note_missing(got.missing, "DELTET/DELTA_AT");
  if (!got.missing.empty()) {
    return make_error("SPICE(KERNELVARNOTFOUND)",
                      "The following, needed to compute Delta ET (ET - UTC), could not be found in the kernel pool: " +
                          got.missing + ".");
  }
  // DELTET buffers at most 200 leap seconds.
  constexpr std::size_t kMaxValues = 400;
  if (delta_at->numbers.size() > kMaxValues) {
    return make_error("SPICE(BUFFERTOOSMALL)", "Number of leapseconds, " +
                                                   std::to_string(delta_at->numbers.size() / 2) +
                                                   ", is greater than the number that can be buffered, 200.");
  }
  return DeltetModel{got.constants, leap_entries(delta_at->numbers, kMaxValues, false), delta_at->numbers[0] - 1.0};
}

Result<LeapTable> read_leap_table(const pool::Pool& pool) {
  const pool::Variable* delta_at = delta_at_variable(pool);
  if (delta_at == nullptr) {
    return make_error("SPICE(NOLEAPSECONDS)",
                      "The variable that points to the leapseconds (DELTET/DELTA_AT) could not be located in the "
                      "kernel pool. It is likely that the leapseconds kernel has not been loaded.");
  }
  // TTRANS reads at most 280 values (140 leap seconds).
  const std::vector<LeapEntry> entries = leap_entries(delta_at->numbers, 280, true);
  if (entries.empty()) {
    return make_error("SPICE(BADLEAPSECONDS)", "DELTET/DELTA_AT holds no complete (offset, epoch) pair.");
  }
  LeapTable table;
  double last_delta = entries.front().delta_at - 1.0;
  for (const LeapEntry& e : entries) {
    table.tai.push_back(e.utc_epoch - kSecondsPerDay + last_delta);
    table.tai.push_back(e.utc_epoch + e.delta_at);
    const std::int64_t day = detail::int_of((e.utc_epoch + kHalfDay) / kSecondsPerDay) + kDayNumberOfJ2000Date;
    table.day.push_back(day - 1);
    table.day.push_back(day);
    last_delta = e.delta_at;
  }
  // CSPICE searches only as many rows as DELTA_AT has values: with an odd count the last row
  // (built from the missing epoch) is outside the table, though a day length may still read it.
  table.rows = std::min<std::size_t>(delta_at->numbers.size(), 280);
  for (std::size_t i = 1; i < table.rows; ++i) {
    if (!(table.tai[i - 1] < table.tai[i])) {
      return make_error("SPICE(BADLEAPSECONDS)",
                        "Either the leapsecond epochs taken from the kernel pool (DELTET/DELTA_AT) are not properly "
                        "ordered or the UTC - TAI offsets are completely out of range.");
    }
  }
  return table;
}

TimeKernel read_time_kernel(const pool::Pool& pool) { return {read_leap_table(pool), read_uniform_constants(pool)}; }

std::shared_ptr<const TimeKernel> time_kernel(const pool::Pool& pool) {
  const std::uint64_t version = pool.version();
  if (auto kept = pool.derived().find<TimeKernel>(0, version)) return kept;
  auto built = std::make_shared<const TimeKernel>(read_time_kernel(pool));
  pool.derived().store<TimeKernel>(0, version, built);
  return built;
}

}  // namespace sc::time
