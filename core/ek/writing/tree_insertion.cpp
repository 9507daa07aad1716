#include "ek/writing/tree_insertion.hpp"

#include <string>

#include "ek/writing/tree_nodes.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
using tree::kMaxKeysChild, tree::kMaxKeysRoot, tree::kMinKeysChild, tree::Page;

namespace {

// Where a node's words start: the root's after the tree's header, a child's after its key count.
struct Bases {
  int count, keys, kids, data;
};
constexpr Bases kRootBases{L::kRootKeyCount, L::kRootKeys, L::kRootKids, L::kRootData};
constexpr Bases kChildBases{L::kChildKeyCount, L::kChildKeys, L::kChildKids, L::kChildData};

// MOVEI and CLEARI on 1-based word numbers; counts below 1 do nothing, as in CSPICE.
void copy_words(const Page& from, int from_word, int n, Page& to, int to_word) {
  for (int i = 0; i < n; ++i) to[to_word + i] = from[from_word + i];
}
void clear_words(Page& page, int word, int n) {
  for (int i = 0; i < n; ++i) page[word + i] = 0;
}

// LSTLEI over a node's keys: the index of the last key <= `key`, 0 if none. A node's keys increase
// strictly, so a scan finds what CSPICE's binary search finds.
int last_at_most(const Page& page, const Bases& b, int count, int key) {
  int i = 0;
  while (i < count && page[b.keys + i + 1] <= key) ++i;
  return i;
}

Error tree_bug(int root, const std::string& what) {
  return make_error("SPICE(BUG)", "EK tree at integer page " + std::to_string(root) + ": " + what + ".");
}

// ZZEKTRLK's outputs: where a key is.
struct Location {
  int index = 0;   // its position in its node
  int node = 0;    // the node's page
  int offset = 0;  // the absolute key preceding the node's subtree (node keys are relative to it)
  int level = 0;   // 1 for the root
};

// ZZEKTRPI's outputs: the parent of the node holding a key, and that node's siblings. All zero for
// a key in the root.
struct Family {
  int parent = 0;
  int pkey = 0;        // the parent's first key, absolute
  int left_index = 0;  // the parent key between the left sibling and the node (0 if none)
  int left = 0;
  int right_index = 0;  // the parent key between the node and the right sibling (0 if none)
  int right = 0;
};

// One tree being appended to: CSPICE's tree routines as methods, each reading and writing whole
// pages as its namesake does.
class Tree {
 public:
  Tree(EkPages& pages, int root) : pages_(pages), root_(root) {}

  // ZZEKTRIN for a key one past the last.
  Status append(int key, int value);

 private:
  Page read(int node) const { return Page{pages_.read_int_page(node)}; }
  void write(int node, const Page& page) { pages_.write_int_page(node, page.words); }
  const Bases& bases(int node) const { return node == root_ ? kRootBases : kChildBases; }

  Result<Location> locate(int key) const;       // ZZEKTRLK
  Result<Family> family_of(int key) const;      // ZZEKTRPI
  int key_count(int node) const;                // ZZEKTRNK
  Result<int> key_at(int node_key, int n) const;  // ZZEKTRKI
  Result<bool> insert_last(int key, int value);   // ZZEKTRUI, appending: true on overflow
  void split_root();                               // ZZEKTR13
  Result<bool> split_two_to_three(int left, int right, int parent, int pkidx);  // ZZEKTR23
  Status balance(int left, int right, int parent, int pkidx);                   // ZZEKTRBN
  Status rotate(int left, int right, int parent, int pkidx, int count);         // ZZEKTRRK

  EkPages& pages_;
  int root_;
};

Result<Location> Tree::locate(int key) const {
  Page page = read(root_);
  const int depth = page[L::kTreeDepth];
  const int total = page[L::kTreeKeys];
  if (key < 1 || key > total) {
    return make_error("SPICE(INDEXOUTOFRANGE)", "Key = " + std::to_string(key) + "; valid range = 1:" +
                                                    std::to_string(total) + ". Tree = " + std::to_string(root_));
  }
  int level = 1;
  int prev = last_at_most(page, kRootBases, page[L::kRootKeyCount], key);
  int prev_key = prev > 0 ? page[L::kRootKeys + prev] : 0;
  if (prev_key == key) return Location{prev, root_, 0, level};
  int child = page[L::kRootKids + prev + 1];
  int offset = prev_key;
  while (child > 0) {
    page = read(child);
    if (++level > depth) return tree_bug(root_, "runaway node pointer chain looking up key " + std::to_string(key));
    const int relative = key - offset;
    prev = last_at_most(page, kChildBases, page[L::kChildKeyCount], relative);
    prev_key = prev > 0 ? page[L::kChildKeys + prev] : 0;
    if (prev_key == relative) return Location{prev, child, offset, level};
    child = page[L::kChildKids + prev + 1];
    offset += prev_key;
  }
  return tree_bug(root_, "key " + std::to_string(key) + " was not found");
}

Result<Family> Tree::family_of(int key) const {
  Page page = read(root_);
  Family f;
  const int total = page[L::kTreeKeys];
  if (key < 1 || key > total) {
    return make_error("SPICE(INDEXOUTOFRANGE)", "Key = " + std::to_string(key) + "; valid range = 1:" +
                                                    std::to_string(total) + ". Tree = " + std::to_string(root_));
  }
  int prev = last_at_most(page, kRootBases, page[L::kRootKeyCount], key);
  int prev_key = prev > 0 ? page[L::kRootKeys + prev] : 0;
  if (prev_key == key) return f;
  // The node holding the key is below `parent`, under its child prev + 1.
  auto record = [&](int parent, const Bases& b, int count) {
    f.parent = parent;
    f.left_index = prev;
    f.left = prev > 0 ? page[b.kids + prev] : 0;
    f.right_index = prev < count ? prev + 1 : 0;
    f.right = prev < count ? page[b.kids + prev + 2] : 0;
  };
  int offset = prev_key;
  f.pkey = page[L::kRootKeys + 1];
  record(root_, kRootBases, page[L::kRootKeyCount]);
  int child = page[L::kRootKids + prev + 1];
  while (child > 0) {
    page = read(child);
    const int relative = key - offset;
    prev = last_at_most(page, kChildBases, page[L::kChildKeyCount], relative);
    prev_key = prev > 0 ? page[L::kChildKeys + prev] : 0;
    if (prev_key == relative) return f;
    f.pkey = page[L::kChildKeys + 1] + offset;
    record(child, kChildBases, page[L::kChildKeyCount]);
    offset += prev_key;
    child = page[L::kChildKids + prev + 1];
  }
  return make_error("SPICE(ITEMNOTFOUND)", "Key " + std::to_string(key) + "; valid range = 1:" + std::to_string(total) +
                                               ". Tree = " + std::to_string(root_) + ". Key was not found.");
}

int Tree::key_count(int node) const {
  return pages_.int_at(EkPages::base(PageType::integer, node) + bases(node).count);
}

Result<int> Tree::key_at(int node_key, int n) const {
  SC_TRY_ASSIGN(const auto& where, locate(node_key));
  const int size = key_count(where.node);
  if (n < 0 || n > size) {
    return make_error("SPICE(INVALIDINDEX)", "Key index = " + std::to_string(n) + "; valid range in node " +
                                                 std::to_string(where.node) + " is 1:" + std::to_string(size));
  }
  const int keys = where.level == 1 ? L::kRootKeys : L::kChildKeys;
  return pages_.int_at(EkPages::base(PageType::integer, where.node) + keys + n) + where.offset;
}

Result<bool> Tree::insert_last(int key, int value) {
  Page root = read(root_);
  const int total = root[L::kTreeKeys];
  if (root[L::kTreeNodes] == 1) {
    // The root is the only node: the key goes at its end. CSPICE's shift of the keys after the new
    // one is empty here, but its shift of the child pointers moves the pointer at the new key's
    // position one word right, and the new key's own pointer is then cleared.
    root[L::kTreeKeys] = total + 1;
    root[L::kRootKeyCount] = total + 1;
    root[L::kRootKids + key + 1] = root[L::kRootKids + key];
    root[L::kRootKeys + key] = key;
    root[L::kRootData + key] = value;
    root[L::kRootKids + key] = 0;
    write(root_, root);
    return total + 1 == kMaxKeysRoot + 1;
  }
  // The last key of a tree of several nodes is in its last leaf: the new key follows it there.
  SC_TRY_ASSIGN(const auto& last, locate(key - 1));
  Page leaf = read(last.node);
  const int nkeys = leaf[L::kChildKeyCount];
  leaf[L::kChildKeys + nkeys + 1] = leaf[L::kChildKeys + nkeys] + 1;
  leaf[L::kChildData + nkeys + 1] = value;
  leaf[L::kChildKids + nkeys + 1] = 0;
  leaf[L::kChildKeyCount] = nkeys + 1;
  root[L::kTreeKeys] = total + 1;
  write(root_, root);
  write(last.node, leaf);
  return nkeys == kMaxKeysChild;
}

void Tree::split_root() {
  Page root = read(root_);
  // Two new children take the first and the last MNKEYC keys of the overflowing root (83 keys);
  // the middle key stays, alone, in the root.
  const int first = pages_.allocate(PageType::integer);
  const int second = pages_.allocate(PageType::integer);
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
  write(root_, root);
  write(first, c1);
  write(second, c2);
}

Result<bool> Tree::split_two_to_three(int left, int right, int parent, int pkidx) {
  // The two siblings hold 2 * MXKEYC + 1 keys; after the split the three nodes hold 41, 41 and 42
  // and the parent one key more.
  constexpr int lsize = 2 * kMaxKeysChild / 3;
  constexpr int msize = (2 * kMaxKeysChild + 1) / 3;
  constexpr int rsize = (2 * kMaxKeysChild + 2) / 3;
  Page c1 = read(left);
  Page c2 = read(right);
  Page pp = read(parent);
  const Bases& pb = bases(parent);
  if (pp[pb.kids + pkidx] != left || pp[pb.kids + pkidx + 1] != right) {
    return tree_bug(root_, "nodes " + std::to_string(left) + " and " + std::to_string(right) +
                               " are not the children of node " + std::to_string(parent) + " around its key " +
                               std::to_string(pkidx));
  }
  const int nleft = c1[L::kChildKeyCount];
  const int nright = c2[L::kChildKeyCount];
  if (nleft + nright != 2 * kMaxKeysChild + 1) {
    return tree_bug(root_, "nodes to split hold " + std::to_string(nleft) + " and " + std::to_string(nright) + " keys");
  }
  const int fresh = pages_.allocate(PageType::integer);
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
  const bool overflow = pp[pb.count] == (parent == root_ ? kMaxKeysRoot : kMaxKeysChild) + 1;

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
  if (parent == root_) {
    pp[L::kTreeNodes] += 1;
  } else {
    pages_.int_at(EkPages::base(PageType::integer, root_) + L::kTreeNodes) += 1;
  }
  write(parent, pp);
  write(left, c1);
  write(right, c2);
  write(fresh, c3);
  return overflow;
}

Status Tree::balance(int left, int right, int parent, int pkidx) {
  if (left == root_ || right == root_) return tree_bug(root_, "only children can be balanced");
  const int nleft = key_count(left);
  const int nright = key_count(right);
  const int sum = nleft + nright;
  if (sum > 2 * kMaxKeysChild || sum < 2 * kMinKeysChild) {
    return tree_bug(root_, "nodes to balance hold " + std::to_string(nleft) + " and " + std::to_string(nright) + " keys");
  }
  // Positive: keys move right; negative: left. The fuller node keeps the larger half.
  int count = 0;
  if (nleft > nright) count = nleft - (sum + 1) / 2;
  if (nleft < nright) count = -(nright - (sum + 1) / 2);
  return rotate(left, right, parent, pkidx, count);
}

Status Tree::rotate(int left, int right, int parent, int pkidx, int count) {
  if (count == 0) return {};
  if (left == root_ || right == root_) return tree_bug(root_, "only children take part in key rotation");
  Page lp = read(left);
  Page rp = read(right);
  Page pp = read(parent);
  const Bases& pb = bases(parent);
  if (pp[pb.kids + pkidx] != left || pp[pb.kids + pkidx + 1] != right) {
    return tree_bug(root_, "nodes " + std::to_string(left) + " and " + std::to_string(right) +
                               " are not the children of node " + std::to_string(parent) + " around its key " +
                               std::to_string(pkidx));
  }
  const int nleft = lp[L::kChildKeyCount];
  const int nright = rp[L::kChildKeyCount];
  if ((count > 0 && (nleft - count < kMinKeysChild - 1 || nright + count > kMaxKeysChild + 1)) ||
      (count < 0 && (nleft - count > kMaxKeysChild + 1 || nright + count < kMinKeysChild - 1))) {
    return tree_bug(root_, "rotating " + std::to_string(count) + " keys between nodes of " + std::to_string(nleft) +
                               " and " + std::to_string(nright) + " keys");
  }
  const int left_tree = pkidx == 1 ? pp[pb.keys + 1] - 1 : pp[pb.keys + pkidx] - pp[pb.keys + pkidx - 1] - 1;
  if (count > 0) {
    // To the right: the left node's last `count` keys go, the first of them up into the parent and
    // the parent's separating key down to the front of the right node.
    const int remain = nleft - count;
    const int future = lp[L::kChildKeys + remain + 1];
    const int moved = left_tree - future;
    const int shift = moved + 1;
    for (int i = nright; i >= 1; --i) rp[L::kChildKeys + i + count] = rp[L::kChildKeys + i] + shift;
    for (int i = nright; i >= 1; --i) rp[L::kChildData + i + count] = rp[L::kChildData + i];
    for (int i = nright + 1; i >= 1; --i) rp[L::kChildKids + i + count] = rp[L::kChildKids + i];
    rp[L::kChildKeys + count] = shift;
    rp[L::kChildData + count] = pp[pb.data + pkidx];
    pp[pb.data + pkidx] = lp[L::kChildData + remain + 1];
    pp[pb.keys + pkidx] -= shift;
    for (int i = 1; i <= count - 1; ++i) rp[L::kChildKeys + i] = lp[L::kChildKeys + remain + 1 + i] - future;
    copy_words(lp, L::kChildData + remain + 2, count - 1, rp, L::kChildData + 1);
    copy_words(lp, L::kChildKids + remain + 2, count, rp, L::kChildKids + 1);
    lp[L::kChildKeyCount] -= count;
    rp[L::kChildKeyCount] += count;
  } else {
    // To the left: the mirror image, except that CSPICE leaves the right node's vacated words as
    // they were.
    const int n = -count;
    const int remain = nright - n;
    const int future = rp[L::kChildKeys + n];
    const int shift = -future;  // the right node's keys lose the moved subtree and the new parent key
    const int rotated = left_tree + 1;
    lp[L::kChildKeys + nleft + 1] = rotated;
    lp[L::kChildData + nleft + 1] = pp[pb.data + pkidx];
    pp[pb.data + pkidx] = rp[L::kChildData + n];
    pp[pb.keys + pkidx] += future;
    copy_words(rp, L::kChildKeys + 1, n - 1, lp, L::kChildKeys + nleft + 2);
    copy_words(rp, L::kChildData + 1, n - 1, lp, L::kChildData + nleft + 2);
    copy_words(rp, L::kChildKids + 1, n, lp, L::kChildKids + nleft + 2);
    for (int i = 1; i <= n - 1; ++i) lp[L::kChildKeys + nleft + 1 + i] += rotated;
    for (int i = 1; i <= remain; ++i) rp[L::kChildKeys + i] = rp[L::kChildKeys + i + n] + shift;
    for (int i = 1; i <= remain; ++i) rp[L::kChildData + i] = rp[L::kChildData + i + n];
    for (int i = 1; i <= remain + 1; ++i) rp[L::kChildKids + i] = rp[L::kChildKids + i + n];
    lp[L::kChildKeyCount] += n;
    rp[L::kChildKeyCount] -= n;
  }
  write(parent, pp);
  write(left, lp);
  write(right, rp);
  return {};
}

Status Tree::append(int key, int value) {
  SC_TRY_ASSIGN(bool overflow, insert_last(key, value));
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
        SC_TRY_ASSIGN(const auto& where, locate(lkey));
        node = where.node;
        if (node == root_) {
          state = State::split_root;
          break;
        }
        SC_TRY_ASSIGN(family, family_of(lkey));
        state = State::check_right;
        if (family.left > 0 && key_count(family.left) < kMaxKeysChild) {
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
          state = key_count(family.right) < kMaxKeysChild ? State::balance : State::split_two;
        } else {
          lnode = family.left;
          rnode = node;
          pkidx = family.left_index;
          state = State::split_two;
        }
        break;
      case State::balance:
        SC_TRY(balance(lnode, rnode, family.parent, pkidx));
        state = State::done;
        break;
      case State::split_two: {
        // A key of the node that the split leaves in place (its first if it is the left node, its
        // last if the right) finds the parent again afterwards: the old parent key may have moved
        // down into the new middle node.
        SC_TRY_ASSIGN(int trust, key_at(lkey, node == lnode ? 1 : key_count(node)));
        SC_TRY_ASSIGN(bool parent_overflow, split_two_to_three(lnode, rnode, family.parent, pkidx));
        if (!parent_overflow) {
          state = State::done;
        } else if (family.parent == root_) {
          state = State::split_root;
        } else {
          SC_TRY_ASSIGN(family, family_of(trust));
          lkey = family.pkey;
          state = State::check_left;
        }
        break;
      }
      case State::split_root:
        split_root();
        state = State::done;
        break;
      case State::done:
        break;
    }
  }
  return {};
}

}  // namespace

Result<int> append_to_tree(EkPages& pages, int tree, int value) {
  const int key = pages.read_int_page(tree)[static_cast<std::size_t>(L::kTreeKeys - 1)] + 1;
  SC_TRY(Tree(pages, tree).append(key, value));
  return key;
}

}  // namespace sc::ek::writing
