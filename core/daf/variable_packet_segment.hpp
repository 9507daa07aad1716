// A DAF generic segment with variable-size packets and an explicit reference index, built over
// several calls as CSPICE's sequential generic segment writer builds one (SGBWVS, SGWVPK, SGWES in
// sgseqw.f). CSPICE keeps the segment in progress in SGSEQW's saved variables; here it is a value
// kept with its output (kernels/output_registry.hpp). The words, relative to the segment's start:
//    1 ..                the NCON constants
//    NCON + 1 ..         per packet: its reference, its size, its words (the packet offset PKTOFF = 2)
//    PDRBAS + 1 ..       the packet directory: each packet's first word (relative to the packet
//                        area), and one more for the packet that would follow the last
//    REFBAS + 1 ..       the references
//    RDRBAS + 1 ..       references 100, 200, ... ((NREF - 1) / 100 of them)
//    last 17 words       CONBAS NCON RDRBAS NRDR RDRTYP REFBAS NREF PDRBAS NPDR PDRTYP
//                        PKTBAS NPKT RSVBAS NRSV PKTSZ (the largest packet) PKTOFF NMETA
#pragma once

#include <span>
#include <string>
#include <vector>

#include "errors/result.hpp"

namespace sc::daf {

class VariablePacketSegment {
 public:
  // SGBWVS: the segment's descriptor (ND doubles, the first NI - 2 integers), its name, its
  // constants and its explicit index type (sgparam.inc: 2 EXPLT, 3 EXPLE, 4 EXPCLS).
  VariablePacketSegment(std::vector<double> dc, std::vector<int> ic, std::string name,
                        std::span<const double> constants, int index_type);

  // SGWVPK: appends packets of sizes[i] words each, taken in turn from `data`, with their
  // references. Errors, in SGWVPK's order: SPICE(NUMPACKETSNOTPOS) (no packet),
  // SPICE(INCOMPATIBLENUMREF) (refs.size() != sizes.size()), SPICE(UNORDEREDREFS) (the first
  // reference not after the previous call's last, then references not increasing),
  // SPICE(NONPOSPACKETSIZE). Nothing is added on error.
  Status add_packets(std::span<const int> sizes, std::span<const double> data, std::span<const double> refs);

  // SGWES: the segment's words, partitions and meta data included.
  std::vector<double> words() const;

  std::vector<double>& dc() { return dc_; }
  const std::vector<int>& ic() const { return ic_; }
  const std::string& name() const { return name_; }
  int packet_count() const { return static_cast<int>(sizes_.size()); }

 private:
  std::vector<double> dc_;
  std::vector<int> ic_;
  std::string name_;
  int index_type_ = 0;
  std::vector<double> body_;  // constants, then the packets with their references and sizes
  int constants_ = 0;
  std::vector<int> sizes_;
  std::vector<double> refs_;
};

}  // namespace sc::daf
