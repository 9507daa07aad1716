// What inserting into and deleting from an EK B*-tree share (internal to core/ek/writing; included
// only by .cpp files): CSPICE's look-ups of a key (ZZEKTRLK), of its node's parent and siblings
// (ZZEKTRPI), of a node's key count and n-th key (ZZEKTRNK, ZZEKTRKI), and the rotation of keys
// between two siblings (ZZEKTRRK, ZZEKTRBN), which both insertion (tree_insertion.cpp) and deletion
// (tree_deletion.cpp) use to even out neighbouring nodes. Each routine reads and writes whole pages
// as its namesake does, so the words left behind in the file are CSPICE's.
#pragma once

#include <string>

#include "errors/result.hpp"
#include "ek/writing/ek_pages.hpp"
#include "ek/writing/tree_nodes.hpp"

namespace sc::ek::writing::tree {

// Where a node's words start: the root's after the tree's header, a child's after its key count.
struct Bases {
  int count, keys, kids, data;
};
inline constexpr Bases kRootBases{sc::ek::layout::kRootKeyCount, sc::ek::layout::kRootKeys,
                                  sc::ek::layout::kRootKids, sc::ek::layout::kRootData};
inline constexpr Bases kChildBases{sc::ek::layout::kChildKeyCount, sc::ek::layout::kChildKeys,
                                   sc::ek::layout::kChildKids, sc::ek::layout::kChildData};

// MOVEI and CLEARI on 1-based word numbers; counts below 1 do nothing, as in CSPICE.
inline void copy_words(const Page& from, int from_word, int n, Page& to, int to_word) {
  for (int i = 0; i < n; ++i) to[to_word + i] = from[from_word + i];
}
inline void clear_words(Page& page, int word, int n) {
  for (int i = 0; i < n; ++i) page[word + i] = 0;
}

Error tree_bug(int root, const std::string& what);

// ZZEKTRLK's outputs: where a key is.
struct Location {
  int index = 0;   // its position in its node
  int node = 0;    // the node's page
  int offset = 0;  // the absolute key preceding the node's subtree (node keys are relative to it)
  int level = 0;   // 1 for the root
  int value = 0;   // the data value stored under the key
};

// ZZEKTRPI's outputs: the parent of the node holding a key, and that node's siblings. All zero for
// a key in the root.
struct Family {
  int parent = 0;
  int pkey = 0;         // the parent's first key, absolute
  int poffset = 0;      // the parent's offset
  int left_index = 0;   // the parent key between the left sibling and the node (0 if none)
  int left_key = 0;     // that key, relative to the parent
  int left = 0;
  int right_index = 0;  // the parent key between the node and the right sibling (0 if none)
  int right_key = 0;    // that key, relative to the parent
  int right = 0;
};

// The look-ups, which only read pages.
class TreeReader {
 public:
  TreeReader(const EkPages& pages, int root) : pages_(pages), root_(root) {}

  int root() const { return root_; }
  Page read(int node) const { return Page{pages_.read_int_page(node)}; }
  const Bases& bases(int node) const { return node == root_ ? kRootBases : kChildBases; }

  Result<Location> locate(int key) const;         // ZZEKTRLK
  Result<Family> family_of(int key) const;        // ZZEKTRPI
  int key_count(int node) const;                  // ZZEKTRNK
  Result<int> key_at(int node_key, int n) const;  // ZZEKTRKI: the n-th key of the node holding node_key

 private:
  const EkPages& pages_;
  int root_;
};

// A tree being edited.
class Tree : public TreeReader {
 public:
  Tree(EkPages& pages, int root) : TreeReader(pages, root), pages_(pages) {}

  EkPages& pages() { return pages_; }
  void write(int node, const Page& page) { pages_.write_int_page(node, page.words); }
  // The root's node count, changed in place: CSPICE updates that one word of the root's page when
  // the node that gains or loses a child is not the root (ZZEKTR23, ZZEKTR32).
  void add_nodes(int delta);

  Status balance(int left, int right, int parent, int pkidx);            // ZZEKTRBN
  Status rotate(int left, int right, int parent, int pkidx, int count);  // ZZEKTRRK

 private:
  EkPages& pages_;
};

}  // namespace sc::ek::writing::tree
