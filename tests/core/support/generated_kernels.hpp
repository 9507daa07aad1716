// In-memory SPK kernels of types 14, 15, 17, 18, 19 and 20 written with the core's own writers (no
// CSPICE-written fixtures of these types exist in tests/fixtures), for the round-trip tests, the
// comparisons with CSPICE's states and the damaged-segment fuzz test. Types 18, 19 and 20 follow a
// smooth synthetic motion.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace sc_test {

// `count` increasing, unequally spaced epochs from `start`: steps of `step` plus 0, 7, 14 s.
std::vector<double> unequal_epochs(int count, double start, double step);

// Packets at `epochs` of a smooth non-polynomial motion: 12-word Hermite packets (position, its
// derivative, velocity, its derivative) or 6-word states. `offset` shifts the positions, so that
// two sets of packets over the same epochs differ.
std::vector<double> motion_packets(int words, std::span<const double> epochs, double offset);

// SPKW19's inputs, kept together.
struct Type19Input {
  int nintvl = 0;
  std::vector<int> npkts, subtps, degres;
  std::vector<double> packts, epochs, ivlbds;
};

// Three intervals with subtypes 0, 1, 2 (degrees 7, 7, 7; 120, 40 and 30 packets), each
// mini-segment padded with epochs beyond its interval and shifted by its own offset.
Type19Input three_interval_input();
// `count` intervals of 2 to 4 Lagrange packets (subtype 1, degree 1 or 3), for the interval
// directory (more than 100 intervals).
Type19Input many_interval_input(int count);

std::vector<std::uint8_t> type18_kernel(int subtype, int degree, std::span<const double> packets,
                                        std::span<const double> epochs);
std::vector<std::uint8_t> type19_kernel(const Type19Input& input, bool select_last);
// Type 20 records of degree 6 over 8 records of 0.5 day from JD 2451545.25, in AU and days.
std::vector<std::uint8_t> type20_kernel();

// "generated/type18-hermite.bsp", "generated/type18-lagrange.bsp", "generated/type19.bsp",
// "generated/type20.bsp": the kernels above with fixed inputs, body 1000 relative to 399.
// "generated/type14.bsp": 150 Chebyshev records of degree 5 over unequal intervals (an epoch
// directory of one entry); "generated/type15.bsp": an eccentric Earth orbit with both J2
// corrections; "generated/type17.bsp": equinoctial elements with all three rates. Body -1000
// relative to 399, frame J2000.
std::vector<std::uint8_t> generated_kernel(const std::string& name);

}  // namespace sc_test
