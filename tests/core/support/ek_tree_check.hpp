// What the EK tree writers' tests share (tests/core/ek/writing/tree_*_test.cpp): a walk of a tree
// through its pages that checks what every EK tree must satisfy, and the integer free list.
#pragma once

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "das/das_file.hpp"
#include "ek/ek_layout.hpp"
#include "ek/ek_tree.hpp"
#include "ek/writing/ek_pages.hpp"
#include "fixtures.hpp"
#include "io/bytes.hpp"

namespace sc_test {

// Each node's keys are the in-order positions relative to its subtree, leaves are all at the
// recorded depth, every node but the root holds 41 to 62 keys (CSPICE's MNKEYC to MXKEYC, after
// insertions and deletions alike), the root 1 to 82 (0 to 82 when it is the only node), no page is
// used twice, and the root's counts of keys and nodes are right. `values` is the in-order walk.
struct TreeCheck {
  sc::ek::writing::EkPages& pages;
  int depth = 0;
  int nodes = 0;
  std::set<int> seen;
  std::vector<int> values;
  std::vector<std::string> faults;

  int subtree(int node, int level) {
    namespace L = sc::ek::layout;
    if (node < 1 || node > pages.int_at(L::kIntPagesWord)) {
      faults.push_back("a child pointer is " + std::to_string(node));
      return 0;
    }
    const auto page = pages.read_int_page(node);
    auto word = [&](int i) { return page[static_cast<std::size_t>(i - 1)]; };
    ++nodes;
    if (!seen.insert(node).second) faults.push_back("page " + std::to_string(node) + " is in the tree twice");
    const bool root = level == 1;
    const int count = word(root ? L::kRootKeyCount : L::kChildKeyCount);
    const int low = root ? (depth == 1 ? 0 : 1) : 41, high = root ? L::kRootMaxKeys : L::kChildMaxKeys;
    if (count < low || count > high) {
      faults.push_back("node " + std::to_string(node) + " holds " + std::to_string(count) + " keys");
      return 0;
    }
    const int keys = root ? L::kRootKeys : L::kChildKeys;
    const int kids = root ? L::kRootKids : L::kChildKids;
    const int data = root ? L::kRootData : L::kChildData;
    int size = 0;
    for (int i = 1; i <= count + 1; ++i) {
      if (level < depth) size += subtree(word(kids + i), level + 1);
      if (i > count) break;
      ++size;
      if (word(keys + i) != size) {
        faults.push_back("node " + std::to_string(node) + " key " + std::to_string(i) + " is " +
                         std::to_string(word(keys + i)) + ", not " + std::to_string(size));
      }
      values.push_back(word(data + i));
    }
    return size;
  }
};

// Checks the tree at `root` against the values it should hold, in order; returns the pages of its
// nodes.
inline std::set<int> check_tree_pages(sc::ek::writing::EkPages& pages, int root, const std::vector<int>& want) {
  namespace L = sc::ek::layout;
  const auto top = pages.read_int_page(root);
  TreeCheck check{.pages = pages, .depth = top[L::kTreeDepth - 1], .nodes = 0, .seen = {}, .values = {}, .faults = {}};
  const int size = check.subtree(root, 1);
  CHECK(check.faults.empty());
  if (!check.faults.empty()) MESSAGE("first fault: " << check.faults.front());
  CHECK(size == static_cast<int>(want.size()));
  CHECK(top[L::kTreeKeys - 1] == static_cast<int>(want.size()));
  CHECK(top[L::kTreeNodes - 1] == check.nodes);
  CHECK(check.values == want);
  return check.seen;
}

// The integer free list as ZZEKPGAL would pop it (head first, through each page's first word);
// faults if it loops, leaves the file's pages, or its length is not the recorded free count.
inline std::vector<int> int_free_list(sc::ek::writing::EkPages& pages) {
  constexpr int kFreeCount = 15, kFirstFree = 16;  // ekpage.inc: EPNFPI, EPFPI
  const int npages = pages.int_at(sc::ek::layout::kIntPagesWord);
  std::vector<int> list;
  std::set<int> seen;
  for (int p = pages.int_at(kFirstFree); p > 0; p = pages.int_at(sc::ek::layout::int_page_base(p) + 1)) {
    REQUIRE_MESSAGE(p <= npages, "free page " << p << " is past the last page " << npages);
    REQUIRE_MESSAGE(seen.insert(p).second, "the free list loops at page " << p);
    list.push_back(p);
  }
  CHECK(static_cast<int>(list.size()) == pages.int_at(kFreeCount));
  return list;
}

// What the EK reader's in-order walk (ek/ek_tree) gives for the tree at `root` of the file the
// pages make.
inline std::vector<int> read_tree_values(const sc::ek::writing::EkPages& pages, int root) {
  const auto das = ok(sc::das::DasFile::open(sc::io::Bytes::from_vector(pages.image("TREE", 0)), "tree.bes"));
  return ok(sc::ek::tree_values(das, root));
}

// The tree at `root` is the only user of integer pages: every page is either one of its nodes or
// on the free list, never both.
inline void check_pages_accounted(sc::ek::writing::EkPages& pages, const std::set<int>& tree_pages) {
  const auto free = int_free_list(pages);
  std::set<int> all(tree_pages);
  for (const int p : free) CHECK_MESSAGE(all.insert(p).second, "page " << p << " is both free and in the tree");
  const int npages = pages.int_at(sc::ek::layout::kIntPagesWord);
  CHECK(static_cast<int>(all.size()) == npages);
  if (!all.empty()) CHECK(*all.rbegin() == npages);
}

}  // namespace sc_test
