// The tree insertions of core/ek/writing/tree_insertion.cpp alone, to depths the EK fixtures cannot
// reach at a reasonable size (their bytes are checked against CSPICE's in ek_writer_test.cpp).
// append_to_tree (ZZEKTRAP): after each append up to 150,000 keys (depth 4 comes at 148,218) the
// tree must be a valid EK B*-tree, checked node by node, and the reader's in-order walk (ek/ek_tree)
// must give back every appended value in order. insert_into_tree (ZZEKTRIN) at random keys: the
// same after every insertion, against a std::vector that inserts at the same positions.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <vector>

#include "ek/ek_layout.hpp"
#include "ek_tree_check.hpp"
#include "fixtures.hpp"
#include "ek/writing/ek_pages.hpp"
#include "ek/writing/tree_building.hpp"
#include "ek/writing/tree_insertion.hpp"
#include "ek/writing/tree_lookup.hpp"

using sc_test::ok;

namespace {

namespace L = sc::ek::layout;
using sc::ek::writing::EkPages;

// The values appended: distinct, and not the keys.
int value_of(int key) { return 7 * key + 3; }

void check_tree(EkPages& pages, int root, int n) {
  INFO("after " << n << " appends");
  std::vector<int> want(static_cast<std::size_t>(n));
  for (int k = 1; k <= n; ++k) want[static_cast<std::size_t>(k - 1)] = value_of(k);
  sc_test::check_tree_pages(pages, root, want);
  CHECK(sc_test::read_tree_values(pages, root) == want);
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

TEST_CASE("insert_into_tree at random keys keeps a valid EK tree to depth 3 (inner nodes split), later keys moving up") {
  EkPages pages;
  const int root = sc::ek::writing::new_tree(pages);
  std::mt19937 rng(20240611);
  std::vector<int> model;
  int max_depth = 1;
  for (int n = 1; n <= 15000; ++n) {
    const int size = static_cast<int>(model.size());
    // Mostly anywhere; sometimes the front or the end, where the tree's edge cases are.
    const int pick = std::uniform_int_distribution<int>(0, 9)(rng);
    const int key = pick == 0 ? 1 : pick == 1 ? size + 1 : std::uniform_int_distribution<int>(1, size + 1)(rng);
    const int value = 1000000 + n;
    INFO("insertion " << n << " at key " << key << " of " << size + 1);
    ok(sc::ek::writing::insert_into_tree(pages, root, key, value));
    model.insert(model.begin() + (key - 1), value);
    const auto nodes = sc_test::check_tree_pages(pages, root, model);
    if (n % 97 == 0 || n <= 200) CHECK(sc_test::read_tree_values(pages, root) == model);
    // Nothing was freed, so every allocation appended.
    CHECK(static_cast<int>(nodes.size()) == pages.int_at(L::kIntPagesWord));
    CHECK(ok(sc::ek::writing::tree_value(pages, root, key)) == value);
    max_depth = std::max(max_depth, pages.read_int_page(root)[L::kTreeDepth - 1]);
  }
  CHECK(max_depth == 3);
  CHECK(sc_test::read_tree_values(pages, root) == model);
}

TEST_CASE("insert_into_tree takes keys 1 to size + 1 (ZZEKTRUI's range)") {
  EkPages pages;
  const int root = sc::ek::writing::new_tree(pages);
  CHECK(sc_test::error_code(sc::ek::writing::insert_into_tree(pages, root, 2, 5)) == "SPICE(INVALIDINDEX)");
  CHECK(sc_test::error_code(sc::ek::writing::insert_into_tree(pages, root, 0, 5)) == "SPICE(INVALIDINDEX)");
  ok(sc::ek::writing::insert_into_tree(pages, root, 1, 5));
  ok(sc::ek::writing::insert_into_tree(pages, root, 1, 4));
  CHECK(sc_test::read_tree_values(pages, root) == std::vector<int>{4, 5});
  CHECK(sc_test::error_code(sc::ek::writing::tree_value(pages, root, 3)) == "SPICE(INDEXOUTOFRANGE)");
}
