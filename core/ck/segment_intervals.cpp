#include "ck/segment_intervals.hpp"

#include <algorithm>
#include <cmath>

#include "ck/records/quaternion_window.hpp"
#include "ck/segment_data.hpp"
#include "daf/generic_segment.hpp"

namespace sc::ck {

namespace {

constexpr long long kIntMax = 2147483647;

// ZZCKCV03/05's walk: interval starts against pointing times. An interval runs from its start to
// the last time before the next start (CSPICE keeps `finish` from the previous interval when no
// time lies between two starts; mirrored).
Result<std::vector<SclkInterval>> interpolation_intervals(const daf::SegmentFile& file, const Segment& segment,
                                                          long long tickat, long long nrec, long long intbeg,
                                                          long long invls) {
  std::vector<SclkInterval> out;
  if (nrec < 1 || invls < 1) return out;
  const long long lsttik = tickat + nrec - 1;
  long long intat = intbeg;
  const long long lstint = intbeg + invls - 1;
  SC_TRY_ASSIGN(const auto ticks, segment_words(file, segment, tickat, nrec));
  SC_TRY_ASSIGN(const auto starts, segment_words(file, segment, intbeg, invls));
  const long long tickbase = tickat;
  auto tick_at = [&](long long a) { return ticks[static_cast<std::size_t>(a - tickbase)]; };
  auto start_at = [&](long long a) { return starts[static_cast<std::size_t>(a - intbeg)]; };
  double start = start_at(intat);
  double tick = tick_at(tickat);
  while (tick < start && tickat < lsttik) tick = tick_at(++tickat);
  if (tick < start) return out;
  bool bail = false;
  double finish = 0;
  while (intat <= lstint && tickat <= lsttik && !bail) {
    const double begin = start;
    if (intat == lstint) {
      finish = tick_at(lsttik);
      bail = true;
    } else {
      start = start_at(++intat);
      while (tick < start && tickat < lsttik) {
        finish = tick;
        tick = tick_at(++tickat);
      }
      if (tick < start) {
        finish = tick;
        ++tickat;
      }
    }
    out.push_back({begin, finish});
  }
  return out;
}

Error bad_length(const daf::SegmentFile& file, const Segment& segment, const char* code, long long navsln,
                 long long avsln) {
  return segment_error(file, segment, code,
                       "it reports a length of " + std::to_string(segment.length()) +
                           " d.p. numbers, but its metadata say the length must be " + std::to_string(navsln) +
                           " (no angular rate data) or " + std::to_string(avsln) + " (angular rate data).");
}

Result<SegmentIntervals> type01(const daf::SegmentFile& file, const Segment& segment) {
  SC_TRY_ASSIGN(const double w, segment_word(file, segment, segment.last));
  SC_TRY_ASSIGN(const long long nrec, stored_int(file, segment, w, 1, segment.length(), "record count"));
  const long long navsln = nrec * 5 + (nrec - 1) / 100 + 1;
  const long long avsln = nrec * 8 + (nrec - 1) / 100 + 1;
  long long psiz = 0;
  if (segment.length() == navsln) {
    psiz = 4;
  } else if (segment.length() == avsln) {
    psiz = 7;
  } else {
    return bad_length(file, segment, "SPICE(BADCK1SEGMENT)", navsln, avsln);
  }
  SC_TRY_ASSIGN(const auto times, segment_words(file, segment, segment.begin + nrec * psiz, nrec));
  SegmentIntervals out;
  for (double t : times) out.intervals.push_back({t, t});
  return out;
}

Result<SegmentIntervals> type02(const daf::SegmentFile& file, const Segment& segment) {
  const double size_words = (static_cast<double>(segment.length()) * 100.0 + 1.0) / 1001.0;
  SC_TRY_ASSIGN(const long long nrec, stored_nint(file, segment, size_words, 1, segment.length() / 10, "record count"));
  SC_TRY_ASSIGN(const auto first, segment_words(file, segment, segment.begin + nrec * 8, nrec));
  SC_TRY_ASSIGN(const auto last, segment_words(file, segment, segment.begin + nrec * 9, nrec));
  SegmentIntervals out;
  for (std::size_t i = 0; i < first.size(); ++i) out.intervals.push_back({first[i], last[i]});
  return out;
}

Result<SegmentIntervals> type03(const daf::SegmentFile& file, const Segment& segment) {
  SC_TRY_ASSIGN(const auto counts, segment_words(file, segment, segment.last - 1, 2));
  SC_TRY_ASSIGN(const long long invls, stored_nint(file, segment, counts[0], 1, segment.length(), "interval count"));
  SC_TRY_ASSIGN(const long long nrec, stored_nint(file, segment, counts[1], 1, segment.length(), "record count"));
  const long long ndir = (nrec - 1) / 100;
  const long long navsln = nrec * 5 + ndir + invls + (invls - 1) / 100 + 2;
  const long long avsln = nrec * 8 + ndir + invls + (invls - 1) / 100 + 2;
  long long rsize = 0;
  if (segment.length() == navsln) {
    rsize = 4;
  } else if (segment.length() == avsln) {
    rsize = 7;
  } else {
    return bad_length(file, segment, "SPICE(BADCK3SEGMENT)", navsln, avsln);
  }
  const long long tickat = segment.begin + rsize * nrec;
  const long long intbeg = tickat + nrec + ndir;
  SegmentIntervals out;
  SC_TRY_ASSIGN(out.intervals, interpolation_intervals(file, segment, tickat, nrec, intbeg, invls));
  return out;
}

Result<SegmentIntervals> type04(const daf::SegmentFile& file, const Segment& segment) {
  const daf::GenericSegmentRef seg{&file.daf(), segment.begin, segment.last, describe(segment, file.file_name())};
  SC_TRY_ASSIGN(const daf::GenericSegmentMeta meta, daf::read_generic_meta(seg));
  SegmentIntervals out;
  for (long long i = 1; i <= meta.packet_count; ++i) {
    SC_TRY_ASSIGN(const auto packet, daf::read_packet(seg, meta, i));
    if (packet.size() < 2) {
      return segment_error(file, segment, "SPICE(INVALIDCOUNT)", "a packet has fewer than 2 words.");
    }
    out.intervals.push_back({packet[0] - packet[1], packet[0] + packet[1]});
  }
  return out;
}

Result<SegmentIntervals> type05(const daf::SegmentFile& file, const Segment& segment) {
  SC_TRY_ASSIGN(const auto buffer, segment_words(file, segment, segment.last - 3, 4));
  SC_TRY_ASSIGN(const long long subtyp, stored_nint(file, segment, buffer[0], -kIntMax, kIntMax, "subtype"));
  SC_TRY_ASSIGN(const long long invls, stored_nint(file, segment, buffer[2], 1, segment.length(), "interval count"));
  SC_TRY_ASSIGN(const long long nrec, stored_nint(file, segment, buffer[3], 1, segment.length(), "packet count"));
  const int rsize = packet_size_of_subtype(static_cast<int>(subtyp));
  if (rsize == 0) {
    return segment_error(file, segment, "SPICE(NOTSUPPORTED)",
                         "CK type 5 subtype <" + std::to_string(subtyp) + "> is not supported.");
  }
  const long long ndir = (nrec - 1) / 100;
  const long long tickat = segment.begin + rsize * nrec;
  const long long intbeg = tickat + nrec + ndir;
  SegmentIntervals out;
  out.clipped = true;
  SC_TRY_ASSIGN(out.intervals, interpolation_intervals(file, segment, tickat, nrec, intbeg, invls));
  for (auto& iv : out.intervals) {
    iv.begin = std::max(iv.begin, segment.start);
    iv.finish = std::min(iv.finish, segment.end);
  }
  return out;
}

Result<SegmentIntervals> type06(const daf::SegmentFile& file, const Segment& segment) {
  SC_TRY_ASSIGN(const double w, segment_word(file, segment, segment.last));
  SC_TRY_ASSIGN(const long long nintvl, stored_nint(file, segment, w, 1, segment.length(), "interval count"));
  const long long ptrbas = segment.last - 2 - (nintvl + 1);
  const long long nivdir = nintvl / 100;
  const long long ivlbas = ptrbas - nivdir - (nintvl + 1);
  SegmentIntervals out;
  out.clipped = true;
  for (long long i = 1; i <= nintvl; ++i) {
    SC_TRY_ASSIGN(const auto bounds, segment_words(file, segment, ivlbas + i, 2));
    SC_TRY_ASSIGN(const auto ptrs, segment_words(file, segment, ptrbas + i, 2));
    SC_TRY_ASSIGN(const long long p2,
                  stored_nint(file, segment, ptrs[1], 1, segment.length() + 1, "mini-segment pointer"));
    const long long minie = segment.begin - 1 + p2 - 1;
    SC_TRY_ASSIGN(const double nw, segment_word(file, segment, minie));
    SC_TRY_ASSIGN(const long long nrec, stored_nint(file, segment, nw, 1, segment.length(), "packet count"));
    const long long ndir = (nrec - 1) / 100;
    SC_TRY_ASSIGN(const double lstepc, segment_word(file, segment, minie - 4 - ndir));
    double begin = bounds[0];
    double finish = std::min(lstepc, bounds[1]);
    begin = std::max(begin, segment.start);
    finish = std::min(finish, segment.end);
    out.intervals.push_back({begin, finish});
  }
  return out;
}

Result<SegmentIntervals> intervals_by_type(const daf::SegmentFile& file, const Segment& segment) {
  switch (segment.type) {
    case 1:
      return type01(file, segment);
    case 2:
      return type02(file, segment);
    case 3:
      return type03(file, segment);
    case 4:
      return type04(file, segment);
    case 5:
      return type05(file, segment);
    case 6:
      return type06(file, segment);
    default:
      return make_error("SPICE(NOTSUPPORTED)", "Supported CK data types are 1, 2, 3, 4, 5.  Data type of segment: " +
                                                   std::to_string(segment.type) +
                                                   ". This problem may indicate that you need to update your SPICE "
                                                   "Toolkit.");
  }
}

}  // namespace

Result<SegmentIntervals> segment_intervals(const daf::SegmentFile& file, const Segment& segment) {
  SC_TRY_ASSIGN(auto&& found, intervals_by_type(file, segment));
  // Interval times are data words (type 1's instances, type 2's start and stop times, type 4's
  // midpoint and radius...): corrupt ones can be infinite or NaN, which CKCOV would put in the
  // coverage window as they are (issue 16, item 4; descriptor times are refused at furnsh).
  for (const SclkInterval& iv : found.intervals) {
    if (!std::isfinite(iv.begin) || !std::isfinite(iv.finish)) {
      return segment_error(file, segment, "SPICE(INVALIDVALUE)",
                           "an interval of its coverage has a bound that is not finite: the segment's data are "
                           "corrupt.");
    }
  }
  return std::move(found);
}

}  // namespace sc::ck
