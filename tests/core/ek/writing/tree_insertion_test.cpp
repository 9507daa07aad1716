// append_to_tree (core/ek/writing/tree_insertion.cpp, CSPICE's ZZEKTRAP) alone, to depths the EK
// fixtures cannot reach at a reasonable size (their bytes are checked against CSPICE's in
// ek_writer_test.cpp): after each append up to 150,000 keys (depth 4 comes at 148,218) the tree
// must be a valid EK B*-tree, checked here node by node, and the reader's in-order walk
// (ek/ek_tree) must give back every appended value in order.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "das/das_file.hpp"
#include "ek/ek_layout.hpp"
#include "ek/ek_tree.hpp"
#include "fixtures.hpp"
#include "io/bytes.hpp"
#include "ek/writing/ek_pages.hpp"
#include "ek/writing/tree_building.hpp"
#include "ek/writing/tree_insertion.hpp"

using sc_test::ok;

namespace {

namespace L = sc::ek::layout;
using sc::ek::writing::EkPages;

// Walks a tree through its pages, checking what every EK tree must satisfy: each node's keys are the
// in-order positions relative to its subtree, leaves all at the recorded depth, every node but the
// root holds 41 to 62 keys (the root 1 to 82), no page is used twice, and the root's counts of keys
// and nodes are right.
struct TreeCheck {
  EkPages& pages;
  int depth = 0;
  int nodes = 0;
  std::set<int> seen;
  std::vector<int> values;
  std::vector<std::string> faults;

  int subtree(int node, int level) {
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
    const int low = root ? 1 : 41, high = root ? L::kRootMaxKeys : L::kChildMaxKeys;
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

// The values appended: distinct, and not the keys.
int value_of(int key) { return 7 * key + 3; }

void check_tree(EkPages& pages, int root, int n) {
  INFO("after " << n << " appends");
  const auto top = pages.read_int_page(root);
  TreeCheck check{.pages = pages, .depth = top[L::kTreeDepth - 1], .nodes = 0, .seen = {}, .values = {}, .faults = {}};
  const int size = check.subtree(root, 1);
  CHECK(check.faults.empty());
  if (!check.faults.empty()) MESSAGE("first fault: " << check.faults.front());
  CHECK(size == n);
  CHECK(top[L::kTreeKeys - 1] == n);
  CHECK(top[L::kTreeNodes - 1] == check.nodes);
  std::vector<int> want(static_cast<std::size_t>(n));
  for (int k = 1; k <= n; ++k) want[static_cast<std::size_t>(k - 1)] = value_of(k);
  CHECK(check.values == want);
  // The reader, on the file the pages make.
  const auto das = ok(sc::das::DasFile::open(sc::io::Bytes::from_vector(pages.image("TREE", 0)), "tree.bes"));
  CHECK(ok(sc::ek::tree_values(das, root)) == want);
}

}  // namespace

TEST_CASE("append_to_tree keeps a valid EK tree through root splits, balances and 2-to-3 splits up to depth 4") {
  EkPages pages;
  const int root = sc::ek::writing::new_tree(pages);
  // Where CSPICE's append pattern first does each thing: the root splits (83 keys: depth 2), leaves
  // balance (105) and split 2 to 3 (126), depth 3 (3528), leaves under an inner node balance (3549)
  // and split (3570), inner nodes balance (4452) and split (5334), depth 4 (148218); and a few keys
  // either side of those.
  const std::set<int> checkpoints{1,    2,    81,   82,   83,   84,    104,    105,    106,    125,
                                  126,  127,  1000, 3527, 3528, 3529,  3549,   3570,   4452,   5334,
                                  5335, 9000, 60000, 148217, 148218, 148219, 150000};
  int depth = 1;
  std::vector<int> depth_reached_at;
  for (int n = 1; n <= 150000; ++n) {
    const int key = ok(sc::ek::writing::append_to_tree(pages, root, value_of(n)));
    if (key != n) REQUIRE(key == n);
    const int d = pages.read_int_page(root)[L::kTreeDepth - 1];
    if (d != depth) {
      depth = d;
      depth_reached_at.push_back(n);
    }
    if (checkpoints.contains(n)) check_tree(pages, root, n);
  }
  CHECK(depth_reached_at == std::vector<int>{83, 3528, 148218});
  CHECK(sc::ek::writing::tree_size(pages, root) == 150000);
}
