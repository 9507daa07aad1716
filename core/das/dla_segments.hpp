// DLA (DAS linked array) segment lists, dla.req: the segment descriptors of a DAS file that
// holds DLA segments (every DSK), in list order, as DLABFS and DLAFNS walk them. Integer
// address 2 of the file holds the address of the first descriptor (-1: no segments); each
// descriptor is 8 integers: backward and forward pointers (descriptor addresses, -1 at the ends)
// and the base address and size of the segment's integer, double and character components.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "das/das_file.hpp"
#include "errors/result.hpp"

namespace sc::das {

struct DlaDescriptor {
  int bwdptr = -1;
  int fwdptr = -1;
  int ibase = 0;  // the segment's integers are at ibase + 1 .. ibase + isize
  int isize = 0;
  int dbase = 0;
  int dsize = 0;
  int cbase = 0;
  int csize = 0;

  std::array<int, 8> to_array() const { return {bwdptr, fwdptr, ibase, isize, dbase, dsize, cbase, csize}; }
  bool operator==(const DlaDescriptor&) const = default;
};

// DLABFS then DLAFNS until the end of the list. The DAS reader's errors for addresses outside the
// file; SPICE(BADDASDIRECTORY) for a list that loops.
Result<std::vector<DlaDescriptor>> dla_segments(const DasFile& file);

// A DAS file with its DLA segment list, read once (at furnsh for a loaded DSK).
struct DlaFile {
  DasFile das;
  std::vector<DlaDescriptor> segments;

  static Result<std::shared_ptr<const DlaFile>> open(io::Bytes bytes, std::string file_name);
};

}  // namespace sc::das
