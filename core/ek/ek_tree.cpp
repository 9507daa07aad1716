#include "ek/ek_tree.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "ek/ek_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::ek {
namespace {

using Page = std::array<std::int32_t, layout::kIntPageSize>;

Error corrupt(const das::DasFile& file, int root, const std::string& what) {
  return make_error("SPICE(INVALIDFORMAT)", "The EK tree at integer page " + std::to_string(root) + " of " +
                                                quoted(file.file_name()) + " is corrupt: " + what + ".");
}

struct Walk {
  const das::DasFile& file;
  int root;
  int depth;
  int nodes_left;  // the root's node count bounds the walk, so a crafted tree cannot make it explode
  int total;
  std::vector<int>& out;

  Result<Page> read(int page) {
    Page words{};
    if (--nodes_left < 0) return corrupt(file, root, "it has more nodes than it records");
    const int last_page = (file.last_address(das::DataType::integer) - layout::kIntPageOrigin) / layout::kIntPageSize;
    if (page < 1 || page > last_page) return corrupt(file, root, "node page " + std::to_string(page) + " is outside the file");
    SC_TRY(file.read_ints(layout::int_page_base(page) + 1, words));
    return words;
  }

  // One node: child 1, datum 1, child 2, ..., datum n, child n + 1. Nodes at the tree's depth are
  // leaves: CSPICE leaves stale child pointers in them after a split and never reads them there
  // (ZZEKTRLK stops at the leaf that holds the key), so neither does this walk.
  Status node(const Page& words, int level) {
    const bool is_root = level == 1;
    const int count = words[(is_root ? layout::kRootKeyCount : layout::kChildKeyCount) - 1];
    const int room = is_root ? layout::kRootMaxKeys : layout::kChildMaxKeys;
    if (count < 0 || count > room) return corrupt(file, root, "a node holds " + std::to_string(count) + " keys");
    const int kids = is_root ? layout::kRootKids : layout::kChildKids;
    const int data = is_root ? layout::kRootData : layout::kChildData;
    for (int i = 1; i <= count + 1; ++i) {
      if (level < depth) {
        const int child = words[kids + i - 1];
        if (child < 1) return corrupt(file, root, "an inner node lacks a child");
        SC_TRY_ASSIGN(auto&& below, read(child));
        SC_TRY(node(below, level + 1));
      }
      if (i <= count) {
        if (static_cast<int>(out.size()) == total) return corrupt(file, root, "it holds more keys than it records");
        out.push_back(words[data + i - 1]);
      }
    }
    return {};
  }
};

}  // namespace

Result<std::vector<int>> tree_values(const das::DasFile& file, int root) {
  std::vector<int> out;
  Walk walk{file, root, 0, 1, 0, out};
  SC_TRY_ASSIGN(auto&& top, walk.read(root));
  walk.depth = top[layout::kTreeDepth - 1];
  walk.nodes_left = top[layout::kTreeNodes - 1] - 1;
  const int total = walk.total = top[layout::kTreeKeys - 1];
  if (walk.depth < 1 || walk.depth > layout::kTreeMaxDepth) {
    return corrupt(file, root, "its depth is " + std::to_string(walk.depth));
  }
  if (total < 0) return corrupt(file, root, "it records " + std::to_string(total) + " keys");
  out.reserve(static_cast<std::size_t>(std::min(total, file.last_address(das::DataType::integer))));
  SC_TRY(walk.node(top, 1));
  if (static_cast<int>(out.size()) != total) {
    return corrupt(file, root, "it records " + std::to_string(total) + " keys and holds " + std::to_string(out.size()));
  }
  return out;
}

}  // namespace sc::ek
