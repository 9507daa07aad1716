#include "bodies/body_constants.hpp"
#include "calls.hpp"
#include "shim_support.hpp"

namespace sc::shim {
namespace {

Status emit_values(const Result<std::vector<double>>& got, sc_double_sink sink, void* user) {
  if (!got) return got.error();
  sink(user, got->data(), got->size());
  return {};
}

}  // namespace

sc_status bodfnd(sc_context* ctx, int32_t body, const char* item, int32_t* found, sc_error* err) {
  return guarded(err, "bodfnd", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(item, "item"));
    SC_TRY(require(found, "found"));
    *found = bodies::bodfnd(ctx->core.pool(), body, item) ? 1 : 0;
    return {};
  });
}

sc_status bodvcd(sc_context* ctx, int32_t body, const char* item, int32_t maxn, sc_double_sink sink, void* user,
                 sc_error* err) {
  return guarded(err, "bodvcd", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(item, "item"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    auto s = emit_values(bodies::bodvcd(ctx->core.pool(), body, item, maxn), sink, user);
    if (!s) return std::move(s).error().within("bodvcd");
    return {};
  });
}

sc_status bodvrd(sc_context* ctx, const char* body, const char* item, int32_t maxn, sc_double_sink sink, void* user,
                 sc_error* err) {
  return guarded(err, "bodvrd", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(body, "body"));
    SC_TRY(require(item, "item"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    auto s = emit_values(bodies::bodvrd(ctx->core.pool(), ctx->core.body_names(), body, item, maxn), sink, user);
    if (!s) return std::move(s).error().within("bodvrd");
    return {};
  });
}

sc_status bodn2c(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err) {
  return guarded(err, "bodn2c", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(code, "code"));
    SC_TRY(require(found, "found"));
    auto c = ctx->core.body_names().name_to_code_checked(name, ctx->core.pool());
    if (!c) return std::move(c).error().within("bodn2c");
    *found = *c ? 1 : 0;
    *code = c->value_or(0);
    return {};
  });
}

sc_status bods2c(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err) {
  return guarded(err, "bods2c", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(code, "code"));
    SC_TRY(require(found, "found"));
    auto c = ctx->core.body_names().string_to_code_checked(name, ctx->core.pool());
    if (!c) return std::move(c).error().within("bods2c");
    *found = *c ? 1 : 0;
    *code = c->value_or(0);
    return {};
  });
}

sc_status bodc2n(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, int32_t* found, sc_error* err) {
  return guarded(err, "bodc2n", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto name = ctx->core.body_names().code_to_name_checked(code, ctx->core.pool());
    if (!name) return std::move(name).error().within("bodc2n");
    *found = *name ? 1 : 0;
    if (*name) sink(user, (*name)->data(), (*name)->size());
    return {};
  });
}

sc_status bodc2s(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, sc_error* err) {
  return guarded(err, "bodc2s", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    auto name = ctx->core.body_names().code_to_string_checked(code, ctx->core.pool());
    if (!name) return std::move(name).error().within("bodc2s");
    sink(user, name->data(), name->size());
    return {};
  });
}

sc_status boddef(sc_context* ctx, const char* name, int32_t code, sc_error* err) {
  return guarded(err, "boddef", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    auto s = ctx->core.body_names().define(name, code);
    if (!s) return std::move(s).error().within("boddef");
    return {};
  });
}

}  // namespace sc::shim
