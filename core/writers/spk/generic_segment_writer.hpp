// What SPK types 10 and 14 share (internal to writers/spk/): CSPICE's generic segment writer
// (SGBWFS, SGWFPK, SGWES in sgseqw) for fixed-size packets with an explicit reference index, as
// one array of words, and the checks SGBWFS and SGWFPK make on the way. SGWFPK stores each
// reference value right before its packet (the packet offset PKTOFF = 1); SGWES then copies the
// references into their own partition, adds every 100th as a directory when there are more than
// 100, and appends the 17 meta data items. The result, relative to the segment's start:
//    1 ..                 the NCON constants
//    NCON + 1 ..          N times: reference, packet of PKTSZ words
//    REFBAS + 1 ..        the N references
//    RDRBAS + 1 ..        references 100, 200, ... ((N - 1) / 100 of them)
//    last 17 words        CONBAS NCON RDRBAS NRDR RDRTYP REFBAS NREF PDRBAS NPDR PDRTYP
//                         PKTBAS NPKT RSVBAS NRSV PKTSZ PKTOFF NMETA
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "errors/result.hpp"

namespace sc::writers {

// SGBWFS's identifier checks: SPICE(SEGIDTOOLONG) beyond 40 characters (trailing blanks aside),
// then SPICE(NONPRINTINGCHARS) for a character outside 32..126 before the last non-blank.
Status check_segid_sgbwfs(std::string_view segid);

// SGWFPK's check of explicit references: SPICE(UNORDEREDREFS) unless they increase strictly.
Status check_reference_order(std::span<const double> references);

// The segment's words. `packets` holds references.size() packets of `packet_size` words;
// `index_type` is sgparam.inc's reference index type (3 EXPLE, 4 EXPCLS).
std::vector<double> explicit_fixed_segment(std::span<const double> constants, std::span<const double> packets,
                                           long long packet_size, std::span<const double> references,
                                           int index_type);

}  // namespace sc::writers
