#include "frames/ck_frames.hpp"

#include <array>
#include <string>

#include "ck/ck_meta.hpp"
#include "ck/pointing_search.hpp"
#include "frames/ck_clock.hpp"
#include "kernels/segment_kinds.hpp"
#include "kernels/segment_search.hpp"
#include "math/frame_rates.hpp"
#include "math/rotation.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames {

namespace {

// ZZSCLK: whether the pool holds clock `sclkid`'s type 1 kernel variables, each numeric with a
// count that is a multiple of its size (3 for the coefficients' triples). The names carry -sclkid.
bool clock_loaded(const pool::Pool& pool, int sclkid) {
  const std::string id = std::to_string(-static_cast<long long>(sclkid));
  const std::array<std::pair<const char*, std::size_t>, 7> vars{{{"SCLK_DATA_TYPE_", 1},
                                                                 {"SCLK01_N_FIELDS_", 1},
                                                                 {"SCLK01_MODULI_", 1},
                                                                 {"SCLK01_OFFSETS_", 1},
                                                                 {"SCLK01_COEFFICIENTS_", 3},
                                                                 {"SCLK_PARTITION_START_", 1},
                                                                 {"SCLK_PARTITION_END_", 1}}};
  for (const auto& [prefix, size] : vars) {
    const auto shape = pool::shape_of(pool, std::string(prefix) + id);
    if (!shape || shape->type != 'N' || shape->n / size * size != shape->n) return false;
  }
  return true;
}

// CKFROT/CKFXFM up to the search: the pointing at ET, or nullopt when the chain ends here.
Result<std::optional<ck::FoundPointing>> pointing_at(const Context& ctx, int inst, double et, bool needav) {
  SC_TRY_ASSIGN(const int sclkid, ck::ck_sclk_id(ctx.pool(), inst));
  if (!kernels::any_loaded(ctx.kernels(), kernels::kCk)) return std::optional<ck::FoundPointing>{};  // CKHAVE
  if (!clock_loaded(ctx.pool(), sclkid)) return std::optional<ck::FoundPointing>{};
  SC_TRY_ASSIGN(const double ticks, ck_et_to_ticks(ctx, inst, et));
  return ck::find_pointing(ctx.kernels(), inst, ticks, 0.0, needav);
}

}  // namespace

Result<std::optional<StateStep>> ck_frame_state_step(const Context& ctx, int inst, double et) {
  SC_TRY_ASSIGN(const auto found, pointing_at(ctx, inst, et, true));
  if (!found) return std::optional<StateStep>{};
  const math::Mat6 ref2in = math::rav2xf(found->pointing.cmat, found->pointing.av);
  return std::optional<StateStep>{StateStep{math::invstm(ref2in), found->frame}};
}

Result<std::optional<RotationStep>> ck_frame_rotation_step(const Context& ctx, int inst, double et) {
  SC_TRY_ASSIGN(const auto found, pointing_at(ctx, inst, et, false));
  if (!found) return std::optional<RotationStep>{};
  return std::optional<RotationStep>{RotationStep{math::transpose(found->pointing.cmat), found->frame}};
}

}  // namespace sc::frames
