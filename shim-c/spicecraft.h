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

/* A host function of one number (the f64fn and boolfn kinds: the callbacks of gfuds, gfudb, uddf):
 * writes its value and returns 0, or returns nonzero when it failed, which stops the call with
 * SPICE(CALLBACKFAILED). Called on the thread making the call, before the call returns. */
typedef int32_t (*sc_f64_fn)(void* user, double x, double* value);
typedef int32_t (*sc_bool_fn)(void* user, double x, int32_t* value);
/* The numsfn kind: a host function of `count` numbers giving one (booleans as 1 and 0), failing as
 * above; NULL asks for the call's default (the mid-level GF searches' GFSTEP, GFREFN, ...). */
typedef int32_t (*sc_nums_fn)(void* user, const double* args, size_t count, double* value);

/* What a long call (an `<name>_async` entry) reports and obeys while it runs, between its steps:
 * `progress` gets the fraction done (0 to 1, never decreasing); a nonzero `cancelled` stops the call
 * with SPICE(CANCELLED). Either may be NULL, and so may the whole control. Both are called on the
 * thread running the call. */
typedef struct sc_control {
  void (*progress)(void* user, double fraction);
  int32_t (*cancelled)(void* user);
  void* user;
} sc_control;

/* The bytesfill kind: kernel bytes the core keeps. The core allocates `length` bytes of its own and
 * calls `fill` once, before the call returns, to have the caller write its bytes there: the one copy
 * the core needs, with no caller-side copy before it (a WASM module would otherwise hold the bytes
 * twice while they load). Ownership never crosses the table. */
typedef void (*sc_fill_fn)(void* user, uint8_t* destination, size_t length);

/* A host's file reader: on success calls `deliver` once with the whole file and returns SC_OK; the
 * bytes are copied. On failure fills *err and returns SC_ERROR. NULL: the host has no files. */
typedef void (*sc_bytes_sink)(void* sink_user, const uint8_t* bytes, size_t length);
typedef sc_status (*sc_file_reader)(void* reader_user, const char* path, sc_bytes_sink deliver, void* sink_user,
                                    sc_error* err);

/* The function table: `typedef struct sc_api { uint32_t struct_size; uint32_t abi_version; ... } sc_api;`
 * with one function pointer per line of shim-c/calls.idl, in that order, generated at build time into
 * spicecraft_api.h (shim-c/abi.lock lists every entry with its C signature). Each call takes the
 * context first and `sc_error* err` last; in between its parameters, then its outputs:
 *   str: const char*         text, bytes, f64[], i32[]: pointer, size_t length
 *   i32, bool: int32_t       f64: double        f64[N], i32[N]: pointer to N values
 *   #f64[], #i32[], #str[]: int32_t count, pointer
 *   f64fn, boolfn, numsfn: sc_f64_fn / sc_bool_fn / sc_nums_fn, void* user
 *   bytesfill: size_t length, sc_fill_fn, void* user
 *   outputs: f64: double*; i32, bool, found: int32_t*; char: char*; f64[N]/i32[N]: pointer to N values;
 *            str, str[]: sc_string_sink + user; f64[]: sc_double_sink + user; i32[]: sc_int_sink + user;
 *            kernel: sc_kernel_sink + user; bytes: sc_bytes_sink + user
 * A `<name>_batch` entry replaces its per-epoch double by (const double* epochs, size_t count) and
 * each output by an array of count values (count * N for fixed arrays). A `<name>_async` entry takes
 * its call's parameters, then `const sc_control* control`, then its outputs; it is the same call,
 * made safe to run on another thread than the one that created the context (one call at a time). */
#include "spicecraft_api.h"

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
