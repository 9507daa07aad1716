// Inserting into an EK B*-tree as CSPICE does (ZZEKTRIN; appending is ZZEKTRAP): the file's segment
// list gets one key per segment, each segment's three page lists one key per data page, a record
// list one key per record (EKAPPR, EKINSR) and a column index one key per entry. Keys are in-order
// positions, so inserting at a key shifts the later keys up by one. A full node is not simply
// split: CSPICE first inserts into a leaf, letting it overflow by one key, then balances it with a
// sibling, or splits two full siblings into three, or splits the root into a root and two children,
// so that every node but the root stays at least two thirds full. Every page is written with the
// words CSPICE writes, leftovers included, so files match byte for byte; new nodes take freed pages
// first (ZZEKPGAL), else are appended. Deletion is tree_deletion.hpp.
#pragma once

#include "errors/result.hpp"
#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing {

// ZZEKTRIN: inserts `value` at `key` (1 .. tree size + 1) in the tree whose root is integer page
// `tree`; the keys from `key` on move up by one. SPICE(INVALIDINDEX) for a key outside that range;
// SPICE(BUG) and the look-up errors of CSPICE's tree routines only if the tree is corrupt.
Status insert_into_tree(EkPages& pages, int tree, int key, int value);

// ZZEKTRAP: appends `value` under key (tree size + 1) and returns that key.
Result<int> append_to_tree(EkPages& pages, int tree, int value);

}  // namespace sc::ek::writing
