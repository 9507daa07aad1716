/*
 * spicecraft C ABI: the one surface every backend (Node addon, WASM module, plain shared library)
 * binds to. Plain C; no C++ type, exception or allocation ownership crosses it.
 *
 * - Obtain the function table with sc_get_api(SC_ABI_VERSION). The table is append-only: its first
 *   member is its size, so a caller built against an older header still finds its functions.
 * - Every fallible function returns SC_OK or SC_ERROR; on SC_ERROR it has filled *err.
 * - Strings in are NUL-terminated UTF-8. Variable-length results come out through sink callbacks
 *   whose arguments are valid only during the callback: the caller copies what it keeps.
 * - A context is not locked: calls that change it (furnsh, unload, pdpool, ...) must not run at the
 *   same time as other calls on the same context. Read-only calls may run concurrently.
 */
#ifndef SPICECRAFT_H
#define SPICECRAFT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SC_ABI_VERSION 1u
#define SC_OK 0
#define SC_ERROR 1

#define SC_SHORT_LEN 64
#define SC_LONG_LEN 1841 /* CSPICE's long-message limit is 1840 characters */
#define SC_TRACE_LEN 512

typedef int32_t sc_status;
typedef struct sc_context sc_context;

typedef struct sc_error {
  char short_code[SC_SHORT_LEN]; /* "SPICE(NOSUCHFILE)" */
  char long_msg[SC_LONG_LEN];
  char trace[SC_TRACE_LEN]; /* "furnsh --> ..." */
} sc_error;

typedef struct sc_kernel_info {
  const char* file;
  const char* filtyp; /* SPK, PCK, CK, DSK, EK, TEXT, META */
  const char* source; /* meta-kernel that loaded it, "" otherwise */
  int32_t handle;
} sc_kernel_info;

typedef void (*sc_string_sink)(void* user, const char* text, size_t length);
typedef void (*sc_double_sink)(void* user, const double* values, size_t count);
typedef void (*sc_int_sink)(void* user, const int32_t* values, size_t count);
typedef void (*sc_kernel_sink)(void* user, const sc_kernel_info* info);

/* A host's file reader: on success calls `deliver` once with the whole file and returns SC_OK; the
 * bytes are copied. On failure fills *err and returns SC_ERROR. NULL: the host has no files. */
typedef void (*sc_bytes_sink)(void* sink_user, const uint8_t* bytes, size_t length);
typedef sc_status (*sc_file_reader)(void* reader_user, const char* path, sc_bytes_sink deliver, void* sink_user,
                                    sc_error* err);

typedef struct sc_api {
  uint32_t struct_size; /* sizeof(sc_api) of the library: members past it do not exist */
  uint32_t abi_version;
  const char* (*version)(void); /* "major.minor.patch" */

  /* Context life cycle. context_create_native reads host files itself (memory-mapped); it is only
   * available where the library was built with host file support (not WASM). */
  sc_status (*context_create)(sc_file_reader reader, void* reader_user, sc_context** out, sc_error* err);
  sc_status (*context_create_native)(sc_context** out, sc_error* err);
  void (*context_destroy)(sc_context* ctx);

  /* Kernels */
  sc_status (*furnsh)(sc_context* ctx, const char* name, sc_error* err);
  sc_status (*furnsh_bytes)(sc_context* ctx, const char* name, const uint8_t* bytes, size_t length, sc_error* err);
  sc_status (*unload)(sc_context* ctx, const char* name, sc_error* err);
  sc_status (*kclear)(sc_context* ctx, sc_error* err);
  sc_status (*ktotal)(sc_context* ctx, const char* kinds, int32_t* count, sc_error* err);
  sc_status (*kdata)(sc_context* ctx, int32_t which, const char* kinds, sc_kernel_sink sink, void* user,
                     int32_t* found, sc_error* err);
  sc_status (*kinfo)(sc_context* ctx, const char* file, sc_kernel_sink sink, void* user, int32_t* found,
                     sc_error* err);
  sc_status (*getfat)(sc_context* ctx, const char* file, sc_string_sink sink, void* user, sc_error* err);

  /* Kernel pool. Values come out through one sink call (at most `room` of them), so a caller never
   * allocates in proportion to `room`. */
  sc_status (*gdpool)(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_double_sink sink,
                      void* user, int32_t* found, sc_error* err);
  sc_status (*gipool)(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_int_sink sink, void* user,
                      int32_t* found, sc_error* err);
  sc_status (*gcpool)(sc_context* ctx, const char* name, int32_t start, int32_t room, sc_string_sink sink,
                      void* user, int32_t* found, sc_error* err);
  sc_status (*gnpool)(sc_context* ctx, const char* pattern, int32_t start, int32_t room, sc_string_sink sink,
                      void* user, int32_t* found, sc_error* err);
  sc_status (*dtpool)(sc_context* ctx, const char* name, int32_t* found, int32_t* n, char* type, sc_error* err);
  sc_status (*expool)(sc_context* ctx, const char* name, int32_t* found, sc_error* err);
  sc_status (*pdpool)(sc_context* ctx, const char* name, int32_t n, const double* values, sc_error* err);
  sc_status (*pipool)(sc_context* ctx, const char* name, int32_t n, const int32_t* values, sc_error* err);
  sc_status (*pcpool)(sc_context* ctx, const char* name, int32_t n, const char* const* values, sc_error* err);
  sc_status (*lmpool)(sc_context* ctx, const char* text, size_t length, sc_error* err);

  /* Body constants from the pool (BODY<id>_<item>). bodvcd/bodvrd deliver at most maxn values. */
  sc_status (*bodfnd)(sc_context* ctx, int32_t body, const char* item, int32_t* found, sc_error* err);
  sc_status (*bodvcd)(sc_context* ctx, int32_t body, const char* item, int32_t maxn, sc_double_sink sink,
                      void* user, sc_error* err);
  sc_status (*bodvrd)(sc_context* ctx, const char* body, const char* item, int32_t maxn, sc_double_sink sink,
                      void* user, sc_error* err);

  /* Body names and ID codes */
  sc_status (*bodn2c)(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err);
  sc_status (*bods2c)(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err);
  sc_status (*bodc2n)(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, int32_t* found, sc_error* err);
  sc_status (*bodc2s)(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, sc_error* err);
  sc_status (*boddef)(sc_context* ctx, const char* name, int32_t code, sc_error* err);

  /* Time. Conversions that need leap seconds fail without an LSK in the pool. */
  sc_status (*str2et)(sc_context* ctx, const char* text, double* et, sc_error* err);
  sc_status (*et2utc)(sc_context* ctx, double et, const char* format, int32_t precision, sc_string_sink sink,
                      void* user, sc_error* err);
  sc_status (*timout)(sc_context* ctx, double et, const char* picture, sc_string_sink sink, void* user,
                      sc_error* err);
  sc_status (*deltet)(sc_context* ctx, double epoch, const char* epoch_type, double* delta, sc_error* err);
  sc_status (*unitim)(sc_context* ctx, double epoch, const char* from, const char* to, double* out, sc_error* err);

  /* States: state[6] in km and km/s, pos[3] in km, lt in seconds. */
  sc_status (*spkezr)(sc_context* ctx, const char* target, double et, const char* ref, const char* abcorr,
                      const char* observer, double* state, double* lt, sc_error* err);
  sc_status (*spkpos)(sc_context* ctx, const char* target, double et, const char* ref, const char* abcorr,
                      const char* observer, double* pos, double* lt, sc_error* err);
  sc_status (*spkez)(sc_context* ctx, int32_t target, double et, const char* ref, const char* abcorr,
                     int32_t observer, double* state, double* lt, sc_error* err);
  sc_status (*spkezp)(sc_context* ctx, int32_t target, double et, const char* ref, const char* abcorr,
                      int32_t observer, double* pos, double* lt, sc_error* err);
  sc_status (*spkgeo)(sc_context* ctx, int32_t target, double et, const char* ref, int32_t observer, double* state,
                      double* lt, sc_error* err);
  sc_status (*spkgps)(sc_context* ctx, int32_t target, double et, const char* ref, int32_t observer, double* pos,
                      double* lt, sc_error* err);
  sc_status (*spkssb)(sc_context* ctx, int32_t target, double et, const char* ref, double* state, sc_error* err);
  /* Batches: n epochs in one call; states[6n] / positions[3n] and lts[n]. The first failing epoch
   * fails the batch, and the error names its index. */
  sc_status (*spkezr_batch)(sc_context* ctx, const char* target, const double* ets, size_t n, const char* ref,
                            const char* abcorr, const char* observer, double* states, double* lts, sc_error* err);
  sc_status (*spkpos_batch)(sc_context* ctx, const char* target, const double* ets, size_t n, const char* ref,
                            const char* abcorr, const char* observer, double* positions, double* lts,
                            sc_error* err);

  /* Frames. Matrices are row-major: m[9] for rotations, m[36] for state transformations. */
  sc_status (*pxform)(sc_context* ctx, const char* from, const char* to, double et, double* m, sc_error* err);
  sc_status (*sxform)(sc_context* ctx, const char* from, const char* to, double et, double* m, sc_error* err);
  sc_status (*pxfrm2)(sc_context* ctx, const char* from, const char* to, double et_from, double et_to, double* m,
                      sc_error* err);
  sc_status (*pxform_batch)(sc_context* ctx, const char* from, const char* to, const double* ets, size_t n,
                            double* matrices, sc_error* err);
  sc_status (*namfrm)(sc_context* ctx, const char* name, int32_t* code, int32_t* found, sc_error* err);
  sc_status (*frmnam)(sc_context* ctx, int32_t code, sc_string_sink sink, void* user, int32_t* found, sc_error* err);
  sc_status (*frinfo)(sc_context* ctx, int32_t code, int32_t* center, int32_t* frame_class, int32_t* class_id,
                      int32_t* found, sc_error* err);
  sc_status (*cidfrm)(sc_context* ctx, int32_t center, int32_t* code, sc_string_sink sink, void* user,
                      int32_t* found, sc_error* err);
  sc_status (*cnmfrm)(sc_context* ctx, const char* center_name, int32_t* code, sc_string_sink sink, void* user,
                      int32_t* found, sc_error* err);
  sc_status (*ccifrm)(sc_context* ctx, int32_t frame_class, int32_t class_id, int32_t* code, int32_t* center,
                      sc_string_sink sink, void* user, int32_t* found, sc_error* err);

  /* SPK writers. Files are built in core memory. `host_file` = 0: a virtual output, kept by the
   * context after spkcls (read_virtual_output) and staged under its name for furnsh; 1: a host file,
   * whose bytes spkcls hands to `host_bytes` for the host to write. Arrays come with their lengths,
   * which must cover what n asks for (SPICE(INVALIDSIZE) otherwise). Handles are ints of the context. */
  sc_status (*spkopn)(sc_context* ctx, const char* name, const char* ifname, int32_t ncomch, int32_t host_file,
                      int32_t* handle, sc_error* err);
  sc_status (*spkopa)(sc_context* ctx, const char* name, int32_t host_file, int32_t* handle, sc_error* err);
  sc_status (*spkcls)(sc_context* ctx, int32_t handle, sc_bytes_sink host_bytes, void* user, sc_error* err);
  sc_status (*spkw02)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                      size_t cdata_length, double btime, sc_error* err);
  sc_status (*spkw03)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                      size_t cdata_length, double btime, sc_error* err);
  sc_status (*spkw08)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t degree, int32_t n, const double* states,
                      size_t states_length, double epoch1, double step, sc_error* err);
  sc_status (*spkw09)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t degree, int32_t n, const double* states,
                      size_t states_length, const double* epochs, size_t epochs_length, sc_error* err);
  sc_status (*spkw12)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t degree, int32_t n, const double* states,
                      size_t states_length, double epoch1, double step, sc_error* err);
  sc_status (*spkw13)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t degree, int32_t n, const double* states,
                      size_t states_length, const double* epochs, size_t epochs_length, sc_error* err);
  sc_status (*dafac)(sc_context* ctx, int32_t handle, int32_t n, const char* const* lines, sc_error* err);
  sc_status (*read_virtual_output)(sc_context* ctx, const char* name, sc_bytes_sink sink, void* user, sc_error* err);

  /* Coverage and inventory. `file` is named as kernels are loaded (virtual id or host path) and need
   * not be loaded. Windows are flat (left0, right0, left1, ...): the intervals of `cover` are
   * inserted first, then the file's, merged as WNINSD merges; the result reaches `sink` in one call.
   * Id sets likewise: `ids` united with the file's, sorted, one sink call. */
  sc_status (*spkcov)(sc_context* ctx, const char* file, int32_t idcode, const double* cover, size_t cover_length,
                      sc_double_sink sink, void* user, sc_error* err);
  sc_status (*spkobj)(sc_context* ctx, const char* file, const int32_t* ids, size_t ids_length, sc_int_sink sink,
                      void* user, sc_error* err);
  sc_status (*pckcov)(sc_context* ctx, const char* file, int32_t idcode, const double* cover, size_t cover_length,
                      sc_double_sink sink, void* user, sc_error* err);
  sc_status (*pckfrm)(sc_context* ctx, const char* file, const int32_t* ids, size_t ids_length, sc_int_sink sink,
                      void* user, sc_error* err);
  /* The loaded segment serving `body` at `et` (SPKSFS). found = 0 when none covers it; otherwise the
   * sink receives the file name, then the segment name; dc = (start, end); ic = (target, center,
   * frame, type, first address, last address); handle as kdata reports it. */
  sc_status (*spksfs)(sc_context* ctx, int32_t body, double et, sc_string_sink sink, void* user, double* dc,
                      int32_t* ic, int32_t* handle, int32_t* found, sc_error* err);
  /* The comment area of a DAF (DAFEC), one sink call per line. */
  sc_status (*dafec)(sc_context* ctx, const char* file, sc_string_sink sink, void* user, sc_error* err);

  /* More segment writers (CSPICE's argument lists; 3-vectors and the 9 equinoctial elements are
   * arrays of that many doubles). spkw14 takes all records at once (SPK14B + SPK14A + SPK14E). */
  sc_status (*spkw14)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t n, int32_t chbdeg, const double* records,
                      size_t records_length, const double* epochs, size_t epochs_length, sc_error* err);
  sc_status (*spkw15)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, double epoch, const double* tp, const double* pa, double p,
                      double ecc, double j2flg, const double* pv, double gm, double j2, double radius, sc_error* err);
  sc_status (*spkw17)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, double epoch, const double* eqel, double rapol, double decpol,
                      sc_error* err);
  sc_status (*spkw18)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t subtype, int32_t degree, int32_t n, const double* packets,
                      size_t packets_length, const double* epochs, size_t epochs_length, sc_error* err);
  sc_status (*spkw19)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t nintvl, const int32_t* npkts, const int32_t* subtps,
                      const int32_t* degres, const double* packets, size_t packets_length, const double* epochs,
                      size_t epochs_length, const double* ivlbds, int32_t sellst, sc_error* err);
  sc_status (*spkw20)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, double intlen, int32_t n, int32_t polydg, const double* cdata,
                      size_t cdata_length, double dscale, double tscale, double initjd, double initfr, sc_error* err);
  /* Types 5 and 21 (CSPICE's argument lists): spkw05 takes n states of 6 doubles and their n epochs;
   * spkw21 n difference lines of dlsize doubles each, one after the other, and their n epochs. */
  sc_status (*spkw05)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, double gm, int32_t n, const double* states,
                      size_t states_length, const double* epochs, size_t epochs_length, sc_error* err);
  sc_status (*spkw21)(sc_context* ctx, int32_t handle, int32_t body, int32_t center, const char* frame, double first,
                      double last, const char* segid, int32_t n, int32_t dlsize, const double* dlines,
                      size_t dlines_length, const double* epochs, size_t epochs_length, sc_error* err);
} sc_api;

#if defined(SC_EXPORT_API) && defined(__GNUC__)
#define SC_API __attribute__((visibility("default")))
#else
#define SC_API
#endif

/* Returns the function table for `abi_version`, or NULL if this library cannot serve it. */
SC_API const sc_api* sc_get_api(uint32_t abi_version);

#ifdef __cplusplus
}
#endif

#endif /* SPICECRAFT_H */
