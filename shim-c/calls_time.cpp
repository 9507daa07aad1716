#include "calls.hpp"
#include "shim_support.hpp"
#include "time/time_api.hpp"

namespace sc::shim {
namespace {

Status emit_text(const Result<std::string>& text, sc_string_sink sink, void* user) {
  if (!text) return text.error();
  sink(user, text->data(), text->size());
  return {};
}

}  // namespace

sc_status str2et(sc_context* ctx, const char* text, double* et, sc_error* err) {
  return guarded(err, "str2et", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(text, "text"));
    SC_TRY(require(et, "et"));
    auto got = time::str2et(ctx->core.pool(), text);
    if (!got) return std::move(got).error().within("str2et");
    *et = *got;
    return {};
  });
}

sc_status et2utc(sc_context* ctx, double et, const char* format, int32_t precision, sc_string_sink sink, void* user,
                 sc_error* err) {
  return guarded(err, "et2utc", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(format, "format"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    auto s = emit_text(time::et2utc(ctx->core.pool(), et, format, precision), sink, user);
    if (!s) return std::move(s).error().within("et2utc");
    return {};
  });
}

sc_status timout(sc_context* ctx, double et, const char* picture, sc_string_sink sink, void* user, sc_error* err) {
  return guarded(err, "timout", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(picture, "picture"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    auto s = emit_text(time::timout(ctx->core.pool(), et, picture), sink, user);
    if (!s) return std::move(s).error().within("timout");
    return {};
  });
}

sc_status deltet(sc_context* ctx, double epoch, const char* epoch_type, double* delta, sc_error* err) {
  return guarded(err, "deltet", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(epoch_type, "epoch_type"));
    SC_TRY(require(delta, "delta"));
    auto got = time::deltet(ctx->core.pool(), epoch, epoch_type);
    if (!got) return std::move(got).error().within("deltet");
    *delta = *got;
    return {};
  });
}

sc_status unitim(sc_context* ctx, double epoch, const char* from, const char* to, double* out, sc_error* err) {
  return guarded(err, "unitim", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(from, "from"));
    SC_TRY(require(to, "to"));
    SC_TRY(require(out, "out"));
    auto got = time::unitim(ctx->core.pool(), epoch, from, to);
    if (!got) return std::move(got).error().within("unitim");
    *out = *got;
    return {};
  });
}

}  // namespace sc::shim
