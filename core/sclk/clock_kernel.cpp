// Reading a type 1 clock from the pool with the checks of CSPICE N0067's SCTY01 (sc01.f),
// ZZSCAD01 and SCLI01/SCLD01 (sclu01.f), in their order.
#include "sclk/clock_kernel.hpp"

#include <array>
#include <optional>
#include <string>

#include "errors/number_text.hpp"
#include "pool/pool_queries.hpp"

namespace sc::sclk {
namespace {

// ZZSCAD01's limits on the number of values (MXCOEF * 3 coefficients, MXPART partitions, MXNFLD
// fields).
constexpr std::size_t kMaxCoefficients = 300000;
constexpr std::size_t kMaxPartitions = 9999;
constexpr std::size_t kMaxFields = 10;

// "<base>_<-sc>": the clock ID negated, as REPMI writes it (clock 5 gives "..._-5").
std::string variable_name(std::string_view base, int sc) {
  return std::string(base) + "_" + std::to_string(-static_cast<long long>(sc));
}

std::string clock_text(int sc) { return std::to_string(sc); }

// SCLI01: an integer variable with at most one value. nullopt when it is missing and `optional`.
Result<std::optional<int>> read_integer(const pool::Pool& pool, std::string_view base, int sc, bool optional) {
  const std::string name = variable_name(base, sc);
  const auto shape = pool::shape_of(pool, name);
  if (shape && shape->n > 1) {
    return make_error("SPICE(ARRAYTOOSMALL)", "Item " + name + " for SCLK " + clock_text(sc) + " has size " +
                                                  std::to_string(shape->n) + " but output array has size 1.");
  }
  if (shape && shape->type != 'N') {
    return make_error("SPICE(BADKERNELVARTYPE)", "Kernel variable " + name + " for spacecraft clock " +
                                                     clock_text(sc) + " does not have numeric type.");
  }
  SC_TRY_ASSIGN(auto values, pool::gipool(pool, name, 0, 1));
  if (!values || values->empty()) {
    if (optional) return std::optional<int>();
    return make_error("SPICE(KERNELVARNOTFOUND)", name + " not found. Did you load the SCLK kernel?");
  }
  return std::optional<int>(values->front());
}

Status check_range(std::string_view base, int sc, int value, int low, int high) {
  if (value < low || value > high) {
    return make_error("SPICE(VALUEOUTOFRANGE)",
                      "Invalid value found for " + variable_name(base, sc) + ":  " + std::to_string(value) + ".");
  }
  return {};
}

// The five numeric arrays, in ZZSCAD01's order (its look-ups and SCLD01's checks both run in it).
enum Array { kCoefficients, kPartitionStart, kPartitionEnd, kOffsets, kModuli, kArrayCount };
constexpr std::array<std::string_view, kArrayCount> kArrayNames = {
    "SCLK01_COEFFICIENTS", "SCLK_PARTITION_START", "SCLK_PARTITION_END", "SCLK01_OFFSETS", "SCLK01_MODULI"};
constexpr std::array<std::size_t, kArrayCount> kArrayMax = {kMaxCoefficients, kMaxPartitions, kMaxPartitions,
                                                            kMaxFields, kMaxFields};
// SCLD01's lower bounds on the counts (its upper bounds are ZZSCAD01's, checked first).
constexpr std::array<std::size_t, kArrayCount> kArrayMin = {3, 1, 1, 1, 1};

}  // namespace

Result<Clock01> read_clock01(const pool::Pool& pool, int sc) {
  Clock01 clock;
  clock.sc = sc;
  // ZZSCAD01 reads the three integers first (SCLI01), then looks the arrays up.
  SC_TRY_ASSIGN(const auto nfield, read_integer(pool, "SCLK01_N_FIELDS", sc, false));
  SC_TRY(check_range("SCLK01_N_FIELDS", sc, *nfield, 1, static_cast<int>(kMaxFields)));
  SC_TRY_ASSIGN(const auto delimiter, read_integer(pool, "SCLK01_OUTPUT_DELIM", sc, false));
  SC_TRY(check_range("SCLK01_OUTPUT_DELIM", sc, *delimiter, 1, 5));
  SC_TRY_ASSIGN(const auto system, read_integer(pool, "SCLK01_TIME_SYSTEM", sc, true));
  if (system) SC_TRY(check_range("SCLK01_TIME_SYSTEM", sc, *system, 1, 2));
  clock.nfield = *nfield;
  clock.delimiter_code = *delimiter;
  clock.time_system = system ? *system : 1;  // TDB when the kernel does not say

  // Present and not too long, each in turn.
  std::array<const pool::Variable*, kArrayCount> vars{};
  for (int i = 0; i < kArrayCount; ++i) {
    const std::string name = variable_name(kArrayNames[i], sc);
    vars[i] = pool.find(name);
    if (vars[i] == nullptr) {
      return make_error("SPICE(KERNELVARNOTFOUND)", "Kernel variable " + name + " for spacecraft clock " +
                                                        clock_text(sc) +
                                                        " was not found. An SCLK kernel for this clock may not "
                                                        "have been loaded.");
    }
    if (vars[i]->size() > kArrayMax[i]) {
      const char* code = i == kCoefficients                            ? "SPICE(TOOMANYCOEFFS)"
                         : (i == kPartitionStart || i == kPartitionEnd) ? "SPICE(TOOMANYPARTITIONS)"
                                                                         : "SPICE(KERNELVARTOOLARGE)";
      return make_error(code, "The number of values associated with the kernel variable " + name + " for clock " +
                                  clock_text(sc) + " is " + std::to_string(vars[i]->size()) +
                                  ", which exceeds the limit " + std::to_string(kArrayMax[i]) + ".");
    }
  }
  if (vars[kPartitionStart]->size() != vars[kPartitionEnd]->size()) {
    return make_error("SPICE(NUMPARTSUNEQUAL)", "The numbers of partition start times " +
                                                    std::to_string(vars[kPartitionStart]->size()) +
                                                    " and stop times " + std::to_string(vars[kPartitionEnd]->size()) +
                                                    " are unequal for spacecraft clock " + clock_text(sc) + ".");
  }

  // SCLD01 on each: type, count, then the value checks.
  for (int i = 0; i < kArrayCount; ++i) {
    const std::string name = variable_name(kArrayNames[i], sc);
    const pool::Variable& v = *vars[i];
    if (v.type != pool::VarType::Numeric) {
      return make_error("SPICE(BADKERNELVARTYPE)", "Kernel variable " + name + " for spacecraft clock " +
                                                       clock_text(sc) + " does not have numeric type.");
    }
    if (v.numbers.size() < kArrayMin[i]) {
      return make_error("SPICE(SIZEOUTOFRANGE)", std::to_string(v.numbers.size()) + " values found for " + name +
                                                     ": valid range is " + std::to_string(kArrayMin[i]) + ":" +
                                                     std::to_string(kArrayMax[i]) + ".");
    }
    if (i == kCoefficients && v.numbers.size() % 3 != 0) {
      return make_error("SPICE(INVALIDSIZE)", "Coefficient count for " + name + " must be multiple of 3 but was " +
                                                  std::to_string(v.numbers.size()) + ".");
    }
    if (i == kModuli) {
      for (double m : v.numbers) {
        if (m < 1.0) {
          return make_error("SPICE(VALUEOUTOFRANGE)", "Invalid value found for " + name + ":  " + number_text(m) + ".");
        }
      }
    }
    if ((i == kModuli || i == kOffsets) && v.numbers.size() != static_cast<std::size_t>(clock.nfield)) {
      return make_error("SPICE(INVALIDSIZE)", std::string(i == kModuli ? "Modulus" : "Offset") + " count " +
                                                  std::to_string(v.numbers.size()) + " does not match field count " +
                                                  std::to_string(clock.nfield) + " for SCLK " + clock_text(sc) + ".");
    }
  }
  clock.coefficients = vars[kCoefficients]->numbers;
  clock.partition_start = vars[kPartitionStart]->numbers;
  clock.partition_end = vars[kPartitionEnd]->numbers;
  clock.offsets = vars[kOffsets]->numbers;
  clock.moduli = vars[kModuli]->numbers;
  return clock;
}

namespace {

// SCTY01: SCLK_DATA_TYPE_<id>, then, for a type 1 clock, its data (SCTY01 reads and checks it as
// soon as it knows the type).
struct TypedClock {
  int type = 0;
  std::optional<Clock01> clock;  // for type 1
};
Result<TypedClock> typed_clock(const pool::Pool& pool, int sc) {
  const std::string name = variable_name("SCLK_DATA_TYPE", sc);
  SC_TRY_ASSIGN(auto values, pool::gipool(pool, name, 0, 1));
  if (!values || values->empty()) {
    return make_error("SPICE(KERNELVARNOTFOUND)", "Kernel variable " + name + " was not found in the kernel pool.");
  }
  TypedClock out;
  out.type = values->front();
  if (out.type == 1) {
    SC_TRY_ASSIGN(auto clock, read_clock01(pool, sc));
    out.clock = clock;
  }
  return out;
}

}  // namespace

Result<int> clock_type(const pool::Pool& pool, int sc) {
  SC_TRY_ASSIGN(const auto& typed, typed_clock(pool, sc));
  return typed.type;
}

Result<Clock01> type1_clock(const pool::Pool& pool, int sc) {
  SC_TRY_ASSIGN(auto typed, typed_clock(pool, sc));
  if (typed.type != 1) {
    return make_error("SPICE(NOTSUPPORTED)", "Clock type " + std::to_string(typed.type) + " is not supported.");
  }
  return *typed.clock;
}

}  // namespace sc::sclk
