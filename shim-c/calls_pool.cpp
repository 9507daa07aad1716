#include "calls.hpp"
#include "pool/pool_queries.hpp"
#include "pool/text_kernel_parser.hpp"
#include "shim_support.hpp"

namespace sc::shim {
namespace {

template <class T, class Sink>
Status emit_found(const std::optional<std::vector<T>>& got, Sink sink, void* user, int32_t* found) {
  *found = got ? 1 : 0;
  if (got) sink(user, got->data(), got->size());
  return {};
}

Status emit_strings(const std::optional<std::vector<std::string>>& got, sc_string_sink sink, void* user,
                    int32_t* found) {
  *found = got ? 1 : 0;
  if (got) {
    for (const auto& s : *got) sink(user, s.data(), s.size());
  }
  return {};
}

Status check_count(int32_t n, const void* values) {
  if (n < 1) return make_error("SPICE(BADARRAYSIZE)", "At least one value must be given; got " + std::to_string(n) + ".");
  return require(values, "values");
}

}  // namespace

sc_status gdpool(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_double_sink sink, void* user,
                 int32_t* found, sc_error* err) {
  return guarded(err, "gdpool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto got = pool::gdpool(ctx->core.pool(), name, start, room);
    if (!got) return std::move(got).error().within("gdpool");
    return emit_found(*got, sink, user, found);
  });
}

sc_status gipool(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_int_sink sink, void* user,
                 int32_t* found, sc_error* err) {
  return guarded(err, "gipool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto got = pool::gipool(ctx->core.pool(), name, start, room);
    if (!got) return std::move(got).error().within("gipool");
    return emit_found(*got, sink, user, found);
  });
}

sc_status gcpool(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_string_sink sink, void* user,
                 int32_t* found, sc_error* err) {
  return guarded(err, "gcpool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto got = pool::gcpool(ctx->core.pool(), name, start, room);
    if (!got) return std::move(got).error().within("gcpool");
    return emit_strings(*got, sink, user, found);
  });
}

sc_status gnpool(sc_context* ctx, const char* pattern, int32_t start, int32_t room, sc_string_sink sink, void* user,
                 int32_t* found, sc_error* err) {
  return guarded(err, "gnpool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(pattern, "pattern"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    SC_TRY(require(found, "found"));
    auto got = pool::gnpool(ctx->core.pool(), pattern, start, room);
    if (!got) return std::move(got).error().within("gnpool");
    return emit_strings(*got, sink, user, found);
  });
}

sc_status dtpool(sc_context* ctx, const char* name, int32_t* found, int32_t* n, char* type, sc_error* err) {
  return guarded(err, "dtpool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(found, "found"));
    SC_TRY(require(n, "n"));
    SC_TRY(require(type, "type"));
    auto shape = pool::dtpool(ctx->core.pool(), name);
    *found = shape ? 1 : 0;
    *n = shape ? static_cast<int32_t>(shape->n) : 0;
    *type = shape ? shape->type : 'X';
    return {};
  });
}

sc_status expool(sc_context* ctx, const char* name, int32_t* found, sc_error* err) {
  return guarded(err, "expool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(found, "found"));
    *found = pool::expool(ctx->core.pool(), name) ? 1 : 0;
    return {};
  });
}

sc_status pdpool(sc_context* ctx, const char* name, int32_t n, const double* values, sc_error* err) {
  return guarded(err, "pdpool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(check_count(n, values));
    auto s = pool::pdpool(ctx->core.pool(), name, std::span(values, static_cast<std::size_t>(n)));
    if (!s) return std::move(s).error().within("pdpool");
    return {};
  });
}

sc_status pipool(sc_context* ctx, const char* name, int32_t n, const int32_t* values, sc_error* err) {
  return guarded(err, "pipool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(check_count(n, values));
    std::vector<int> ints(values, values + n);
    auto s = pool::pipool(ctx->core.pool(), name, ints);
    if (!s) return std::move(s).error().within("pipool");
    return {};
  });
}

sc_status pcpool(sc_context* ctx, const char* name, int32_t n, const char* const* values, sc_error* err) {
  return guarded(err, "pcpool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(check_count(n, values));
    std::vector<std::string> strings;
    for (int32_t i = 0; i < n; ++i) {
      SC_TRY(require(values[i], "values[i]"));
      strings.emplace_back(values[i]);
    }
    auto s = pool::pcpool(ctx->core.pool(), name, strings);
    if (!s) return std::move(s).error().within("pcpool");
    return {};
  });
}

sc_status lmpool(sc_context* ctx, const char* text, size_t length, sc_error* err) {
  return guarded(err, "lmpool", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    if (length > 0) SC_TRY(require(text, "text"));
    // lmpool text is data only, as if it followed \begindata.
    std::string kernel = "\\begindata\n" + std::string(text == nullptr ? "" : text, length) + "\n";
    auto statements = pool::parse_text_kernel(kernel, "lmpool text");
    if (!statements) return std::move(statements).error().within("lmpool");
    auto s = ctx->core.pool().apply(*statements, "lmpool text");
    if (!s) return std::move(s).error().within("lmpool");
    return {};
  });
}

}  // namespace sc::shim
