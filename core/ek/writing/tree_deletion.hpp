// Deleting from an EK B*-tree as CSPICE does (ZZEKTRDL): EKDELR removes a record's key from its
// segment's record list and from each column index. Keys are in-order positions, so the keys after
// the deleted one move down by one. A node left one key short is topped up from a sibling (ZZEKTRBN,
// after a rotation from a sibling's sibling if need be), or three siblings merge into two (ZZEKTR32,
// which may leave the parent short in turn), or the root's two children merge into the root, the
// only way the tree gets shallower (ZZEKTR31). Nodes that disappear go on the integer free list
// (ZZEKPGFR), and later insertions reuse them. Every page is written with the words CSPICE
// writes, leftovers included. Insertion is tree_insertion.hpp.
#pragma once

#include "errors/result.hpp"
#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing {

// ZZEKTRDL: removes `key` (1 .. tree size) from the tree whose root is integer page `tree`; the
// keys after it move down by one. Deleting the last key leaves CSPICE's empty tree: a root with no
// keys. SPICE(INDEXOUTOFRANGE) for a key outside the range (CSPICE composes that message but never
// signals it, and then carries on with whatever its underflow flag held: a caller's bug either way);
// SPICE(BUG) and the look-up errors of CSPICE's tree routines only if the tree is corrupt.
Status delete_from_tree(EkPages& pages, int tree, int key);

}  // namespace sc::ek::writing
