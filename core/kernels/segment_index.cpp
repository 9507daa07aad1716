// See segment_index.hpp.
#include "kernels/segment_index.hpp"

#include "kernels/kernel_registry.hpp"

namespace sc::kernels {

int SegmentIndex::kind_slot(std::string_view type) {
  if (type == kSpk.type) return 0;
  if (type == kPck.type) return 1;
  if (type == kCk.type) return 2;
  return -1;
}

std::uint64_t SegmentIndex::slot_key(int slot, int key) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(slot)) << 32) | static_cast<std::uint32_t>(key);
}

void SegmentIndex::clear() {
  by_key_.clear();
  present_.clear();
  files_[0] = files_[1] = files_[2] = 0;
}

void SegmentIndex::add(std::uint32_t position, const LoadedKernel& kernel) {
  if (!kernel.segments) return;
  const int slot = kind_slot(kernel.info.filtyp);
  if (slot < 0) return;
  ++files_[slot];
  for (int key : kernel.segments->keys()) {
    present_.insert(slot_key(slot, key));
    const auto order = kernel.segments->search_order(key);  // last segment of the file first
    auto& list = by_key_[slot_key(slot, key)];
    for (auto it = order.rbegin(); it != order.rend(); ++it) list.push_back(Entry{position, *it});
  }
}

std::span<const SegmentIndex::Entry> SegmentIndex::entries(const SegmentKind& kind, int key) const {
  const int slot = kind_slot(kind.type);
  if (slot < 0) return {};
  const auto it = by_key_.find(slot_key(slot, key));
  if (it == by_key_.end()) return {};
  return it->second;
}

bool SegmentIndex::has_key(const SegmentKind& kind, int key) const {
  const int slot = kind_slot(kind.type);
  return slot >= 0 && present_.contains(slot_key(slot, key));
}

int SegmentIndex::files(const SegmentKind& kind) const {
  const int slot = kind_slot(kind.type);
  return slot < 0 ? 0 : files_[slot];
}

}  // namespace sc::kernels
