// The evaluation CK types 5 and 6 share (CKE05, which CKE06 calls): a window of packets around the
// request, each a quaternion and, by subtype, its derivative and the angular velocity (and its
// derivative), interpolated by
//   subtype 0  Hermite over quaternions and their derivatives (8-word packets)
//   subtype 1  Lagrange over quaternions (4-word packets)
//   subtype 2  Hermite over quaternions and angular velocities, each with derivative (14 words)
//   subtype 3  Lagrange over quaternions and angular velocities (7 words)
// Derivatives are per second; `rate` is seconds per tick and converts them to ticks.
#pragma once

#include <vector>

#include "ck/segment_data.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// Words per packet for a type 5/6 subtype, 0 for an unknown subtype.
int packet_size_of_subtype(int subtype);

struct QuaternionWindow {
  double t = 0;     // the (possibly tolerance-moved) request time, in ticks
  int subtype = 0;  // 0 .. 3
  double rate = 0;  // seconds per tick
  std::vector<double> packets;  // n packets of packet_size_of_subtype(subtype) words
  std::vector<double> epochs;   // their n times, ticks
};

// CKE05: the pointing at window.t. Lagrange subtypes first flip each quaternion that is nearer the
// negative of its predecessor; Hermite subtypes refuse such a window (SPICE(BADQUATSIGN)).
// SPICE(DIVIDEBYZERO) for a zero interpolated quaternion (subtypes 0-2) or equal epochs.
Result<Pointing> evaluate_quaternion_window(QuaternionWindow window, bool needav);

}  // namespace sc::ck
