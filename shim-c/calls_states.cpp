#include <algorithm>
#include <string>

#include "calls.hpp"
#include "geometry/states.hpp"
#include "shim_support.hpp"

namespace sc::shim {
namespace {

Status put(const Result<geometry::StateLt>& got, double* state, double* lt) {
  if (!got) return got.error();
  std::copy(got->state.begin(), got->state.end(), state);
  *lt = got->lt;
  return {};
}

Status put(const Result<geometry::PositionLt>& got, double* pos, double* lt) {
  if (!got) return got.error();
  std::copy(got->pos.begin(), got->pos.end(), pos);
  *lt = got->lt;
  return {};
}

Status require_strings(std::initializer_list<std::pair<const char*, const char*>> named) {
  for (const auto& [value, name] : named) SC_TRY(require(value, name));
  return {};
}

// Runs one epoch of a batch; a failure names the epoch's index so the caller can find it.
template <class Eval>
Status batch(const char* operation, const double* ets, size_t n, Eval&& eval) {
  if (n > 0) SC_TRY(require(ets, "ets"));
  for (size_t i = 0; i < n; ++i) {
    auto s = eval(i, ets[i]);
    if (!s) {
      Error e = std::move(s).error();
      e.long_msg += " (epoch index " + std::to_string(i) + " of the batch)";
      return std::move(e).within(operation);
    }
  }
  return {};
}

}  // namespace

sc_status spkezr(sc_context* ctx, const char* target, double et, const char* ref, const char* abcorr,
                 const char* observer, double* state, double* lt, sc_error* err) {
  return guarded(err, "spkezr", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_strings({{target, "target"}, {ref, "ref"}, {abcorr, "abcorr"}, {observer, "observer"}}));
    SC_TRY(require(state, "state"));
    SC_TRY(require(lt, "lt"));
    auto s = put(geometry::spkezr(ctx->core, target, et, ref, abcorr, observer), state, lt);
    if (!s) return std::move(s).error().within("spkezr");
    return {};
  });
}

sc_status spkpos(sc_context* ctx, const char* target, double et, const char* ref, const char* abcorr,
                 const char* observer, double* pos, double* lt, sc_error* err) {
  return guarded(err, "spkpos", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_strings({{target, "target"}, {ref, "ref"}, {abcorr, "abcorr"}, {observer, "observer"}}));
    SC_TRY(require(pos, "pos"));
    SC_TRY(require(lt, "lt"));
    auto s = put(geometry::spkpos(ctx->core, target, et, ref, abcorr, observer), pos, lt);
    if (!s) return std::move(s).error().within("spkpos");
    return {};
  });
}

sc_status spkez(sc_context* ctx, int32_t target, double et, const char* ref, const char* abcorr, int32_t observer,
                double* state, double* lt, sc_error* err) {
  return guarded(err, "spkez", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_strings({{ref, "ref"}, {abcorr, "abcorr"}}));
    SC_TRY(require(state, "state"));
    SC_TRY(require(lt, "lt"));
    auto s = put(geometry::spkez(ctx->core, target, et, ref, abcorr, observer), state, lt);
    if (!s) return std::move(s).error().within("spkez");
    return {};
  });
}

sc_status spkezp(sc_context* ctx, int32_t target, double et, const char* ref, const char* abcorr, int32_t observer,
                 double* pos, double* lt, sc_error* err) {
  return guarded(err, "spkezp", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_strings({{ref, "ref"}, {abcorr, "abcorr"}}));
    SC_TRY(require(pos, "pos"));
    SC_TRY(require(lt, "lt"));
    auto s = put(geometry::spkezp(ctx->core, target, et, ref, abcorr, observer), pos, lt);
    if (!s) return std::move(s).error().within("spkezp");
    return {};
  });
}

sc_status spkgeo(sc_context* ctx, int32_t target, double et, const char* ref, int32_t observer, double* state,
                 double* lt, sc_error* err) {
  return guarded(err, "spkgeo", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(ref, "ref"));
    SC_TRY(require(state, "state"));
    SC_TRY(require(lt, "lt"));
    auto s = put(geometry::spkgeo(ctx->core, target, et, ref, observer), state, lt);
    if (!s) return std::move(s).error().within("spkgeo");
    return {};
  });
}

sc_status spkgps(sc_context* ctx, int32_t target, double et, const char* ref, int32_t observer, double* pos,
                 double* lt, sc_error* err) {
  return guarded(err, "spkgps", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(ref, "ref"));
    SC_TRY(require(pos, "pos"));
    SC_TRY(require(lt, "lt"));
    auto s = put(geometry::spkgps(ctx->core, target, et, ref, observer), pos, lt);
    if (!s) return std::move(s).error().within("spkgps");
    return {};
  });
}

sc_status spkssb(sc_context* ctx, int32_t target, double et, const char* ref, double* state, sc_error* err) {
  return guarded(err, "spkssb", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(ref, "ref"));
    SC_TRY(require(state, "state"));
    auto got = geometry::spkssb(ctx->core, target, et, ref);
    if (!got) return std::move(got).error().within("spkssb");
    std::copy(got->begin(), got->end(), state);
    return {};
  });
}

sc_status spkezr_batch(sc_context* ctx, const char* target, const double* ets, size_t n, const char* ref,
                       const char* abcorr, const char* observer, double* states, double* lts, sc_error* err) {
  return guarded(err, "spkezrBatch", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_strings({{target, "target"}, {ref, "ref"}, {abcorr, "abcorr"}, {observer, "observer"}}));
    if (n > 0) SC_TRY(require(states, "states"));
    if (n > 0) SC_TRY(require(lts, "lts"));
    return batch("spkezrBatch", ets, n, [&](size_t i, double et) {
      return put(geometry::spkezr(ctx->core, target, et, ref, abcorr, observer), states + 6 * i, lts + i);
    });
  });
}

sc_status spkpos_batch(sc_context* ctx, const char* target, const double* ets, size_t n, const char* ref,
                       const char* abcorr, const char* observer, double* positions, double* lts, sc_error* err) {
  return guarded(err, "spkposBatch", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_strings({{target, "target"}, {ref, "ref"}, {abcorr, "abcorr"}, {observer, "observer"}}));
    if (n > 0) SC_TRY(require(positions, "positions"));
    if (n > 0) SC_TRY(require(lts, "lts"));
    return batch("spkposBatch", ets, n, [&](size_t i, double et) {
      return put(geometry::spkpos(ctx->core, target, et, ref, abcorr, observer), positions + 3 * i, lts + i);
    });
  });
}

}  // namespace sc::shim
