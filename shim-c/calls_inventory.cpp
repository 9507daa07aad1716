// Coverage and inventory calls: spkcov, spkobj, pckcov, pckfrm, spksfs, dafec.
#include <span>
#include <string>
#include <vector>

#include "calls.hpp"
#include "inventory/comments.hpp"
#include "inventory/pck_inventory.hpp"
#include "inventory/spk_inventory.hpp"
#include "shim_support.hpp"

namespace sc::shim {
namespace {

template <class Sink>
Status require_sink(Sink sink) {
  return sink != nullptr ? Status{} : make_error("SPICE(NULLPOINTER)", "sink is a null pointer.");
}

// The caller's window, normalised by inserting its intervals one by one (so an unsorted or
// overlapping input is united, and a reversed interval fails with SPICE(BADENDPOINTS)).
Result<inventory::Window> input_window(const double* cover, std::size_t length) {
  if (length % 2 != 0) {
    return make_error("SPICE(INVALIDSIZE)", "A window holds pairs of endpoints; got " + std::to_string(length) +
                                                " numbers.");
  }
  inventory::Window window;
  for (std::size_t i = 0; i < length; i += 2) SC_TRY(inventory::insert_interval(window, cover[i], cover[i + 1]));
  return window;
}

template <class Query>
sc_status coverage(const char* operation, sc_context* ctx, const char* file, int32_t idcode, const double* cover,
                   size_t cover_length, sc_double_sink sink, void* user, sc_error* err, Query query) {
  return guarded(err, operation, [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(file, "file"));
    SC_TRY(require_sink(sink));
    SC_TRY(require_array(cover, cover_length, "cover"));
    auto window = input_window(cover, cover_length);
    if (!window) return std::move(window).error().within(operation);
    auto got = query(ctx->core.kernels(), file, idcode, std::move(*window));
    if (!got) return std::move(got).error().within(operation);
    sink(user, got->data(), got->size());
    return {};
  });
}

template <class Query>
sc_status id_set(const char* operation, sc_context* ctx, const char* file, const int32_t* ids, size_t ids_length,
                 sc_int_sink sink, void* user, sc_error* err, Query query) {
  return guarded(err, operation, [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(file, "file"));
    SC_TRY(require_sink(sink));
    SC_TRY(require_array(ids, ids_length, "ids"));
    std::vector<int> input(ids, ids + ids_length);
    auto got = query(ctx->core.kernels(), file, std::move(input));
    if (!got) return std::move(got).error().within(operation);
    std::vector<int32_t> out(got->begin(), got->end());
    sink(user, out.data(), out.size());
    return {};
  });
}

}  // namespace

sc_status spkcov(sc_context* ctx, const char* file, int32_t idcode, const double* cover, size_t cover_length,
                 sc_double_sink sink, void* user, sc_error* err) {
  return coverage("spkcov", ctx, file, idcode, cover, cover_length, sink, user, err, inventory::spkcov);
}

sc_status pckcov(sc_context* ctx, const char* file, int32_t idcode, const double* cover, size_t cover_length,
                 sc_double_sink sink, void* user, sc_error* err) {
  return coverage("pckcov", ctx, file, idcode, cover, cover_length, sink, user, err, inventory::pckcov);
}

sc_status spkobj(sc_context* ctx, const char* file, const int32_t* ids, size_t ids_length, sc_int_sink sink,
                 void* user, sc_error* err) {
  return id_set("spkobj", ctx, file, ids, ids_length, sink, user, err, inventory::spkobj);
}

sc_status pckfrm(sc_context* ctx, const char* file, const int32_t* ids, size_t ids_length, sc_int_sink sink,
                 void* user, sc_error* err) {
  return id_set("pckfrm", ctx, file, ids, ids_length, sink, user, err, inventory::pckfrm);
}

sc_status spksfs(sc_context* ctx, int32_t body, double et, sc_string_sink sink, void* user, double* dc, int32_t* ic,
                 int32_t* handle, int32_t* found, sc_error* err) {
  return guarded(err, "spksfs", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_sink(sink));
    SC_TRY(require(dc, "dc"));
    SC_TRY(require(ic, "ic"));
    SC_TRY(require(handle, "handle"));
    SC_TRY(require(found, "found"));
    auto got = inventory::spksfs(ctx->core.kernels(), body, et);
    if (!got) return std::move(got).error().within("spksfs");
    *found = got->has_value() ? 1 : 0;
    if (!got->has_value()) return {};
    const auto& s = (*got)->segment;
    dc[0] = s.start_et;
    dc[1] = s.end_et;
    const int32_t ints[6] = {s.target, s.center, s.frame, s.type, s.begin, s.end};
    std::copy(ints, ints + 6, ic);
    *handle = (*got)->handle;
    sink(user, (*got)->file.data(), (*got)->file.size());
    sink(user, s.name.data(), s.name.size());
    return {};
  });
}

sc_status dafec(sc_context* ctx, const char* file, sc_string_sink sink, void* user, sc_error* err) {
  return guarded(err, "dafec", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(file, "file"));
    SC_TRY(require_sink(sink));
    auto lines = inventory::dafec(ctx->core.kernels(), file);
    if (!lines) return std::move(lines).error().within("dafec");
    for (const auto& line : *lines) sink(user, line.data(), line.size());
    return {};
  });
}

}  // namespace sc::shim
