#include "generated_kernels.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cmath>

#include "context.hpp"
#include "daf/daf_writer.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace sc_test {
namespace {

using sc::spk::SegmentSpec;

// x_c(t) = A_c / (1 + u^2), u = (t - s_c) / T: smooth, with derivatives in closed form, and no
// polynomial of low degree (so that different interpolation windows give different answers).
struct Component {
  double amplitude, shift, scale;
  double u(double t) const { return (t - shift) / scale; }
  double value(double t) const { return amplitude / (1 + u(t) * u(t)); }
  double rate(double t) const {
    const double q = 1 + u(t) * u(t);
    return -2 * amplitude * u(t) / (scale * q * q);
  }
  double acceleration(double t) const {
    const double q = 1 + u(t) * u(t);
    return amplitude * (6 * u(t) * u(t) - 2) / (scale * scale * q * q * q);
  }
};

constexpr Component kMotion[3] = {{7000.0, 2000.0, 9000.0}, {-5000.0, 9000.0, 7000.0}, {3000.0, -4000.0, 11000.0}};

std::vector<std::uint8_t> close(sc::Context& ctx, int handle) {
  auto closed = sc::spk::spkcls(ctx, handle);
  REQUIRE(closed.ok());
  auto span = closed.value().bytes.span();
  return {span.begin(), span.end()};
}

void require_ok(const sc::Status& s) {
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().short_code + " " + s.error().long_msg));
}

void append(std::vector<double>& to, const std::vector<double>& more) { to.insert(to.end(), more.begin(), more.end()); }

void add_interval(Type19Input& in, int subtype, int degree, std::vector<double> epochs, double offset) {
  append(in.packts, motion_packets(subtype == 0 ? 12 : 6, epochs, offset));
  append(in.epochs, epochs);
  in.npkts.push_back(static_cast<int>(epochs.size()));
  in.subtps.push_back(subtype);
  in.degres.push_back(degree);
  ++in.nintvl;
}


sc::spk::SegmentSpec spec_1000(double first, double last, const char* segid) {
  return sc::spk::SegmentSpec{-1000, 399, "J2000", 1, first, last, segid};
}

// A one-segment kernel written by `write` straight into a DafWriter.
template <class Write>
std::vector<std::uint8_t> kernel(Write write) {
  auto writer = sc::daf::DafWriter::create("/kernels/generated.bsp", "SPK", 2, 6, "generated", 0);
  REQUIRE(writer.ok());
  const auto status = write(*writer);
  REQUIRE_MESSAGE(status.ok(), (status.ok() ? "" : status.error().long_msg));
  return writer->bytes();
}

std::vector<std::uint8_t> type14_kernel() {
  constexpr int n = 150, degree = 5;
  std::vector<double> epochs, records;
  double t = 1.0e6;
  for (int i = 0; i <= n; ++i) {
    epochs.push_back(t);
    t += 3600.0 + 600.0 * (i % 4);
  }
  for (int i = 0; i < n; ++i) {
    records.push_back((epochs[i] + epochs[i + 1]) / 2);
    records.push_back((epochs[i + 1] - epochs[i]) / 2);
    for (int c = 0; c < 6; ++c) {
      for (int k = 0; k <= degree; ++k) records.push_back(std::cos(0.1 * i + c + k) * 1000.0 / (1 + k * k));
    }
  }
  return kernel([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw14(w, spec_1000(epochs.front(), epochs.back(), "TYPE 14 GENERATED"), n, degree, records,
                           std::span(epochs).first(n));
  });
}

std::vector<std::uint8_t> type15_kernel() {
  const std::array<double, 3> tp{0.0, -0.5, 0.8}, pa{1.0, 0.0, 0.0}, pv{0.0, 0.0, 1.0};
  return kernel([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw15(w, spec_1000(0.0, 1.0e6, "TYPE 15 GENERATED"), 2.0e5, tp, pa, 12000.0, 0.3, 0.0, pv, 398600.4418,
                           1.08263e-3, 6378.137);
  });
}

std::vector<std::uint8_t> type17_kernel() {
  const std::array<double, 9> eqel{24000.0, 0.05, -0.1, 1.0, 0.2, -0.1, 2e-7, 1.7e-4, -1e-7};
  return kernel([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw17(w, spec_1000(-1.0e6, 1.0e6, "TYPE 17 GENERATED"), 0.0, eqel, 0.4, 1.2);
  });
}

// Types 14, 15 and 17, body -1000 relative to 399.
std::vector<std::uint8_t> type14_15_or_17(const std::string& name) {
  if (name == "generated/type14.bsp") return type14_kernel();
  if (name == "generated/type15.bsp") return type15_kernel();
  REQUIRE(name == "generated/type17.bsp");
  return type17_kernel();
}

}  // namespace

std::vector<double> unequal_epochs(int count, double start, double step) {
  std::vector<double> epochs;
  for (int k = 0; k < count; ++k) epochs.push_back(start + k * step + 7.0 * (k % 3));
  return epochs;
}

std::vector<double> motion_packets(int words, std::span<const double> epochs, double offset) {
  std::vector<double> packets;
  for (double t : epochs) {
    for (const auto& c : kMotion) packets.push_back(c.value(t) + offset);
    for (const auto& c : kMotion) packets.push_back(c.rate(t));
    if (words == 12) {
      for (const auto& c : kMotion) packets.push_back(c.rate(t));
      for (const auto& c : kMotion) packets.push_back(c.acceleration(t));
    }
  }
  return packets;
}

Type19Input three_interval_input() {
  Type19Input in;
  // Intervals [0, 6000], [6000, 8000], [8000, 9500]; the mini-segments' epochs reach past them.
  in.ivlbds = {0.0, 6000.0, 8000.0, 9500.0};
  add_interval(in, 0, 7, unequal_epochs(120, -300.0, 53.0), 0.0);
  add_interval(in, 1, 7, unequal_epochs(40, 5800.0, 60.0), 0.5);
  add_interval(in, 2, 7, unequal_epochs(30, 7900.0, 60.0), -0.25);
  return in;
}

Type19Input many_interval_input(int count) {
  Type19Input in;
  for (int i = 0; i <= count; ++i) in.ivlbds.push_back(100.0 * i);
  for (int i = 0; i < count; ++i) {
    const int n = 2 + i % 3;
    const int degree = n >= 4 ? 3 : 1;
    add_interval(in, 1, degree, unequal_epochs(n, 100.0 * i - (n > 2 ? 20.0 : 0.0), n > 2 ? 60.0 : 93.0), 0.001 * i);
  }
  return in;
}

std::vector<std::uint8_t> type18_kernel(int subtype, int degree, std::span<const double> packets,
                                        std::span<const double> epochs) {
  sc::Context ctx;
  auto h = sc::spk::spkopn(ctx, "/kernels/type18.bsp", "TYPE 18", 0, sc::kernels::OutputKind::virtual_output);
  REQUIRE(h.ok());
  const SegmentSpec spec{1000, 399, "J2000", {}, epochs.front(), epochs.back(), "TYPE 18 TEST"};
  require_ok(sc::spk::spkw18(ctx, *h, spec, subtype, degree, static_cast<int>(epochs.size()), packets, epochs));
  return close(ctx, *h);
}

std::vector<std::uint8_t> type19_kernel(const Type19Input& in, bool select_last) {
  sc::Context ctx;
  auto h = sc::spk::spkopn(ctx, "/kernels/type19.bsp", "TYPE 19", 0, sc::kernels::OutputKind::virtual_output);
  REQUIRE(h.ok());
  const SegmentSpec spec{1000, 399, "J2000", {}, in.ivlbds.front(), in.ivlbds.back(), "TYPE 19 TEST"};
  require_ok(sc::spk::spkw19(ctx, *h, spec, in.nintvl, in.npkts, in.subtps, in.degres, in.packts, in.epochs, in.ivlbds,
                             select_last));
  return close(ctx, *h);
}

std::vector<std::uint8_t> type20_kernel() {
  constexpr double kAu = 149597870.7;
  constexpr int kRecords = 8, kDegree = 6;
  std::vector<double> cdata;
  for (int r = 0; r < kRecords; ++r) {
    for (int c = 0; c < 3; ++c) {
      for (int k = 0; k <= kDegree; ++k) cdata.push_back((c + 1) * 1e-3 / (k + 1 + r));  // AU/day
      cdata.push_back(0.5 * (c - 1) + 0.01 * r);                                         // AU
    }
  }
  sc::Context ctx;
  auto h = sc::spk::spkopn(ctx, "/kernels/type20.bsp", "TYPE 20", 0, sc::kernels::OutputKind::virtual_output);
  REQUIRE(h.ok());
  const double start = 0.25 * 86400.0, end = start + kRecords * 0.5 * 86400.0;
  const SegmentSpec spec{1000, 399, "J2000", {}, start, end, "TYPE 20 TEST"};
  require_ok(sc::spk::spkw20(ctx, *h, spec, 0.5, kRecords, kDegree, cdata, kAu, 86400.0, 2451545.0, 0.25));
  return close(ctx, *h);
}

std::vector<std::uint8_t> generated_kernel(const std::string& name) {
  if (name == "generated/type18-hermite.bsp" || name == "generated/type18-lagrange.bsp") {
    const bool hermite = name == "generated/type18-hermite.bsp";
    const auto epochs = unequal_epochs(130, 0.0, 60.0);
    return type18_kernel(hermite ? 0 : 1, 7, motion_packets(hermite ? 12 : 6, epochs, 0.0), epochs);
  }
  if (name == "generated/type19.bsp") return type19_kernel(three_interval_input(), true);
  if (name == "generated/type20.bsp") return type20_kernel();
  if (name == "generated/type14.bsp" || name == "generated/type15.bsp" || name == "generated/type17.bsp") {
    return type14_15_or_17(name);
  }
  FAIL("no generated kernel " << name);
  return {};
}

}  // namespace sc_test
