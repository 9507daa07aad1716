#include "spk/leg_cache.hpp"

#include "kernels/segment_search.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/types/type02_chebyshev_position.hpp"
#include "spk/types/type03_chebyshev_state.hpp"

namespace sc::spk {
namespace {

Error no_loaded_files() {
  return make_error("SPICE(NOLOADEDFILES)",
                    "At least one SPK file needs to be loaded by FURNSH before beginning a search.");
}

// Components per Chebyshev record of the SPK types whose records a cache keeps (0: other types).
std::size_t chebyshev_components(int type) { return type == 2 ? 3 : type == 3 ? 6 : 0; }

}  // namespace

Result<std::optional<Leg>> next_leg(const kernels::KernelRegistry& kernels, int body, double et, LegCache* cache) {
  if (cache != nullptr) return cache->leg(kernels, body, et);
  const auto found = kernels::find_segment(kernels, kernels::kSpk, body, et);
  if (!found) {
    // SPKSFS refuses to search when no SPK is loaded at all (SPKGEO passes that error on).
    if (!kernels::any_loaded(kernels, kernels::kSpk)) return no_loaded_files();
    return std::optional<Leg>{};
  }
  const Segment segment = Segment::from_summary(*found->summary);
  SC_TRY_ASSIGN(auto&& state, evaluate_segment(kernels.pool(), *found->file, segment, et));
  return std::optional<Leg>{Leg{state, segment.center, segment.frame}};
}

LegCache::Slot* LegCache::slot_for(const kernels::KernelRegistry& kernels, int body) {
  for (Slot& s : slots_) {
    if (s.body == body) return &s;
  }
  if (slots_.size() >= kMaxBodies) return nullptr;
  if (slots_.capacity() == 0) slots_.reserve(kMaxBodies);  // slots never move: spans and pointers stay valid
  Slot& s = slots_.emplace_back();
  s.body = body;
  s.entries = kernels.segment_index().entries(kernels::kSpk, body);
  return &s;
}

Result<std::optional<Leg>> LegCache::leg(const kernels::KernelRegistry& kernels, int body, double et) {
  Slot* slot = slot_for(kernels, body);
  if (slot == nullptr) return next_leg(kernels, body, et, nullptr);
  // SPKSFS's choice at this epoch, as next_leg makes it.
  const auto found = kernels::find_segment(kernels, slot->entries, et);
  if (!found) {
    if (!kernels::any_loaded(kernels, kernels::kSpk)) return no_loaded_files();
    return std::optional<Leg>{};
  }
  if (found->summary != slot->summary) {
    slot->summary = found->summary;
    slot->file = found->file;
    slot->segment = Segment::from_summary(*found->summary);
    slot->has_directory = false;
    slot->recno = 0;
  }
  SC_TRY_ASSIGN(auto&& state, evaluate(kernels, *slot, et));
  return std::optional<Leg>{Leg{state, slot->segment.center, slot->segment.frame}};
}

Result<State> LegCache::evaluate(const kernels::KernelRegistry& kernels, Slot& slot, double et) {
  const Segment& segment = slot.segment;
  const std::size_t components = chebyshev_components(segment.type);
  if (components == 0) return evaluate_segment(kernels.pool(), *slot.file, segment, et);
  // evaluate_type02/03's steps, with the directory and the last record kept.
  const auto array = [&] {
    return daf::ChebyshevArray{segment.begin, segment.end, [&] { return describe(segment, slot.file->file_name()); }};
  };
  if (!slot.has_directory) {
    SC_TRY_ASSIGN(auto&& directory, daf::read_chebyshev_directory(slot.file->daf(), array(), components));
    slot.directory = directory;
    slot.has_directory = true;
  }
  const long long recno = daf::chebyshev_record_number(slot.directory, et);
  if (recno != slot.recno) {
    slot.recno = 0;  // until the record is read and checked
    SC_TRY(daf::read_chebyshev_record_at(slot.file->daf(), array(), slot.directory, recno, slot.record));
    slot.recno = recno;
  }
  const State state = components == 3 ? type02_state(slot.record, et) : type03_state(slot.record, et);
  SC_TRY(require_finite_state(state, *slot.file, segment, et));
  return state;
}

}  // namespace sc::spk
