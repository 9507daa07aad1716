// Looking up one value of an EK B*-tree while it is being written (ZZEKTRDP), e.g. the record
// pointer at a record number. The tree's size is tree_size (tree_building.hpp); the reader's whole
// in-order walk of a finished file is ek/ek_tree.hpp.
#pragma once

#include "errors/result.hpp"
#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing {

// ZZEKTRDP: the value stored under `key` in the tree whose root is integer page `tree`.
// SPICE(INDEXOUTOFRANGE) for a key outside 1 .. tree size.
Result<int> tree_value(const EkPages& pages, int tree, int key);

}  // namespace sc::ek::writing
