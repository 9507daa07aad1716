// SPK writers for types 5, 14 to 21 over the C ABI. Variable arrays arrive with their
// lengths and the core checks they hold what the counts ask for; the fixed-size vectors (3 values)
// and the 9 equinoctial elements, and spkw19's per-interval arrays (nintvl values, ivlbds
// nintvl + 1), are read as that many values, as CSPICE reads them.
#include <span>
#include <vector>

#include "calls.hpp"
#include "shim_support.hpp"
#include "writer_args.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace sc::shim {

sc_status spkw14(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t n, int32_t chbdeg, const double* records,
                 size_t records_length, const double* epochs, size_t epochs_length, sc_error* err) {
  return guarded(err, "spkw14", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(records, records_length, "records"));
    SC_TRY(require_array(epochs, epochs_length, "epochs"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw14(ctx->core, handle, *spec, n, chbdeg, doubles(records, records_length),
                       doubles(epochs, epochs_length));
  });
}

sc_status spkw15(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double epoch, const double* tp, const double* pa, double p,
                 double ecc, double j2flg, const double* pv, double gm, double j2, double radius, sc_error* err) {
  return guarded(err, "spkw15", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(tp, "tp"));
    SC_TRY(require(pa, "pa"));
    SC_TRY(require(pv, "pv"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw15(ctx->core, handle, *spec, epoch, doubles(tp, 3), doubles(pa, 3), p, ecc, j2flg,
                       doubles(pv, 3), gm, j2, radius);
  });
}

sc_status spkw17(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double epoch, const double* eqel, double rapol, double decpol,
                 sc_error* err) {
  return guarded(err, "spkw17", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require(eqel, "eqel"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw17(ctx->core, handle, *spec, epoch, doubles(eqel, 9), rapol, decpol);
  });
}

sc_status spkw18(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t subtype, int32_t degree, int32_t n, const double* packets,
                 size_t packets_length, const double* epochs, size_t epochs_length, sc_error* err) {
  return guarded(err, "spkw18", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(packets, packets_length, "packets"));
    SC_TRY(require_array(epochs, epochs_length, "epochs"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw18(ctx->core, handle, *spec, subtype, degree, n, doubles(packets, packets_length),
                       doubles(epochs, epochs_length));
  });
}

sc_status spkw19(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t nintvl, const int32_t* npkts, const int32_t* subtps,
                 const int32_t* degres, const double* packets, size_t packets_length, const double* epochs,
                 size_t epochs_length, const double* ivlbds, int32_t sellst, sc_error* err) {
  return guarded(err, "spkw19", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    const size_t count = nintvl > 0 ? static_cast<size_t>(nintvl) : 0;
    SC_TRY(require_array(npkts, count, "npkts"));
    SC_TRY(require_array(subtps, count, "subtps"));
    SC_TRY(require_array(degres, count, "degres"));
    SC_TRY(require_array(ivlbds, count, "ivlbds"));
    SC_TRY(require_array(packets, packets_length, "packets"));
    SC_TRY(require_array(epochs, epochs_length, "epochs"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    const std::vector<int> np(npkts, npkts + count), st(subtps, subtps + count), dg(degres, degres + count);
    return spk::spkw19(ctx->core, handle, *spec, nintvl, np, st, dg, doubles(packets, packets_length),
                       doubles(epochs, epochs_length), doubles(ivlbds, count > 0 ? count + 1 : 0), sellst != 0);
  });
}

sc_status spkw20(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                 size_t cdata_length, double dscale, double tscale, double initjd, double initfr, sc_error* err) {
  return guarded(err, "spkw20", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(cdata, cdata_length, "cdata"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw20(ctx->core, handle, *spec, intlen, n, polydg, doubles(cdata, cdata_length), dscale, tscale,
                       initjd, initfr);
  });
}

sc_status spkw05(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double gm, int32_t n, const double* states, size_t states_length,
                 const double* epochs, size_t epochs_length, sc_error* err) {
  return guarded(err, "spkw05", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(states, states_length, "states"));
    SC_TRY(require_array(epochs, epochs_length, "epochs"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw05(ctx->core, handle, *spec, gm, n, doubles(states, states_length), doubles(epochs, epochs_length));
  });
}

sc_status spkw21(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t n, int32_t dlsize, const double* dlines,
                 size_t dlines_length, const double* epochs, size_t epochs_length, sc_error* err) {
  return guarded(err, "spkw21", [&]() -> Status {
    SC_TRY(require(ctx, "context"));
    SC_TRY(require_array(dlines, dlines_length, "dlines"));
    SC_TRY(require_array(epochs, epochs_length, "epochs"));
    auto spec = segment_spec(body, center, frame, first, last, segid);
    if (!spec) return std::move(spec).error();
    return spk::spkw21(ctx->core, handle, *spec, n, dlsize, doubles(dlines, dlines_length),
                       doubles(epochs, epochs_length));
  });
}

}  // namespace sc::shim
