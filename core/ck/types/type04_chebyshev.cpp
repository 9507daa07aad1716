#include "ck/types/type04_chebyshev.hpp"

#include <array>

#include "daf/generic_segment.hpp"
#include "math/chebyshev.hpp"
#include "math/quaternion.hpp"

namespace sc::ck {

namespace {

// ZZCK4D2I: the seven counts packed as digits of base 128, most significant first, each taken
// with INT of the quotient and removed from the rest.
std::array<long long, 7> unpack_counts(double packed) {
  std::array<long long, 7> counts{};
  double x = 1.0;
  for (int k = 0; k < 6; ++k) x *= 128.0;  // pow_di(128, 6): exact
  for (int k = 0; k < 7; ++k) {
    const auto digit = static_cast<long long>(packed / x);
    counts[static_cast<std::size_t>(6 - k)] = digit;
    packed -= static_cast<double>(digit) * x;
    x /= 128.0;
  }
  return counts;
}

}  // namespace

Result<std::optional<Pointing>> evaluate_type04(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav) {
  if (needav && !segment.has_av) {
    return segment_error(file, segment, "SPICE(NOAVDATA)", "Segment does not contain angular velocity data.");
  }
  const daf::GenericSegmentRef seg{&file.daf(), segment.begin, segment.last, describe(segment, file.file_name())};
  SC_TRY_ASSIGN(const daf::GenericSegmentMeta meta, daf::read_generic_meta(seg));
  const long long nrec = meta.packet_count;  // CKNR04
  SC_TRY_ASSIGN(const auto ref, daf::select_reference(seg, meta, sclkdp));

  std::vector<double> packet;
  double clkout = 0;
  bool found = false;
  if (!ref) {
    // Before the first reference: the first interval's start, if within the tolerance.
    SC_TRY_ASSIGN(packet, daf::read_packet(seg, meta, 1));
    const double midpt1 = packet[0], rad1 = packet[1];
    if (sclkdp >= midpt1 - rad1 - tol) {
      found = true;
      clkout = midpt1 - rad1;
    }
  } else if (ref->index >= nrec) {
    SC_TRY_ASSIGN(packet, daf::read_packet(seg, meta, nrec));
    const double midpt1 = packet[0], rad1 = packet[1];
    if (sclkdp <= midpt1 + rad1 + tol) {
      found = true;
      clkout = sclkdp >= midpt1 + rad1 ? midpt1 + rad1 : sclkdp;
    }
  } else if (ref->index >= 1) {
    const long long indx = ref->index;
    SC_TRY_ASSIGN(packet, daf::read_packet(seg, meta, indx));
    const double midpt1 = packet[0], rad1 = packet[1];
    if (sclkdp <= midpt1 + rad1) {
      found = true;
      clkout = sclkdp;
    } else {
      // In the gap after interval indx: the nearer end (the earlier one on a tie).
      SC_TRY_ASSIGN(auto next, daf::read_packet(seg, meta, indx + 1));
      const double midpt2 = next[0], rad2 = next[1];
      const double rbnd1 = midpt1 + rad1;
      const double lbnd2 = midpt2 - rad2;
      if (sclkdp - rbnd1 <= lbnd2 - sclkdp) {
        if (sclkdp <= midpt1 + rad1 + tol) {
          found = true;
          clkout = midpt1 + rad1;
        }
      } else if (sclkdp >= midpt2 - rad2 - tol) {
        found = true;
        clkout = midpt2 - rad2;
        packet = std::move(next);
      }
    }
  }
  if (!found) return std::optional<Pointing>{};

  if (packet.size() < 3) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)", "a packet has fewer than 3 words.");
  }
  const auto counts = unpack_counts(packet[2]);
  long long total = 0;
  for (long long c : counts) total += c;
  for (long long c : counts) {
    if (c < 1 || 3 + total > static_cast<long long>(packet.size())) {
      return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                           "its packed coefficient counts do not fit its packet of " + std::to_string(packet.size()) +
                               " words.");
    }
  }
  // CKE04: Chebyshev values of the quaternion components, unitised (VHATG), then the matrix;
  // the angular velocity the same way without unitising.
  const double midpt = packet[0], rad = packet[1];
  std::size_t base = 3;
  auto next_value = [&](std::size_t k) {
    const auto n = static_cast<std::size_t>(counts[k]);
    const double v = math::chebyshev_value(std::span<const double>(packet).subspan(base, n), midpt, rad, clkout);
    base += n;
    return v;
  };
  math::Quat q{};
  for (std::size_t k = 0; k < 4; ++k) q[k] = next_value(k);
  Pointing p;
  p.cmat = math::q2m(math::vhatg4(q));
  p.clkout = clkout;
  if (needav) {
    for (std::size_t k = 0; k < 3; ++k) p.av[k] = next_value(4 + k);
  }
  return std::optional<Pointing>{p};
}

}  // namespace sc::ck
