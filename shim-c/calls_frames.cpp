#include <string>

#include "calls.hpp"
#include "frames/frames_api.hpp"
#include "shim_support.hpp"

namespace sc::shim {
namespace {

template <std::size_t N>
void flatten(const std::array<std::array<double, N>, N>& m, double* out) {
  for (std::size_t r = 0; r < N; ++r) {
    for (std::size_t c = 0; c < N; ++c) out[r * N + c] = m[r][c];
  }
}

template <class Matrix>
Status put(const Result<Matrix>& got, double* out) {
  if (!got) return got.error();
  flatten(*got, out);
  return {};
}

void emit(const std::optional<frames::NamedFrame>& frame, int32_t* code, sc_string_sink sink, void* user,
          int32_t* found) {
  *found = frame ? 1 : 0;
  *code = frame ? frame->code : 0;
  if (frame) sink(user, frame->name.data(), frame->name.size());
}

}  // namespace

sc_status pxform(sc_context* ctx, const char* from, const char* to, double et, double* m, sc_error* err) {
  return guarded(err, "pxform", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(from, "from"));
    SC_TRY(require(to, "to"));
    SC_TRY(require(m, "m"));
    auto s = put(frames::pxform(ctx->core, from, to, et), m);
    if (!s) return std::move(s).error().within("pxform");
    return {};
  });
}

sc_status sxform(sc_context* ctx, const char* from, const char* to, double et, double* m, sc_error* err) {
  return guarded(err, "sxform", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(from, "from"));
    SC_TRY(require(to, "to"));
    SC_TRY(require(m, "m"));
    auto s = put(frames::sxform(ctx->core, from, to, et), m);
    if (!s) return std::move(s).error().within("sxform");
    return {};
  });
}

sc_status pxfrm2(sc_context* ctx, const char* from, const char* to, double et_from, double et_to, double* m,
                 sc_error* err) {
  return guarded(err, "pxfrm2", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(from, "from"));
    SC_TRY(require(to, "to"));
    SC_TRY(require(m, "m"));
    auto s = put(frames::pxfrm2(ctx->core, from, to, et_from, et_to), m);
    if (!s) return std::move(s).error().within("pxfrm2");
    return {};
  });
}

sc_status pxform_batch(sc_context* ctx, const char* from, const char* to, const double* ets, size_t n,
                       double* matrices, sc_error* err) {
  return guarded(err, "pxformBatch", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(from, "from"));
    SC_TRY(require(to, "to"));
    if (n > 0) SC_TRY(require(ets, "ets"));
    if (n > 0) SC_TRY(require(matrices, "matrices"));
    for (size_t i = 0; i < n; ++i) {
      auto s = put(frames::pxform(ctx->core, from, to, ets[i]), matrices + 9 * i);
      if (!s) {
        Error e = std::move(s).error();
        e.long_msg += " (epoch index " + std::to_string(i) + " of the batch)";
        return std::move(e).within("pxformBatch");
      }
    }
    return {};
  });
}

sc_status namfrm(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err) {
  return guarded(err, "namfrm", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(code, "code"));
    SC_TRY(require(found, "found"));
    auto got = frames::namfrm(ctx->core, name);
    *found = got ? 1 : 0;
    *code = got.value_or(0);
    return {};
  });
}

sc_status frmnam(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, int32_t* found, sc_error* err) {
  return guarded(err, "frmnam", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto name = frames::frmnam(ctx->core, code);
    *found = name ? 1 : 0;
    if (name) sink(user, name->data(), name->size());
    return {};
  });
}

sc_status frinfo(sc_context* ctx, int32_t code, int32_t* center, int32_t* frame_class, int32_t* class_id,
                 int32_t* found, sc_error* err) {
  return guarded(err, "frinfo", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(center, "center"));
    SC_TRY(require(frame_class, "frame_class"));
    SC_TRY(require(class_id, "class_id"));
    SC_TRY(require(found, "found"));
    auto info = frames::frinfo(ctx->core, code);
    *found = info ? 1 : 0;
    *center = info ? info->center : 0;
    *frame_class = info ? info->frame_class : 0;
    *class_id = info ? info->class_id : 0;
    return {};
  });
}

sc_status cidfrm(sc_context* ctx, int32_t center, int32_t* code, sc_string_sink sink, void* user, int32_t* found,
                 sc_error* err) {
  return guarded(err, "cidfrm", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(code, "code"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    emit(frames::cidfrm(ctx->core, center), code, sink, user, found);
    return {};
  });
}

sc_status cnmfrm(sc_context* ctx, const char* center_name, int32_t* code, sc_string_sink sink, void* user,
                 int32_t* found, sc_error* err) {
  return guarded(err, "cnmfrm", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(center_name, "center_name"));
    SC_TRY(require(code, "code"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto frame = frames::cnmfrm(ctx->core, center_name);
    if (!frame) return std::move(frame).error().within("cnmfrm");
    emit(*frame, code, sink, user, found);
    return {};
  });
}

sc_status ccifrm(sc_context* ctx, int32_t frame_class, int32_t class_id, int32_t* code, int32_t* center,
                 sc_string_sink sink, void* user, int32_t* found, sc_error* err) {
  return guarded(err, "ccifrm", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(code, "code"));
    SC_TRY(require(center, "center"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto frame = frames::ccifrm(ctx->core, frame_class, class_id);
    emit(frame, code, sink, user, found);
    auto info = frame ? frames::frinfo(ctx->core, frame->code) : std::nullopt;
    *center = info ? info->center : 0;
    return {};
  });
}

}  // namespace sc::shim
