#include "generated_kernels_14_15_17.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cmath>

#include "daf/daf_writer.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc_test {
namespace {

sc::spk::SegmentSpec spec(double first, double last, const char* segid) {
  return sc::spk::SegmentSpec{-1000, 399, "J2000", 1, first, last, segid};
}

template <class Write>
std::vector<std::uint8_t> kernel(Write write) {
  auto writer = sc::daf::DafWriter::create("/kernels/generated.bsp", "SPK", 2, 6, "generated", 0);
  REQUIRE(writer.ok());
  const auto status = write(*writer);
  REQUIRE_MESSAGE(status.ok(), (status.ok() ? "" : status.error().long_msg));
  return writer->bytes();
}

std::vector<std::uint8_t> type14() {
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
    return sc::spk::spkw14(w, spec(epochs.front(), epochs.back(), "TYPE 14 GENERATED"), n, degree, records,
                           std::span(epochs).first(n));
  });
}

std::vector<std::uint8_t> type15() {
  const std::array<double, 3> tp{0.0, -0.5, 0.8}, pa{1.0, 0.0, 0.0}, pv{0.0, 0.0, 1.0};
  return kernel([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw15(w, spec(0.0, 1.0e6, "TYPE 15 GENERATED"), 2.0e5, tp, pa, 12000.0, 0.3, 0.0, pv, 398600.4418,
                           1.08263e-3, 6378.137);
  });
}

std::vector<std::uint8_t> type17() {
  const std::array<double, 9> eqel{24000.0, 0.05, -0.1, 1.0, 0.2, -0.1, 2e-7, 1.7e-4, -1e-7};
  return kernel([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw17(w, spec(-1.0e6, 1.0e6, "TYPE 17 GENERATED"), 0.0, eqel, 0.4, 1.2);
  });
}

}  // namespace

bool is_generated_14_15_17(const std::string& name) {
  return name == "generated/type14.bsp" || name == "generated/type15.bsp" || name == "generated/type17.bsp";
}

std::vector<std::uint8_t> generated_kernel_14_15_17(const std::string& name) {
  if (name == "generated/type14.bsp") return type14();
  if (name == "generated/type15.bsp") return type15();
  REQUIRE(name == "generated/type17.bsp");
  return type17();
}

}  // namespace sc_test
