// Writing a DAS file of DLA segments (a DSK) in memory: DLAOPN's header (the DLA format version
// and the first and last descriptor pointers), DLABNS/DLAENS around each segment (its descriptor
// written before its integers), and at the end the file image as DASCLS leaves it after
// segregation: the file record (LTL-IEEE, with the FTP validation string), the reserved comment
// records, one directory record per 247 clusters, a double cluster and an integer cluster.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "errors/result.hpp"

namespace sc::das {

class DlaWriter {
 public:
  // `type` is the DAS file type ("DSK"), `ifname` the internal file name (60 characters at most),
  // `ncomch` the characters of comment area to reserve.
  DlaWriter(std::string type, std::string ifname, int ncomch);

  // DLABNS. SPICE(SEGMENTOPEN)... as CSPICE: a segment already begun is an error.
  Status begin_segment();
  void add_ints(std::span<const int> values);
  void add_doubles(std::span<const double> values);
  // DLAENS: the segment's sizes go into its descriptor. SPICE(NOSEGMENT) when none was begun.
  Status end_segment();
  bool segment_open() const { return open_ != 0; }
  int segment_count() const { return segments_; }

  // The whole file (little-endian IEEE).
  std::vector<std::uint8_t> image() const;

 private:
  std::string type_;
  std::string ifname_;
  int ncomch_ = 0;
  std::vector<std::int32_t> ints_;
  std::vector<double> doubles_;
  int open_ = 0;  // address of the open segment's descriptor, 0 for none
  int segments_ = 0;
};

}  // namespace sc::das
