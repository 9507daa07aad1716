// The SPK segment writers (CSPICE's spkw02, spkw03, spkw08, spkw09, spkw12, spkw13): each checks its
// input with CSPICE's checks, in CSPICE's order and with CSPICE's short codes, and only then appends
// the segment to a DAF being written, laid out as spk.req describes the type. A failed check leaves
// the file unchanged. The frame name is resolved by the caller (it needs the frame system); the
// writers report an unknown one (no code) at the point where CSPICE does.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "daf/daf_writer.hpp"
#include "errors/result.hpp"

namespace sc::spk {

// What every SPK writer takes first: the descriptor and the segment identifier.
struct SegmentSpec {
  int body = 0;
  int center = 0;
  std::string_view frame;          // the frame name, as the caller gave it
  std::optional<int> frame_code;   // its ID, if the frame system knows the name
  double first = 0;                // coverage start, TDB seconds past J2000
  double last = 0;                 // coverage end
  std::string_view segid;          // at most 40 printable characters (trailing blanks aside)
};

// The largest polynomial degree any of these types accepts (CSPICE's MAXDEG for types 2, 3, 8, 9,
// 12 and 13 since N0065).
inline constexpr int kMaxSpkDegree = 27;

// Type 2 (Chebyshev, position only) and type 3 (Chebyshev, position and velocity): `n` records of
// `intlen` seconds from `btime`, each 3 (type 2) or 6 (type 3) sets of `polydg + 1` coefficients,
// so `cdata` holds n * 3 * (polydg + 1) or n * 6 * (polydg + 1) values. Errors, in this order:
// NUMCOEFFSNOTPOS, INVALIDDEGREE (outside 0..27), INTLENNOTPOS, INVALIDREFFRAME, BADDESCRTIMES
// (first > last), COVERAGEGAP (first or last outside the records by more than 1e-13 relative),
// IDSTRINGTOOLONG, NONPRINTABLECHARS.
Status spkw02(daf::DafWriter& file, const SegmentSpec& spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime);
Status spkw03(daf::DafWriter& file, const SegmentSpec& spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime);

// Type 8 (Lagrange, equal steps) and type 12 (Hermite, equal steps): `n` states (6 values each)
// at epoch1, epoch1 + step, ... Errors, in this order: INVALIDREFFRAME, SEGIDTOOLONG,
// NONPRINTABLECHARS, INVALIDDEGREE (outside 1..27; type 12: also even), TOOFEWSTATES (type 8:
// n <= degree; type 12: n < (degree+1)/2), BADDESCRTIMES (first >= last), INVALIDSTEPSIZE
// (step <= 0), COVERAGEGAP.
Status spkw08(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              double epoch1, double step);
Status spkw12(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              double epoch1, double step);

// Type 9 (Lagrange, unequal steps) and type 13 (Hermite, unequal steps): `n` states at `n` epochs,
// with an epoch directory of every 100th epoch. Errors, in CSPICE's order for each type (type 9:
// INVALIDREFFRAME, BADDESCRTIMES, NONPRINTABLECHARS, SEGIDTOOLONG, INVALIDDEGREE, TOOFEWSTATES;
// type 13: INVALIDREFFRAME, SEGIDTOOLONG, NONPRINTABLECHARS, INVALIDDEGREE, TOOFEWSTATES,
// BADDESCRTIMES), then TIMESOUTOFORDER (epochs not strictly increasing) and BADDESCRTIMES (the
// epochs do not span [first, last]).
Status spkw09(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs);
Status spkw13(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs);

}  // namespace sc::spk
