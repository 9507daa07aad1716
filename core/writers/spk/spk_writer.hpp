// The SPK segment writers (CSPICE's spkw02, 03, 05, 08, 09, 10, 12, 13, 14, 15, 17, 18, 19, 20, 21):
// each checks its input with CSPICE's checks, in CSPICE's order and with CSPICE's short codes, and
// only then appends the segment to a DAF being written, laid out as spk.req describes the type. A
// failed check leaves the file unchanged. The frame name is resolved by the caller (it needs the
// frame system); the writers report an unknown one (no code) at the point where CSPICE does.
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

// Type 5 (two-body propagation between discrete states): `n` states (6 values each) at `n`
// strictly increasing epochs, and the central body's GM (km^3/s^2). Stored as the states, the
// epochs, epochs 100, 200, ... up to n as a directory, GM and n. Errors, in SPKW05's order:
// NONPOSITIVEMASS (gm <= 0), INVALIDREFFRAME, NUMSTATESNOTPOS (n <= 0), UNORDEREDTIMES (an epoch
// not greater than the one before), BADDESCRTIMES (first > last), NONPRINTABLECHARS,
// SEGIDTOOLONG. SPKW05 does not call SPKPDS: body 0, body == center and first == last pass, and
// the epochs are not compared with [first, last].
Status spkw05(daf::DafWriter& file, const SegmentSpec& spec, double gm, int n, std::span<const double> states,
              std::span<const double> epochs);

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

// Type 10 (two-line elements; SPKW10): the 8 geophysical constants `consts` (EVSGP4's GEOPHS),
// `n` element sets of 10 values (GETELM's elems) and their `n` epochs, written as a generic
// segment (generic_segment_writer.hpp) with an explicit "closest epoch" index: constants, then per
// set its epoch and a 14-word packet, the elements followed by the IAU 1980 nutation at the epoch
// (ZZWAHR: obliquity, longitude, then their rates, as SPKW10 orders them). Errors, in SPKW10's
// order: SPKPDS's BARYCENTEREPHEM, BODYANDCENTERSAME, INVALIDREFFRAME, BADDESCRTIMES
// (first >= last), then SEGIDTOOLONG, NONPRINTINGCHARS (SGBWFS), UNORDEREDREFS (epochs not
// strictly increasing; SGWFPK). As in CSPICE, n <= 0 writes a segment without element sets, and
// neither the epochs nor the elements' own epochs are checked against [first, last].
Status spkw10(daf::DafWriter& file, const SegmentSpec& spec, std::span<const double> consts, int n,
              std::span<const double> elems, std::span<const double> epochs);

// Type 14 (Chebyshev, unequal steps; CSPICE's SPK14B + SPK14A + SPK14E in one call): `n` records
// of 2 + 6 * (chbdeg + 1) values (MID, RADIUS, then the x, y, z, vx, vy, vz coefficient blocks)
// and their `n` start epochs, written as a generic segment (constant NCOEFF, packets each after
// its epoch, the epochs, a directory of every 100th epoch, 17 meta data items). Errors, in this
// order: INVALIDARGUMENT (chbdeg < 0), SPKPDS's BARYCENTEREPHEM, BODYANDCENTERSAME, INVALIDREFFRAME,
// BADDESCRTIMES (first >= last), then SEGIDTOOLONG, NONPRINTINGCHARS (SGBWFS's spelling),
// INVALIDARGUMENT (n <= 0), UNORDEREDREFS (epochs not strictly increasing). As in CSPICE, the
// epochs are not checked against [first, last].
Status spkw14(daf::DafWriter& file, const SegmentSpec& spec, int n, int chbdeg, std::span<const double> records,
              std::span<const double> epochs);

// Type 15 (precessing conic): periapsis epoch, trajectory pole `tp`, periapsis direction `pa`
// (3 values each, stored normalised), semi-latus rectum p, eccentricity, J2 flag, central body
// pole `pv` (stored normalised), GM, J2, radius. Errors, in SPKW15's order: BADLATUSRECTUM
// (p <= 0), BADECCENTRICITY (ecc < 0), NONPOSITIVEMASS, BADVECTOR (zero tp, pa or pv), BADRADIUS
// (radius < 0), BADINITSTATE (|tp . pa| > 1e-5 once normalised), SEGIDTOOLONG, NONPRINTABLECHARS,
// then SPKPDS's BARYCENTEREPHEM, BODYANDCENTERSAME, INVALIDREFFRAME, BADDESCRTIMES.
Status spkw15(daf::DafWriter& file, const SegmentSpec& spec, double epoch, std::span<const double> tp,
              std::span<const double> pa, double p, double ecc, double j2flg, std::span<const double> pv, double gm,
              double j2, double radius);

// Type 17 (equinoctial elements): the elements' epoch, the nine elements `eqel` (a, h, k, mean
// longitude, p, q, rates of the longitude of periapse, mean longitude and node) and the right
// ascension and declination of the reference plane's pole. Errors, in SPKW17's order:
// BADSEMIAXIS (a <= 0), BADECCENTRICITY (sqrt(h^2 + k^2) > 0.9), SEGIDTOOLONG, NONPRINTABLECHARS,
// then SPKPDS's BARYCENTEREPHEM, BODYANDCENTERSAME, INVALIDREFFRAME, BADDESCRTIMES.
Status spkw17(daf::DafWriter& file, const SegmentSpec& spec, double epoch, std::span<const double> eqel,
              double rapol, double decpol);

// Type 18 (ESOC/DDID Hermite/Lagrange): `n` packets at `n` epochs, with an epoch directory of
// every 100th epoch. Subtype 0: 12-word packets (position and its derivative, velocity and its
// derivative), Hermite, window (degree + 1)/2; subtype 1: 6-word states, Lagrange, window degree
// + 1. Errors, in SPKW18's order: INVALIDVALUE (subtype), INVALIDREFFRAME, SEGIDTOOLONG,
// NONPRINTABLECHARS, INVALIDDEGREE (outside 1..15, or an odd window: the degree must be 3 mod 4
// for subtype 0 and odd for subtype 1), TOOFEWSTATES (n < 2), BADDESCRTIMES (first > last),
// TIMESOUTOFORDER, BADDESCRTIMES (the epochs do not span [first, last]).
Status spkw18(daf::DafWriter& file, const SegmentSpec& spec, int subtype, int degree, int n,
              std::span<const double> packets, std::span<const double> epochs);

// Type 19 (ESOC/DDID piecewise interpolation): `nintvl` intervals with bounds ivlbds[0..nintvl],
// interval i covered by a mini-segment of npkts[i] packets (subtype subtps[i]: 0 Hermite with
// 12-word packets, 1 Lagrange and 2 Hermite with 6-word states; degree degres[i]), its packets and
// epochs following those of the previous intervals in `packts` and `epochs`. `sellst` makes a
// time on a shared bound use the later interval. Errors, in SPKW19's order: BADDESCRTIMES (last <
// first), INVALIDREFFRAME, SEGIDTOOLONG, NONPRINTABLECHARS, INVALIDCOUNT (nintvl < 1),
// BOUNDSOUTOFORDER, COVERAGEGAP ([first, last] not within the bounds); then for each interval
// TOOFEWPACKETS (< 2), INVALIDSUBTYPE, INVALIDDEGREE (outside 1..27), BADWINDOWSIZE (odd window:
// the degree must be 3 mod 4 for subtypes 0 and 2, odd for 1), TIMESOUTOFORDER, BOUNDSDISAGREE
// (the epochs do not span the interval).
Status spkw19(daf::DafWriter& file, const SegmentSpec& spec, int nintvl, std::span<const int> npkts,
              std::span<const int> subtps, std::span<const int> degres, std::span<const double> packts,
              std::span<const double> epochs, std::span<const double> ivlbds, bool sellst);

// Type 20 (Chebyshev, velocity only): `n` records of `intlen` days from the TDB Julian date
// initjd + initfr, each holding for x, y, z the polydg + 1 velocity coefficients followed by that
// position component at the record's midpoint, in units of dscale km and tscale s. Errors, in
// SPKW20's order: INVALIDCOUNT (n < 1), INVALIDDEGREE (outside 0..50), INTLENNOTPOS,
// INVALIDREFFRAME, BADDESCRTIMES (first > last), NONPOSITIVESCALE, COVERAGEGAP (beyond the records
// by more than 1e-13 of their largest |epoch|), IDSTRINGTOOLONG, NONPRINTABLECHARS.
Status spkw20(daf::DafWriter& file, const SegmentSpec& spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double dscale, double tscale, double initjd, double initfr);

// Type 21 (extended modified difference arrays): `n` difference lines of `dlsize` values each
// (4 * MAXDIM + 11 for MAXDIM 15 .. 25: TL, G(MAXDIM), the reference position and velocity
// interleaved, DT(MAXDIM, 3), KQMAX1, KQ(3)) and their `n` final epochs. Line i covers the times
// after epochs[i - 1] (line 1: from the segment start) up to epochs[i]. Stored as the lines, the
// epochs, epochs 100, 200, ... up to n, MAXDIM = (dlsize - 11) / 4 and n. Errors, in SPKW21's
// order: DIFFLINETOOLARGE (dlsize > 111), DIFFLINETOOSMALL (dlsize < 71), INVALIDREFFRAME,
// SEGIDTOOLONG, NONPRINTABLECHARS, INVALIDCOUNT (n < 1), BADDESCRTIMES (first > last),
// TIMESOUTOFORDER, COVERAGEGAP (last after the final epoch), ZEROSTEP (a zero among the step sizes
// G(1) .. G(KQMAX1 - 2) of a line), then SPKPDS's BARYCENTEREPHEM, BODYANDCENTERSAME and
// BADDESCRTIMES (first == last). As in CSPICE, the lines' contents are otherwise not checked, nor
// is the first epoch compared with `first`.
Status spkw21(daf::DafWriter& file, const SegmentSpec& spec, int n, int dlsize, std::span<const double> dlines,
              std::span<const double> epochs);

}  // namespace sc::spk
