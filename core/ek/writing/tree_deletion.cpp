#include "ek/writing/tree_deletion.hpp"

#include <string>

#include "ek/writing/tree_editing.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
using tree::Family, tree::Page, tree::Tree;
using tree::kMaxKeysRoot, tree::kMinKeysChild;
using tree::copy_words, tree::tree_bug;

namespace {

// ZZEKTR32's node sizes: the 3 * MNKEYC keys of three siblings one key short, with the parent key
// between the first two, end up in two nodes of 61 and 62 keys and the parent.
constexpr int kMergedLeft = 3 * kMinKeysChild / 2;
constexpr int kMergedRight = 3 * kMinKeysChild - kMergedLeft;

// ZZEKTRUD's outputs.
struct Unbalanced {
  int target_key = 0;      // the first key of the node that lost a key (0 once the tree is empty)
  bool underflow = false;  // that node now holds MNKEYC - 1 keys
};

// ZZEKTRUD: takes `key` out without rebalancing and subtracts one from every later key in the
// ancestors of the node it came out of. A key of an inner node is replaced by its in-order
// predecessor, the last key of a leaf, so a key always leaves a leaf unless the root is the only node.
Result<Unbalanced> delete_unbalanced(Tree& t, int key) {
  const int root = t.root();
  // The root's page is read once, first, and written last: the steps between write only other
  // nodes, or the root's data words in this copy.
  Page rp = t.read(root);
  const int total = rp[L::kTreeKeys];
  if (key < 1 || key > total) {
    return make_error("SPICE(INDEXOUTOFRANGE)", "Key = " + std::to_string(key) + ". Valid range is 1:" +
                                                    std::to_string(total) + ". Tree = " + std::to_string(root) + ".");
  }
  if (rp[L::kTreeNodes] == 1) {
    // The root is the only node: the later words move left and the last ones are cleared.
    const int n = total;
    rp[L::kTreeKeys] = n - 1;
    rp[L::kRootKeyCount] = n - 1;
    for (int i = key; i <= n - 1; ++i) {
      rp[L::kRootKeys + i] = rp[L::kRootKeys + i + 1] - 1;
      rp[L::kRootData + i] = rp[L::kRootData + i + 1];
    }
    for (int i = key; i <= n; ++i) rp[L::kRootKids + i] = rp[L::kRootKids + i + 1];
    rp[L::kRootKeys + n] = 0;
    rp[L::kRootData + n] = 0;
    rp[L::kRootKids + n + 1] = 0;
    t.write(root, rp);
    return Unbalanced{n - 1 > 0 ? rp[L::kRootKeys + 1] : 0, false};
  }
  if (key == total) {
    // The last key, at the end of the last leaf: its words are cleared, and no ancestor key follows.
    SC_TRY_ASSIGN(const auto& at, t.locate(key));
    Page page = t.read(at.node);
    const int n = page[L::kChildKeyCount];
    page[L::kChildKeys + n] = 0;
    page[L::kChildData + n] = 0;
    page[L::kChildKids + n + 1] = 0;
    page[L::kChildKeyCount] = n - 1;
    rp[L::kTreeKeys] = total - 1;
    const Unbalanced out{page[L::kChildKeys + 1] + at.offset, n == kMinKeysChild};
    t.write(root, rp);
    t.write(at.node, page);
    return out;
  }
  SC_TRY_ASSIGN(const auto& at, t.locate(key));
  Family family;
  Unbalanced out;
  if (at.level == rp[L::kTreeDepth]) {
    // A leaf's key: the later words move left. Unlike the two cases above, CSPICE leaves the last
    // words as they were.
    SC_TRY_ASSIGN(family, t.family_of(key));
    Page page = t.read(at.node);
    const int n = page[L::kChildKeyCount];
    if (n < kMinKeysChild) {
      return tree_bug(root, "node " + std::to_string(at.node) + " holds " + std::to_string(n) + " keys");
    }
    for (int i = at.index; i <= n - 1; ++i) page[L::kChildKeys + i] = page[L::kChildKeys + i + 1] - 1;
    for (int i = at.index; i <= n - 1; ++i) page[L::kChildData + i] = page[L::kChildData + i + 1];
    for (int i = at.index; i <= n; ++i) page[L::kChildKids + i] = page[L::kChildKids + i + 1];
    page[L::kChildKeyCount] = n - 1;
    out = {page[L::kChildKeys + 1] + at.offset, n == kMinKeysChild};
    t.write(at.node, page);
  } else {
    // An inner node's key: the predecessor's value takes its place and the predecessor's leaf loses
    // its last key (the count drops; the words stay). The inner node's key number drops with the
    // ancestors' keys below.
    SC_TRY_ASSIGN(const auto& before, t.locate(key - 1));
    SC_TRY_ASSIGN(family, t.family_of(key - 1));
    Page leaf = t.read(before.node);
    Page inner;
    if (at.node == root) {
      rp[L::kRootData + at.index] = leaf[L::kChildData + before.index];
    } else {
      inner = t.read(at.node);
      inner[L::kChildData + at.index] = leaf[L::kChildData + before.index];
    }
    const int n = leaf[L::kChildKeyCount];
    for (int i = before.index; i <= n - 1; ++i) {
      leaf[L::kChildKeys + i] = leaf[L::kChildKeys + i + 1] - 1;
      leaf[L::kChildData + i] = leaf[L::kChildData + i + 1];
    }
    leaf[L::kChildKeyCount] = n - 1;
    out = {leaf[L::kChildKeys + 1] + before.offset, n == kMinKeysChild};
    t.write(before.node, leaf);
    // Written before the ancestors' keys change below, which read it back if it is one of them.
    if (at.node != root) t.write(at.node, inner);
  }
  // Every ancestor's keys right of the path down to the leaf move down by one. Each grandparent is
  // found from the parent's first key before the parent changes, through nodes still as they were.
  int parent = family.parent;
  int pkey = family.pkey;
  int right_index = family.right_index;
  while (parent != root) {
    SC_TRY_ASSIGN(const auto& up, t.family_of(pkey));
    Page pp = t.read(parent);
    if (right_index > 0) {
      for (int i = right_index; i <= pp[L::kChildKeyCount]; ++i) pp[L::kChildKeys + i] -= 1;
      t.write(parent, pp);
    }
    parent = up.parent;
    pkey = up.pkey;
    right_index = up.right_index;
  }
  if (right_index > 0) {
    for (int i = right_index; i <= rp[L::kRootKeyCount]; ++i) rp[L::kRootKeys + i] -= 1;
  }
  rp[L::kTreeKeys] = total - 1;
  t.write(root, rp);
  return out;
}

// ZZEKTRSB's outputs: a node's siblings and the first key of each, absolute (0 where none).
struct Siblings {
  int left = 0, left_key = 0, right = 0, right_key = 0;
};

// ZZEKTRSB: the siblings of the node holding `key`.
Result<Siblings> siblings_of(const Tree& t, int key) {
  SC_TRY_ASSIGN(const auto& f, t.family_of(key));
  Siblings s{f.left, 0, f.right, 0};
  if (f.left_index > 1) {
    // The left sibling's subtree starts after the parent key before the one separating the two.
    const int offset = t.read(f.parent)[t.bases(f.parent).keys + f.left_index - 1] + f.poffset;
    s.left_key = t.read(f.left)[L::kChildKeys + 1] + offset;
  } else if (f.left_index == 1) {
    s.left_key = t.read(f.left)[L::kChildKeys + 1] + f.poffset;
  }
  if (f.right_index > 0) s.right_key = t.read(f.right)[L::kChildKeys + 1] + f.right_key + f.poffset;
  return s;
}

// ZZEKTR32: three siblings holding 3 * MNKEYC - 1 keys, and the two parent keys between them, become
// two nodes of 61 and 62 keys and one parent key; the middle node's page is freed. True if the
// parent is left one key short (for the root: with no keys, which CSPICE's callers rule out).
Result<bool> merge_three_to_two(Tree& t, int left, int middle, int right, int parent, int lpkidx) {
  Page c1 = t.read(left);
  Page c2 = t.read(middle);
  Page c3 = t.read(right);
  Page pp = t.read(parent);
  const tree::Bases& pb = t.bases(parent);
  const int npkeys = pp[pb.count];
  if (lpkidx < 1 || lpkidx > npkeys - 1) {
    return tree_bug(t.root(), "the left parent key of node " + std::to_string(middle) + " is " +
                                  std::to_string(lpkidx) + "; valid range is 1:" + std::to_string(npkeys - 1));
  }
  const int lpkey = pp[pb.keys + lpkidx];
  const int rpkey = pp[pb.keys + lpkidx + 1];
  if (pp[pb.kids + lpkidx] != left || pp[pb.kids + lpkidx + 1] != middle || pp[pb.kids + lpkidx + 2] != right) {
    return tree_bug(t.root(), "nodes " + std::to_string(left) + ", " + std::to_string(middle) + " and " +
                                  std::to_string(right) + " are not the children of node " + std::to_string(parent) +
                                  " from its key " + std::to_string(lpkidx));
  }
  const int nleft = c1[L::kChildKeyCount];
  const int nmiddle = c2[L::kChildKeyCount];
  const int nright = c3[L::kChildKeyCount];
  if (nleft + nmiddle + nright != 3 * kMinKeysChild - 1) {
    return tree_bug(t.root(), "nodes to merge hold " + std::to_string(nleft) + ", " + std::to_string(nmiddle) +
                                  " and " + std::to_string(nright) + " keys");
  }
  const int left_size = lpkidx == 1 ? lpkey - 1 : lpkey - pp[pb.keys + lpkidx - 1] - 1;
  // The left node takes the parent key after it, then the middle node's first n - 1 keys; the
  // middle's n-th key goes up into the parent; the rest, then the next parent key, go to the front
  // of the right node.
  const int n = kMergedLeft - nleft;
  const int lmid_size = c2[L::kChildKeys + n] - 1;
  const int mid_size = rpkey - lpkey - 1;
  const int rmid_size = mid_size - lmid_size - 1;

  c1[L::kChildKeys + nleft + 1] = left_size + 1;
  c1[L::kChildData + nleft + 1] = pp[pb.data + lpkidx];
  for (int i = 1; i <= n - 1; ++i) c1[L::kChildKeys + nleft + 1 + i] = c2[L::kChildKeys + i] + left_size + 1;
  copy_words(c2, L::kChildData + 1, n - 1, c1, L::kChildData + nleft + 2);
  copy_words(c2, L::kChildKids + 1, n, c1, L::kChildKids + nleft + 2);
  c1[L::kChildKeyCount] = kMergedLeft;

  const int rshift = nmiddle - n + 1;
  for (int i = nright; i >= 1; --i) c3[L::kChildKeys + rshift + i] = c3[L::kChildKeys + i] + rmid_size + 1;
  for (int i = nright; i >= 1; --i) c3[L::kChildData + rshift + i] = c3[L::kChildData + i];
  for (int i = nright + 1; i >= 1; --i) c3[L::kChildKids + rshift + i] = c3[L::kChildKids + i];
  c3[L::kChildKeys + rshift] = rmid_size + 1;
  c3[L::kChildData + rshift] = pp[pb.data + lpkidx + 1];
  for (int i = 1; i <= rshift - 1; ++i) c3[L::kChildKeys + i] = c2[L::kChildKeys + n + i] - lmid_size - 1;
  copy_words(c2, L::kChildData + n + 1, rshift - 1, c3, L::kChildData + 1);
  copy_words(c2, L::kChildKids + n + 1, rshift, c3, L::kChildKids + 1);
  c3[L::kChildKeyCount] = kMergedRight;

  // The parent: the middle's n-th key replaces the left separator, the right separator and the
  // middle node's pointer go, and the freed last words are cleared.
  pp[pb.keys + lpkidx] = lpkey + lmid_size + 1;
  pp[pb.data + lpkidx] = c2[L::kChildData + n];
  for (int i = lpkidx + 1; i <= npkeys - 1; ++i) pp[pb.keys + i] = pp[pb.keys + i + 1];
  for (int i = lpkidx + 1; i <= npkeys - 1; ++i) pp[pb.data + i] = pp[pb.data + i + 1];
  for (int i = lpkidx + 1; i <= npkeys; ++i) pp[pb.kids + i] = pp[pb.kids + i + 1];
  pp[pb.keys + npkeys] = 0;
  pp[pb.data + npkeys] = 0;
  pp[pb.kids + npkeys + 1] = 0;
  pp[pb.count] -= 1;
  const bool underflow = parent == t.root() ? pp[pb.count] == 0 : pp[pb.count] == kMinKeysChild - 1;
  // One node fewer: in the parent's page when the parent is the root, else straight in the root's.
  if (parent == t.root()) {
    pp[L::kTreeNodes] -= 1;
  } else {
    t.add_nodes(-1);
  }
  t.write(parent, pp);
  t.write(left, c1);
  t.write(right, c3);
  t.pages().free_page(PageType::integer, middle);
  return underflow;
}

// ZZEKTR31: the root holds one key and its two children 2 * MNKEYC - 1 between them: all of them go
// into the root, which is then full, and the children's pages are freed.
Status merge_into_root(Tree& t) {
  const int root = t.root();
  Page rp = t.read(root);
  if (rp[L::kRootKeyCount] != 1) {
    return tree_bug(root, "the root holds " + std::to_string(rp[L::kRootKeyCount]) + " keys, not 1");
  }
  const int first = rp[L::kRootKids + 1];
  const int second = rp[L::kRootKids + 2];
  const Page c1 = t.read(first);
  const Page c2 = t.read(second);
  const int nleft = c1[L::kChildKeyCount];
  const int nright = c2[L::kChildKeyCount];
  if (nleft + nright != 2 * kMinKeysChild - 1) {
    return tree_bug(root, "the root's children hold " + std::to_string(nleft) + " and " + std::to_string(nright) +
                              " keys");
  }
  // The root's key moves behind the left child's keys, which are already relative to the root; the
  // right child's keys follow, made relative to the root. The children's child pointers come along
  // (stale ones too when the children were leaves).
  rp[L::kRootKeys + nleft + 1] = rp[L::kRootKeys + 1];
  rp[L::kRootData + nleft + 1] = rp[L::kRootData + 1];
  copy_words(c1, L::kChildKeys + 1, nleft, rp, L::kRootKeys + 1);
  copy_words(c1, L::kChildData + 1, nleft, rp, L::kRootData + 1);
  copy_words(c1, L::kChildKids + 1, nleft + 1, rp, L::kRootKids + 1);
  const int middle = nleft + 1;
  const int delta = rp[L::kRootKeys + middle];
  for (int i = 1; i <= nright; ++i) rp[L::kRootKeys + middle + i] = c2[L::kChildKeys + i] + delta;
  copy_words(c2, L::kChildData + 1, nright, rp, L::kRootData + middle + 1);
  copy_words(c2, L::kChildKids + 1, nright + 1, rp, L::kRootKids + middle + 1);
  rp[L::kRootKeyCount] = kMaxKeysRoot;
  rp[L::kTreeDepth] -= 1;
  rp[L::kTreeNodes] -= 2;
  t.write(root, rp);
  // The second child ends up at the head of the free list, so it is the first reused.
  t.pages().free_page(PageType::integer, first);
  t.pages().free_page(PageType::integer, second);
  return {};
}

// ZZEKTRDL.
Status remove(Tree& t, int key) {
  SC_TRY_ASSIGN(const auto& removed, delete_unbalanced(t, key));
  if (!removed.underflow) return {};
  // The node one key short is topped up by balancing with a sibling that has a key to spare, left
  // first. Failing that, three siblings merge into two, the short node in the middle if it has
  // siblings on both sides. An end node with one sibling looks one node further, which may lend a
  // key by rotation first. A child of the root with no sibling's sibling has only one sibling: the
  // root holds one key, and the two children merge into it. A 3-2 merge takes a key from the parent,
  // which may leave it short in turn: then the parent is the node to top up.
  enum class State { check_left, check_right, check_left_left, check_right_right, balance, merge_32, merge_31, done };
  State state = State::check_left;
  int target_key = removed.target_key;  // a key of the short node
  int node = 0, lnkey = 0, lnode = 0, mnode = 0, rnode = 0;
  Siblings sib;
  while (state != State::done) {
    switch (state) {
      case State::check_left: {
        SC_TRY_ASSIGN(const auto& at, t.locate(target_key));
        node = at.node;
        SC_TRY_ASSIGN(sib, siblings_of(t, target_key));
        state = State::check_right;
        if (sib.left > 0) {
          if (t.key_count(sib.left) > kMinKeysChild) {
            lnkey = sib.left_key;
            lnode = sib.left;
            rnode = node;
            state = State::balance;
          } else if (sib.right <= 0) {
            state = State::check_left_left;
          }
        }
        break;
      }
      case State::check_right:
        if (t.key_count(sib.right) > kMinKeysChild) {
          lnkey = target_key;
          lnode = node;
          rnode = sib.right;
          state = State::balance;
        } else if (sib.left > 0) {
          lnkey = sib.left_key;
          lnode = sib.left;
          mnode = node;
          rnode = sib.right;
          state = State::merge_32;
        } else {
          state = State::check_right_right;
        }
        break;
      case State::check_left_left: {
        SC_TRY_ASSIGN(const auto& far, siblings_of(t, sib.left_key));
        if (far.left > 0 && t.key_count(far.left) > kMinKeysChild) {
          // One key rotates from the far sibling into the left sibling, which then has one to spare.
          SC_TRY_ASSIGN(const auto& f, t.family_of(sib.left_key));
          SC_TRY(t.rotate(f.left, sib.left, f.parent, f.left_index, 1));
          lnkey = sib.left_key;
          lnode = sib.left;
          rnode = node;
          state = State::balance;
        } else if (far.left > 0) {
          lnkey = far.left_key;
          lnode = far.left;
          mnode = sib.left;
          rnode = node;
          state = State::merge_32;
        } else {
          lnode = sib.left;
          rnode = node;
          state = State::merge_31;
        }
        break;
      }
      case State::check_right_right: {
        SC_TRY_ASSIGN(const auto& far, siblings_of(t, sib.right_key));
        if (far.right > 0 && t.key_count(far.right) > kMinKeysChild) {
          SC_TRY_ASSIGN(const auto& f, t.family_of(sib.right_key));
          SC_TRY(t.rotate(sib.right, f.right, f.parent, f.right_index, -1));
          lnkey = target_key;
          lnode = node;
          rnode = sib.right;
          state = State::balance;
        } else if (far.right > 0) {
          lnkey = target_key;
          lnode = node;
          mnode = sib.right;
          rnode = far.right;
          state = State::merge_32;
        } else {
          lnode = node;
          rnode = sib.right;
          state = State::merge_31;
        }
        break;
      }
      case State::balance: {
        // lnkey is a key of the left node (the rotation above keeps it there), so its family names
        // the parent key between the two.
        SC_TRY_ASSIGN(const auto& f, t.family_of(lnkey));
        SC_TRY(t.balance(lnode, rnode, f.parent, f.right_index));
        state = State::done;
        break;
      }
      case State::merge_32: {
        // The left node's first key is untouched by the merge, so it finds the parent afterwards.
        SC_TRY_ASSIGN(const int trust, t.key_at(lnkey, 1));
        SC_TRY_ASSIGN(const auto& f, t.family_of(lnkey));
        SC_TRY_ASSIGN(const bool parent_short, merge_three_to_two(t, lnode, mnode, rnode, f.parent, f.right_index));
        if (parent_short) {
          SC_TRY_ASSIGN(const auto& up, t.family_of(trust));
          target_key = up.pkey;
          state = State::check_left;
        } else {
          state = State::done;
        }
        break;
      }
      case State::merge_31:
        SC_TRY(merge_into_root(t));
        state = State::done;
        break;
      case State::done:
        break;
    }
  }
  return {};
}

}  // namespace

Status delete_from_tree(EkPages& pages, int tree, int key) {
  Tree t(pages, tree);
  return remove(t, key);
}

}  // namespace sc::ek::writing
