// SPK writers over the C ABI: spkopn, spkopa, spkw02/03/08/09/12/13, dafac, spkcls and reading a
// closed virtual output. Arrays arrive with their lengths; the core checks they hold what `n` needs.
#include <string>
#include <vector>

#include "calls.hpp"
#include "shim_support.hpp"
#include "writer_args.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace sc::shim {
namespace {

kernels::OutputKind kind_of(int32_t host_file) {
  return host_file != 0 ? kernels::OutputKind::host_file : kernels::OutputKind::virtual_output;
}

}  // namespace

sc_status spkopn(sc_context* ctx, const char* name, const char* ifname, int32_t ncomch, int32_t host_file,
                 int32_t* handle, sc_error* err) {
  return guarded(err, "spkopn", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(ifname, "ifname"));
    SC_TRY(require(handle, "handle"));
    auto h = spk::spkopn(ctx->core, name, ifname, ncomch, kind_of(host_file));
    if (!h) return std::move(h).error();
    *handle = *h;
    return {};
  });
}

sc_status spkopa(sc_context* ctx, const char* name, int32_t host_file, int32_t* handle, sc_error* err) {
  return guarded(err, "spkopa", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(handle, "handle"));
    auto h = spk::spkopa(ctx->core, name, kind_of(host_file));
    if (!h) return std::move(h).error();
    *handle = *h;
    return {};
  });
}

sc_status spkcls(sc_context* ctx, int32_t handle, sc_bytes_sink host_bytes, void* user, sc_error* err) {
  return guarded(err, "spkcls", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(reinterpret_cast<const void*>(host_bytes), "host_bytes"));
    auto closed = spk::spkcls(ctx->core, handle);
    if (!closed) return std::move(closed).error();
    if (closed->kind == kernels::OutputKind::host_file) {
      const auto bytes = closed->bytes.span();
      host_bytes(user, bytes.data(), bytes.size());
    }
    return {};
  });
}

sc_status spkw02(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                 size_t cdata_length, double btime, sc_error* err) {
  return guarded(err, "spkw02", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(cdata, cdata_length, "cdata"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw02(ctx->core, handle, *spec, intlen, n, polydg, doubles(cdata, cdata_length), btime);
  });
}

sc_status spkw03(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                 size_t cdata_length, double btime, sc_error* err) {
  return guarded(err, "spkw03", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(cdata, cdata_length, "cdata"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw03(ctx->core, handle, *spec, intlen, n, polydg, doubles(cdata, cdata_length), btime);
  });
}

sc_status spkw08(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 double epoch1, double step, sc_error* err) {
  return guarded(err, "spkw08", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(states, states_length, "states"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw08(ctx->core, handle, *spec, degree, n, doubles(states, states_length), epoch1, step);
  });
}

sc_status spkw12(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 double epoch1, double step, sc_error* err) {
  return guarded(err, "spkw12", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(states, states_length, "states"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw12(ctx->core, handle, *spec, degree, n, doubles(states, states_length), epoch1, step);
  });
}

sc_status spkw09(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 const double* epochs, size_t epochs_length, sc_error* err) {
  return guarded(err, "spkw09", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(states, states_length, "states"));
    SC_TRY(require_array(epochs, epochs_length, "epochs"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw09(ctx->core, handle, *spec, degree, n, doubles(states, states_length),
                       doubles(epochs, epochs_length));
  });
}

sc_status spkw13(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 const double* epochs, size_t epochs_length, sc_error* err) {
  return guarded(err, "spkw13", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(states, states_length, "states"));
    SC_TRY(require_array(epochs, epochs_length, "epochs"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw13(ctx->core, handle, *spec, degree, n, doubles(states, states_length),
                       doubles(epochs, epochs_length));
  });
}

sc_status dafac(sc_context* ctx, int32_t handle, int32_t n, const char* const* lines, sc_error* err) {
  return guarded(err, "dafac", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    if (n > 0) SC_TRY(require(lines, "lines"));
    std::vector<std::string> copy;
    for (int32_t i = 0; i < n; ++i) {
      SC_TRY(require(lines[i], "lines[i]"));
      copy.emplace_back(lines[i]);
    }
    return spk::dafac(ctx->core, handle, copy);
  });
}

sc_status read_virtual_output(sc_context* ctx, const char* name, sc_bytes_sink sink, void* user, sc_error* err) {
  return guarded(err, "readVirtualOutput", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(name, "name"));
    SC_TRY(require(reinterpret_cast<const void*>(sink), "sink"));
    auto bytes = spk::read_virtual_output(ctx->core, name);
    if (!bytes) return std::move(bytes).error();
    const auto span = bytes->span();
    sink(user, span.data(), span.size());
    return {};
  });
}

}  // namespace sc::shim
