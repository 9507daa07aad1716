// Appending to an EK B*-tree as CSPICE does (ZZEKTRAP): the file's segment list gets one key per
// segment and each segment's three page lists one key per data page. A full node is not simply
// split: CSPICE first inserts into the last leaf, letting it overflow by one key, then balances it
// with its left sibling, or splits two full siblings into three, or splits the root into a root
// and two children (ZZEKTRIN), so that every node but the root stays at least two thirds full.
// Every page is written with the words CSPICE writes, leftovers included, so files match byte for
// byte; new nodes are appended integer pages (ZZEKPGAL with no free pages).
#pragma once

#include "errors/result.hpp"
#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing {

// ZZEKTRAP: appends `value` under key (tree size + 1) to the tree whose root is integer page `tree`
// and returns that key. SPICE(BUG) and the look-up errors of CSPICE's tree routines only if the
// tree is not one this writer built.
Result<int> append_to_tree(EkPages& pages, int tree, int value);

}  // namespace sc::ek::writing
