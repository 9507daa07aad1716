#include "ek/writing/tree_building.hpp"

#include <array>
#include <string>

#include "ek/writing/tree_nodes.hpp"

namespace sc::ek::writing {
namespace L = sc::ek::layout;
using tree::kMaxKeysChild, tree::kMaxKeysRoot, tree::kMaxKidsChild, tree::kMaxKidsRoot, tree::kMinKeysChild,
    tree::kMinKidsChild, tree::kVersion, tree::Page;

int new_tree(EkPages& pages) {
  const int p = pages.allocate(PageType::integer);
  Page page;
  page[1] = kVersion;
  page[L::kTreeNodes] = 1;
  page[L::kTreeKeys] = 0;
  page[L::kRootKeyCount] = 0;
  page[L::kTreeDepth] = 1;
  pages.write_int_page(p, page.words);
  return p;
}

int tree_size(const EkPages& pages, int tree) {
  return pages.read_int_page(tree)[static_cast<std::size_t>(L::kTreeKeys - 1)];
}

Status fill_tree(EkPages& pages, int tree, std::span<const int> values) {
  const int size = static_cast<int>(values.size());
  auto value = [&](int key) { return values[static_cast<std::size_t>(key - 1)]; };
  // The depth: the smallest whose tree holds `size` keys.
  int tsize = kMaxKeysRoot, d = 1, s = 1;
  while (tsize < size) {
    ++d;
    s = d == 2 ? kMaxKeysRoot : kMaxKidsRoot + kMaxKidsChild * s;
    tsize = kMaxKeysRoot + s * kMaxKeysChild;
  }
  if (d > L::kTreeMaxDepth) {
    return make_error("SPICE(COUNTTOOLARGE)", "Tree has depth " + std::to_string(d) + "; max supported depth is " +
                                                  std::to_string(L::kTreeMaxDepth) + ".");
  }
  // ZZEKTR1S's walk, step for step: the page buffer carries over between nodes as CSPICE's does.
  std::array<int, L::kTreeMaxDepth + 1> st_node{}, st_nkey{}, st_lsiz{}, st_nbig{}, st_next{}, st_nbas{};
  Page page;
  int node = tree, subsiz = size, next = 1, level = 1, basidx = 0;
  int nkeys = 0, nkids = 0, bigsiz = 0, nbig = 0, nsmall = 0, totnod = 0;
  auto subtree_capacity = [](int depth) {
    int nnodes = 0;
    for (int i = 1; i <= depth; ++i) nnodes = kMaxKidsChild * nnodes + 1;
    return nnodes * kMaxKeysChild;
  };
  auto pop = [&] {
    --level;
    if (level >= 1) {
      node = st_node[level];
      nkeys = st_nkey[level];
      bigsiz = st_lsiz[level];
      nbig = st_nbig[level];
      next = st_next[level];
      basidx = st_nbas[level];
      nkids = nkeys + 1;
      page.words = pages.read_int_page(node);
    }
  };
  while (level > 0) {
    if (next == 1) {
      if (level == 1) {
        if (d > 1) {
          const int maxsiz = subtree_capacity(d - 1);
          nkids = (subsiz + 1 + maxsiz + 1 - 1) / (maxsiz + 1);
          const int n = subsiz - (nkids - 1);
          bigsiz = (n + nkids - 1) / nkids;
          nsmall = nkids * bigsiz - n;
          nbig = nkids - nsmall;
          nkeys = nkids - 1;
        } else {
          nkeys = size;
          nkids = 0;
        }
        page.words = pages.read_int_page(tree);
        for (int i = 1; i <= nkeys; ++i) {
          const int npred = i == 1 ? 0 : page[L::kRootKeys + i - 1];
          const int key = d > 1 ? (i <= nbig ? npred + bigsiz + 1 : npred + bigsiz) : i;
          page[L::kRootKeys + i] = key;
          page[L::kRootData + i] = value(key);
        }
        totnod = 1;
        for (int i = 1; i <= nkids; ++i) {
          page[L::kRootKids + i] = pages.allocate(PageType::integer);
          ++totnod;
        }
        page[L::kTreeKeys] = size;
        page[L::kTreeDepth] = d;
        page[L::kRootKeyCount] = nkeys;
        page[L::kTreeNodes] = 0;
        pages.write_int_page(tree, page.words);
      } else if (level < d) {
        page.words.fill(0);
        const int n = subsiz - kMinKeysChild;
        const int reqsiz = (n + kMinKeysChild - 1) / kMinKeysChild;
        const int maxsiz = subtree_capacity(d - level);
        if (reqsiz <= maxsiz) {
          nkids = kMinKidsChild;
          bigsiz = reqsiz;
          nsmall = bigsiz * nkids - n;
          nbig = nkids - nsmall;
        } else {
          nkids = (subsiz + 1 + maxsiz + 1 - 1) / (maxsiz + 1);
          const int q = subsiz - nkids + 1;
          bigsiz = (q + nkids - 1) / nkids;
          nsmall = bigsiz * nkids - q;
          nbig = nkids - nsmall;
        }
        nkeys = nkids - 1;
        for (int i = 1; i <= nkeys; ++i) {
          const int npred = i == 1 ? basidx : basidx + page[L::kChildKeys + i - 1];
          const int key = i <= nbig ? npred + bigsiz + 1 : npred + bigsiz;
          page[L::kChildKeys + i] = key - basidx;
          page[L::kChildData + i] = value(key);
        }
        for (int i = 1; i <= nkids; ++i) {
          page[L::kChildKids + i] = pages.allocate(PageType::integer);
          ++totnod;
        }
        page[L::kChildKeyCount] = nkeys;
        pages.write_int_page(node, page.words);
      }
      if (level < d) {
        st_node[level] = node;
        st_nkey[level] = nkeys;
        st_lsiz[level] = bigsiz;
        st_nbig[level] = nbig;
        st_next[level] = 2;
        st_nbas[level] = basidx;
        const int kidbas = level == 1 ? L::kRootKids : L::kChildKids;
        ++level;
        node = page[kidbas + 1];
        subsiz = bigsiz;
      } else if (level > 1) {
        // A leaf: its keys and values over whatever the buffer holds (the parent's page).
        nkeys = subsiz;
        for (int i = 1; i <= nkeys; ++i) {
          page[L::kChildKeys + i] = i;
          page[L::kChildData + i] = value(basidx + i);
        }
        page[L::kChildKeyCount] = nkeys;
        pages.write_int_page(node, page.words);
        pop();
      } else {
        level = 0;
      }
    } else if (next <= nkids) {
      st_next[level] = next + 1;
      const int kidbas = level == 1 ? L::kRootKids : L::kChildKids;
      node = page[kidbas + next];
      subsiz = next <= nbig ? st_lsiz[level] : st_lsiz[level] - 1;
      if (next <= nbig + 1) {
        basidx = st_nbas[level] + (next - 1) * st_lsiz[level] + (next - 1);
      } else {
        basidx = st_nbas[level] + nbig * st_lsiz[level] + (next - nbig - 1) * (st_lsiz[level] - 1) + (next - 1);
      }
      ++level;
      next = 1;
    } else {
      pop();
    }
  }
  pages.int_at(EkPages::base(PageType::integer, tree) + L::kTreeNodes) = totnod;
  return {};
}

}  // namespace sc::ek::writing
