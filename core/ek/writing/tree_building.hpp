// Writing the B*-trees of an EK (ektree.inc, read by ek/ek_tree): CSPICE's empty tree (ZZEKTRIT)
// and its bulk load of a tree from an ordered array (ZZEKTR1S: record trees and column indexes).
// Page by page as CSPICE writes them, down to the words a leaf keeps from its parent's page, so
// files match byte for byte. Inserting into a tree (appending: the segment list, a segment's page
// lists) is tree_insertion.hpp, deleting tree_deletion.hpp, looking up one value tree_lookup.hpp.
#pragma once

#include <span>

#include "errors/result.hpp"
#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing {

// ZZEKTRIT: a new tree, one empty root page; returns its page number.
int new_tree(EkPages& pages);

// ZZEKTR1S: loads the empty tree `tree` with values[0..n-1] under keys 1..n.
// SPICE(COUNTTOOLARGE) past the maximum depth (10).
Status fill_tree(EkPages& pages, int tree, std::span<const int> values);

// ZZEKTRSZ: the number of keys in the tree.
int tree_size(const EkPages& pages, int tree);

}  // namespace sc::ek::writing
