// EK trees (ektree.inc): the B*-trees an EK uses for its segment list, each segment's record list
// and each column index. Their keys are ordinal positions, so an in-order walk yields the data
// values in key order: the segments in segment-number order, a segment's record pointers in record
// order, an index's record pointers in the order of the indexed values.
#pragma once

#include <vector>

#include "das/das_file.hpp"
#include "errors/result.hpp"

namespace sc::ek {

// The data values of the tree whose root is integer page `root`, in key order. Errors name the file:
// SPICE(INVALIDFORMAT) for a node outside the file's pages, a key count beyond a node's room, a
// walk deeper than the tree's depth or the EK limit, or a value count that differs from the count
// the root records; the DAS reader's errors for addresses outside the file.
Result<std::vector<int>> tree_values(const das::DasFile& file, int root);

}  // namespace sc::ek
