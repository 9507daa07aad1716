// What the EK tree writers (tree_building.cpp, and tree_insertion.cpp and tree_deletion.cpp through
// tree_editing.hpp) share: CSPICE's node limits (ektree.inc) beside the word layout the reader uses
// (ek/ek_layout.hpp), and a page addressed by CSPICE's 1-based word numbers. The writers index nodes
// exactly as CSPICE's Fortran does because an overflowing node's extra key, child and value land in
// the words past each region (the root's 83rd key in word 88, a child's 64th child pointer in word
// 128, ...): CSPICE reads them back from there while it splits, and whatever it leaves there ends up
// in the file.
#pragma once

#include <cstddef>
#include <cstdint>

#include "ek/ek_layout.hpp"
#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing::tree {

inline constexpr int kVersion = 1;                                 // TRVERS
inline constexpr int kMaxKidsChild = sc::ek::layout::kChildMaxKeys + 1;  // MXKIDC = 63
inline constexpr int kMaxKeysChild = sc::ek::layout::kChildMaxKeys;      // MXKEYC = 62
inline constexpr int kMinKidsChild = (2 * kMaxKidsChild + 1) / 3;        // MNKIDC = 42
inline constexpr int kMinKeysChild = kMinKidsChild - 1;                  // MNKEYC = 41
inline constexpr int kMaxKeysRoot = sc::ek::layout::kRootMaxKeys;        // MXKEYR = 82
inline constexpr int kMaxKidsRoot = kMaxKeysRoot + 1;                    // MXKIDR = 83

// A node's page; page[i] is CSPICE's PAGE(i).
struct Page {
  IntPage words{};
  std::int32_t& operator[](int i) { return words[static_cast<std::size_t>(i - 1)]; }
  std::int32_t operator[](int i) const { return words[static_cast<std::size_t>(i - 1)]; }
};

}  // namespace sc::ek::writing::tree
