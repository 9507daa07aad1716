// Declarations of the shim functions that api_table.cpp puts into the sc_api table. Grouped by the
// file that defines them.
#pragma once

#include "spicecraft.h"

namespace sc::shim {

// calls_context.cpp
const char* version();
sc_status context_create(sc_file_reader reader, void* reader_user, sc_context** out, sc_error* err);
sc_status context_create_native(sc_context** out, sc_error* err);
void context_destroy(sc_context* ctx);

// calls_kernels.cpp
sc_status furnsh(sc_context* ctx, const char* name, sc_error* err);
sc_status furnsh_bytes(sc_context* ctx, const char* name, const uint8_t* bytes, size_t length, sc_error* err);
sc_status unload(sc_context* ctx, const char* name, sc_error* err);
sc_status kclear(sc_context* ctx, sc_error* err);
sc_status ktotal(sc_context* ctx, const char* kinds, int32_t* count, sc_error* err);
sc_status kdata(sc_context* ctx, int32_t which, const char* kinds, sc_kernel_sink sink, void* user, int32_t* found,
                sc_error* err);
sc_status kinfo(sc_context* ctx, const char* file, sc_kernel_sink sink, void* user, int32_t* found, sc_error* err);
sc_status getfat(sc_context* ctx, const char* file, sc_string_sink sink, void* user, sc_error* err);

// calls_pool.cpp
sc_status gdpool(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_double_sink sink, void* user,
                 int32_t* found, sc_error* err);
sc_status gipool(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_int_sink sink, void* user,
                 int32_t* found, sc_error* err);
sc_status gcpool(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_string_sink sink, void* user,
                 int32_t* found, sc_error* err);
sc_status gnpool(sc_context* ctx, const char* pattern, int32_t start, int32_t room, sc_string_sink sink, void* user,
                 int32_t* found, sc_error* err);
sc_status dtpool(sc_context* ctx, const char* name, int32_t* found, int32_t* n, char* type, sc_error* err);
sc_status expool(sc_context* ctx, const char* name, int32_t* found, sc_error* err);
sc_status pdpool(sc_context* ctx, const char* name, int32_t n, const double* values, sc_error* err);
sc_status pipool(sc_context* ctx, const char* name, int32_t n, const int32_t* values, sc_error* err);
sc_status pcpool(sc_context* ctx, const char* name, int32_t n, const char* const* values, sc_error* err);
sc_status lmpool(sc_context* ctx, const char* text, size_t length, sc_error* err);

// calls_bodies.cpp
sc_status bodfnd(sc_context* ctx, int32_t body, const char* item, int32_t* found, sc_error* err);
sc_status bodvcd(sc_context* ctx, int32_t body, const char* item, int32_t maxn, sc_double_sink sink, void* user,
                 sc_error* err);
sc_status bodvrd(sc_context* ctx, const char* body, const char* item, int32_t maxn, sc_double_sink sink, void* user,
                 sc_error* err);
sc_status bodn2c(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err);
sc_status bods2c(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err);
sc_status bodc2n(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, int32_t* found, sc_error* err);
sc_status bodc2s(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, sc_error* err);
sc_status boddef(sc_context* ctx, const char* name, int32_t code, sc_error* err);

// calls_time.cpp
sc_status str2et(sc_context* ctx, const char* text, double* et, sc_error* err);
sc_status et2utc(sc_context* ctx, double et, const char* format, int32_t precision, sc_string_sink sink, void* user,
                 sc_error* err);
sc_status timout(sc_context* ctx, double et, const char* picture, sc_string_sink sink, void* user, sc_error* err);
sc_status deltet(sc_context* ctx, double epoch, const char* epoch_type, double* delta, sc_error* err);
sc_status unitim(sc_context* ctx, double epoch, const char* from, const char* to, double* out, sc_error* err);

// calls_states.cpp
sc_status spkezr(sc_context* ctx, const char* target, double et, const char* ref, const char* abcorr,
                 const char* observer, double* state, double* lt, sc_error* err);
sc_status spkpos(sc_context* ctx, const char* target, double et, const char* ref, const char* abcorr,
                 const char* observer, double* pos, double* lt, sc_error* err);
sc_status spkez(sc_context* ctx, int32_t target, double et, const char* ref, const char* abcorr, int32_t observer,
                double* state, double* lt, sc_error* err);
sc_status spkezp(sc_context* ctx, int32_t target, double et, const char* ref, const char* abcorr, int32_t observer,
                 double* pos, double* lt, sc_error* err);
sc_status spkgeo(sc_context* ctx, int32_t target, double et, const char* ref, int32_t observer, double* state,
                 double* lt, sc_error* err);
sc_status spkgps(sc_context* ctx, int32_t target, double et, const char* ref, int32_t observer, double* pos,
                 double* lt, sc_error* err);
sc_status spkssb(sc_context* ctx, int32_t target, double et, const char* ref, double* state, sc_error* err);
sc_status spkezr_batch(sc_context* ctx, const char* target, const double* ets, size_t n, const char* ref,
                       const char* abcorr, const char* observer, double* states, double* lts, sc_error* err);
sc_status spkpos_batch(sc_context* ctx, const char* target, const double* ets, size_t n, const char* ref,
                       const char* abcorr, const char* observer, double* positions, double* lts, sc_error* err);

// calls_frames.cpp
sc_status pxform(sc_context* ctx, const char* from, const char* to, double et, double* m, sc_error* err);
sc_status sxform(sc_context* ctx, const char* from, const char* to, double et, double* m, sc_error* err);
sc_status pxfrm2(sc_context* ctx, const char* from, const char* to, double et_from, double et_to, double* m,
                 sc_error* err);
sc_status pxform_batch(sc_context* ctx, const char* from, const char* to, const double* ets, size_t n,
                       double* matrices, sc_error* err);
sc_status namfrm(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err);
sc_status frmnam(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, int32_t* found, sc_error* err);
sc_status frinfo(sc_context* ctx, int32_t code, int32_t* center, int32_t* frame_class, int32_t* class_id,
                 int32_t* found, sc_error* err);
sc_status cidfrm(sc_context* ctx, int32_t center, int32_t* code, sc_string_sink sink, void* user, int32_t* found,
                 sc_error* err);
sc_status cnmfrm(sc_context* ctx, const char* center_name, int32_t* code, sc_string_sink sink, void* user,
                 int32_t* found, sc_error* err);
sc_status ccifrm(sc_context* ctx, int32_t frame_class, int32_t class_id, int32_t* code, int32_t* center,
                 sc_string_sink sink, void* user, int32_t* found, sc_error* err);

// calls_writers.cpp
sc_status spkopn(sc_context* ctx, const char* name, const char* ifname, int32_t ncomch, int32_t host_file,
                 int32_t* handle, sc_error* err);
sc_status spkopa(sc_context* ctx, const char* name, int32_t host_file, int32_t* handle, sc_error* err);
sc_status spkcls(sc_context* ctx, int32_t handle, sc_bytes_sink host_bytes, void* user, sc_error* err);
sc_status spkw02(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                 size_t cdata_length, double btime, sc_error* err);
sc_status spkw03(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                 size_t cdata_length, double btime, sc_error* err);
sc_status spkw08(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 double epoch1, double step, sc_error* err);
sc_status spkw09(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 const double* epochs, size_t epochs_length, sc_error* err);
sc_status spkw12(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 double epoch1, double step, sc_error* err);
sc_status spkw13(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t degree, int32_t n, const double* states, size_t states_length,
                 const double* epochs, size_t epochs_length, sc_error* err);
sc_status dafac(sc_context* ctx, int32_t handle, int32_t n, const char* const* lines, sc_error* err);
sc_status read_virtual_output(sc_context* ctx, const char* name, sc_bytes_sink sink, void* user, sc_error* err);

// calls_inventory.cpp
sc_status spkcov(sc_context* ctx, const char* file, int32_t idcode, const double* cover, size_t cover_length,
                 sc_double_sink sink, void* user, sc_error* err);
sc_status spkobj(sc_context* ctx, const char* file, const int32_t* ids, size_t ids_length, sc_int_sink sink,
                 void* user, sc_error* err);
sc_status pckcov(sc_context* ctx, const char* file, int32_t idcode, const double* cover, size_t cover_length,
                 sc_double_sink sink, void* user, sc_error* err);
sc_status pckfrm(sc_context* ctx, const char* file, const int32_t* ids, size_t ids_length, sc_int_sink sink,
                 void* user, sc_error* err);
sc_status spksfs(sc_context* ctx, int32_t body, double et, sc_string_sink sink, void* user, double* dc, int32_t* ic,
                 int32_t* handle, int32_t* found, sc_error* err);
sc_status dafec(sc_context* ctx, const char* file, sc_string_sink sink, void* user, sc_error* err);

// calls_writers_types14_20.cpp (also types 5 and 21)
sc_status spkw14(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t n, int32_t chbdeg, const double* records,
                 size_t records_length, const double* epochs, size_t epochs_length, sc_error* err);
sc_status spkw15(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double epoch, const double* tp, const double* pa, double p,
                 double ecc, double j2flg, const double* pv, double gm, double j2, double radius, sc_error* err);
sc_status spkw17(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double epoch, const double* eqel, double rapol, double decpol,
                 sc_error* err);
sc_status spkw18(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t subtype, int32_t degree, int32_t n, const double* packets,
                 size_t packets_length, const double* epochs, size_t epochs_length, sc_error* err);
sc_status spkw19(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t nintvl, const int32_t* npkts, const int32_t* subtps,
                 const int32_t* degres, const double* packets, size_t packets_length, const double* epochs,
                 size_t epochs_length, const double* ivlbds, int32_t sellst, sc_error* err);
sc_status spkw20(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                 size_t cdata_length, double dscale, double tscale, double initjd, double initfr, sc_error* err);
sc_status spkw05(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, double gm, int32_t n, const double* states, size_t states_length,
                 const double* epochs, size_t epochs_length, sc_error* err);
sc_status spkw21(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                 double last, const char* segid, int32_t n, int32_t dlsize, const double* dlines,
                 size_t dlines_length, const double* epochs, size_t epochs_length, sc_error* err);

}  // namespace sc::shim
