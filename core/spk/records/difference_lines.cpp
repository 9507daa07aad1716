#include "spk/records/difference_lines.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "spk/records/epoch_search.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kMaxTerms = 25;  // MAXTRM of spk21.inc: the largest MAXDIM
// Work arrays indexed 1-based as in SPKE01/SPKE21 (W has MAXTRM + 2 entries, FC MAXTRM, WC
// MAXTRM - 1); one spare slot for index 0.
using Work = std::array<double, kMaxTerms + 3>;

long long line_size(long long maxdim) { return 4 * maxdim + 11; }

// Positions of a line's parts (0-based).
struct LineLayout {
  long long maxdim;
  long long step(long long j) const { return j; }                      // G(j), j = 1 .. MAXDIM
  long long reference(long long k) const { return maxdim + k; }        // k = 1 .. 6: x, x', y, y', z, z'
  long long difference(long long j, long long i) const {               // DT(j, i)
    return maxdim + 7 + (i - 1) * maxdim + (j - 1);
  }
  long long kqmax1() const { return 4 * maxdim + 7; }
  long long kq(long long i) const { return 4 * maxdim + 7 + i; }
};

struct Orders {
  long long kqmax1;
  std::array<long long, 3> kq;
};

Result<Orders> read_orders(std::span<const double> line, const LineLayout& at, long long max_kqmax1) {
  // SPKE01/SPKE21 take these with INT. KQMAX1 - 2 step sizes are used (G(1) .. G(KQMAX1-2)), the
  // W coefficients are formed up to W(KQMAX1), and the sums reach DT(KQ(i), i) and W(KQ(i) + 1).
  const auto kqmax1 = daf::fortran_int(line[static_cast<std::size_t>(at.kqmax1())], 2, max_kqmax1);
  if (!kqmax1) {
    return make_error("SPICE(INVALIDVALUE)", "its maximum integration order plus one, KQMAX1 = " +
                                                 number_text(line[static_cast<std::size_t>(at.kqmax1())]) +
                                                 ", is outside 2 .. " + std::to_string(max_kqmax1) + ".");
  }
  Orders o{*kqmax1, {}};
  for (long long i = 1; i <= 3; ++i) {
    const double v = line[static_cast<std::size_t>(at.kq(i))];
    const auto kq = daf::fortran_int(v, 0, std::min(at.maxdim, o.kqmax1 - 1));
    if (!kq) {
      return make_error("SPICE(INVALIDVALUE)", "its integration order KQ(" + std::to_string(i) + ") = " +
                                                   number_text(v) + " is outside 0 .. " +
                                                   std::to_string(std::min(at.maxdim, o.kqmax1 - 1)) + ".");
    }
    o.kq[static_cast<std::size_t>(i - 1)] = *kq;
  }
  return o;
}

// sum over j = KQ .. 1 (descending, as CSPICE) of DT(j, i) * W(j + ks).
double difference_sum(std::span<const double> line, const LineLayout& at, const Work& w, long long kq, long long i,
                      long long ks) {
  double sum = 0.0;
  for (long long j = kq; j >= 1; --j) {
    sum = sum + line[static_cast<std::size_t>(at.difference(j, i))] * w[static_cast<std::size_t>(j + ks)];
  }
  return sum;
}

}  // namespace

Result<State> evaluate_difference_line(std::span<const double> line, long long maxdim, long long max_kqmax1,
                                       bool zero_step_is_error, double et) {
  const LineLayout at{maxdim};
  SC_TRY_ASSIGN(auto&& orders, read_orders(line, at, max_kqmax1));
  auto word = [&](long long k) { return line[static_cast<std::size_t>(k)]; };

  const double tl = word(0);
  const double delta = et - tl;
  double tp = delta;
  const long long mq2 = orders.kqmax1 - 2;
  long long ks = orders.kqmax1 - 1;

  // FC(J+1) and WC(J) from the step sizes G(J), J = 1 .. KQMAX1 - 2.
  Work fc{}, wc{}, w{};
  for (long long j = 1; j <= mq2; ++j) {
    const double g = word(at.step(j));
    if (zero_step_is_error && g == 0.0) {
      return make_error("SPICE(ZEROSTEP)", "a value of zero was found at index " + std::to_string(j) +
                                               " of the step size vector.");
    }
    fc[static_cast<std::size_t>(j + 1)] = tp / g;
    wc[static_cast<std::size_t>(j)] = delta / g;
    tp = delta + g;
  }
  for (long long j = 1; j <= orders.kqmax1; ++j) w[static_cast<std::size_t>(j)] = 1.0 / static_cast<double>(j);

  // The W(K) terms for the position (KS from KQMAX1 - 1 down to 1).
  long long jx = 0;
  long long ks1 = ks - 1;
  auto update_w = [&] {
    for (long long j = 1; j <= jx; ++j) {
      const auto k = static_cast<std::size_t>(j + ks);
      w[k] = fc[static_cast<std::size_t>(j + 1)] * w[static_cast<std::size_t>(j + ks1)] -
             wc[static_cast<std::size_t>(j)] * w[k];
    }
  };
  while (ks >= 2) {
    ++jx;
    update_w();
    ks = ks1;
    --ks1;
  }

  State state{};
  for (long long i = 1; i <= 3; ++i) {
    const double sum = difference_sum(line, at, w, orders.kq[static_cast<std::size_t>(i - 1)], i, ks);
    const double refpos = word(at.reference(2 * i - 1));
    const double refvel = word(at.reference(2 * i));
    state[static_cast<std::size_t>(i - 1)] = refpos + delta * (refvel + delta * sum);
  }

  // One more pass (KS = 1, KS1 = 0) for the velocity.
  update_w();
  --ks;
  for (long long i = 1; i <= 3; ++i) {
    const double sum = difference_sum(line, at, w, orders.kq[static_cast<std::size_t>(i - 1)], i, ks);
    const double refvel = word(at.reference(2 * i));
    state[static_cast<std::size_t>(i + 2)] = refvel + delta * sum;
  }
  return state;
}

Result<State> evaluate_difference_lines(const daf::SegmentFile& file, const Segment& segment,
                                        const DifferenceLineFormat& format, double et) {
  const long long n = format.record_count;
  const long long size = line_size(format.maxdim);
  const long long directory_count = n / kEpochDirectoryStep;
  if (n < 1 || n * (size + 1) + directory_count + format.trailer_words > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its trailer gives " + std::to_string(n) + " difference lines of " + std::to_string(size) +
                             " words, which with their epochs and directory do not fit its " +
                             std::to_string(segment.length()) + " words.");
  }
  // From the end: trailer, directory, epochs.
  EpochList epochs;
  epochs.count = n;
  epochs.directory_count = directory_count;
  epochs.directory = segment.end - format.trailer_words - directory_count + 1;
  epochs.first = epochs.directory - n;

  SC_TRY_ASSIGN(auto&& before, count_epochs_before(file, segment, epochs, et));
  const long long line_number = std::min(before + 1, n);

  std::vector<double> line(static_cast<std::size_t>(size));
  SC_TRY(read_segment_words(file, segment, segment.begin + (line_number - 1) * size, line));
  auto state = evaluate_difference_line(line, format.maxdim, format.max_kqmax1, format.zero_step_is_error, et);
  if (!state) {
    return segment_error(file, segment, state.error().short_code,
                         "difference line " + std::to_string(line_number) + ": " + state.error().long_msg);
  }
  return state;
}

}  // namespace sc::spk
