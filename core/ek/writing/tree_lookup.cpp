#include "ek/writing/tree_lookup.hpp"

#include "ek/writing/tree_editing.hpp"

namespace sc::ek::writing {

Result<int> tree_value(const EkPages& pages, int tree, int key) {
  SC_TRY_ASSIGN(const auto& at, tree::TreeReader(pages, tree).locate(key));
  return at.value;
}

}  // namespace sc::ek::writing
