#include "calls.hpp"
#include "shim_support.hpp"

namespace sc::shim {
namespace {

void emit(sc_kernel_sink sink, void* user, const kernels::KernelInfo& k) {
  sc_kernel_info info{k.file.c_str(), k.filtyp.c_str(), k.source.c_str(), k.handle};
  sink(user, &info);
}

}  // namespace

sc_status furnsh(sc_context* ctx, const char* name, sc_error* err) {
  return guarded(err, "furnsh", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    return ctx->core.kernels().furnsh(name);
  });
}

sc_status furnsh_bytes(sc_context* ctx, const char* name, const uint8_t* bytes, size_t length, sc_error* err) {
  return guarded(err, "furnsh", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    if (length > 0) SC_TRY(require(bytes, "bytes"));
    // One copy into core-owned memory: the caller's buffer (a JS ArrayBuffer) may move or be freed.
    std::vector<std::uint8_t> copy(bytes, bytes + length);
    return ctx->core.kernels().furnsh_bytes(name, io::Bytes::from_vector(std::move(copy)));
  });
}

sc_status unload(sc_context* ctx, const char* name, sc_error* err) {
  return guarded(err, "unload", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    return ctx->core.kernels().unload(name);
  });
}

sc_status kclear(sc_context* ctx, sc_error* err) {
  return guarded(err, "kclear", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    ctx->core.kernels().kclear();
    return {};
  });
}

sc_status ktotal(sc_context* ctx, const char* kinds, int32_t* count, sc_error* err) {
  return guarded(err, "ktotal", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(kinds, "kinds"));
    SC_TRY(require(count, "count"));
    *count = ctx->core.kernels().ktotal(kinds);
    return {};
  });
}

sc_status kdata(sc_context* ctx, int32_t which, const char* kinds, sc_kernel_sink sink, void* user, int32_t* found,
                sc_error* err) {
  return guarded(err, "kdata", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(kinds, "kinds"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto info = ctx->core.kernels().kdata(which, kinds);
    *found = info ? 1 : 0;
    if (info) emit(sink, user, *info);
    return {};
  });
}

sc_status kinfo(sc_context* ctx, const char* file, sc_kernel_sink sink, void* user, int32_t* found, sc_error* err) {
  return guarded(err, "kinfo", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(file, "file"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto info = ctx->core.kernels().kinfo(file);
    *found = info ? 1 : 0;
    if (info) emit(sink, user, *info);
    return {};
  });
}

sc_status getfat(sc_context* ctx, const char* file, sc_string_sink sink, void* user, sc_error* err) {
  return guarded(err, "getfat", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(file, "file"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    auto type = ctx->core.kernels().file_type(file);
    if (!type) return std::move(type).error();
    sink(user, type->arch.data(), type->arch.size());
    sink(user, type->type.data(), type->type.size());
    return {};
  });
}

}  // namespace sc::shim
