#include "ek/writing/tree_editing.hpp"

namespace sc::ek::writing::tree {
namespace L = sc::ek::layout;

namespace {

// LSTLEI over a node's keys: the index of the last key <= `key`, 0 if none. A node's keys increase
// strictly, so a scan finds what CSPICE's binary search finds.
int last_at_most(const Page& page, const Bases& b, int count, int key) {
  int i = 0;
  while (i < count && page[b.keys + i + 1] <= key) ++i;
  return i;
}

Error out_of_range(int key, int total, int root) {
  return make_error("SPICE(INDEXOUTOFRANGE)", "Key = " + std::to_string(key) + "; valid range = 1:" +
                                                  std::to_string(total) + ". Tree = " + std::to_string(root));
}

}  // namespace

Error tree_bug(int root, const std::string& what) {
  return make_error("SPICE(BUG)", "EK tree at integer page " + std::to_string(root) + ": " + what + ".");
}

Result<Location> TreeReader::locate(int key) const {
  Page page = read(root_);
  const int depth = page[L::kTreeDepth];
  const int total = page[L::kTreeKeys];
  if (key < 1 || key > total) return out_of_range(key, total, root_);
  int level = 1;
  int prev = last_at_most(page, kRootBases, page[L::kRootKeyCount], key);
  int prev_key = prev > 0 ? page[L::kRootKeys + prev] : 0;
  if (prev_key == key) return Location{prev, root_, 0, level, page[L::kRootData + prev]};
  int child = page[L::kRootKids + prev + 1];
  int offset = prev_key;
  // Leaves keep stale child pointers (CSPICE never clears them); a valid key is found in its leaf
  // before one could be followed.
  while (child > 0) {
    page = read(child);
    if (++level > depth) return tree_bug(root_, "runaway node pointer chain looking up key " + std::to_string(key));
    const int relative = key - offset;
    prev = last_at_most(page, kChildBases, page[L::kChildKeyCount], relative);
    prev_key = prev > 0 ? page[L::kChildKeys + prev] : 0;
    if (prev_key == relative) return Location{prev, child, offset, level, page[L::kChildData + prev]};
    child = page[L::kChildKids + prev + 1];
    offset += prev_key;
  }
  return tree_bug(root_, "key " + std::to_string(key) + " was not found");
}

Result<Family> TreeReader::family_of(int key) const {
  Page page = read(root_);
  Family f;
  const int total = page[L::kTreeKeys];
  if (key < 1 || key > total) return out_of_range(key, total, root_);
  int prev = last_at_most(page, kRootBases, page[L::kRootKeyCount], key);
  int prev_key = prev > 0 ? page[L::kRootKeys + prev] : 0;
  if (prev_key == key) return f;
  // The node holding the key is below `parent`, under its child prev + 1.
  auto record = [&](int parent, int offset, const Bases& b) {
    const int count = page[b.count];
    f.parent = parent;
    f.poffset = offset;
    f.pkey = page[b.keys + 1] + offset;
    f.left_index = prev;
    f.left_key = prev > 0 ? page[b.keys + prev] : 0;
    f.left = prev > 0 ? page[b.kids + prev] : 0;
    f.right_index = prev < count ? prev + 1 : 0;
    f.right_key = prev < count ? page[b.keys + prev + 1] : 0;
    f.right = prev < count ? page[b.kids + prev + 2] : 0;
  };
  int offset = prev_key;
  record(root_, 0, kRootBases);
  int child = page[L::kRootKids + prev + 1];
  while (child > 0) {
    page = read(child);
    const int relative = key - offset;
    prev = last_at_most(page, kChildBases, page[L::kChildKeyCount], relative);
    prev_key = prev > 0 ? page[L::kChildKeys + prev] : 0;
    if (prev_key == relative) return f;
    record(child, offset, kChildBases);
    offset += prev_key;
    child = page[L::kChildKids + prev + 1];
  }
  return make_error("SPICE(ITEMNOTFOUND)", "Key " + std::to_string(key) + "; valid range = 1:" + std::to_string(total) +
                                               ". Tree = " + std::to_string(root_) + ". Key was not found.");
}

int TreeReader::key_count(int node) const { return read(node)[bases(node).count]; }

Result<int> TreeReader::key_at(int node_key, int n) const {
  SC_TRY_ASSIGN(const auto& where, locate(node_key));
  const int size = key_count(where.node);
  if (n < 0 || n > size) {
    return make_error("SPICE(INVALIDINDEX)", "Key index = " + std::to_string(n) + "; valid range in node " +
                                                 std::to_string(where.node) + " is 1:" + std::to_string(size));
  }
  const int keys = where.level == 1 ? L::kRootKeys : L::kChildKeys;
  return read(where.node)[keys + n] + where.offset;
}

void Tree::add_nodes(int delta) {
  pages_.int_at(EkPages::base(PageType::integer, root()) + L::kTreeNodes) += delta;
}

Status Tree::balance(int left, int right, int parent, int pkidx) {
  if (left == root() || right == root()) return tree_bug(root(), "only children can be balanced");
  const int nleft = key_count(left);
  const int nright = key_count(right);
  const int sum = nleft + nright;
  if (sum > 2 * kMaxKeysChild || sum < 2 * kMinKeysChild) {
    return tree_bug(root(), "nodes to balance hold " + std::to_string(nleft) + " and " + std::to_string(nright) + " keys");
  }
  // Positive: keys move right; negative: left. The fuller node keeps the larger half.
  int count = 0;
  if (nleft > nright) count = nleft - (sum + 1) / 2;
  if (nleft < nright) count = -(nright - (sum + 1) / 2);
  return rotate(left, right, parent, pkidx, count);
}

Status Tree::rotate(int left, int right, int parent, int pkidx, int count) {
  if (count == 0) return {};
  if (left == root() || right == root()) return tree_bug(root(), "only children take part in key rotation");
  Page lp = read(left);
  Page rp = read(right);
  Page pp = read(parent);
  const Bases& pb = bases(parent);
  if (pp[pb.kids + pkidx] != left || pp[pb.kids + pkidx + 1] != right) {
    return tree_bug(root(), "nodes " + std::to_string(left) + " and " + std::to_string(right) +
                               " are not the children of node " + std::to_string(parent) + " around its key " +
                               std::to_string(pkidx));
  }
  const int nleft = lp[L::kChildKeyCount];
  const int nright = rp[L::kChildKeyCount];
  if ((count > 0 && (nleft - count < kMinKeysChild - 1 || nright + count > kMaxKeysChild + 1)) ||
      (count < 0 && (nleft - count > kMaxKeysChild + 1 || nright + count < kMinKeysChild - 1))) {
    return tree_bug(root(), "rotating " + std::to_string(count) + " keys between nodes of " + std::to_string(nleft) +
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

}  // namespace sc::ek::writing::tree
