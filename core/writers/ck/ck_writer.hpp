// The CK segment writers (CSPICE's CKW01, CKW02, CKW03, CKW05, CKW06): each checks its input with
// CSPICE's checks, in CSPICE's order and with CSPICE's short codes, and only then appends the
// segment to a DAF being written, laid out word for word as the Fortran writer lays it out
// (ck.req). A failed check leaves the file unchanged. As in CSPICE, every time is an encoded SCLK
// time (ticks), never ET. The reference frame name is resolved by the caller (it needs the frame
// system); the writers report an unknown one (no code) where CSPICE does.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "daf/daf_writer.hpp"
#include "daf/variable_packet_segment.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// What every CK writer takes for the descriptor and the segment identifier.
struct CkSegmentSpec {
  double begtim = 0;              // coverage start, encoded SCLK
  double endtim = 0;              // coverage end, encoded SCLK
  int inst = 0;                   // the instrument (CK frame class ID)
  std::string_view ref;           // the base frame's name, as the caller gave it
  std::optional<int> ref_code;    // its ID, if the frame system knows the name
  bool avflag = false;            // the segment holds angular velocity (ckw02: always)
  std::string_view segid;         // at most 40 printable characters (trailing blanks aside)
};

// CK type 5 and 6 packet sizes by subtype (ck05.inc, ck06.inc): 0 Hermite quaternion + derivative,
// 1 Lagrange quaternion, 2 Hermite quaternion, derivative, angular velocity and its derivative,
// 3 Lagrange quaternion + angular velocity.
inline constexpr int kCk05PacketSizes[4] = {8, 4, 14, 7};
// The largest interpolation degree of types 5 and 6 (MAXDEG since N0065).
inline constexpr int kMaxCk05Degree = 23;

// Type 1 (discrete pointing): `nrec` quaternions (4 values each, SPICE style) and, when
// spec.avflag, angular velocities (3 each, rad/s), at `nrec` strictly increasing times. Stored as
// the records (quaternion, then angular velocity), the times, a directory of the midpoints of
// times 100|101, 200|201, ..., and nrec. Errors, in CKW01's order: INVALIDNUMREC (nrec <= 0),
// INVALIDDESCRTIME (begtim after the first time, endtim before the last), INVALIDREFFRAME,
// NONPRINTABLECHARS, SEGIDTOOLONG, INVALIDSCLKTIME (first time negative), TIMESOUTOFORDER,
// ZEROQUATERNION.
Status ckw01(daf::DafWriter& file, const CkSegmentSpec& spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs);

// Type 2 (constant angular rate intervals): `nrec` intervals [start, stop], each with its
// quaternion at the start, its angular velocity and its clock rate (seconds per tick). Stored as
// 8-word records (quaternion, angular velocity, rate), the start times, the stop times and a
// directory of the midpoints of stop 100|start 101, ... The descriptor always flags angular
// velocity. Errors, in CKW02's order: INVALIDNUMREC, INVALIDDESCRTIME (begtim after start[0],
// endtim before the last stop), INVALIDREFFRAME, NONPRINTABLECHARS, SEGIDTOOLONG, INVALIDSCLKTIME
// (start[0] negative), DEGENERATEINTERVAL (stop <= start), TIMESOUTOFORDER (starts not increasing),
// BADSTOPTIME (an interval ends after the next starts), ZEROQUATERNION.
Status ckw02(daf::DafWriter& file, const CkSegmentSpec& spec, int nrec, std::span<const double> start,
             std::span<const double> stop, std::span<const double> quats, std::span<const double> avvs,
             std::span<const double> rates);

// Type 3 (linear interpolation): `nrec` pointing instances as in type 1, and `nints` interpolation
// interval start times, each one of the instances' times. Stored as the records, the times, every
// 100th time as a directory, the interval starts, every 100th start, nints and nrec. Errors, in
// CKW03's order: INVALIDNUMREC, INVALIDNUMINT (nints <= 0), INVALIDDESCRTIME, INVALIDREFFRAME,
// NONPRINTABLECHARS, SEGIDTOOLONG, INVALIDSCLKTIME, TIMESOUTOFORDER, TIMESDONTMATCH (the first
// start is not the first time), TIMESOUTOFORDER (starts), INVALIDSTARTTIME, ZEROQUATERNION.
Status ckw03(daf::DafWriter& file, const CkSegmentSpec& spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs, int nints,
             std::span<const double> starts);

// Type 5 (Hermite/Lagrange interpolation): `n` packets of kCk05PacketSizes[subtype] values at `n`
// strictly increasing times, the clock rate (seconds per tick) and `nints` interpolation interval
// starts. Stored as the packets, the times, every 100th time, the starts, every 100th start, rate,
// subtype, window size, nints and n. Errors, in CKW05's order: TOOFEWPACKETS (n < 1),
// INVALIDNUMINTS, INVALIDREFFRAME, SEGIDTOOLONG, NONPRINTABLECHARS, INVALIDSCLKTIME,
// TIMESOUTOFORDER (times, then starts), INVALIDSTARTTIME, NOTSUPPORTED (subtype), ZEROQUATERNION,
// INVALIDDEGREE (outside 1..23, then an odd window: 3 mod 4 for Hermite, odd for Lagrange),
// BADDESCRTIMES (endtim < begtim), EMPTYSEGMENT (no time in [begtim, endtim]), INVALIDVALUE
// (rate 0).
Status ckw05(daf::DafWriter& file, const CkSegmentSpec& spec, int subtype, int degree, int n,
             std::span<const double> sclkdp, std::span<const double> packets, double rate, int nints,
             std::span<const double> starts);

// Type 6 (piecewise Hermite/Lagrange): `nmini` mini-segments, mini-segment i with npkts[i] packets
// of subtype subtps[i] and degree degres[i] (packets and times following those of the mini-segments
// before it), clock rate rates[i], over [ivlbds[i], ivlbds[i + 1]]; `sellst` makes a time on a
// shared bound use the later mini-segment. Errors, in CKW06's order: BADDESCRTIMES (last < first),
// INVALIDREFFRAME, SEGIDTOOLONG, NONPRINTABLECHARS, INVALIDCOUNT (nmini < 1), BOUNDSOUTOFORDER,
// COVERAGEGAP; then per mini-segment TOOFEWPACKETS (< 2), INVALIDSUBTYPE, INVALIDDEGREE,
// BADWINDOWSIZE, TIMESOUTOFORDER, BOUNDSDISAGREE, ZEROQUATERNION, BADQUATSIGN (Hermite subtypes: a
// quaternion nearer to its predecessor's negative).
Status ckw06(daf::DafWriter& file, const CkSegmentSpec& spec, int nmini, std::span<const int> npkts,
             std::span<const int> subtps, std::span<const int> degres, std::span<const double> packets,
             std::span<const double> rates, std::span<const double> sclkdp, std::span<const double> ivlbds,
             bool sellst);

// Type 4 (Chebyshev packets; CKW04B, CKW04A, CKW04E), written over several calls. ckw04b checks
// the descriptor and identifier (INVALIDREFFRAME, NONPRINTABLECHARS, SEGIDTOOLONG, in CKW04B's
// order) and starts the segment: a generic segment with variable-size packets and an explicit
// index (EXPLE, 3). spec.endtim is not used: ckw04e sets it.
Result<daf::VariablePacketSegment> ckw04b(const CkSegmentSpec& spec);

// CK4RSZ (ckparam.inc): input packets must be smaller than this.
inline constexpr int kCk04RecordSize = 143;

// ckw04a: `npkts` packets of pktsiz[i] values each: MID and RADIUS of the interval (encoded SCLK),
// the numbers of Chebyshev coefficients of q0, q1, q2, q3, AV1, AV2, AV3, then the coefficients; and
// each packet's start time. Each packet is stored with its seven counts packed into one number
// (ZZCK4I2D: count(q0) + 128 * count(q1) + ... + 128^6 * count(AV3)), so 6 words shorter. Errors:
// SPICE(INVALIDARGUMENT) for a size <= 0 or >= 143 (CKW04A), then SGWVPK's NUMPACKETSNOTPOS,
// UNORDEREDREFS (start times, also against the previous call's), NONPOSPACKETSIZE (a size <= 6).
// N0067's CKW04A packs the packets of one call in place and overwrites the midpoint and radius of
// packets 2 onward with coefficients before moving them; here every packet is packed as CKW04A
// packs the first, so several packets per call give the file that one call per packet gives.
Status ckw04a(daf::VariablePacketSegment& segment, int npkts, std::span<const int> pktsiz,
              std::span<const double> pktdat, std::span<const double> sclkdp);

// ckw04e: ends the segment (SGWES) and sets the descriptor's end time to `endtim` (unchecked, as in
// CKW04E).
Status ckw04e(daf::DafWriter& file, daf::VariablePacketSegment& segment, double endtim);

}  // namespace sc::ck
