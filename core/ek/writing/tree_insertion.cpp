#include "ek/writing/tree_insertion.hpp"

#include <string>

#include "ek/writing/tree_editing.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
using tree::Family, tree::Page, tree::Tree;
using tree::kMaxKeysChild, tree::kMaxKeysRoot, tree::kMinKeysChild;
using tree::clear_words, tree::copy_words, tree::tree_bug;

namespace {

Error node_too_full(const Tree& t, int node, int count) {
  return make_error("SPICE(NODETOOFULL)", "Node = " + std::to_string(node) + ". Tree = " + std::to_string(t.root()) +
                                              ". Key count = " + std::to_string(count) +
                                              "; max allowed, including overflow, is " +
                                              std::to_string(kMaxKeysChild + 1) + ".");
}

// ZZEKTRUI: puts `value` in at `key` without rebalancing, always in a leaf unless the root is the
// only node, and adds one to every later key in the leaf's ancestors. True if the node it went into
// now holds one key too many.
Result<bool> insert_unbalanced(Tree& t, int key, int value) {
  const int root = t.root();
  // The root's page is read once, first, and written last: the steps between write only other nodes.
  Page rp = t.read(root);
  const int total = rp[L::kTreeKeys];
  if (key < 1 || key > total + 1) {
    return make_error("SPICE(INVALIDINDEX)", "Key = " + std::to_string(key) + ". Valid range is 1:" +
                                                 std::to_string(total + 1) + ". Tree = " + std::to_string(root) + ".");
  }
  if (rp[L::kTreeNodes] == 1) {
    // The root is the only node: its later keys, values and child pointers move one word right (the
    // pointers from the new key's own on, which is then cleared).
    rp[L::kTreeKeys] = total + 1;
    rp[L::kRootKeyCount] = total + 1;
    for (int i = total; i >= key; --i) {
      rp[L::kRootKeys + i + 1] = rp[L::kRootKeys + i] + 1;
      rp[L::kRootData + i + 1] = rp[L::kRootData + i];
    }
    for (int i = total + 1; i >= key; --i) rp[L::kRootKids + i + 1] = rp[L::kRootKids + i];
    rp[L::kRootKeys + key] = key;
    rp[L::kRootData + key] = value;
    rp[L::kRootKids + key] = 0;
    t.write(root, rp);
    return total + 1 == kMaxKeysRoot + 1;
  }
  if (key == total + 1) {
    // Appending: the new key follows the last one, at the end of the last leaf; no ancestor key
    // comes after it, so only the root's total changes.
    SC_TRY_ASSIGN(const auto& last, t.locate(key - 1));
    Page leaf = t.read(last.node);
    const int nkeys = leaf[L::kChildKeyCount];
    leaf[L::kChildKeys + nkeys + 1] = leaf[L::kChildKeys + nkeys] + 1;
    leaf[L::kChildData + nkeys + 1] = value;
    leaf[L::kChildKids + nkeys + 1] = 0;
    leaf[L::kChildKeyCount] = nkeys + 1;
    rp[L::kTreeKeys] = total + 1;
    t.write(root, rp);
    t.write(last.node, leaf);
    return nkeys == kMaxKeysChild;
  }
  SC_TRY_ASSIGN(const auto& at, t.locate(key));
  Family family;
  int target = 0;
  int nkeys = 0;
  Page page;
  if (at.level == rp[L::kTreeDepth]) {
    // The key is in a leaf: the new value takes its place and the leaf's later words move right.
    // The word of the new key keeps the old key's number, which is now the new key's.
    SC_TRY_ASSIGN(family, t.family_of(key));
    target = at.node;
    page = t.read(target);
    nkeys = page[L::kChildKeyCount];
    if (nkeys > kMaxKeysChild) return node_too_full(t, target, nkeys);
    for (int i = nkeys; i >= at.index; --i) page[L::kChildKeys + i + 1] = page[L::kChildKeys + i] + 1;
    for (int i = nkeys; i >= at.index; --i) page[L::kChildData + i + 1] = page[L::kChildData + i];
    for (int i = nkeys + 1; i >= at.index; --i) page[L::kChildKids + i + 1] = page[L::kChildKids + i];
    page[L::kChildData + at.index] = value;
  } else {
    // The key is in an inner node: the new value goes after its in-order predecessor, key - 1, which
    // is the last key of a leaf, and so becomes key there.
    SC_TRY_ASSIGN(const auto& before, t.locate(key - 1));
    SC_TRY_ASSIGN(family, t.family_of(key - 1));
    target = before.node;
    page = t.read(target);
    nkeys = page[L::kChildKeyCount];
    if (nkeys > kMaxKeysChild + 1) return node_too_full(t, target, nkeys);
    page[L::kChildKeys + before.index + 1] = before.index + 1;
    page[L::kChildData + before.index + 1] = value;
    page[L::kChildKids + before.index + 2] = 0;
  }
  page[L::kChildKeyCount] = nkeys + 1;
  const bool overflow = nkeys == kMaxKeysChild;
  t.write(target, page);
  // Every ancestor's keys right of the path down to the leaf move up by one. CSPICE finds each
  // grandparent from the parent's first key before changing the parent: the look-up only passes
  // through nodes above it, which are still as they were.
  int parent = family.parent;
  int pkey = family.pkey;
  int right_index = family.right_index;
  while (parent != root) {
    SC_TRY_ASSIGN(const auto& up, t.family_of(pkey));
    Page pp = t.read(parent);
    if (right_index > 0) {
      for (int i = right_index; i <= pp[L::kChildKeyCount]; ++i) pp[L::kChildKeys + i] += 1;
      t.write(parent, pp);
    }
    parent = up.parent;
    pkey = up.pkey;
    right_index = up.right_index;
  }
  if (right_index > 0) {
    for (int i = right_index; i <= rp[L::kRootKeyCount]; ++i) rp[L::kRootKeys + i] += 1;
  }
  rp[L::kTreeKeys] = total + 1;
  t.write(root, rp);
  return overflow;
}

// ZZEKTR13: the root, overflowing, keeps its middle key and hands the rest to two new children.
void split_root(Tree& t) {
  Page root = t.read(t.root());
  // Two new children take the first and the last MNKEYC keys of the overflowing root (83 keys);
  // the middle key stays, alone, in the root.
  const int first = t.pages().allocate(PageType::integer);
  const int second = t.pages().allocate(PageType::integer);
  Page c1, c2;
  c1[L::kChildKeyCount] = kMinKeysChild;
  copy_words(root, L::kRootKeys + 1, kMinKeysChild, c1, L::kChildKeys + 1);
  copy_words(root, L::kRootData + 1, kMinKeysChild, c1, L::kChildData + 1);
  copy_words(root, L::kRootKids + 1, kMinKeysChild + 1, c1, L::kChildKids + 1);
  const int middle = kMinKeysChild + 1;
  c2[L::kChildKeyCount] = kMinKeysChild;
  copy_words(root, L::kRootKeys + middle + 1, kMinKeysChild, c2, L::kChildKeys + 1);
  copy_words(root, L::kRootData + middle + 1, kMinKeysChild, c2, L::kChildData + 1);
  copy_words(root, L::kRootKids + middle + 1, kMinKeysChild + 1, c2, L::kChildKids + 1);
  // The second child's keys become relative to the middle key.
  const int delta = root[L::kRootKeys + middle];
  for (int i = 1; i <= kMinKeysChild; ++i) c2[L::kChildKeys + i] -= delta;
  root[L::kRootKeys + 1] = root[L::kRootKeys + middle];
  root[L::kRootData + 1] = root[L::kRootData + middle];
  root[L::kRootKids + 1] = first;
  root[L::kRootKids + 2] = second;
  root[L::kRootKeyCount] = 1;
  root[L::kTreeDepth] += 1;
  root[L::kTreeNodes] += 2;
  // CSPICE clears MXKEYR words after each region's kept entries, which also clears the overflow
  // words past the key and child regions.
  clear_words(root, L::kRootKeys + 2, kMaxKeysRoot);
  clear_words(root, L::kRootData + 2, kMaxKeysRoot);
  clear_words(root, L::kRootKids + 3, kMaxKeysRoot);
  t.write(t.root(), root);
  t.write(first, c1);
  t.write(second, c2);
}

// ZZEKTR23: two full siblings, one overflowing, become three nodes; true if the parent, which
// gains a key, now overflows.
Result<bool> split_two_to_three(Tree& t, int left, int right, int parent, int pkidx) {
  // The two siblings hold 2 * MXKEYC + 1 keys; after the split the three nodes hold 41, 41 and 42
  // and the parent one key more.
  constexpr int lsize = 2 * kMaxKeysChild / 3;
  constexpr int msize = (2 * kMaxKeysChild + 1) / 3;
  constexpr int rsize = (2 * kMaxKeysChild + 2) / 3;
  Page c1 = t.read(left);
  Page c2 = t.read(right);
  Page pp = t.read(parent);
  const tree::Bases& pb = t.bases(parent);
  if (pp[pb.kids + pkidx] != left || pp[pb.kids + pkidx + 1] != right) {
    return tree_bug(t.root(), "nodes " + std::to_string(left) + " and " + std::to_string(right) +
                               " are not the children of node " + std::to_string(parent) + " around its key " +
                               std::to_string(pkidx));
  }
  const int nleft = c1[L::kChildKeyCount];
  const int nright = c2[L::kChildKeyCount];
  if (nleft + nright != 2 * kMaxKeysChild + 1) {
    return tree_bug(t.root(), "nodes to split hold " + std::to_string(nleft) + " and " + std::to_string(nright) + " keys");
  }
  const int fresh = t.pages().allocate(PageType::integer);
  Page c3;
  // The middle node: the left node's keys after position lsize + 1, ...
  const int lshift = nleft - (lsize + 1);
  const int ldelta = c1[L::kChildKeys + lsize + 1];
  for (int i = 1; i <= lshift; ++i) c3[L::kChildKeys + i] = c1[L::kChildKeys + lsize + 1 + i] - ldelta;
  copy_words(c1, L::kChildData + lsize + 2, lshift, c3, L::kChildData + 1);
  copy_words(c1, L::kChildKids + lsize + 2, lshift + 1, c3, L::kChildKids + 1);
  const int left_tree = pkidx == 1 ? pp[pb.keys + 1] - 1 : pp[pb.keys + pkidx] - pp[pb.keys + pkidx - 1] - 1;
  const int lmoved = left_tree - ldelta;
  // ... the parent key that separated the two (its value; no child pointer comes with it), ...
  c3[L::kChildKeys + lshift + 1] = lmoved + 1;
  c3[L::kChildData + lshift + 1] = pp[pb.data + pkidx];
  // ... and the right node's keys before position rshift + 1.
  const int rshift = nright - (rsize + 1);
  const int rdelta = lmoved + 1;
  for (int i = 1; i <= rshift; ++i) c3[L::kChildKeys + lshift + 1 + i] = c2[L::kChildKeys + i] + rdelta;
  copy_words(c2, L::kChildData + 1, rshift, c3, L::kChildData + lshift + 2);
  copy_words(c2, L::kChildKids + 1, rshift + 1, c3, L::kChildKids + lshift + 2);
  const int rmoved = c2[L::kChildKeys + rshift + 1] - 1;
  c3[L::kChildKeyCount] = msize;

  // The parent: the left node's key at lsize + 1 replaces the separating key, and the right node's
  // key at rshift + 1 follows it, with the middle node between them.
  const int npkeys = pp[pb.count];
  for (int i = npkeys; i >= pkidx + 1; --i) pp[pb.keys + i + 1] = pp[pb.keys + i];
  for (int i = npkeys; i >= pkidx + 1; --i) pp[pb.data + i + 1] = pp[pb.data + i];
  for (int i = npkeys + 1; i >= pkidx + 1; --i) pp[pb.kids + i + 1] = pp[pb.kids + i];
  pp[pb.data + pkidx] = c1[L::kChildData + lsize + 1];
  pp[pb.keys + pkidx] = pkidx == 1 ? ldelta : pp[pb.keys + pkidx - 1] + ldelta;
  pp[pb.data + pkidx + 1] = c2[L::kChildData + rshift + 1];
  pp[pb.keys + pkidx + 1] = pp[pb.keys + pkidx] + lmoved + rmoved + 2;
  pp[pb.kids + pkidx + 1] = fresh;
  pp[pb.count] += 1;
  const bool overflow = pp[pb.count] == (parent == t.root() ? kMaxKeysRoot : kMaxKeysChild) + 1;

  // The left node keeps its first lsize keys; CSPICE clears the rest, overflow words included.
  c1[L::kChildKeyCount] = lsize;
  clear_words(c1, L::kChildKeys + lsize + 1, kMaxKeysChild + 1 - lsize);
  clear_words(c1, L::kChildData + lsize + 1, kMaxKeysChild + 1 - lsize);
  clear_words(c1, L::kChildKids + lsize + 2, kMaxKeysChild + 2 - (lsize + 1));
  // The right node keeps its last rsize keys, moved to its front and made relative again.
  for (int i = 1; i <= rsize; ++i) c2[L::kChildKeys + i] = c2[L::kChildKeys + rshift + 1 + i] - (rmoved + 1);
  for (int i = 1; i <= rsize; ++i) c2[L::kChildData + i] = c2[L::kChildData + rshift + 1 + i];
  for (int i = 1; i <= rsize + 1; ++i) c2[L::kChildKids + i] = c2[L::kChildKids + rshift + 1 + i];
  c2[L::kChildKeyCount] = rsize;
  clear_words(c2, L::kChildKeys + rsize + 1, kMaxKeysChild + 1 - rsize);
  clear_words(c2, L::kChildData + rsize + 1, kMaxKeysChild + 1 - rsize);
  clear_words(c2, L::kChildKids + rsize + 2, kMaxKeysChild + 2 - (rsize + 1));

  // One node more: in the parent's page when the parent is the root, else straight in the root's.
  if (parent == t.root()) {
    pp[L::kTreeNodes] += 1;
  } else {
    t.add_nodes(1);
  }
  t.write(parent, pp);
  t.write(left, c1);
  t.write(right, c2);
  t.write(fresh, c3);
  return overflow;
}

// ZZEKTRIN: the unbalanced insertion, then the overflow, if any, resolved as CSPICE resolves it.
Status insert(Tree& t, int key, int value) {
  SC_TRY_ASSIGN(bool overflow, insert_unbalanced(t, key, value));
  if (!overflow) return {};
  // ZZEKTRIN's states: find the overflowing node and try its left sibling, then its right one, for
  // room to balance into; failing that split it with a full sibling, which may overflow the parent,
  // whose turn it is next; an overflowing root splits in two.
  enum class State { check_left, check_right, balance, split_two, split_root, done };
  State state = State::check_left;
  int lkey = key;  // a key in the overflowing node
  int node = 0, lnode = 0, rnode = 0, pkidx = 0;
  Family family;
  while (state != State::done) {
    switch (state) {
      case State::check_left: {
        SC_TRY_ASSIGN(const auto& where, t.locate(lkey));
        node = where.node;
        if (node == t.root()) {
          state = State::split_root;
          break;
        }
        SC_TRY_ASSIGN(family, t.family_of(lkey));
        state = State::check_right;
        if (family.left > 0 && t.key_count(family.left) < kMaxKeysChild) {
          lnode = family.left;
          rnode = node;
          pkidx = family.left_index;
          state = State::balance;
        }
        break;
      }
      case State::check_right:
        if (family.right > 0) {
          lnode = node;
          rnode = family.right;
          pkidx = family.right_index;
          state = t.key_count(family.right) < kMaxKeysChild ? State::balance : State::split_two;
        } else {
          lnode = family.left;
          rnode = node;
          pkidx = family.left_index;
          state = State::split_two;
        }
        break;
      case State::balance:
        SC_TRY(t.balance(lnode, rnode, family.parent, pkidx));
        state = State::done;
        break;
      case State::split_two: {
        // A key of the node that the split leaves in place (its first if it is the left node, its
        // last if the right) finds the parent again afterwards: the old parent key may have moved
        // down into the new middle node.
        SC_TRY_ASSIGN(int trust, t.key_at(lkey, node == lnode ? 1 : t.key_count(node)));
        SC_TRY_ASSIGN(bool parent_overflow, split_two_to_three(t, lnode, rnode, family.parent, pkidx));
        if (!parent_overflow) {
          state = State::done;
        } else if (family.parent == t.root()) {
          state = State::split_root;
        } else {
          SC_TRY_ASSIGN(family, t.family_of(trust));
          lkey = family.pkey;
          state = State::check_left;
        }
        break;
      }
      case State::split_root:
        split_root(t);
        state = State::done;
        break;
      case State::done:
        break;
    }
  }
  return {};
}

}  // namespace

Status insert_into_tree(EkPages& pages, int tree, int key, int value) {
  Tree t(pages, tree);
  return insert(t, key, value);
}

Result<int> append_to_tree(EkPages& pages, int tree, int value) {
  const int key = pages.read_int_page(tree)[static_cast<std::size_t>(L::kTreeKeys - 1)] + 1;
  SC_TRY(insert_into_tree(pages, tree, key, value));
  return key;
}

}  // namespace sc::ek::writing
