// The public SCLK routines (CSPICE N0067: SCE2C, SCT2E, SCE2T, SCTIKS, SCFMT, SCPART, SCENCD,
// SCDECD, SCE2S, SCS2E) over the type 1 conversions of clock_time and clock_fields.
#include "sclk/sclk_api.hpp"

#include <limits>
#include <optional>
#include <span>

#include "errors/number_text.hpp"
#include "errors/quoted.hpp"
#include "pool/cspice_decimal.hpp"
#include "sclk/clock_fields.hpp"
#include "sclk/clock_kernel.hpp"
#include "sclk/clock_time.hpp"
#include "time/fortran_numeric.hpp"

namespace sc::sclk {
namespace {

using time::detail::anint;

// The C wrappers' CHKFSTR: an empty input string is refused before anything else.
Status check_string(std::string_view name, std::string_view value) {
  if (value.empty()) return make_error("SPICE(EMPTYSTRING)", "String \"" + std::string(name) + "\" has length zero.");
  return {};
}

// PTOTLS: encoded ticks at the end of each partition, rounded after each step as SCENCD and
// SCDECD compute them from the (possibly rounded) partition bounds.
std::vector<double> partition_totals(std::span<const double> pstart, std::span<const double> pstop) {
  std::vector<double> totals(pstart.size());
  for (std::size_t i = 0; i < pstart.size(); ++i) {
    totals[i] = i == 0 ? anint(pstop[0] - pstart[0]) : anint(totals[i - 1] + pstop[i] - pstart[i]);
  }
  return totals;
}

// NPARSI on the text before '/': NPARSD's number, refused beyond the int range, then truncated.
std::optional<int> parse_partition(std::string_view text) {
  const pool::CspiceNumber number = pool::parse_cspice_number(text);
  if (!number) return std::nullopt;
  const double whole = time::detail::aint(number.value);
  if (whole < std::numeric_limits<int>::min() || whole > std::numeric_limits<int>::max()) return std::nullopt;
  return static_cast<int>(number.value);
}

}  // namespace

Result<double> sce2c(const pool::Pool& pool, int sc, double et) {
  SC_TRY_ASSIGN(const Clock01 clock, type1_clock(pool, sc));
  return et_to_continuous_ticks(pool, clock, et);
}

Result<double> sct2e(const pool::Pool& pool, int sc, double sclkdp) {
  SC_TRY_ASSIGN(const Clock01 clock, type1_clock(pool, sc));
  return ticks_to_et(pool, clock, sclkdp);
}

Result<double> sce2t(const pool::Pool& pool, int sc, double et) {
  SC_TRY_ASSIGN(const Clock01 clock, type1_clock(pool, sc));
  return et_to_ticks(pool, clock, et);
}

Result<double> sctiks(const pool::Pool& pool, int sc, std::string_view clkstr) {
  SC_TRY(check_string("clkstr", clkstr));
  SC_TRY_ASSIGN(const Clock01 clock, type1_clock(pool, sc));
  return clock_string_to_ticks(clock, clkstr);
}

Result<std::string> scfmt(const pool::Pool& pool, int sc, double ticks) {
  SC_TRY_ASSIGN(const Clock01 clock, type1_clock(pool, sc));
  return ticks_to_clock_string(clock, ticks);
}

Result<Partitions> scpart(const pool::Pool& pool, int sc) {
  SC_TRY_ASSIGN(const Clock01 clock, read_clock01(pool, sc));
  return Partitions{{clock.partition_start.begin(), clock.partition_start.end()},
                    {clock.partition_end.begin(), clock.partition_end.end()}};
}

Result<double> scencd(const pool::Pool& pool, int sc, std::string_view sclkch) {
  SC_TRY(check_string("sclkch", sclkch));
  SC_TRY_ASSIGN(Partitions parts, scpart(pool, sc));
  const std::size_t nparts = parts.pstart.size();
  const std::size_t slash = sclkch.find('/');
  if (slash == 0) {
    return make_error("SPICE(BADPARTNUMBER)",
                      "Unable to parse the partition number from SCLK string " + quoted(sclkch) + ".");
  }
  if (slash != std::string_view::npos && slash + 1 == sclkch.size()) {
    return make_error("SPICE(INVALIDSCLKSTRING)", "No SCLK components follow slash in SCLK string " +
                                                      quoted(sclkch) + ".");
  }
  const std::string_view fields = slash == std::string_view::npos ? sclkch : sclkch.substr(slash + 1);
  SC_TRY_ASSIGN(double ticks, sctiks(pool, sc, fields));
  ticks = anint(ticks);
  for (std::size_t i = 0; i < nparts; ++i) {
    parts.pstop[i] = anint(parts.pstop[i]);
    parts.pstart[i] = anint(parts.pstart[i]);
  }
  const std::vector<double> totals = partition_totals(parts.pstart, parts.pstop);

  std::size_t part = 0;  // 1-based partition number
  if (slash != std::string_view::npos) {
    const std::optional<int> number = parse_partition(sclkch.substr(0, slash));
    if (!number) {
      return make_error("SPICE(BADPARTNUMBER)",
                        "Unable to parse the partition number from SCLK string " + quoted(sclkch) + ".");
    }
    if (*number <= 0 || static_cast<std::size_t>(*number) > nparts) {
      return make_error("SPICE(BADPARTNUMBER)", "Partition number " + std::to_string(*number) +
                                                    " taken from SCLK string " + quoted(sclkch) +
                                                    " is not in acceptable range 1 to " + std::to_string(nparts) + ".");
    }
    part = static_cast<std::size_t>(*number);
    if (ticks < parts.pstart[part - 1] || ticks > parts.pstop[part - 1]) {
      return make_error("SPICE(NOTINPART)", "SCLK count " + quoted(sclkch) +
                                                " does not fall in the boundaries of partition number " +
                                                std::to_string(part) + ".");
    }
  } else {
    part = 1;
    while (part <= nparts && (ticks < parts.pstart[part - 1] || ticks > parts.pstop[part - 1])) ++part;
    if (part > nparts) {
      return make_error("SPICE(NOPARTITION)", "SCLK count " + quoted(sclkch) +
                                                  " does not fall in the boundaries of any of the partitions for "
                                                  "spacecraft " + std::to_string(sc) + ".");
    }
  }
  if (part > 1) return ticks - parts.pstart[part - 1] + totals[part - 2];
  return ticks - parts.pstart[0];
}

Result<std::string> scdecd(const pool::Pool& pool, int sc, double sclkdp) {
  double ticks = anint(sclkdp);
  SC_TRY_ASSIGN(const Partitions parts, scpart(pool, sc));
  const std::size_t nparts = parts.pstart.size();
  const std::vector<double> totals = partition_totals(parts.pstart, parts.pstop);
  // The partition: the first whose running total exceeds the ticks (LSTLED + 1); the last
  // partition also owns its own end.
  std::size_t part = 0;
  if (ticks == totals[nparts - 1]) {
    part = nparts;
  } else {
    while (part < nparts && totals[part] <= ticks) ++part;
    part += 1;
  }
  if (ticks < 0.0 || part > nparts) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Value for ticks, " + number_text(ticks) +
                                                    ", does not fall in any partition for spacecraft " +
                                                    std::to_string(sc) + ".");
  }
  if (part == 1) {
    ticks += parts.pstart[0];
  } else {
    ticks = ticks + parts.pstart[part - 1] - totals[part - 2];
  }
  SC_TRY_ASSIGN(const std::string fields, scfmt(pool, sc, ticks));
  return std::to_string(part) + "/" + fields;
}

Result<std::string> sce2s(const pool::Pool& pool, int sc, double et) {
  SC_TRY_ASSIGN(const double sclkdp, sce2t(pool, sc, et));
  return scdecd(pool, sc, sclkdp);
}

Result<double> scs2e(const pool::Pool& pool, int sc, std::string_view sclkch) {
  SC_TRY(check_string("sclkch", sclkch));
  SC_TRY_ASSIGN(const double sclkdp, scencd(pool, sc, sclkch));
  return sct2e(pool, sc, sclkdp);
}

}  // namespace sc::sclk
