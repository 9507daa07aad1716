// The parts of a DAF generic segment (SPICELIB's SGxxxx routines, sgparam.inc) that the readers
// of PCK type 3 and SPK types 10 and 14 need: the meta data at the segment's end, the constants,
// the packet an explicit reference index selects for a key (EXPLE: the last value <= the key;
// SGFRVI for EXPLT, EXPLE and EXPCLS), and fixed-size or (CK type 4) variable-size packets.
//
// Layout: the segment's last word is NMETA, the number of meta data items (15 in old files, which
// did not count NMETA itself; 17 now). The items before it are, in order, CONBAS, NCON, RDRBAS,
// NRDR, RDRTYP, REFBAS, NREF, PDRBAS, NPDR, PDRTYP, PKTBAS, NPKT, RSVBAS, NRSV, PKTSZ, PKTOFF:
// base addresses (relative to the segment's start, the k-th item of a partition at base + k) and
// counts of the constants, reference directory, reference values, packet directory, packets and
// reserved area, the reference index type, the packet directory type (0 = fixed-size packets),
// the packet size and the offset of the data within each packet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "daf/daf_file.hpp"
#include "errors/result.hpp"

namespace sc::daf {

// Where a generic segment lies in its DAF, and how to name it in messages.
struct GenericSegmentRef {
  const DafFile* daf;
  long long begin;  // first and last DAF address of the segment
  long long end;
  std::string description;  // e.g. "the type 3 PCK segment 'x' for class 499 (base frame 1) in 'a.bpc'"
};

// Reference index types (sgparam.inc).
enum class ReferenceIndex { implicit_le = 0, implicit_closest = 1, explicit_lt = 2, explicit_le = 3, explicit_closest = 4 };

struct GenericSegmentMeta {
  long long constants_base = 0;  // absolute DAF addresses: item k (1-based) is at base + k
  long long constant_count = 0;
  int reference_index_type = 0;
  long long references_base = 0;
  long long reference_count = 0;
  int packet_directory_type = 0;
  long long packets_base = 0;
  long long packet_count = 0;
  long long packet_size = 0;
  long long packet_offset = 0;
  long long packet_directory_base = 0;   // variable-size packets: entry k at base + k is where packet k
  long long packet_directory_count = 0;  // starts (relative to packets_base); NPKT + 1 entries
};

// SGMETA: the meta data, with bases made absolute. SPICE(INVALIDMETADATA) when NMETA is below 15
// or the items do not describe partitions inside the segment.
Result<GenericSegmentMeta> read_generic_meta(const GenericSegmentRef& seg);

// SGFCON: constants first .. first + out.size() - 1 (1-based). SPICE(REQUESTOUTOFBOUNDS) beyond NCON.
Status read_constants(const GenericSegmentRef& seg, const GenericSegmentMeta& meta, long long first,
                      std::span<double> out);

// SGFRVI for an EXPLE index: the 1-based index of the last reference value <= key. Reference values
// ascend, so a binary search finds the same packet as SGFRVI's directory scan. SPICE(REQUESTOUTOFBOUNDS)
// when key precedes the first reference value (CSPICE finds no packet there); SPICE(NOTSUPPORTED)
// for the other index types.
Result<long long> find_packet_at_or_before(const GenericSegmentRef& seg, const GenericSegmentMeta& meta, double key);

// SGFRVI for the explicit index types: the reference a key selects, by the segment's type,
//   2 (EXPLT)  the last value < key            none when key <= the first value
//   3 (EXPLE)  the last value <= key           none when key < the first value
//   4 (EXPCLS) the value closest to key, the later one when key lies exactly halfway (SGFRVI's
//              test: next - key <= key - previous); the first before it, the last after it
// as its 1-based index and its value. SPICE(NOTSUPPORTED) for the implicit types 0 and 1.
struct SelectedReference {
  long long index;
  double value;
};
Result<std::optional<SelectedReference>> select_reference(const GenericSegmentRef& seg, const GenericSegmentMeta& meta,
                                                          double key);

// SGFPKT for one packet: with fixed-size packets (PDRTYP 0) its PKTSZ data words, skipping PKTOFF
// bookkeeping words before each packet; with variable-size packets (PDRTYP 1, CK type 4) the words
// from packets_base + entry k of the packet directory, entry k + 1 - entry k - PKTOFF of them.
// SPICE(REQUESTOUTOFBOUNDS) for an index outside 1 .. NPKT, SPICE(INVALIDMETADATA) for a
// directory entry that puts the packet outside the segment, SPICE(UNKNOWNPACKETDIR) for other
// directory types.
Result<std::vector<double>> read_packet(const GenericSegmentRef& seg, const GenericSegmentMeta& meta, long long index);

}  // namespace sc::daf
