// delete_from_tree (core/ek/writing/tree_deletion.cpp, CSPICE's ZZEKTRDL) mixed with insert_into_tree
// (ZZEKTRIN). No CSPICE oracle links ZZEKTRDL, so these tests check what must hold whatever CSPICE's
// order of operations: after every operation of random sequences that grow a tree to depth 3 and
// shrink it back to empty, the tree is a valid EK B*-tree (node by node), holds what a std::vector
// given the same insertions and deletions holds (through the reader's in-order walk, ek/ek_tree),
// every integer page is either a node or on the free list, and insertions reuse freed pages before
// appending new ones.
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
#include "ek/writing/tree_deletion.hpp"
#include "ek/writing/tree_insertion.hpp"
#include "ek/writing/tree_lookup.hpp"

using sc_test::ok;

namespace {

namespace L = sc::ek::layout;
using sc::ek::writing::EkPages;

constexpr int kFreeCountWord = 15;  // ekpage.inc: EPNFPI

// One tree, its model and what the checks after each operation need.
struct Run {
  EkPages pages;
  int root = sc::ek::writing::new_tree(pages);
  std::vector<int> model;
  std::mt19937 rng{19951023};
  int next_value = 1000000;
  int max_depth = 1;
  int ops = 0;
  int reused = 0;  // allocations served from the free list

  int size() const { return static_cast<int>(model.size()); }
  int word(int address) { return pages.int_at(address); }
  int depth() { return pages.read_int_page(root)[L::kTreeDepth - 1]; }
  int nodes() { return pages.read_int_page(root)[L::kTreeNodes - 1]; }

  // A key in 1 .. last: mostly anywhere, sometimes an end, where the edge cases are.
  int pick_key(int last) {
    const int pick = std::uniform_int_distribution<int>(0, 9)(rng);
    if (pick == 0) return 1;
    if (pick == 1) return last;
    return std::uniform_int_distribution<int>(1, last)(rng);
  }

  void insert() {
    const int key = pick_key(size() + 1);
    const int value = next_value++;
    const int pages_before = word(L::kIntPagesWord), free_before = word(kFreeCountWord), nodes_before = nodes();
    INFO("operation " << ops << ": insert at " << key << " of " << size() + 1);
    ok(sc::ek::writing::insert_into_tree(pages, root, key, value));
    model.insert(model.begin() + (key - 1), value);
    // New nodes come off the free list while it lasts; only then are pages appended.
    const int allocated = nodes() - nodes_before;
    const int appended = word(L::kIntPagesWord) - pages_before;
    const int taken = free_before - word(kFreeCountWord);
    CHECK(allocated == appended + taken);
    CHECK(taken == std::min(allocated, free_before));
    reused += taken;
    CHECK(ok(sc::ek::writing::tree_value(pages, root, key)) == value);
    check();
  }

  void erase() {
    const int key = pick_key(size());
    const int pages_before = word(L::kIntPagesWord), free_before = word(kFreeCountWord), nodes_before = nodes();
    INFO("operation " << ops << ": delete " << key << " of " << size());
    ok(sc::ek::writing::delete_from_tree(pages, root, key));
    model.erase(model.begin() + (key - 1));
    // Deletion never allocates; every node that goes is freed.
    CHECK(word(L::kIntPagesWord) == pages_before);
    CHECK(word(kFreeCountWord) - free_before == nodes_before - nodes());
    check();
  }

  void check() {
    ++ops;
    const auto tree_pages = sc_test::check_tree_pages(pages, root, model);
    sc_test::check_pages_accounted(pages, tree_pages);
    CHECK(sc_test::read_tree_values(pages, root) == model);
    max_depth = std::max(max_depth, depth());
  }
};

}  // namespace

TEST_CASE("delete_from_tree and insert_into_tree at random keys: a tree grows to depth 3 and shrinks to empty") {
  Run run;
  // Grow past depth 3 (about 3,500 keys at the least) with some deletions on the way, then churn
  // at that size, then shrink to nothing with some insertions on the way.
  while (run.size() < 5000) {
    if (std::uniform_int_distribution<int>(0, 9)(run.rng) < 7 || run.size() == 0) {
      run.insert();
    } else {
      run.erase();
    }
  }
  CHECK(run.depth() == 3);
  for (int i = 0; i < 3000; ++i) {
    if (std::uniform_int_distribution<int>(0, 1)(run.rng) == 0) {
      run.insert();
    } else {
      run.erase();
    }
  }
  while (run.size() > 0) {
    if (std::uniform_int_distribution<int>(0, 9)(run.rng) < 7) {
      run.erase();
    } else {
      run.insert();
    }
  }
  CHECK(run.max_depth == 3);
  CHECK(run.reused > 0);
  // CSPICE's empty tree after deletions: the root alone with no keys, every other page free.
  const auto top = run.pages.read_int_page(run.root);
  CHECK(top[L::kTreeKeys - 1] == 0);
  CHECK(top[L::kRootKeyCount - 1] == 0);
  CHECK(top[L::kTreeNodes - 1] == 1);
  CHECK(top[L::kTreeDepth - 1] == 1);
  CHECK(run.word(kFreeCountWord) == run.word(L::kIntPagesWord) - 1);
  CHECK(sc::ek::writing::tree_size(run.pages, run.root) == 0);
  // And it grows again from there, on the freed pages first.
  const int pages_before = run.word(L::kIntPagesWord);
  for (int i = 0; i < 400; ++i) run.insert();
  CHECK(run.depth() == 2);
  CHECK(run.word(L::kIntPagesWord) == pages_before);
}

TEST_CASE("delete_from_tree on a root-only tree clears the words it vacates, down to CSPICE's empty root") {
  Run run;
  for (int i = 0; i < 10; ++i) run.insert();
  const auto before = run.pages.read_int_page(run.root);
  while (run.size() > 0) run.erase();
  const auto after = run.pages.read_int_page(run.root);
  // Only the header words differ from a new tree's: the version and node count stay, the rest is 0.
  EkPages fresh;
  const int fresh_root = sc::ek::writing::new_tree(fresh);
  CHECK(after == fresh.read_int_page(fresh_root));
  CHECK(before != after);
}

TEST_CASE("delete_from_tree: drained from the front, from the back and from the middle") {
  for (const int where : {0, 1, 2}) {
    CAPTURE(where);
    Run run;
    // Appends build CSPICE's append-shaped tree to depth 3; then delete at one place only.
    for (int i = 0; i < 3600; ++i) {
      const int value = run.next_value++;
      ok(sc::ek::writing::append_to_tree(run.pages, run.root, value));
      run.model.push_back(value);
    }
    run.check();
    REQUIRE(run.depth() == 3);
    while (run.size() > 0) {
      const int key = where == 0 ? 1 : where == 1 ? run.size() : (run.size() + 1) / 2;
      INFO("delete " << key << " of " << run.size());
      ok(sc::ek::writing::delete_from_tree(run.pages, run.root, key));
      run.model.erase(run.model.begin() + (key - 1));
      if (run.size() % 7 == 0 || run.size() < 100) run.check();
    }
    run.check();
    CHECK(run.word(kFreeCountWord) == run.word(L::kIntPagesWord) - 1);
  }
}

TEST_CASE("delete_from_tree takes keys 1 to size") {
  Run run;
  CHECK(sc_test::error_code(sc::ek::writing::delete_from_tree(run.pages, run.root, 1)) == "SPICE(INDEXOUTOFRANGE)");
  run.insert();
  CHECK(sc_test::error_code(sc::ek::writing::delete_from_tree(run.pages, run.root, 2)) == "SPICE(INDEXOUTOFRANGE)");
  CHECK(sc_test::error_code(sc::ek::writing::delete_from_tree(run.pages, run.root, 0)) == "SPICE(INDEXOUTOFRANGE)");
}
